package vn.libnet.core.signature;

/**
 * How much work a verifier does before it knows a signature is good (RFC 9421 §7.3.1, §7.3.2): the size
 * of the {@code Signature} and {@code Signature-Input} fields, how many signatures it examines, how
 * many components one signature may cover, and how many body bytes a server reads before the signature
 * and its digest have been checked. Anything over a limit is refused ({@link
 * SignatureFailure#FIELD_TOO_LARGE}; a server answers an oversized body with 413) before any parsing or
 * cryptography beyond the limit is done. The same values serve the SDK's verifier, its servlet filter
 * and the test hub.
 *
 * @param maxFieldBytes the largest {@code Signature} or {@code Signature-Input} field, all its lines
 *     together, in bytes
 * @param maxSignatures the most signatures (dictionary members) a message may carry
 * @param maxComponents the most components one signature may cover
 * @param maxBodyBytes the largest request body a server reads before verifying it
 */
public record SignatureLimits(int maxFieldBytes, int maxSignatures, int maxComponents, long maxBodyBytes) {
  /** 8 KiB fields, 4 signatures, 32 components, 16 MiB bodies. */
  public static final SignatureLimits DEFAULTS = new SignatureLimits(8 * 1024, 4, 32, 16L << 20);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException when a limit is below 1
   */
  public SignatureLimits {
    if (maxFieldBytes < 1 || maxSignatures < 1 || maxComponents < 1 || maxBodyBytes < 1) {
      throw new IllegalArgumentException("Every signature limit must be at least 1");
    }
  }

  /** These limits with another body limit. */
  public SignatureLimits withMaxBodyBytes(long bytes) {
    return new SignatureLimits(maxFieldBytes, maxSignatures, maxComponents, bytes);
  }

  /**
   * Refuses {@code message} when its signature fields are over these limits; cheap (counts bytes and
   * commas, parses nothing).
   *
   * @throws HttpSignatureException {@code FIELD_TOO_LARGE}
   */
  public void check(HttpMessage message) {
    for (String field : new String[] {"Signature-Input", "Signature"}) {
      long bytes = 0;
      for (String v : message.headers(field)) {
        bytes += v.length() + 2;
        if (bytes > maxFieldBytes) {
          throw new HttpSignatureException(SignatureFailure.FIELD_TOO_LARGE, field, "more than " + maxFieldBytes + " bytes");
        }
      }
    }
  }
}
