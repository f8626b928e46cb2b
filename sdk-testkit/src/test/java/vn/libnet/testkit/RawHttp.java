package vn.libnet.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.libnet.core.signature.HttpMessage;

/**
 * HTTP/1.1 over a plain socket to the hub on the loopback address, for what no HTTP client sends: a
 * rewritten {@code Host}, an absolute-form target, a body that is never sent or never ends. Every read
 * has a timeout.
 */
final class RawHttp implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  /** What came back: the status, the headers (lower-case names) and the body. */
  record Reply(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  RawHttp(int port) throws IOException {
    this(new Socket(InetAddress.getLoopbackAddress(), port));
  }

  private RawHttp(Socket socket) throws IOException {
    this.socket = socket;
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** Reads and writes over {@code socket} (closed with this). */
  static RawHttp over(Socket socket) throws IOException {
    return new RawHttp(socket);
  }

  /**
   * Sends {@code m} (its headers as they are, its body with a Content-Length) with {@code requestTarget}
   * on the request line and {@code host} as Host.
   */
  void send(HttpMessage m, String requestTarget, String host) throws IOException {
    StringBuilder head = new StringBuilder(m.method() + " " + requestTarget + " HTTP/1.1\r\nHost: " + host + "\r\n");
    for (Map.Entry<String, String> h : m.headers()) {
      if (!List.of("host", "content-length").contains(h.getKey().toLowerCase(Locale.ROOT))) {
        head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
      }
    }
    head.append("Content-Length: ").append(m.body().length).append("\r\n\r\n");
    out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(m.body());
    out.flush();
  }

  /** Sends {@code m} as it is, origin-form, with Host the authority of its target. */
  void send(HttpMessage m) throws IOException {
    URI t = m.targetUri();
    send(m, t.getRawPath() + (t.getRawQuery() == null ? "" : "?" + t.getRawQuery()), t.getRawAuthority());
  }

  /** Writes raw bytes. */
  void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Reads one answer (its body by Content-Length). */
  Reply read() throws IOException {
    String status = line();
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(); !l.isEmpty(); l = line()) {
      int colon = l.indexOf(':');
      headers.merge(l.substring(0, colon).strip().toLowerCase(Locale.ROOT), l.substring(colon + 1).strip(), (a, b) -> a + ", " + b);
    }
    int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
    byte[] body = in.readNBytes(length);
    return new Reply(Integer.parseInt(status.split(" ")[1]), headers, body);
  }

  /** Whether the server closed the connection (a read ends) within the socket's timeout. */
  boolean closedByServer() throws IOException {
    try {
      return in.read() == -1;
    } catch (SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new IOException("connection closed after " + b.size() + " bytes of a line");
      }
      if (c != '\r') {
        b.write(c);
      }
      if (b.size() > 1 << 20) {
        throw new IOException("a line over 1 MiB");
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  void timeout(int millis) throws IOException {
    socket.setSoTimeout(millis);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
