package vn.libnet.core.signature;

import java.security.Key;
import java.util.Objects;

/**
 * A key a verifier trusts, bound to one algorithm: the algorithm is never taken from the message alone.
 *
 * @param keyId the key id signatures name, e.g. {@code VN-HaNoi-TVHN#k1}
 * @param algorithm the only algorithm this key is used with
 * @param key the public key (or the shared secret for HMAC)
 */
public record VerificationKey(String keyId, SignatureAlgorithm algorithm, Key key) {
  /** Checks every part is present. */
  public VerificationKey {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(algorithm, "algorithm");
    Objects.requireNonNull(key, "key");
  }

  /** Hides the key material. */
  @Override
  public String toString() {
    return "VerificationKey[" + keyId + ", " + algorithm.rfcName() + "]";
  }
}
