package vn.libnet.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.VerificationKey;

/**
 * The keys the client trusts for the hub's response signatures. Pinned keys (given by the network
 * operator out of band) are the safest; {@link #fromHub()} fetches the hub's JWKS ({@code
 * /.well-known/jwks.json}) over the same TLS connection, caches it, and fetches it again when an answer
 * names a key id it does not know (at most once per 30 seconds), so that the hub can roll its keys.
 *
 * <p>Keys fetched over plain {@code http://} could be anyone's, so a client whose base URL is {@code
 * http://} outside loopback refuses to build with {@link #fromHub()} (error {@code CLIENT_HUB_KEYS_INSECURE})
 * unless the caller says so with {@link #allowPlainHttp()}. {@link #anchoredTo(String)} checks the first
 * JWKS fetched against a key fingerprint known out of band (its RFC 7638 thumbprint).
 *
 * <p>Immutable; the methods that change a setting return a new value.
 */
public final class HubKeys {
  private static final Pattern THUMBPRINT = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final Map<String, VerificationKey> pinned;
  private final boolean plainHttp;
  private final String anchor;

  private HubKeys(Map<String, VerificationKey> pinned, boolean plainHttp, String anchor) {
    this.pinned = pinned;
    this.plainHttp = plainHttp;
    this.anchor = anchor;
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
    return new HubKeys(keys.stream().collect(Collectors.toUnmodifiableMap(VerificationKey::keyId, Function.identity())), false,
        null);
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

  /** Trusts what the hub publishes at {@code /.well-known/jwks.json}, fetched when needed, over https or loopback. */
  public static HubKeys fromHub() {
    return new HubKeys(null, false, null);
  }

  /**
   * The same, also when the hub's base URL is plain {@code http://} outside loopback: anyone on the way
   * can then give the client their own keys, unless {@link #anchoredTo anchored}. For closed test
   * networks only.
   *
   * @throws IllegalStateException on pinned keys, which are never fetched
   */
  public HubKeys allowPlainHttp() {
    requireFetched();
    return new HubKeys(null, true, anchor);
  }

  /**
   * The same, but the first JWKS fetched must hold the key whose RFC 7638 SHA-256 thumbprint (base64url,
   * 43 characters, see {@link Keys#thumbprint}) is {@code thumbprint}, or every key in it is refused and the
   * call fails with {@code CLIENT_HUB_KEY_MISMATCH}. Later fetches (the hub rolling its keys) are trusted as
   * {@link #fromHub()} trusts them.
   *
   * @throws IllegalArgumentException when {@code thumbprint} is not 43 base64url characters
   * @throws IllegalStateException on pinned keys
   */
  public HubKeys anchoredTo(String thumbprint) {
    requireFetched();
    if (thumbprint == null || !THUMBPRINT.matcher(thumbprint).matches()) {
      throw new IllegalArgumentException("A key thumbprint is 43 base64url characters (RFC 7638, SHA-256), not " + thumbprint);
    }
    return new HubKeys(null, plainHttp, thumbprint);
  }

  /**
   * The same, anchored to the thumbprint of {@code key} ({@link #anchoredTo(String)}).
   *
   * @throws IllegalArgumentException when the key is a shared secret, or has no JWK form
   */
  public HubKeys anchoredTo(VerificationKey key) {
    if (!(key.key() instanceof java.security.PublicKey pk)) {
      throw new IllegalArgumentException("Anchor to a public key, not " + key.keyId());
    }
    return anchoredTo(Keys.thumbprint(pk));
  }

  private void requireFetched() {
    if (pinned != null) {
      throw new IllegalStateException("Pinned hub keys are never fetched");
    }
  }

  boolean isPinned() {
    return pinned != null;
  }

  boolean plainHttpAllowed() {
    return plainHttp;
  }

  /** The thumbprint the first fetched JWKS must hold, if any. */
  Optional<String> anchor() {
    return Optional.ofNullable(anchor);
  }

  KeyResolver pinnedResolver() {
    Objects.requireNonNull(pinned);
    return id -> Optional.ofNullable(pinned.get(id));
  }

  @Override
  public String toString() {
    if (pinned != null) {
      return "HubKeys" + pinned.keySet();
    }
    return "HubKeys[from hub" + (anchor == null ? "" : ", anchored to " + anchor) + (plainHttp ? ", plain http allowed" : "") + "]";
  }
}
