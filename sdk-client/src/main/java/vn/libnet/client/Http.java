package vn.libnet.client;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import vn.libnet.core.signature.HttpMessage;

/** Conversions between OkHttp's messages and sdk-core's framework-neutral {@link HttpMessage}. */
final class Http {
  static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  /** JSON-LD (W3C), the media type of IIIF Presentation 3.0 documents. */
  static final MediaType LD_JSON = MediaType.get("application/ld+json");

  private Http() {}

  /**
   * Whether {@code url}'s host is this machine by its very name ({@code localhost}, 127.0.0.0/8, {@code ::1}),
   * judged without DNS: a name that resolves to loopback could resolve elsewhere tomorrow.
   */
  static boolean isLoopback(okhttp3.HttpUrl url) {
    String host = url.host();
    return host.equals("localhost") || host.equals("::1") || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  static boolean isWrite(Request request) {
    return WRITES.contains(request.method());
  }

  static byte[] bodyBytes(RequestBody body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    Buffer b = new Buffer();
    body.writeTo(b);
    return b.readByteArray();
  }

  static HttpMessage toMessage(Request request, byte[] body) {
    HttpMessage.Builder m = HttpMessage.request(request.method(), URI.create(request.url().toString()));
    copy(request.headers(), m);
    MediaType type = request.body() == null ? null : request.body().contentType();
    if (type != null && request.header("Content-Type") == null) {
      m.header("Content-Type", type.toString());
    }
    return m.body(body).build();
  }

  static HttpMessage toMessage(Response response, byte[] body) {
    HttpMessage.Builder m = HttpMessage.response(response.code());
    copy(response.headers(), m);
    Request req = response.request();
    // The request as sent (at the network level, with its signature), which the answer must be bound to.
    HttpMessage.Builder sent = HttpMessage.request(req.method(), URI.create(req.url().toString()));
    for (String v : req.headers("Signature")) {
      sent.header("Signature", v);
    }
    m.request(sent.build());
    return m.body(body).build();
  }

  private static void copy(Headers headers, HttpMessage.Builder m) {
    for (int i = 0; i < headers.size(); i++) {
      m.header(headers.name(i), headers.value(i));
    }
  }

  /** The response with its body read into memory, so that it can be read again and after the connection closes. */
  static Response buffered(Response response, byte[] body) {
    ResponseBody old = response.body();
    MediaType type = old == null ? null : old.contentType();
    return response.newBuilder().body(ResponseBody.create(body, type)).build();
  }

  static byte[] readBody(Response response) throws IOException {
    ResponseBody b = response.body();
    return b == null ? new byte[0] : b.bytes();
  }
}
