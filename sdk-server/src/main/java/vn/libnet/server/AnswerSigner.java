package vn.libnet.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureLimits;

/**
 * Signs an answer by the LibNet response profile and writes it to the container's response: the
 * signature covers the status, the body's {@code Content-Digest}, the content type, the headers a client
 * acts on ({@code ETag}, {@code Location}, {@code Retry-After}), and the request's method, target and own
 * {@code libnet} signature, so the answer cannot be replayed to another request.
 */
final class AnswerSigner {
  private final String keyId;
  private final SignatureAlgorithm algorithm;
  private final PrivateKey key;
  private final Clock clock;

  AnswerSigner(String keyId, SignatureAlgorithm algorithm, PrivateKey key, Clock clock) {
    this.keyId = keyId;
    this.algorithm = algorithm;
    this.key = key;
    this.clock = clock;
  }

  String keyId() {
    return keyId;
  }

  /**
   * Signs an empty answer, so that a key its algorithm cannot use stops the filter's start rather than
   * every answer.
   *
   * @throws IllegalStateException when the key cannot sign with the algorithm
   */
  void checkKey() {
    HttpMessage probe = HttpMessage.response(204).header("Content-Type", "application/octet-stream")
        .request(HttpMessage.request("GET", URI.create("https://libnet.invalid/")).build()).build();
    try {
      LibnetSignatures.signResponse(probe, keyId, algorithm, key, clock);
    } catch (RuntimeException e) {
      throw new IllegalStateException("The server's signing key " + keyId + " cannot sign with " + algorithm.rfcName()
          + " / Khóa ký " + keyId + " của máy chủ không ký được bằng " + algorithm.rfcName(), e);
    }
  }

  /**
   * The request an answer is bound to: its method, target and {@code Signature}; a signature field over the
   * limits is left out rather than parsed (the answer is then unbound, and a client that signed will not
   * accept it).
   */
  static HttpMessage binding(String method, URI target, List<String> signature, SignatureLimits limits) {
    HttpMessage.Builder request = HttpMessage.request(method, target);
    long bytes = 0;
    for (String v : signature) {
      bytes += v.length() + 2;
    }
    if (bytes <= limits.maxFieldBytes()) {
      signature.forEach(v -> request.header("Signature", v));
    }
    return request.build();
  }

  /** Signs and writes the answer; nothing is written before the signature is made. */
  void send(HttpServletResponse out, HttpMessage request, int status, String contentType, Map<String, List<String>> headers,
      byte[] body) throws IOException {
    // The profile covers Content-Type; an answer the application gave none (a redirect, a 204) is sent
    // with the type a recipient would assume anyway (RFC 9110 §8.3).
    out.setStatus(status);
    out.setContentType(contentType == null ? "application/octet-stream" : contentType);
    // Signed as the container will send it: containers rewrite the value (Jetty lowers "charset=UTF-8",
    // Tomcat drops the space in "; charset=").
    String type = out.getContentType() != null ? out.getContentType() : contentType;
    HttpMessage.Builder answer = HttpMessage.response(status).header("Content-Type", type);
    headers.forEach((name, values) -> values.forEach(v -> answer.header(name, v)));
    // A HEAD answer carries no body (the container drops it): its digest is the empty body's, as its
    // recipient verifies it; its Content-Length stays what a GET would get (RFC 9110 §9.3.2).
    boolean head = "HEAD".equals(request.method());
    // 1xx, 204 and 304 answers have no content at all (RFC 9110 §15.3.5, §15.4.5): what the application
    // wrote with them is dropped, as the container would drop it, and the digest is the empty body's.
    if (status < 200 || status == 204 || status == 304) {
      body = new byte[0];
    }
    HttpMessage signed = LibnetSignatures.signResponse(answer.request(request).body(head ? new byte[0] : body).build(), keyId, algorithm, key,
        clock);
    headers.forEach((name, values) -> values.forEach(v -> out.addHeader(name, v)));
    for (String name : new String[] {"Content-Digest", "Signature-Input", "Signature"}) {
      for (String v : signed.headers(name)) {
        out.addHeader(name, v);
      }
    }
    if (status != 204 && status != 304 && status >= 200) {
      out.setContentLength(body.length);
    }
    if (body.length > 0 && !head) {
      OutputStream o = out.getOutputStream();
      o.write(body);
      o.flush();
    }
  }
}
