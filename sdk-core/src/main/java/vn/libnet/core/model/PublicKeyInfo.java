package vn.libnet.core.model;

import java.util.Map;

/**
 * A public key a library signs its requests with (RFC 9421), published as a JWK (RFC 7517).
 *
 * @param keyId the key id used in signatures, {@code <ISIL>#<key-name>}
 * @param algorithm the RFC 9421 algorithm name, e.g. {@code ed25519}
 * @param jwk the public key's JWK members
 */
public record PublicKeyInfo(String keyId, String algorithm, Map<String, String> jwk) {
  /** Copies the JWK members; never null. */
  public PublicKeyInfo {
    jwk = jwk == null ? Map.of() : Map.copyOf(jwk);
  }
}
