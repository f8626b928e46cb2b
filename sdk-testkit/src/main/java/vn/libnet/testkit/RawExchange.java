package vn.libnet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.libnet.core.signature.HttpMessage;

/**
 * Sends an sdk-core {@link HttpMessage} exactly as it is (headers and body untouched, signature included)
 * with the JDK's HTTP client, and gives the answer back as a message whose {@link HttpMessage#request()} is
 * the one sent, ready for a response verifier. For what a normal client never sends: replayed, tampered or
 * unsigned requests in tests, conformance checks and demonstrations.
 */
public final class RawExchange {
  // Set by the JDK client itself; it refuses them as request headers.
  private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private RawExchange() {}

  /**
   * Sends {@code request} and waits up to 30 seconds for the answer.
   *
   * @throws UncheckedIOException when the hub cannot be reached
   */
  public static HttpMessage send(HttpMessage request) {
    HttpRequest.Builder b = HttpRequest.newBuilder(request.targetUri()).timeout(Duration.ofSeconds(30))
        .method(request.method(), request.body().length == 0 && request.method().equals("GET") ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(request.body()));
    for (Map.Entry<String, String> h : request.headers()) {
      if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        b.header(h.getKey(), h.getValue());
      }
    }
    HttpResponse<byte[]> r;
    try {
      r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot reach " + request.targetUri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("Interrupted while waiting for " + request.targetUri()));
    }
    // The whole request, signature included, so that an answer bound to it can be verified.
    HttpMessage.Builder answer = HttpMessage.response(r.statusCode()).request(request);
    r.headers().map().forEach((name, values) -> values.forEach(v -> answer.header(name, v)));
    return answer.body(r.body()).build();
  }

  /**
   * Sends {@code request}, as it is, to the server at {@code server} (http, or https with the JVM's default
   * trust), whatever its own target says: the request line carries the request's path and query and
   * {@code Host} the authority of its target, as when a request meant for another host reaches this one
   * (a rewritten DNS answer, a proxy). HTTP/1.1 on a connection of its own, closed after the answer; waits
   * up to 30 seconds for it and reads at most 64 MiB.
   *
   * @throws UncheckedIOException when the server cannot be reached or its answer is not HTTP/1.x
   */
  public static HttpMessage sendTo(HttpMessage request, URI server) {
    URI t = request.targetUri();
    String path = (t.getRawPath() == null || t.getRawPath().isEmpty() ? "/" : t.getRawPath()) + (t.getRawQuery() == null ? "" : "?" + t.getRawQuery());
    boolean tls = "https".equalsIgnoreCase(server.getScheme());
    int port = server.getPort() != -1 ? server.getPort() : tls ? 443 : 80;
    StringBuilder head = new StringBuilder(request.method()).append(' ').append(path).append(" HTTP/1.1\r\n")
        .append("Host: ").append(t.getRawAuthority()).append("\r\nConnection: close\r\n");
    for (Map.Entry<String, String> h : request.headers()) {
      if (!RESTRICTED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
        head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(request.body().length).append("\r\n\r\n");
    try (java.net.Socket socket = tls ? javax.net.ssl.SSLSocketFactory.getDefault().createSocket() : new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(server.getHost(), port), 10_000);
      socket.setSoTimeout(30_000);
      java.io.OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
      out.write(request.body());
      out.flush();
      return RawResponse.read(new java.io.BufferedInputStream(socket.getInputStream()), request);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot exchange with " + server, e);
    }
  }
}
