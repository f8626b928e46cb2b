package vn.libnet.client;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;

/**
 * (Shared with sdk-testkit's attack tests through this module's test jar.) An attacker in the middle: a
 * forward HTTP/1.1 proxy on 127.0.0.1, on plain sockets, whose {@link Behaviour} decides each answer: pass
 * the request through to its (loopback) target, answer a redirect itself, or record answers and replay
 * one for another request. The client reaches it with {@link #okHttp()}, so its base URL, and the {@code
 * @target-uri} it signs, stay the hub's own.
 *
 * <p>One request per connection ({@code Connection: close} both ways), bodies framed by {@code
 * Content-Length} or chunked; no {@code CONNECT}, so http only. Every read is bounded (line, header count,
 * body size, socket timeout). Only loopback targets are forwarded to; any other is answered 502.
 */
public final class WireProxy implements AutoCloseable {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_HEADERS = 200;
  private static final int MAX_BODY = 16 * 1024 * 1024;
  private static final Set<String> HOP_BY_HOP = Set.of("connection", "proxy-connection", "keep-alive", "transfer-encoding",
      "content-length", "proxy-authorization", "te", "trailer", "upgrade");

  /** A request as the proxy received it; {@code target} is absolute. */
  public record Seen(String method, URI target, List<Map.Entry<String, String>> headers, byte[] body) {
    /** The first value of header {@code name}, if any. */
    public Optional<String> header(String name) {
      return first(headers, name);
    }
  }

  /** An answer, to send as it is. */
  public record Answer(int status, String reason, List<Map.Entry<String, String>> headers, byte[] body) {
    /** The first value of header {@code name}, if any. */
    public Optional<String> header(String name) {
      return first(headers, name);
    }
  }

  /** Sends a request on to its target and reads the answer. */
  @FunctionalInterface
  public interface Upstream {
    /** The target's answer to {@code request}. */
    Answer forward(Seen request) throws IOException;
  }

