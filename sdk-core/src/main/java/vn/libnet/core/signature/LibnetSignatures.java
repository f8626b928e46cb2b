package vn.libnet.core.signature;

import java.security.Key;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The LibNet API v1 signature profile (label {@code libnet}, tag {@code libnet-v1}). Requests cover
 * {@code "@method" "@target-uri" "content-digest" "content-type" "idempotency-key"} with {@code created},
 * {@code expires} (created + 300 s), {@code nonce}, {@code keyid} ({@code <ISIL>#<key-name>}), {@code
 * alg} and {@code tag}. Responses cover {@code "@status" "content-digest" "content-type" "@method";req
 * "@target-uri";req}. Verifiers accept a clock skew of 60 s and refuse a reused nonce.
 */
public final class LibnetSignatures {
  /** The signature label. */
  public static final String LABEL = "libnet";
  /** The signature tag. */
  public static final String TAG = "libnet-v1";
  /** How long a signature is valid. */
  public static final Duration VALIDITY = Duration.ofSeconds(300);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final ComponentId[] REQUEST = {
    ComponentId.of("@method"), ComponentId.of("@target-uri"), ComponentId.of("content-digest"),
    ComponentId.of("content-type"), ComponentId.of("idempotency-key")
  };
  private static final ComponentId[] RESPONSE = {
    ComponentId.of("@status"), ComponentId.of("content-digest"), ComponentId.of("content-type"),
    ComponentId.of("@method").with("req"), ComponentId.of("@target-uri").with("req")
  };

  private LibnetSignatures() {}

  /**
   * Signs a write request: adds {@code Content-Digest} (SHA-256) when absent, then the signature. The
   * request must carry {@code Content-Type} and {@code Idempotency-Key}.
   */
  public static HttpMessage signRequest(HttpMessage request, String keyId, SignatureAlgorithm alg, Key key, Clock clock) {
    return sign(request, REQUEST, keyId, alg, key, clock);
  }

  /** Signs a hub response to {@code request}'s signature profile. */
  public static HttpMessage signResponse(HttpMessage response, String keyId, SignatureAlgorithm alg, Key key, Clock clock) {
    return sign(response, RESPONSE, keyId, alg, key, clock);
  }

  private static HttpMessage sign(HttpMessage m, ComponentId[] components, String keyId, SignatureAlgorithm alg, Key key, Clock clock) {
    HttpMessage withDigest = m.headers("Content-Digest").isEmpty() ? ContentDigest.add(m, ContentDigest.Algorithm.SHA_256) : m;
    long created = clock.instant().getEpochSecond();
    SignatureParameters.Builder p = SignatureParameters.builder();
    for (ComponentId c : components) {
      p.cover(c);
    }
    p.created(created).expires(created + VALIDITY.getSeconds()).nonce(nonce()).keyId(keyId).alg(alg.rfcName()).tag(TAG);
    return HttpSignatures.sign(withDigest.withoutHeader("Signature").withoutHeader("Signature-Input"), LABEL, p.build(), alg, key);
  }

  /** A verifier of signed write requests: every LibNet request component, the tag, no replay. */
  public static SignatureVerifier requestVerifier(KeyResolver keys, NonceCache nonces, Clock clock) {
    return SignatureVerifier.builder().keys(keys).require(REQUEST).tag(TAG).maxAge(VALIDITY)
        .clockSkew(Duration.ofSeconds(60)).replayProtection(nonces).clock(clock).build();
  }

  /** A verifier of hub responses. */
  public static SignatureVerifier responseVerifier(KeyResolver keys, Clock clock) {
    return SignatureVerifier.builder().keys(keys).require(RESPONSE).tag(TAG).maxAge(VALIDITY)
        .clockSkew(Duration.ofSeconds(60)).clock(clock).build();
  }

  /** A fresh random nonce (128 bits, base64url). */
  public static String nonce() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
