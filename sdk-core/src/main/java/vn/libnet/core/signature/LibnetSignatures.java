package vn.libnet.core.signature;

import java.net.URI;
import java.security.Key;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The LibNet API v1 signature profile (label {@code libnet}, tag {@code libnet-v1}; every signature has
 * {@code created}, {@code expires} = created + 300 s, {@code nonce}, {@code keyid} = {@code
 * <ISIL>#<key-name>} and {@code alg}).
 *
 * <ul>
 *   <li>Writes (POST, PUT, PATCH, DELETE) cover {@code "@method" "@target-uri" "content-digest"
 *       "content-type" "idempotency-key"}.
 *   <li>Reads (GET, HEAD) cover {@code "@method" "@target-uri"}: signed so that their answers can be
 *       bound to them.
 *   <li>A request also covers {@code "if-match"} and {@code "if-none-match"} when it carries them, so a
 *       conditional write cannot be made unconditional (or conditional on another version) on the way.
 *   <li>Responses cover {@code "@status" "content-digest" "content-type" "@method";req "@target-uri";req}
 *       and, when the request carried a {@code libnet} signature, {@code "signature";req;key="libnet"}
 *       (RFC 9421 §2.4): the answer is bound to the exact request it answers, so an answer recorded for
 *       one request cannot be replayed as the answer to another. An answer also covers {@code "etag"},
 *       {@code "location"} and {@code "retry-after"} when it carries them: the headers a client acts on.
 * </ul>
 *
 * <p>Only the signature under the {@code libnet} label is examined; a message signed only under another
 * label is refused as unsigned.
 *
 * <p>Verifiers accept a clock skew of 60 s, refuse a reused nonce inside the window (a full nonce cache
 * refuses rather than forgets), compare {@code @target-uri} with their own public base URLs, and keep
 * to {@link SignatureLimits} before the signature is known to be good.
 */
public final class LibnetSignatures {
  /** The signature label. */
  public static final String LABEL = "libnet";
  /** The signature tag. */
  public static final String TAG = "libnet-v1";
  /** How long a signature is valid. */
  public static final Duration VALIDITY = Duration.ofSeconds(300);
  /** The clock skew verifiers accept. */
  public static final Duration CLOCK_SKEW = Duration.ofSeconds(60);
  /** The methods that write, and so carry a body, its digest and an idempotency key. */
  public static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ComponentId[] READ = {ComponentId.of("@method"), ComponentId.of("@target-uri")};
  private static final ComponentId[] WRITE_ONLY = {
    ComponentId.of("content-digest"), ComponentId.of("content-type"), ComponentId.of("idempotency-key")
  };
  private static final ComponentId[] RESPONSE = {
    ComponentId.of("@status"), ComponentId.of("content-digest"), ComponentId.of("content-type"),
    ComponentId.of("@method").with("req"), ComponentId.of("@target-uri").with("req")
  };
  /** Request headers covered whenever present. */
  private static final List<String> REQUEST_IF_PRESENT = List.of("if-match", "if-none-match");
  /** Response headers covered whenever present: what a client acts on. */
  private static final List<String> RESPONSE_IF_PRESENT = List.of("etag", "location", "retry-after");

  /** The request's own signature, as a response covers it. */
  public static final ComponentId REQUEST_SIGNATURE = ComponentId.of("signature").with("req").withKey(LABEL);

  private LibnetSignatures() {}

  /** Whether {@code method} is a write of the profile. */
  public static boolean isWrite(String method) {
    return WRITE_METHODS.contains(method.toUpperCase(Locale.ROOT));
  }

  /**
   * Signs a request by the profile: a write gets {@code Content-Digest} (SHA-256) when it has none and
   * must carry {@code Content-Type} and {@code Idempotency-Key}; a read covers its method and target.
   * An earlier {@code Signature} and {@code Signature-Input} are replaced.
   *
   * @throws HttpSignatureException {@code COMPONENT_MISSING} when a write lacks a covered header
   */
  public static HttpMessage signRequest(HttpMessage request, String keyId, SignatureAlgorithm alg, Key key, Clock clock) {
    if (isWrite(request.method())) {
      HttpMessage withDigest = request.headers("Content-Digest").isEmpty() ? ContentDigest.add(request, ContentDigest.Algorithm.SHA_256) : request;
      return sign(withDigest, concat(concat(READ, WRITE_ONLY), present(request, REQUEST_IF_PRESENT)), keyId, alg, key, clock);
    }
    return sign(request, concat(READ, present(request, REQUEST_IF_PRESENT)), keyId, alg, key, clock);
  }

  /**
   * Signs a response to the request attached to it ({@link HttpMessage.Builder#request}), binding it to
   * that request's {@code libnet} signature when it has one. Adds {@code Content-Digest} when absent.
   *
   * @throws HttpSignatureException {@code COMPONENT_MISSING} when no request is attached
   */
  public static HttpMessage signResponse(HttpMessage response, String keyId, SignatureAlgorithm alg, Key key, Clock clock) {
    HttpMessage withDigest = response.headers("Content-Digest").isEmpty() ? ContentDigest.add(response, ContentDigest.Algorithm.SHA_256) : response;
    boolean bound = response.request().map(LibnetSignatures::hasLibnetSignature).orElse(false);
    ComponentId[] covered = concat(RESPONSE, present(response, RESPONSE_IF_PRESENT));
    return sign(withDigest, bound ? concat(covered, new ComponentId[] {REQUEST_SIGNATURE}) : covered, keyId, alg, key, clock);
  }

  /**
   * Whether {@code message} carries a signature under the {@code libnet} label (judged without parsing
   * beyond the field's first members, so it is cheap on hostile input; a malformed field counts as none).
   */
  public static boolean hasLibnetSignature(HttpMessage message) {
    if (message.headers("Signature").isEmpty()) {
      return false;
    }
    try {
      return StructuredFields.parseDictionary(String.join(", ", message.headers("Signature")), SignatureLimits.DEFAULTS.maxSignatures())
          .containsKey(LABEL);
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static HttpMessage sign(HttpMessage m, ComponentId[] components, String keyId, SignatureAlgorithm alg, Key key, Clock clock) {
    long created = clock.instant().getEpochSecond();
    SignatureParameters.Builder p = SignatureParameters.builder();
    for (ComponentId c : components) {
      p.cover(c);
    }
    p.created(created).expires(created + VALIDITY.getSeconds()).nonce(nonce()).keyId(keyId).alg(alg.rfcName()).tag(TAG);
    return HttpSignatures.sign(m.withoutHeader("Signature").withoutHeader("Signature-Input"), LABEL, p.build(), alg, key);
  }

  /**
   * A verifier of signed requests (reads and writes) sent to a server whose public base URLs are {@code
   * publicBaseUrls}: every component of the profile for the method, the tag, the target, no replay.
   *
   * @throws IllegalArgumentException when no public base URL is given, or one is not absolute
   */
  public static SignatureVerifier requestVerifier(KeyResolver keys, NonceCache nonces, Clock clock, List<URI> publicBaseUrls) {
    return requestVerifier(keys, nonces, clock, publicBaseUrls, SignatureLimits.DEFAULTS);
  }

  /**
   * As {@link #requestVerifier(KeyResolver, NonceCache, Clock, List)}, with {@code limits} on the work
   * done before a signature is known to be good (a server reads bodies by the same limits).
   *
   * @throws IllegalArgumentException when no public base URL is given, or one is not absolute
   */
  public static SignatureVerifier requestVerifier(KeyResolver keys, NonceCache nonces, Clock clock, List<URI> publicBaseUrls,
      SignatureLimits limits) {
    if (publicBaseUrls.isEmpty()) {
      throw new IllegalArgumentException("A request verifier needs the server's public base URL(s)");
    }
    SignatureVerifier.Builder b = SignatureVerifier.builder().label(LABEL).keys(keys).require(READ)
        .requireWhen(m -> m.isRequest() && isWrite(m.method()), WRITE_ONLY);
    requireIfPresent(b, REQUEST_IF_PRESENT);
    return b
        .targets(publicBaseUrls.toArray(URI[]::new)).tag(TAG).maxAge(VALIDITY).clockSkew(CLOCK_SKEW)
        .replayProtection(nonces).limits(limits).clock(clock).build();
  }

  /**
   * A verifier of hub responses. A response whose attached request carries a {@code libnet} signature
   * must cover it ({@link #REQUEST_SIGNATURE}); as the base is computed from the request the verifier is
   * given, an answer to any other request fails to verify.
   */
  public static SignatureVerifier responseVerifier(KeyResolver keys, Clock clock) {
    SignatureVerifier.Builder b = SignatureVerifier.builder().label(LABEL).keys(keys).require(RESPONSE)
        .requireWhen(m -> !m.isRequest() && m.request().map(LibnetSignatures::hasLibnetSignature).orElse(false), REQUEST_SIGNATURE);
    requireIfPresent(b, RESPONSE_IF_PRESENT);
    return b.tag(TAG).maxAge(VALIDITY).clockSkew(CLOCK_SKEW).clock(clock).build();
  }

  /** A fresh random nonce (128 bits, base64url). */
  public static String nonce() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  private static ComponentId[] present(HttpMessage m, List<String> fields) {
    return fields.stream().filter(f -> !m.headers(f).isEmpty()).map(ComponentId::of).toArray(ComponentId[]::new);
  }

  private static void requireIfPresent(SignatureVerifier.Builder b, List<String> fields) {
    for (String f : fields) {
      b.requireWhen(m -> !m.headers(f).isEmpty(), ComponentId.of(f));
    }
  }

  private static ComponentId[] concat(ComponentId[] a, ComponentId[] b) {
    ComponentId[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