  /** What the proxy answers to each request. */
  @FunctionalInterface
  public interface Behaviour {
    /** The answer to {@code request}; {@code upstream} reaches the real target. */
    Answer answer(Seen request, Upstream upstream) throws IOException;
  }

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "wire-proxy");
    t.setDaemon(true);
    return t;
  });
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final InetSocketAddress route;
  private volatile Behaviour behaviour;

  private WireProxy(Behaviour behaviour, InetSocketAddress route) throws IOException {
    this.behaviour = behaviour;
    this.route = route;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  /** A proxy on a free loopback port behaving as {@code behaviour}. */
  public static WireProxy start(Behaviour behaviour) {
    return start(behaviour, null);
  }

  /**
   * A proxy that sends every request it forwards to {@code route} (a loopback address), whatever host the
   * request names: a hub reached under a name that is not loopback, say {@code http://hub.libnet.test/}.
   */
  public static WireProxy start(Behaviour behaviour, InetSocketAddress route) {
    if (route != null && !route.getAddress().isLoopbackAddress()) {
      throw new IllegalArgumentException("Only loopback routes: " + route);
    }
    try {
      return new WireProxy(behaviour, route);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** From now on, behave as {@code b}. */
  public void behaviour(Behaviour b) {
    this.behaviour = b;
  }

  /** The proxy, for {@link OkHttpClient.Builder#proxy}. */
  public Proxy proxy() {
    return new Proxy(Proxy.Type.HTTP, server.getLocalSocketAddress());
  }

  /** An OkHttp client that goes through this proxy, to give {@link LibnetClient.Builder#okHttpClient}. */
  public OkHttpClient okHttp() {
    return new OkHttpClient.Builder().proxy(proxy()).build();
  }

  /** Every request received, oldest first. */
  public List<Seen> requests() {
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // Closing a listening socket fails only when it is closed already.
    }
    threads.shutdownNow();
  }

  // ------------------------------------------------------------ behaviours

  /** Forwards every request and returns the real answer. */
  public static Behaviour passThrough() {
    return (request, upstream) -> upstream.forward(request);
  }

  /** Answers the requests {@code which} selects with a redirect of {@code status} to {@code location}; forwards the others. */
  public static Behaviour redirect(Predicate<Seen> which, int status, String location) {
    return (request, upstream) -> which.test(request) ? redirectAnswer(status, location) : upstream.forward(request);
  }

  /** A redirect answer, unsigned as an attacker's would be. */
  public static Answer redirectAnswer(int status, String location) {
    return new Answer(status, "Redirect", List.of(Map.entry("Location", location), Map.entry("Content-Type", "text/plain")),
        "moved".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Passes requests through until one that {@code source} selects has been answered, and keeps that
   * answer; from then on answers every request {@code target} selects with it, after forwarding the
   * request ({@code forward}: the hub acts on it, the client never sees the hub's own answer) or instead of
   * forwarding it (the hub never sees it). {@link #replays()} counts the replayed answers.
   */
  public static final class Replayer implements Behaviour {
    private final Predicate<Seen> source;
    private final Predicate<Seen> target;
    private final boolean forward;
    private volatile Answer kept;
    private volatile Seen keptFor;
    private int replays;

    /** See the class. */
    public Replayer(Predicate<Seen> source, Predicate<Seen> target, boolean forward) {
      this.source = source;
      this.target = target;
      this.forward = forward;
    }

    @Override
    public Answer answer(Seen request, Upstream upstream) throws IOException {
      Answer replay;
      synchronized (this) {
        replay = kept != null && request != keptFor && target.test(request) ? kept : null;
        if (replay != null) {
          replays++;
        }
      }
      if (replay != null) {
        if (forward) {
          upstream.forward(request);
        }
        return replay;
      }
      Answer real = upstream.forward(request);
      synchronized (this) {
        if (kept == null && source.test(request) && real.status() < 300) {
          kept = real;
          keptFor = request;
        }
      }
      return real;
    }

    /** How many answers were replayed. */
    public synchronized int replays() {
      return replays;
    }
  }

  // ------------------------------------------------------------ the wire

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        threads.execute(() -> serve(s));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      client.setSoTimeout(30_000);
      InputStream in = new BufferedInputStream(client.getInputStream());
      String line = readLine(in);
      if (line == null || line.isEmpty()) {
        return;
      }
      String[] parts = line.split(" ", 3);
      if (parts.length != 3 || !parts[1].startsWith("http://")) {
        write(client.getOutputStream(), text(400, "The wire proxy takes absolute http URIs only: " + line));
        return;
      }
      List<Map.Entry<String, String>> headers = readHeaders(in);
      // A request without Content-Length or chunked framing has no body (RFC 9112 §6.3), a DELETE included.
      byte[] body = readBody(in, headers, false);
      Seen request = new Seen(parts[0], URI.create(parts[1]), headers, body);
      seen.add(request);
      Answer answer;
      try {
        answer = behaviour.answer(request, this::forward);
      } catch (IOException e) {
        answer = text(502, "The wire proxy could not reach " + request.target() + ": " + e);
      }
      write(client.getOutputStream(), answer);
    } catch (IOException e) {
      // The client went away; nothing to answer.
    }
  }

  private Answer forward(Seen request) throws IOException {
    URI t = request.target();
    InetSocketAddress to = route != null ? route : new InetSocketAddress(t.getHost(), t.getPort() < 0 ? 80 : t.getPort());
    if (to.isUnresolved() || !to.getAddress().isLoopbackAddress()) {
      return text(502, "The wire proxy forwards to loopback only, not " + to);
    }
    try (Socket s = new Socket()) {
      s.connect(to, 10_000);
      s.setSoTimeout(30_000);
      OutputStream out = s.getOutputStream();
      String path = (t.getRawPath() == null || t.getRawPath().isEmpty() ? "/" : t.getRawPath())
          + (t.getRawQuery() == null ? "" : "?" + t.getRawQuery());
      StringBuilder head = new StringBuilder(request.method()).append(' ').append(path).append(" HTTP/1.1\r\n");
      for (Map.Entry<String, String> h : request.headers()) {
        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
          head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
      }
      boolean hasBody = request.body().length > 0 || !(request.method().equals("GET") || request.method().equals("HEAD"));
      if (hasBody) {
        head.append("Content-Length: ").append(request.body().length).append("\r\n");
      }
      head.append("Connection: close\r\n\r\n");
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(request.body());
      out.flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      String status = readLine(in);
      if (status == null) {
        throw new IOException("The target closed the connection without an answer");
      }
      String[] parts = status.split(" ", 3);
      int code = Integer.parseInt(parts[1]);
      List<Map.Entry<String, String>> headers = readHeaders(in);
      boolean noBody = request.method().equals("HEAD") || code == 204 || code == 304 || code < 200;
      byte[] body = noBody ? new byte[0] : readBody(in, headers, true);
      List<Map.Entry<String, String>> kept = new ArrayList<>();
      for (Map.Entry<String, String> h : headers) {
        if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
          kept.add(h);
        }
      }
      return new Answer(code, parts.length > 2 ? parts[2] : "", List.copyOf(kept), body);
    }
  }

  private static Answer text(int status, String message) {
    return new Answer(status, "Proxy", List.of(Map.entry("Content-Type", "text/plain; charset=utf-8")),
        message.getBytes(StandardCharsets.UTF_8));
  }

  private static void write(OutputStream out, Answer a) throws IOException {
    StringBuilder head = new StringBuilder("HTTP/1.1 ").append(a.status()).append(' ')
        .append(a.reason().isEmpty() ? "-" : a.reason()).append("\r\n");
    for (Map.Entry<String, String> h : a.headers()) {
      if (!HOP_BY_HOP.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(a.body().length).append("\r\nConnection: close\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(a.body());
    out.flush();
  }

  private static List<Map.Entry<String, String>> readHeaders(InputStream in) throws IOException {
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (int i = 0; i <= MAX_HEADERS; i++) {
      String line = readLine(in);
      if (line == null || line.isEmpty()) {
        return headers;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.add(Map.entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
      }
    }
    throw new IOException("More than " + MAX_HEADERS + " header lines");
  }

  /** The body framed by Content-Length or chunked; without either, what comes until the end ({@code toEnd}) or nothing. */
  private static byte[] readBody(InputStream in, List<Map.Entry<String, String>> headers, boolean toEnd) throws IOException {
    if (first(headers, "Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      while (true) {
        String size = readLine(in);
        if (size == null) {
          throw new IOException("The chunked body ended early");
        }
        int semi = size.indexOf(';');
        int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
        if (n == 0) {
          readHeaders(in);
          return out.toByteArray();
        }
        if (out.size() + n > MAX_BODY) {
          throw new IOException("Body over " + MAX_BODY + " bytes");
        }
        out.write(readExactly(in, n));
        readLine(in);
      }
    }
    Optional<String> length = first(headers, "Content-Length");
    if (length.isPresent()) {
      int n = Integer.parseInt(length.get().strip());
      if (n < 0 || n > MAX_BODY) {
        throw new IOException("Bad Content-Length " + n);
      }
      return readExactly(in, n);
    }
    if (!toEnd) {
      return new byte[0];
    }
    byte[] all = in.readNBytes(MAX_BODY + 1);
    if (all.length > MAX_BODY) {
      throw new IOException("Body over " + MAX_BODY + " bytes");
    }
    return all;
  }

  private static byte[] readExactly(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length != n) {
      throw new IOException("The body ended after " + b.length + " of " + n + " bytes");
    }
    return b;
  }

  /** A CRLF- (or LF-) terminated line in ISO-8859-1, without its end; {@code null} at the end of the stream. */
  private static String readLine(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < MAX_LINE; i++) {
      int c = in.read();
      if (c < 0) {
        return sb.length() == 0 ? null : sb.toString();
      }
      if (c == '\n') {
        int last = sb.length() - 1;
        return last >= 0 && sb.charAt(last) == '\r' ? sb.substring(0, last) : sb.toString();
      }
      sb.append((char) c);
    }
    throw new IOException("A line over " + MAX_LINE + " bytes");
  }

  private static Optional<String> first(List<Map.Entry<String, String>> headers, String name) {
    return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst();
  }
}
