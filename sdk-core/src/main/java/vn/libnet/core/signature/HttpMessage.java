package vn.libnet.core.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A framework-neutral view of an HTTP request or response, as much of it as HTTP message signatures
 * (RFC 9421) and digests (RFC 9530) need: method and target URI, or status and the request it answers;
 * header fields in order, case-insensitive, possibly repeated; the body.
 *
 * <p>Immutable. Adapters for OkHttp, the JDK server and others build one with {@link #request} or
 * {@link #response}; {@link #parse(String, String)} reads the plain HTTP/1.1 text used by the command
 * line and in tests.
 */
public final class HttpMessage {
  private final String method;
  private final URI targetUri;
  private final int status;
  private final HttpMessage request;
  private final List<String[]> fields;
  private final byte[] body;

  private HttpMessage(String method, URI targetUri, int status, HttpMessage request, List<String[]> fields, byte[] body) {
    this.method = method;
    this.targetUri = targetUri;
    this.status = status;
    this.request = request;
    this.fields = List.copyOf(fields);
    this.body = body;
  }

  /** A builder of a request with {@code method} (e.g. POST) to the absolute {@code targetUri}. */
  public static Builder request(String method, URI targetUri) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(targetUri, "targetUri");
    if (!targetUri.isAbsolute() || targetUri.getHost() == null) {
      throw new IllegalArgumentException("The target URI must be absolute with a host: " + targetUri);
    }
    return new Builder(method, targetUri, 0);
  }

  /** A builder of a response with {@code status}. */
  public static Builder response(int status) {
    if (status < 100 || status > 999) {
      throw new IllegalArgumentException("An HTTP status has three digits: " + status);
    }
    return new Builder(null, null, status);
  }

  /** Builds an {@link HttpMessage}. */
  public static final class Builder {
    private final String method;
    private final URI targetUri;
    private final int status;
    private HttpMessage request;
    private final List<String[]> fields = new ArrayList<>();
    private byte[] body = new byte[0];

    private Builder(String method, URI targetUri, int status) {
      this.method = method;
      this.targetUri = targetUri;
      this.status = status;
    }

    /** Appends a header field; repeated names keep their order. */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      fields.add(new String[] {name, value});
      return this;
    }

    /** The body (copied). */
    public Builder body(byte[] body) {
      this.body = body.clone();
      return this;
    }

    /** The body as UTF-8. */
    public Builder body(String body) {
      return body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** For a response: the request it answers, for components with the {@code req} parameter. */
    public Builder request(HttpMessage request) {
      if (method != null) {
        throw new IllegalStateException("Only a response has a request");
      }
      this.request = request;
      return this;
    }

    /** The message. */
    public HttpMessage build() {
      return new HttpMessage(method, targetUri, status, request, fields, body);
    }
  }

  /**
   * Reads plain HTTP/1.1 text: a request line ({@code POST /foo HTTP/1.1}, origin form or absolute
   * form) or a status line, header lines, an empty line, the body. CRLF and LF line ends are both read;
   * the body is taken as it is. A request in origin form takes its authority from {@code Host} and the
   * scheme {@code defaultScheme}.
   *
   * @throws IllegalArgumentException naming the line that cannot be read
   */
  public static HttpMessage parse(String raw, String defaultScheme) {
    String text = raw.replace("\r\n", "\n");
    int headerEnd = text.indexOf("\n\n");
    String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
    String body = headerEnd < 0 ? "" : text.substring(headerEnd + 2);
    String[] lines = head.split("\n");
    String start = lines[0].strip();
    List<String[]> fields = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      if ((line.startsWith(" ") || line.startsWith("\t")) && !fields.isEmpty()) {
        String[] last = fields.get(fields.size() - 1);
        last[1] = last[1] + " " + line.strip(); // obsolete line folding
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("Line " + (i + 1) + " is not a header field: " + line);
      }
      fields.add(new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
    }
    String[] parts = start.split(" ", 3);
    Builder b;
    if (start.startsWith("HTTP/")) {
      if (parts.length < 2) {
        throw new IllegalArgumentException("Line 1 is not a status line: " + start);
      }
      b = response(Integer.parseInt(parts[1]));
    } else {
      if (parts.length < 2) {
        throw new IllegalArgumentException("Line 1 is not a request line: " + start);
      }
      String target = parts[1];
      URI uri;
      if (target.startsWith("/")) {
        String host = fields.stream().filter(f -> f[0].equalsIgnoreCase("host")).map(f -> f[1]).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("A request in origin form needs a Host field"));
        uri = URI.create(defaultScheme + "://" + host + target);
      } else {
        uri = URI.create(target);
      }
      b = request(parts[0], uri);
    }
    for (String[] f : fields) {
      b.header(f[0], f[1]);
    }
    return b.body(body.getBytes(StandardCharsets.UTF_8)).build();
  }

  /** Whether this is a request. */
  public boolean isRequest() {
    return method != null;
  }

  /** The request method; throws for a response. */
  public String method() {
    requireRequest();
    return method;
  }

  /** The absolute target URI; throws for a response. */
  public URI targetUri() {
    requireRequest();
    return targetUri;
  }

  /** The status; throws for a request. */
  public int status() {
    if (isRequest()) {
      throw new IllegalStateException("A request has no status");
    }
    return status;
  }

  /** For a response, the request it answers, if known. */
  public Optional<HttpMessage> request() {
    return Optional.ofNullable(request);
  }

  /** The values of the header field {@code name} (any case), in order; empty when absent. */
  public List<String> headers(String name) {
    List<String> values = new ArrayList<>(2);
    for (String[] f : fields) {
      if (f[0].equalsIgnoreCase(name)) {
        values.add(f[1]);
      }
    }
    return values;
  }

  /** Every header field as name and value, in order. */
  public List<Map.Entry<String, String>> headers() {
    List<Map.Entry<String, String>> out = new ArrayList<>(fields.size());
    fields.forEach(f -> out.add(Map.entry(f[0], f[1])));
    return out;
  }

  /** The body (a copy). */
  public byte[] body() {
    return body.clone();
  }

  int bodyLength() {
    return body.length;
  }

  /** A copy with the header field added at the end. */
  public HttpMessage withHeader(String name, String value) {
    List<String[]> more = new ArrayList<>(fields);
    more.add(new String[] {name, value});
    return new HttpMessage(method, targetUri, status, request, more, body);
  }

  /** A copy without any field named {@code name}. */
  public HttpMessage withoutHeader(String name) {
    List<String[]> fewer = new ArrayList<>(fields);
    fewer.removeIf(f -> f[0].equalsIgnoreCase(name));
    return new HttpMessage(method, targetUri, status, request, fewer, body);
  }

  /** A copy with another body. */
  public HttpMessage withBody(byte[] newBody) {
    return new HttpMessage(method, targetUri, status, request, fields, newBody.clone());
  }

  /**
   * The message as plain HTTP/1.1 text with LF line ends: the request line in origin form (or the status
   * line), the header fields, an empty line, the body as UTF-8. The inverse of {@link #parse}.
   */
  public String toHttpText() {
    StringBuilder sb = new StringBuilder();
    if (isRequest()) {
      String target = (targetUri.getRawPath() == null || targetUri.getRawPath().isEmpty() ? "/" : targetUri.getRawPath())
          + (targetUri.getRawQuery() == null ? "" : "?" + targetUri.getRawQuery());
      sb.append(method).append(' ').append(target).append(" HTTP/1.1\n");
      if (headers("Host").isEmpty()) {
        sb.append("Host: ").append(targetUri.getRawAuthority()).append('\n');
      }
    } else {
      sb.append("HTTP/1.1 ").append(status).append('\n');
    }
    for (String[] f : fields) {
      sb.append(f[0]).append(": ").append(f[1]).append('\n');
    }
    return sb.append('\n').append(new String(body, StandardCharsets.UTF_8)).toString();
  }

  private void requireRequest() {
    if (!isRequest()) {
      throw new IllegalStateException("A response has no method or target URI");
    }
  }

  /** The field names in first-seen order, lower case. */
  List<String> fieldNames() {
    Map<String, Boolean> names = new LinkedHashMap<>();
    fields.forEach(f -> names.put(f[0].toLowerCase(Locale.ROOT), true));
    return new ArrayList<>(names.keySet());
  }

  @Override
  public String toString() {
    return isRequest() ? method + " " + targetUri : "HTTP " + status;
  }
}
