package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SignatureVerifierTest {
  static final long NOW = 1_790_000_000L;
  static final Clock CLOCK = Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC);
  static final String KEY_ID = "VN-HaNoi-TVHN#k1";
  static final KeyPair ED = pair("Ed25519");
  static final KeyResolver KEYS = KeyResolver.of(new VerificationKey(KEY_ID, SignatureAlgorithm.ED25519, ED.getPublic()));

  static KeyPair pair(String alg) {
    try {
      return KeyPairGenerator.getInstance(alg).generateKeyPair();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static HttpMessage request(String body) {
    return HttpMessage.request("POST", URI.create("https://hub.libnet.example/v1/catalog/records?dryRun=false"))
        .header("Content-Type", "application/marcxml+xml")
        .header("Idempotency-Key", "8e2b6f5c-0d1e-4a8b-9c3f-1a2b3c4d5e6f")
        .body(body)
        .build();
  }

  static HttpMessage signed(Clock at) {
    return LibnetSignatures.signRequest(request("<collection/>"), KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), at);
  }

  static SignatureVerifier verifier() {
    return LibnetSignatures.requestVerifier(KEYS, new NonceCache(1000), CLOCK);
  }

  static SignatureFailure refusal(SignatureVerifier v, HttpMessage m) {
    try {
      v.verify(m);
      return null;
    } catch (SignatureException e) {
      return e.failure();
    }
  }

  static Clock at(long epoch) {
    return Clock.fixed(Instant.ofEpochSecond(epoch), ZoneOffset.UTC);
  }

  @Test
  void aLibnetRequestVerifiesOnceAndItsReplayIsRefused() {
    HttpMessage m = signed(CLOCK);
    SignatureVerifier v = verifier();
    SignatureVerifier.Verified ok = v.verify(m);
    assertThat(ok.label()).isEqualTo("libnet");
    assertThat(ok.key().keyId()).isEqualTo(KEY_ID);
    assertThat(m.headers("Signature-Input").get(0))
        .startsWith("libnet=(\"@method\" \"@target-uri\" \"content-digest\" \"content-type\" \"idempotency-key\");created=" + NOW + ";expires=" + (NOW + 300))
        .contains(";keyid=\"VN-HaNoi-TVHN#k1\";alg=\"ed25519\";tag=\"libnet-v1\"");
    assertThat(refusal(v, m)).isEqualTo(SignatureFailure.REPLAYED);
  }

  @ParameterizedTest
  @EnumSource(SignatureFailure.class)
  void everyRefusalHasItsOwnCase(SignatureFailure failure) {
    SignatureVerifier v = verifier();
    HttpMessage good = signed(CLOCK);
    HttpMessage m = good;
    switch (failure) {
      case SIGNATURE_MISSING -> m = good.withoutHeader("Signature");
      case SIGNATURE_SYNTAX -> m = good.withoutHeader("Signature-Input").withHeader("Signature-Input", "libnet=(\"@method\"");
      case COMPONENT_MISSING -> {
        HttpMessage noIdem = request("<collection/>").withoutHeader("Idempotency-Key");
        SignatureParameters p = SignatureParameters.builder().cover("@method", "@target-uri", "content-digest", "content-type", "idempotency-key")
            .created(NOW).expires(NOW + 300).nonce("n1").keyId(KEY_ID).alg("ed25519").tag("libnet-v1").build();
        // signed while the field was there, then stripped on the way
        m = HttpSignatures.sign(ContentDigest.add(request("<collection/>"), ContentDigest.Algorithm.SHA_256), "libnet", p, SignatureAlgorithm.ED25519, ED.getPrivate())
            .withoutHeader("Idempotency-Key");
        assertThat(noIdem.headers("Idempotency-Key")).isEmpty();
      }
      case COMPONENT_INVALID -> {
        SignatureParameters p = SignatureParameters.builder().cover("@status").created(NOW).keyId(KEY_ID).build();
        m = good.withoutHeader("Signature-Input").withoutHeader("Signature")
            .withHeader("Signature-Input", "libnet=" + p).withHeader("Signature", "libnet=:AAAA:");
        v = SignatureVerifier.builder().keys(KEYS).clock(CLOCK).build();
      }
      case COMPONENT_NOT_COVERED -> {
        SignatureParameters p = SignatureParameters.builder().cover("@method").created(NOW).nonce("x").keyId(KEY_ID).alg("ed25519").tag("libnet-v1").build();
        m = HttpSignatures.sign(request("x"), "libnet", p, SignatureAlgorithm.ED25519, ED.getPrivate());
      }
      case DIGEST_MISSING -> {
        SignatureParameters p = SignatureParameters.builder().cover("@method", "content-digest").created(NOW).keyId(KEY_ID).build();
        HttpMessage withDigest = HttpSignatures.sign(ContentDigest.add(request("x"), ContentDigest.Algorithm.SHA_256), "s", p, SignatureAlgorithm.ED25519, ED.getPrivate());
        // a digest field with only an unsupported algorithm: covered, but nothing to check the body with
        m = withDigest.withoutHeader("Content-Digest").withHeader("Content-Digest", "md5=:AAAA:");
        SignatureParameters p2 = SignatureParameters.builder().cover("@method", "content-digest").created(NOW).keyId(KEY_ID).build();
        m = HttpSignatures.sign(m.withoutHeader("Signature").withoutHeader("Signature-Input"), "s", p2, SignatureAlgorithm.ED25519, ED.getPrivate());
        v = SignatureVerifier.builder().keys(KEYS).clock(CLOCK).build();
      }
      case DIGEST_MISMATCH -> {
        SignatureParameters p = SignatureParameters.builder().cover("@method", "content-digest").created(NOW).keyId(KEY_ID).build();
        m = HttpSignatures.sign(ContentDigest.add(request("x"), ContentDigest.Algorithm.SHA_256), "s", p, SignatureAlgorithm.ED25519, ED.getPrivate())
            .withBody("tampered".getBytes());
        v = SignatureVerifier.builder().keys(KEYS).clock(CLOCK).build();
      }
      case CREATED_MISSING -> {
        SignatureParameters p = SignatureParameters.builder().cover("@method").keyId(KEY_ID).build();
        m = HttpSignatures.sign(request("x"), "s", p, SignatureAlgorithm.ED25519, ED.getPrivate());
        v = SignatureVerifier.builder().keys(KEYS).clock(CLOCK).build();
      }
      case CREATED_IN_FUTURE -> m = signed(at(NOW + 61));
      case TOO_OLD -> m = signed(at(NOW - 300 - 61));
      case EXPIRED -> {
        SignatureParameters p = SignatureParameters.builder().cover("@method").created(NOW - 100).expires(NOW - 61).keyId(KEY_ID).build();
        m = HttpSignatures.sign(request("x"), "s", p, SignatureAlgorithm.ED25519, ED.getPrivate());
        v = SignatureVerifier.builder().keys(KEYS).clock(CLOCK).build();
      }
      case NONCE_MISSING -> {
        SignatureParameters p = SignatureParameters.builder().cover("@method", "@target-uri", "content-digest", "content-type", "idempotency-key")
            .created(NOW).expires(NOW + 300).keyId(KEY_ID).alg("ed25519").tag("libnet-v1").build();
        m = HttpSignatures.sign(ContentDigest.add(request("x"), ContentDigest.Algorithm.SHA_256), "libnet", p, SignatureAlgorithm.ED25519, ED.getPrivate());
      }
      case REPLAYED -> {
        v.verify(good);
        m = good;
      }
      case UNKNOWN_KEY -> m = LibnetSignatures.signRequest(request("x"), "VN-Other#k9", SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
      case ALG_MISMATCH -> {
        KeyPair ec = pair("EC");
        m = LibnetSignatures.signRequest(request("x"), KEY_ID, SignatureAlgorithm.ECDSA_P256_SHA256, ec.getPrivate(), CLOCK);
      }
      case ALG_NOT_ALLOWED -> v = SignatureVerifier.builder().keys(KEYS).allow(SignatureAlgorithm.ECDSA_P256_SHA256).clock(CLOCK).build();
      case TAG_MISMATCH -> v = SignatureVerifier.builder().keys(KEYS).tag("other-app").clock(CLOCK).build();
      case BAD_SIGNATURE -> {
        String sig = good.headers("Signature").get(0);
        char flip = sig.charAt(10) == 'A' ? 'B' : 'A';
        m = good.withoutHeader("Signature").withHeader("Signature", sig.substring(0, 10) + flip + sig.substring(11));
      }
      case KEY_INVALID -> {
        KeyResolver wrongKind = KeyResolver.of(new VerificationKey(KEY_ID, SignatureAlgorithm.ED25519, pair("RSA").getPublic()));
        v = SignatureVerifier.builder().keys(wrongKind).clock(CLOCK).build();
      }
      default -> throw new IllegalStateException("no case for " + failure);
    }
    SignatureVerifier finalV = v;
    HttpMessage finalM = m;
    assertThatThrownBy(() -> finalV.verify(finalM))
        .isInstanceOfSatisfying(SignatureException.class, e -> {
          assertThat(e.failure()).isEqualTo(failure);
          assertThat(e.getMessage()).doesNotContain("{0}");
          assertThat(e.message(Locale.forLanguageTag("vi"))).isNotEqualTo(e.getMessage());
        });
  }

  @Test
  void propertySignThenVerifyAndAnyCoveredChangeFails() {
    Random random = new Random(20261124);
    KeyPair ec = pair("EC");
    KeyResolver keys = KeyResolver.of(
        new VerificationKey("ed", SignatureAlgorithm.ED25519, ED.getPublic()),
        new VerificationKey("ec", SignatureAlgorithm.ECDSA_P256_SHA256, ec.getPublic()));
    SignatureVerifier v = SignatureVerifier.builder().keys(keys).clock(CLOCK).build();
    for (int i = 0; i < 200; i++) {
      byte[] body = new byte[1 + random.nextInt(2000)];
      random.nextBytes(body);
      HttpMessage m = HttpMessage.request(random.nextBoolean() ? "POST" : "PUT",
              URI.create("https://hub" + random.nextInt(9) + ".example.vn/v1/r/" + random.nextInt(100000) + "?a=" + random.nextInt(50)))
          .header("Content-Type", random.nextBoolean() ? "application/json" : "application/marc")
          .header("Idempotency-Key", Long.toHexString(random.nextLong()))
          .body(body).build();
      m = ContentDigest.add(m, ContentDigest.Algorithm.SHA_512);
      boolean useEd = random.nextBoolean();
      SignatureParameters p = SignatureParameters.builder().cover("@method", "@target-uri", "@authority", "@query", "content-digest", "content-type", "idempotency-key")
          .created(NOW).keyId(useEd ? "ed" : "ec").build();
      HttpMessage signed = HttpSignatures.sign(m, "p", p, useEd ? SignatureAlgorithm.ED25519 : SignatureAlgorithm.ECDSA_P256_SHA256, useEd ? ED.getPrivate() : ec.getPrivate());
      assertThat(v.verify(signed).label()).isEqualTo("p");

      byte[] changed = body.clone();
      changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
      assertThat(refusal(v, signed.withBody(changed))).isEqualTo(SignatureFailure.DIGEST_MISMATCH);

      UnaryOperator<HttpMessage> change = switch (random.nextInt(4)) {
        case 0 -> x -> replaceHeader(x, "Content-Type", "text/plain");
        case 1 -> x -> replaceHeader(x, "Idempotency-Key", "other");
        case 2 -> x -> replaceHeader(x, "Content-Digest", ContentDigest.fieldValue("z".getBytes(), ContentDigest.Algorithm.SHA_512));
        default -> x -> retarget(x, "https://evil.example/v1/r/1?a=1");
      };
      assertThat(refusal(v, change.apply(signed))).isIn(SignatureFailure.BAD_SIGNATURE, SignatureFailure.DIGEST_MISMATCH);
    }
  }

  @Test
  void libnetResponsesCoverTheRequest() {
    HttpMessage req = signed(CLOCK);
    HttpMessage res = HttpMessage.response(201).request(req).header("Content-Type", "application/json").body("{\"accepted\":1}").build();
    HttpMessage signedRes = LibnetSignatures.signResponse(res, "hub#h1", SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
    KeyResolver hub = KeyResolver.of(new VerificationKey("hub#h1", SignatureAlgorithm.ED25519, ED.getPublic()));
    assertThat(LibnetSignatures.responseVerifier(hub, CLOCK).verify(signedRes).label()).isEqualTo("libnet");
    HttpMessage otherRequest = HttpMessage.response(201).request(retarget(req, "https://hub.libnet.example/v1/other"))
        .header("Content-Type", "application/json").body("{\"accepted\":1}").build();
    HttpMessage moved = otherRequest.withHeader("Content-Digest", signedRes.headers("Content-Digest").get(0))
        .withHeader("Signature-Input", signedRes.headers("Signature-Input").get(0)).withHeader("Signature", signedRes.headers("Signature").get(0));
    assertThat(refusal(LibnetSignatures.responseVerifier(hub, CLOCK), moved)).isEqualTo(SignatureFailure.BAD_SIGNATURE);
  }

  @Test
  void nonceCacheIsBoundedAndForgetsExpiredNonces() {
    NonceCache cache = new NonceCache(3);
    assertThat(cache.firstUse("a", 100, 0)).isTrue();
    assertThat(cache.firstUse("a", 100, 50)).isFalse();
    assertThat(cache.firstUse("a", 200, 101)).isTrue();
    for (String n : new String[] {"b", "c", "d", "e"}) {
      cache.firstUse(n, 1000, 150);
    }
    assertThat(cache.size()).isEqualTo(3);
  }

  static HttpMessage replaceHeader(HttpMessage m, String name, String value) {
    return m.withoutHeader(name).withHeader(name, value);
  }

  static HttpMessage retarget(HttpMessage m, String uri) {
    HttpMessage.Builder b = HttpMessage.request(m.method(), URI.create(uri)).body(m.body());
    m.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    return b.build();
  }
}
