package vn.libnet.core.signature;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The keys of a JWKS (RFC 7517) that have a {@code kid}, each bound to the algorithm its {@code alg}
   * member names (an RFC 9421 name such as {@code ed25519}, or the JOSE name: {@code EdDSA}, {@code ES256},
   * {@code PS512}, {@code RS256}, {@code HS256}), or else to the key type's natural algorithm.
   *
   * @throws IllegalArgumentException when the document is not a JWKS, a key cannot be used, or an {@code
   *     alg} is unknown
   */
  public static List<VerificationKey> fromJwks(String json) {
    JsonNode root = Keys.readJson(json);
    if (!root.path("keys").isArray()) {
      throw new IllegalArgumentException("A JWKS is an object with a \"keys\" array");
    }
    List<VerificationKey> out = new ArrayList<>();
    for (JsonNode jwk : root.get("keys")) {
      if (!jwk.hasNonNull("kid")) {
        continue;
      }
      Key key = Keys.fromJwk(jwk);
      String alg = jwk.path("alg").asText("");
      out.add(new VerificationKey(jwk.get("kid").asText(), alg.isEmpty() ? Keys.defaultAlgorithm(key) : algorithmNamed(alg), key));
    }
    return out;
  }

  private static SignatureAlgorithm algorithmNamed(String alg) {
    switch (alg) {
      case "EdDSA":
      case "Ed25519":
        return SignatureAlgorithm.ED25519;
      case "ES256":
        return SignatureAlgorithm.ECDSA_P256_SHA256;
      case "PS512":
        return SignatureAlgorithm.RSA_PSS_SHA512;
      case "RS256":
        return SignatureAlgorithm.RSA_V1_5_SHA256;
      case "HS256":
        return SignatureAlgorithm.HMAC_SHA256;
      default:
        return SignatureAlgorithm.fromName(alg);
    }
  }

  /**
   * The public JWK of this key with {@code kid} and {@code alg} (the RFC 9421 name), for publishing in a
   * JWKS.
   *
   * @throws IllegalArgumentException for an HMAC secret, which is never published
   */
  public Map<String, String> toPublicJwk() {
    if (!(key instanceof PublicKey pk)) {
      throw new IllegalArgumentException("Only public keys are published; " + keyId + " is a shared secret");
    }
    Map<String, String> jwk = new LinkedHashMap<>(Keys.toPublicJwk(pk));
    jwk.put("kid", keyId);
    jwk.put("alg", algorithm.rfcName());
    return jwk;
  }

  /** Hides the key material. */
  @Override
  public String toString() {
    return "VerificationKey[" + keyId + ", " + algorithm.rfcName() + "]";
  }
}
