package vn.libnet.client;

import vn.libnet.core.signature.SignatureFailure;

/**
 * An answer claiming to come from the hub was refused because its RFC 9421 signature or its {@code
 * Content-Digest} did not verify against the hub's keys; {@link #failure()} says exactly why. Whatever the
 * answer said is discarded: treat the call's outcome as unknown and retry it under the same idempotency
 * key, or stop if this repeats (a proxy that rewrites answers, a wrong hub key, an attack).
 */
public final class LibnetSignatureException extends LibnetClientException {
  private final SignatureFailure failure;

  LibnetSignatureException(SignatureFailure failure, String url, Throwable cause) {
    super(ClientFailure.CLIENT_RESPONSE_SIGNATURE, cause, url, failure.code());
    this.failure = failure;
  }

  /** Why the answer was refused. */
  public SignatureFailure failure() {
    return failure;
  }
}
