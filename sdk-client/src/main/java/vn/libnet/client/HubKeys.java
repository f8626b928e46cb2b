package vn.libnet.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.VerificationKey;

/**
 * The keys the client trusts for the hub's response signatures. Pinned keys (given by the network
 * operator out of band) are the safest; {@link #fromHub()} fetches the hub's JWKS ({@code
 * /.well-known/jwks.json}) over the same TLS connection, caches it, and fetches it again when an answer
 * names a key id it does not know (at most once per 30 seconds), so that the hub can roll its keys.
 */
public final class HubKeys {
  private final Map<String, VerificationKey> pinned;

  private HubKeys(Map<String, VerificationKey> pinned) {
    this.pinned = pinned;
  }

  /** Trusts exactly these keys. */
  public static HubKeys pinned(VerificationKey... keys) {
    if (keys.length == 0) {
      throw new IllegalArgumentException("Pin at least one hub key");
    }
    return pinned(List.of(keys));
  }

  /** Trusts exactly these keys. */
  public static HubKeys pinned(List<VerificationKey> keys) {
    return new HubKeys(keys.stream().collect(Collectors.toUnmodifiableMap(VerificationKey::keyId, Function.identity())));
  }

  /**
   * Trusts the keys of a JWKS document, e.g. one shipped with the vendor's configuration.
   *
   * @throws IllegalArgumentException when it is not a JWKS or has no usable key
   */
  public static HubKeys pinnedJwks(String jwks) {
    List<VerificationKey> keys = VerificationKey.fromJwks(jwks);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("The JWKS has no key with a kid");
    }
    return pinned(keys);
  }

  /** Trusts what the hub publishes at {@code /.well-known/jwks.json}, fetched when needed. */
  public static HubKeys fromHub() {
    return new HubKeys(null);
  }

  boolean isPinned() {
    return pinned != null;
  }

  KeyResolver pinnedResolver() {
    Objects.requireNonNull(pinned);
    return id -> Optional.ofNullable(pinned.get(id));
  }

  @Override
  public String toString() {
    return pinned == null ? "HubKeys[from hub]" : "HubKeys" + pinned.keySet();
  }
}
