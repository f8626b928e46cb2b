package vn.libnet.testkit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request the hub received, as a test inspects it afterwards ({@link LibnetTestHub#takeRequest}): what
 * was sent, and what the hub answered. Refused requests are recorded too; the body of one refused before
 * it was read (413) is empty.
 *
 * @param sequence the request's number at this hub, from 1
 * @param method the method
 * @param path the path as sent (not decoded)
 * @param query the query as sent, or "" for none
 * @param headers the headers by lower-case name, in the order received
 * @param body the body as the application read it
 * @param signer the verified key id, or {@code null} when the request was not signed or not verified
 * @param status the status the hub answered, or 0 when the connection was dropped without an answer
 */
public record RecordedRequest(long sequence, String method, String path, String query, Map<String, List<String>> headers,
    byte[] body, String signer, int status) {
  /** Copies the parts. */
  public RecordedRequest {
    headers = Map.copyOf(headers);
    body = body.clone();
  }

  /** The first value of the header {@code name} (any case). */
  public Optional<String> header(String name) {
    List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  /** The verified key id, if the request was signed and verified. */
  public Optional<String> signerKeyId() {
    return Optional.ofNullable(signer);
  }

  /** The body as UTF-8 text. */
  public String bodyText() {
    return new String(body, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /** Method, path and status; the body and headers are left out (they may be large). */
  @Override
  public String toString() {
    return "RecordedRequest[" + sequence + " " + method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status + "]";
  }
}
