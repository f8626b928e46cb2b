package vn.libnet.testkit;

import java.time.Instant;
import java.util.Map;

/**
 * One request as the hub's handlers see it, after transport, signature and idempotency checks.
 *
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the decoded query parameters (first value of each)
 * @param contentType the media type without parameters, lower case, or ""
 * @param body the body
 * @param signer the ISIL of the signing key, or {@code null} for an unsigned read
 * @param admin whether the hub's administrator key signed it
 * @param ifMatch the {@code If-Match} header, or {@code null}
 * @param now the time of the request (the logged time when replayed)
 */
record Call(String method, String path, Map<String, String> query, String contentType, byte[] body, String signer,
    boolean admin, String ifMatch, Instant now) {
  /** Absent parts (as a log line without them reads) are empty. */
  Call {
    query = query == null ? Map.of() : query;
    contentType = contentType == null ? "" : contentType;
    body = body == null ? new byte[0] : body;
  }

  int limit() {
    String l = query.get("limit");
    if (l == null) {
      return 100;
    }
    try {
      int n = Integer.parseInt(l);
      if (n >= 1 && n <= 1000) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new Answer.Refusal(vn.libnet.core.problem.ProblemCode.BAD_REQUEST, "Bad limit",
        HubTexts.bilingual("HUB_LIMIT_INVALID", HubTexts.echo(l), "1", "1000"));
  }
}
