package vn.libnet.core.signature;

import java.util.Map;
import java.util.Optional;

/** Finds the trusted key for a signature's {@code keyid}; for example from a JWKS or a key registry. */
@FunctionalInterface
public interface KeyResolver {
  /** The key for {@code keyId}, if it is trusted. */
  Optional<VerificationKey> resolve(String keyId);

  /** A resolver over a fixed set of keys. */
  static KeyResolver of(VerificationKey... keys) {
    Map<String, VerificationKey> byId = new java.util.HashMap<>();
    for (VerificationKey k : keys) {
      byId.put(k.keyId(), k);
    }
    return id -> Optional.ofNullable(byId.get(id));
  }
}
