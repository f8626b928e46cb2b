package vn.libnet.core.signature;

import vn.libnet.core.error.ErrorCode;

/** Why a signature was refused or could not be made; each has a stable code and bilingual message. */
public enum SignatureFailure implements ErrorCode {
  /** The message has no {@code Signature} or {@code Signature-Input}, or not the label asked for. */
  SIGNATURE_MISSING,
  /** {@code Signature} or {@code Signature-Input} is not a valid structured field. */
  SIGNATURE_SYNTAX,
  /** A covered component is absent from the message. */
  COMPONENT_MISSING,
  /** A covered component cannot be derived (bad parameters, not applicable to this message). */
  COMPONENT_INVALID,
  /** The policy requires a component the signature does not cover. */
  COMPONENT_NOT_COVERED,
  /** The body's {@code Content-Digest} is absent. */
  DIGEST_MISSING,
  /** The body does not match its {@code Content-Digest}. */
  DIGEST_MISMATCH,
  /** The signature has no {@code created} though the policy requires it. */
  CREATED_MISSING,
  /** {@code created} is later than now plus the allowed clock skew. */
  CREATED_IN_FUTURE,
  /** {@code created} is older than the policy's maximum age. */
  TOO_OLD,
  /** {@code expires} has passed. */
  EXPIRED,
  /** The signature has no {@code nonce} though the policy requires it. */
  NONCE_MISSING,
  /** The nonce was already seen inside the validity window: a replay. */
  REPLAYED,
  /** No key is known for the {@code keyid}. */
  UNKNOWN_KEY,
  /** The {@code alg} parameter differs from the algorithm bound to the key. */
  ALG_MISMATCH,
  /** The algorithm is not allowed by the policy. */
  ALG_NOT_ALLOWED,
  /** The {@code tag} is not the one the policy expects. */
  TAG_MISMATCH,
  /** The signature does not verify. */
  BAD_SIGNATURE,
  /** The key cannot be used with the algorithm. */
  KEY_INVALID,
  /**
   * The request was signed for another target: its {@code @target-uri} is not under any of the
   * verifier's own public base URLs (RFC 9421 §7.2.5, a write meant for another hub or path).
   */
  TARGET_MISMATCH,
  /**
   * The verifier's nonce cache holds only nonces that are still inside their validity window, so a new
   * one cannot be remembered without forgetting a live one: the request is refused (try again later).
   */
  NONCE_CACHE_FULL,
  /** {@code Signature} or {@code Signature-Input} is larger, or has more members, than the verifier's limits allow. */
  FIELD_TOO_LARGE;

  /** The stable code and message key, e.g. {@code SIG_BAD_SIGNATURE}. */
  @Override
  public String code() {
    return "SIG_" + name();
  }
}
