package vn.libnet.core.problem;

/**
 * The stable codes of LibNet API v1 problem documents ({@code code} member of an RFC 9457 document).
 * Programs branch on these, never on the human-readable title or detail.
 */
public enum ProblemCode {
  /** The request is malformed: bad JSON, bad parameter, unreadable record file. HTTP 400. */
  BAD_REQUEST(400),
  /** A write without a signature, or one that does not verify; the detail names the reason. HTTP 401. */
  SIGNATURE_INVALID(401),
  /** The body does not match its {@code Content-Digest}, or it has none. HTTP 401. */
  DIGEST_INVALID(401),
  /** A signed request seen before (same nonce) inside the validity window. HTTP 401. */
  REPLAYED(401),
  /**
   * A request signed for another server or path: its {@code @target-uri} is not under the hub's public
   * base URL (a write meant for another hub, replayed here). HTTP 401.
   */
  TARGET_MISMATCH(401),
  /** The signer may not write this resource (another library's profile or holdings). HTTP 403. */
  FORBIDDEN(403),
  /** No such resource. HTTP 404. */
  NOT_FOUND(404),
  /** The resource changed since the caller read it (stale {@code If-Match}), or it already exists. HTTP 409. */
  CONFLICT(409),
  /** An idempotency key reused with a different body. HTTP 409. */
  IDEMPOTENCY_KEY_REUSED(409),
  /** The body is larger than the hub reads before verifying a signature (16 MiB unless configured). HTTP 413. */
  PAYLOAD_TOO_LARGE(413),
  /** The body's media type is not accepted here. HTTP 415. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** The data breaks the national profile; {@code issues} lists why. HTTP 422. */
  VALIDATION_FAILED(422),
  /** An update of an existing resource without {@code If-Match}. HTTP 428. */
  PRECONDITION_REQUIRED(428),
  /** Too many requests; wait for {@code Retry-After}. HTTP 429. */
  RATE_LIMITED(429),
  /** The hub failed. HTTP 500. */
  INTERNAL_ERROR(500),
  /** The hub is down for a while; retry after {@code Retry-After}. HTTP 503. */
  UNAVAILABLE(503),
  /**
   * The hub cannot remember another nonce until some expire (it never forgets a live one, which would let
   * a replay through); retry after {@code Retry-After}. HTTP 503.
   */
  NONCE_CACHE_FULL(503),
  /** A code this client does not know (a newer hub); read the status and detail. */
  UNKNOWN(0);

  private final int status;

  ProblemCode(int status) {
    this.status = status;
  }

  /** The HTTP status that goes with the code (0 for {@link #UNKNOWN}). */
  public int status() {
    return status;
  }

  /** The code named {@code code}, or {@link #UNKNOWN} for a missing or unknown name. */
  public static ProblemCode of(String code) {
    if (code != null) {
      for (ProblemCode c : values()) {
        if (c.name().equals(code)) {
          return c;
        }
      }
    }
    return UNKNOWN;
  }

  /**
   * The code a server answers for an HTTP {@code status} it reached without a more precise reason (its
   * container refused the request line, say): the first code of that status, else {@link #BAD_REQUEST} for
   * any other 4xx and {@link #INTERNAL_ERROR} for anything else.
   */
  public static ProblemCode forStatus(int status) {
    for (ProblemCode c : values()) {
      if (c.status == status) {
        return c;
      }
    }
    return status >= 400 && status < 500 ? BAD_REQUEST : INTERNAL_ERROR;
  }
}
