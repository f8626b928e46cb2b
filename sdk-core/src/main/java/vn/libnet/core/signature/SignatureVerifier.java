package vn.libnet.core.signature;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Verifies RFC 9421 signatures against a policy: trusted keys with the algorithm bound to each, required
 * components, allowed algorithms, the signature's age and expiry with a clock skew, an expected tag,
 * the body's {@code Content-Digest} when covered, and replay protection with a {@link NonceCache}.
 *
 * <p>A message verifies when one of its signatures passes every check. When none does, {@link #verify}
 * throws {@link SignatureException} with the exact reason of the last signature tried. Thread-safe.
 */
public final class SignatureVerifier {
  private final KeyResolver keys;
  private final List<ComponentId> required;
  private final Set<SignatureAlgorithm> allowed;
  private final Duration maxAge;
  private final Duration skew;
  private final boolean requireCreated;
  private final boolean requireNonce;
  private final String tag;
  private final NonceCache nonces;
  private final Clock clock;

  private SignatureVerifier(Builder b) {
    this.keys = Objects.requireNonNull(b.keys, "keys");
    this.required = List.copyOf(b.required);
    this.allowed = b.allowed.isEmpty() ? EnumSet.allOf(SignatureAlgorithm.class) : EnumSet.copyOf(b.allowed);
    this.maxAge = b.maxAge;
    this.skew = b.skew;
    this.requireCreated = b.requireCreated;
    this.requireNonce = b.requireNonce;
    this.tag = b.tag;
    this.nonces = b.nonces;
    this.clock = b.clock;
  }

  /** A builder; {@link Builder#keys} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignatureVerifier}. Defaults: max age 5 minutes, skew 60 s, created required. */
  public static final class Builder {
    private KeyResolver keys;
    private final List<ComponentId> required = new ArrayList<>();
    private final Set<SignatureAlgorithm> allowed = EnumSet.noneOf(SignatureAlgorithm.class);
    private Duration maxAge = Duration.ofMinutes(5);
    private Duration skew = Duration.ofSeconds(60);
    private boolean requireCreated = true;
    private boolean requireNonce;
    private String tag;
    private NonceCache nonces;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The trusted keys. */
    public Builder keys(KeyResolver keys) {
      this.keys = keys;
      return this;
    }

    /** Components every accepted signature must cover. */
    public Builder require(ComponentId... components) {
      required.addAll(List.of(components));
      return this;
    }

    /** The algorithms accepted (default: all). */
    public Builder allow(SignatureAlgorithm... algorithms) {
      allowed.addAll(List.of(algorithms));
      return this;
    }

    /** The oldest {@code created} accepted, counted back from now. */
    public Builder maxAge(Duration maxAge) {
      this.maxAge = maxAge;
      return this;
    }

    /** How far the signer's clock may be ahead of or behind ours. */
    public Builder clockSkew(Duration skew) {
      this.skew = skew;
      return this;
    }

    /** Whether {@code created} is required (default true). */
    public Builder requireCreated(boolean require) {
      this.requireCreated = require;
      return this;
    }

    /** Refuses reused nonces with {@code cache}; nonces become required. */
    public Builder replayProtection(NonceCache cache) {
      this.nonces = cache;
      this.requireNonce = true;
      return this;
    }

    /** The {@code tag} every accepted signature must carry. */
    public Builder tag(String tag) {
      this.tag = tag;
      return this;
    }

    /** The clock (for tests and for test vectors). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** The verifier. */
    public SignatureVerifier build() {
      return new SignatureVerifier(this);
    }
  }

  /** What was verified. */
  public record Verified(String label, VerificationKey key, SignatureParameters parameters) {}

  /**
   * Verifies {@code message}: one of its signatures must pass.
   *
   * @throws SignatureException with the reason the (last) signature was refused
   */
  public Verified verify(HttpMessage message) {
    Map<String, SignatureParameters> inputs = message.headers("Signature-Input").isEmpty() || message.headers("Signature").isEmpty()
        ? Map.of() : HttpSignatures.signatureInputs(message);
    if (inputs.isEmpty()) {
      throw new SignatureException(SignatureFailure.SIGNATURE_MISSING, "Signature");
    }
    SignatureException last = null;
    for (Map.Entry<String, SignatureParameters> e : new LinkedHashMap<>(inputs).entrySet()) {
      try {
        return check(message, e.getKey(), e.getValue());
      } catch (SignatureException ex) {
        last = ex;
      }
    }
    throw last;
  }

  /** Verifies only the signature under {@code label}. */
  public Verified verify(HttpMessage message, String label) {
    SignatureParameters params = HttpSignatures.signatureInputs(message).get(label);
    if (params == null) {
      throw new SignatureException(SignatureFailure.SIGNATURE_MISSING, label);
    }
    return check(message, label, params);
  }

  private Verified check(HttpMessage message, String label, SignatureParameters p) {
    String keyId = p.keyId().orElseThrow(() -> new SignatureException(SignatureFailure.UNKNOWN_KEY, "(none)"));
    VerificationKey key = keys.resolve(keyId).orElseThrow(() -> new SignatureException(SignatureFailure.UNKNOWN_KEY, keyId));
    p.alg().ifPresent(a -> {
      if (!a.equals(key.algorithm().rfcName())) {
        throw new SignatureException(SignatureFailure.ALG_MISMATCH, a, key.algorithm().rfcName());
      }
    });
    if (!allowed.contains(key.algorithm())) {
      throw new SignatureException(SignatureFailure.ALG_NOT_ALLOWED, key.algorithm().rfcName());
    }
    if (tag != null && !tag.equals(p.tag().orElse(null))) {
      throw new SignatureException(SignatureFailure.TAG_MISMATCH, p.tag().orElse("(none)"), tag);
    }
    for (ComponentId c : required) {
      if (!p.components().contains(c)) {
        throw new SignatureException(SignatureFailure.COMPONENT_NOT_COVERED, c);
      }
    }
    long now = clock.instant().getEpochSecond();
    long skewSeconds = skew.getSeconds();
    Long created = p.created().orElse(null);
    if (created == null && requireCreated) {
      throw new SignatureException(SignatureFailure.CREATED_MISSING);
    }
    if (created != null && created > now + skewSeconds) {
      throw new SignatureException(SignatureFailure.CREATED_IN_FUTURE, created, now);
    }
    if (created != null && maxAge != null && created < now - maxAge.getSeconds() - skewSeconds) {
      throw new SignatureException(SignatureFailure.TOO_OLD, created, maxAge.getSeconds());
    }
    Long expires = p.expires().orElse(null);
    if (expires != null && expires < now - skewSeconds) {
      throw new SignatureException(SignatureFailure.EXPIRED, expires, now);
    }
    if (requireNonce && p.nonce().isEmpty()) {
      throw new SignatureException(SignatureFailure.NONCE_MISSING);
    }
    byte[] base = SignatureBase.bytes(message, p);
    if (!key.algorithm().verify(key.key(), base, HttpSignatures.signature(message, label))) {
      throw new SignatureException(SignatureFailure.BAD_SIGNATURE, label);
    }
    if (p.components().contains(ComponentId.of("content-digest"))) {
      ContentDigest.verify(message);
    }
    // Only a verified signature consumes its nonce, so forged requests cannot burn real ones.
    if (nonces != null) {
      long until = expires != null ? expires + skewSeconds : (created != null ? created : now) + maxAge.getSeconds() + skewSeconds;
      if (!nonces.firstUse(keyId + " " + p.nonce().orElseThrow(), until, now)) {
        throw new SignatureException(SignatureFailure.REPLAYED, p.nonce().orElseThrow());
      }
    }
    return new Verified(label, key, p);
  }
}
