package vn.libnet.core.signature;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Verifies RFC 9421 signatures against a policy: trusted keys with the algorithm bound to each, required
 * components, allowed algorithms, the signature's age and expiry with a clock skew, an expected tag,
 * the body's {@code Content-Digest} when covered, replay protection with a {@link NonceCache}, the
 * request's target against the verifier's own public base URLs, and {@link SignatureLimits} on the work
 * done before a signature is known to be good.
 *
 * <p>A message verifies when one of its signatures passes every check. When none does, {@link #verify}
 * throws {@link HttpSignatureException} with the exact reason of the last signature tried. The checks that
 * cost nothing (sizes, key, algorithm, tag, components, target, time) come before the cryptography, and
 * a nonce is remembered only for a signature that verified. Thread-safe.
 */
public final class SignatureVerifier {
  private final KeyResolver keys;
  private final List<ComponentId> required;
  private final List<Conditional> conditional;
  private final List<URI> targets;
  private final SignatureLimits limits;
  private final String label;
  // Time never runs backwards for the checks: a clock stepped back must not reopen a closed window.
  private final java.util.concurrent.atomic.AtomicLong latestNow = new java.util.concurrent.atomic.AtomicLong(Long.MIN_VALUE);
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
    this.conditional = List.copyOf(b.conditional);
    this.targets = List.copyOf(b.targets);
    this.limits = b.limits;
    this.label = b.label;
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

  private record Conditional(Predicate<HttpMessage> when, List<ComponentId> components) {}

  /**
   * Builds a {@link SignatureVerifier}. Defaults: max age 5 minutes, skew 60 s, created required, {@link
   * SignatureLimits#DEFAULTS}, any target.
   */
  public static final class Builder {
    private KeyResolver keys;
    private final List<ComponentId> required = new ArrayList<>();
    private final List<Conditional> conditional = new ArrayList<>();
    private final List<URI> targets = new ArrayList<>();
    private SignatureLimits limits = SignatureLimits.DEFAULTS;
    private String label;
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

    /**
     * Components every accepted signature must cover when {@code when} holds for the message (for
     * example: a body's digest, for writes only).
     */
    public Builder requireWhen(Predicate<HttpMessage> when, ComponentId... components) {
      conditional.add(new Conditional(Objects.requireNonNull(when), List.of(components)));
      return this;
    }

    /**
     * The verifier's own public base URLs (scheme, authority and path prefix, such as {@code
     * https://hub.libnet.vn/}): a request whose {@code @target-uri} is under none of them is refused with
     * {@link SignatureFailure#TARGET_MISMATCH}, so that a request signed for another server cannot be
     * replayed here. Compare what the request says it was sent to with what this server is, never with
     * the request's own {@code Host}. Not set: any target.
     *
     * @throws IllegalArgumentException when a URL is not absolute
     */
    public Builder targets(URI... publicBaseUrls) {
      for (URI u : publicBaseUrls) {
        if (!u.isAbsolute() || u.getHost() == null) {
          throw new IllegalArgumentException("A public base URL must be absolute, with a host: " + u);
        }
        targets.add(u);
      }
      return this;
    }

    /**
     * Examines only the signature under {@code label}: a message signed under other labels only is refused
     * as {@link SignatureFailure#SIGNATURE_MISSING} (a profile's signature is the one its label names; the
     * label is not part of what is signed, so another label proves nothing about the profile). Not set:
     * any label.
     */
    public Builder label(String label) {
      this.label = Objects.requireNonNull(label);
      return this;
    }

    /** The limits on work done before a signature is verified ({@link SignatureLimits#DEFAULTS} unless set). */
    public Builder limits(SignatureLimits limits) {
      this.limits = Objects.requireNonNull(limits);
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
   * @throws HttpSignatureException with the reason the (last) signature was refused
   */
  public Verified verify(HttpMessage message) {
    return verify(message, true);
  }

  /**
   * Checks {@code head}, a request whose body has not been read yet, as {@link #verify} would, but for the
   * two steps that need the body or change state: the body's {@code Content-Digest} (the header's value is
   * covered, so it is checked by the signature) and the use of the nonce. A server refuses a forged,
   * stale or misdirected request on its head this way, before it reads a body the request announced. It
   * proves nothing alone: verify the whole message with {@link #verify} once the body is read.
   *
   * @throws HttpSignatureException with the reason the (last) signature was refused
   */
  public Verified verifyHead(HttpMessage head) {
    return verify(head, false);
  }

  private Verified verify(HttpMessage message, boolean whole) {
    if (label != null) {
      return verify(message, label, whole);
    }
    limits.check(message);
    Map<String, SignatureParameters> inputs = message.headers("Signature-Input").isEmpty() || message.headers("Signature").isEmpty()
        ? Map.of() : HttpSignatures.signatureInputs(message, limits.maxSignatures());
    if (inputs.isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_MISSING, "Signature");
    }
    HttpSignatureException last = null;
    for (Map.Entry<String, SignatureParameters> e : new LinkedHashMap<>(inputs).entrySet()) {
      try {
        return check(message, e.getKey(), e.getValue(), whole);
      } catch (HttpSignatureException ex) {
        last = ex;
      }
    }
    throw last;
  }

  /** Verifies only the signature under {@code label}. */
  public Verified verify(HttpMessage message, String label) {
    return verify(message, label, true);
  }

  private Verified verify(HttpMessage message, String label, boolean whole) {
    limits.check(message);
    if (message.headers("Signature-Input").isEmpty() || message.headers("Signature").isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_MISSING, label);
    }
    SignatureParameters params = HttpSignatures.signatureInputs(message, limits.maxSignatures()).get(label);
    if (params == null) {
      throw new HttpSignatureException(SignatureFailure.SIGNATURE_MISSING, label);
    }
    return check(message, label, params, whole);
  }

  /** The limits this verifier applies, for a server that reads bodies by them. */
  public SignatureLimits limits() {
    return limits;
  }

  /** The public base URLs this verifier accepts as targets (empty: any). */
  public List<URI> targets() {
    return targets;
  }

  private Verified check(HttpMessage message, String label, SignatureParameters p, boolean whole) {
    if (p.components().size() > limits.maxComponents()) {
      throw new HttpSignatureException(SignatureFailure.FIELD_TOO_LARGE, "Signature-Input",
          label + " covers more than " + limits.maxComponents() + " components");
    }
    String keyId = p.keyId().orElseThrow(() -> new HttpSignatureException(SignatureFailure.UNKNOWN_KEY, "(none)"));
    VerificationKey key = keys.resolve(keyId).orElseThrow(() -> new HttpSignatureException(SignatureFailure.UNKNOWN_KEY, keyId));
    p.alg().ifPresent(a -> {
      if (!a.equals(key.algorithm().rfcName())) {
        throw new HttpSignatureException(SignatureFailure.ALG_MISMATCH, a, key.algorithm().rfcName());
      }
    });
    if (!allowed.contains(key.algorithm())) {
      throw new HttpSignatureException(SignatureFailure.ALG_NOT_ALLOWED, key.algorithm().rfcName());
    }
    if (tag != null && !tag.equals(p.tag().orElse(null))) {
      throw new HttpSignatureException(SignatureFailure.TAG_MISMATCH, p.tag().orElse("(none)"), tag);
    }
    for (ComponentId c : required) {
      if (!p.components().contains(c)) {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_NOT_COVERED, c);
      }
    }
    for (Conditional when : conditional) {
      if (when.when().test(message)) {
        for (ComponentId c : when.components()) {
          if (!p.components().contains(c)) {
            throw new HttpSignatureException(SignatureFailure.COMPONENT_NOT_COVERED, c);
          }
        }
      }
    }
    if (!targets.isEmpty() && message.isRequest() && targets.stream().noneMatch(t -> isUnder(message.targetUri(), t))) {
      throw new HttpSignatureException(SignatureFailure.TARGET_MISMATCH, message.targetUri(), targets);
    }
    long clockNow = clock.instant().getEpochSecond();
    long now = latestNow.accumulateAndGet(clockNow, Math::max);
    long skewSeconds = skew.getSeconds();
    Long created = p.created().orElse(null);
    if (created == null && requireCreated) {
      throw new HttpSignatureException(SignatureFailure.CREATED_MISSING);
    }
    if (created != null && created > now + skewSeconds) {
      throw new HttpSignatureException(SignatureFailure.CREATED_IN_FUTURE, created, now);
    }
    if (created != null && maxAge != null && created < now - maxAge.getSeconds() - skewSeconds) {
      throw new HttpSignatureException(SignatureFailure.TOO_OLD, created, maxAge.getSeconds());
    }
    Long expires = p.expires().orElse(null);
    if (expires != null && expires < now - skewSeconds) {
      throw new HttpSignatureException(SignatureFailure.EXPIRED, expires, now);
    }
    if (requireNonce && p.nonce().isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.NONCE_MISSING);
    }
    byte[] base = SignatureBase.bytes(message, p);
    if (!key.algorithm().verify(key.key(), base, HttpSignatures.signature(message, label))) {
      throw new HttpSignatureException(SignatureFailure.BAD_SIGNATURE, label);
    }
    if (!whole) {
      return new Verified(label, key, p);
    }
    if (p.components().contains(ComponentId.of("content-digest"))) {
      ContentDigest.verify(message);
    }
    // Only a verified signature consumes its nonce, so forged requests cannot burn real ones.
    if (nonces != null) {
      // Live as long as a replay could still pass the time checks above.
      long byAge = (created != null ? created : now) + maxAge.getSeconds() + skewSeconds;
      long until = expires != null ? Math.min(byAge, expires + skewSeconds) : byAge;
      switch (nonces.use(keyId, p.nonce().orElseThrow(), until, now)) {
        case REPLAYED:
          throw new HttpSignatureException(SignatureFailure.REPLAYED, p.nonce().orElseThrow());
        case FULL:
          throw new HttpSignatureException(SignatureFailure.NONCE_CACHE_FULL, nonces.secondsUntilRoom(keyId, now));
        default:
          break;
      }
    }
    return new Verified(label, key, p);
  }

  /** Whether {@code target} has {@code base}'s scheme, host and effective port, and a path under its path. */
  static boolean isUnder(URI target, URI base) {
    if (target.getScheme() == null || target.getHost() == null
        || !target.getScheme().equalsIgnoreCase(base.getScheme()) || !target.getHost().equalsIgnoreCase(base.getHost())
        || port(target) != port(base)) {
      return false;
    }
    String prefix = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    if (!prefix.endsWith("/")) {
      return path.equals(prefix) || path.startsWith(prefix + "/");
    }
    return path.startsWith(prefix);
  }

  private static int port(URI u) {
    if (u.getPort() != -1) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : "http".equalsIgnoreCase(u.getScheme()) ? 80 : -1;
  }
}
