package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
    return LibnetSignatures.requestVerifier(KEYS, new NonceCache(1000), CLOCK, List.of(URI.create("https://hub.libnet.example/")));
  }

  static SignatureFailure refusal(SignatureVerifier v, HttpMessage m) {
    try {
      v.verify(m);
      return null;
    } catch (HttpSignatureException e) {
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
      case TARGET_MISMATCH -> m = LibnetSignatures.signRequest(retarget(request("x"), "http://other.example/v1/catalog/records"),
          KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
      case NONCE_CACHE_FULL -> {
        v = LibnetSignatures.requestVerifier(KEYS, new NonceCache(1), CLOCK, List.of(URI.create("https://hub.libnet.example/")));
        v.verify(signed(CLOCK));
      }
      case FIELD_TOO_LARGE -> m = replaceHeader(good, "Signature", good.headers("Signature").get(0) + ", x=:" + "A".repeat(9000) + ":");
      default -> throw new IllegalStateException("no case for " + failure);
    }
    SignatureVerifier finalV = v;
    HttpMessage finalM = m;
    assertThatThrownBy(() -> finalV.verify(finalM))
        .isInstanceOfSatisfying(HttpSignatureException.class, e -> {
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
      assertThat(refusal(v, change.apply(signed)))
          .isIn(SignatureFailure.BAD_SIGNATURE, SignatureFailure.DIGEST_MISMATCH, SignatureFailure.TARGET_MISMATCH);
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
  void nonceCacheForgetsOnlyExpiredNoncesAndRefusesWhenFullOfLiveOnes() {
    NonceCache cache = new NonceCache(3, 3);
    assertThat(cache.use("k", "a", 100, 0)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.use("k", "a", 100, 50)).isEqualTo(NonceCache.Use.REPLAYED);
    assertThat(cache.use("k", "a", 200, 101)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.use("k", "b", 1000, 150)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.use("k", "c", 300, 150)).isEqualTo(NonceCache.Use.FIRST);
    // Full of live nonces: the new one is refused, and every live one is still recognised.
    assertThat(cache.use("k", "d", 1000, 150)).isEqualTo(NonceCache.Use.FULL);
    assertThat(cache.secondsUntilRoom("k", 150)).isEqualTo(51);
    for (String live : new String[] {"a", "b", "c"}) {
      assertThat(cache.use("k", live, 1000, 160)).as(live).isEqualTo(NonceCache.Use.REPLAYED);
    }
    assertThat(cache.size()).isEqualTo(3);
    // Once "a" (200) has expired there is room again, and only "a" was forgotten.
    assertThat(cache.use("k", "d", 1000, 201)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.use("k", "c", 1000, 201)).isEqualTo(NonceCache.Use.REPLAYED);
  }

  @Test
  void eachKeyHasAShareOfTheCacheSoOneKeyCannotShutOutTheOthers() {
    NonceCache cache = new NonceCache(8);
    for (int i = 0; i < 2; i++) {
      assertThat(cache.use("VN-A#k1", "n" + i, 1000, 0)).isEqualTo(NonceCache.Use.FIRST);
    }
    // A quarter of 8: the third live nonce of one key is refused, another key still has room.
    assertThat(cache.use("VN-A#k1", "n2", 1000, 0)).isEqualTo(NonceCache.Use.FULL);
    assertThat(cache.secondsUntilRoom("VN-A#k1", 0)).isEqualTo(1001);
    assertThat(cache.use("VN-B#k1", "n0", 1000, 0)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.secondsUntilRoom("VN-B#k1", 0)).isZero();
    // The same nonce under another key is another nonce; under the same key, a replay.
    assertThat(cache.use("VN-B#k1", "n1", 1000, 0)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.use("VN-A#k1", "n0", 1000, 5)).isEqualTo(NonceCache.Use.REPLAYED);
  }

  @Test
  void aClockSteppedBackCannotReopenAClosedWindow() {
    NonceCache cache = new NonceCache(10, 10);
    assertThat(cache.use("k", "a", 100, 0)).isEqualTo(NonceCache.Use.FIRST);
    // Time 101 is seen (the nonce is forgotten), then the clock steps back to 100: still forgotten, but
    // the verifier's own time checks refuse the replay; what matters is that forgetting is monotonic.
    assertThat(cache.use("k", "b", 500, 101)).isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.use("k", "c", 100, 100)).as("a nonce already expired by the latest time seen").isEqualTo(NonceCache.Use.FIRST);
    assertThat(cache.use("k", "b", 500, 50)).isEqualTo(NonceCache.Use.REPLAYED);
  }

  @Test
  void aFullNonceCacheRefusesNewRequestsAndStillRefusesReplays() {
    NonceCache cache = new NonceCache(2, 2);
    SignatureVerifier v = LibnetSignatures.requestVerifier(KEYS, cache, CLOCK, List.of(URI.create("https://hub.libnet.example/")));
    HttpMessage first = signed(CLOCK);
    v.verify(first);
    v.verify(signed(CLOCK));
    HttpMessage third = signed(CLOCK);
    HttpSignatureException full = catchThrowableOfType(() -> v.verify(third), HttpSignatureException.class);
    assertThat(full.failure()).isEqualTo(SignatureFailure.NONCE_CACHE_FULL);
    assertThat(full.message(Locale.ENGLISH)).contains("try again in 361 seconds");
    assertThat(full.message(Locale.forLanguageTag("vi"))).contains("361 giây");
    assertThat(refusal(v, first)).isEqualTo(SignatureFailure.REPLAYED);
  }

  @Test
  void aWriteSignedForAnotherHubIsRefusedAsTargetMismatch() {
    HttpMessage forOther = LibnetSignatures.signRequest(retarget(request("<collection/>"), "http://other.example/v1/catalog/records"),
        KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
    HttpSignatureException e = catchThrowableOfType(() -> verifier().verify(forOther), HttpSignatureException.class);
    assertThat(e.failure()).isEqualTo(SignatureFailure.TARGET_MISMATCH);
    assertThat(e.message(Locale.ENGLISH)).contains("http://other.example/v1/catalog/records", "https://hub.libnet.example/");
    // Same host, other port, scheme or path prefix: refused too.
    for (String other : new String[] {"https://hub.libnet.example:8443/v1/x", "http://hub.libnet.example/v1/x",
        "https://hub.libnet.example.evil/v1/x"}) {
      HttpMessage m = LibnetSignatures.signRequest(retarget(request("x"), other), KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
      assertThat(refusal(verifier(), m)).as(other).isEqualTo(SignatureFailure.TARGET_MISMATCH);
    }
    SignatureVerifier underPath = LibnetSignatures.requestVerifier(KEYS, new NonceCache(10), CLOCK,
        List.of(URI.create("https://gw.libnet.example/hub")));
    assertThat(refusal(underPath, LibnetSignatures.signRequest(retarget(request("x"), "https://gw.libnet.example/hubx/v1/r"),
        KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK))).isEqualTo(SignatureFailure.TARGET_MISMATCH);
    assertThat(refusal(underPath, LibnetSignatures.signRequest(retarget(request("x"), "https://GW.libnet.example:443/hub/v1/r"),
        KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK))).isNull();
  }

  @Test
  void readsAreSignedOverMethodAndTargetAndVerified() {
    HttpMessage get = HttpMessage.request("GET", URI.create("https://hub.libnet.example/v1/catalog/records/r1")).build();
    HttpMessage signedGet = LibnetSignatures.signRequest(get, KEY_ID, SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
    SignatureParameters p = HttpSignatures.signatureInputs(signedGet).get("libnet");
    assertThat(p.components()).containsExactly(ComponentId.of("@method"), ComponentId.of("@target-uri"));
    assertThat(p.nonce()).isPresent();
    assertThat(signedGet.headers("Content-Digest")).isEmpty();
    SignatureVerifier v = verifier();
    assertThat(v.verify(signedGet).key().keyId()).isEqualTo(KEY_ID);
    assertThat(refusal(v, signedGet)).isEqualTo(SignatureFailure.REPLAYED);
    // A write must cover the write components even though a read need not.
    HttpMessage postAsRead = retarget(signedGet, "https://hub.libnet.example/v1/catalog/records/r1");
    HttpMessage.Builder post = HttpMessage.request("POST", postAsRead.targetUri());
    postAsRead.headers().forEach(h -> post.header(h.getKey(), h.getValue()));
    assertThat(refusal(verifier(), post.build())).isEqualTo(SignatureFailure.COMPONENT_NOT_COVERED);
  }

  @Test
  void anAnswerIsBoundToTheSignatureOfTheRequestItAnswers() {
    KeyResolver hub = KeyResolver.of(new VerificationKey("hub#h1", SignatureAlgorithm.ED25519, ED.getPublic()));
    HttpMessage batchA = signed(CLOCK);
    HttpMessage batchB = signed(CLOCK); // same method, URI, body and key: only the signature differs
    HttpMessage answerA = LibnetSignatures.signResponse(HttpMessage.response(201).request(batchA).header("Content-Type", "application/json")
        .body("{\"accepted\":1}").build(), "hub#h1", SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
    assertThat(HttpSignatures.signatureInputs(answerA).get("libnet").components()).contains(LibnetSignatures.REQUEST_SIGNATURE);
    assertThat(LibnetSignatures.responseVerifier(hub, CLOCK).verify(answerA).label()).isEqualTo("libnet");
    // The answer to A, replayed as the answer to B, fails: its base holds A's signature.
    HttpMessage replayed = rebind(answerA, batchB);
    assertThat(refusal(LibnetSignatures.responseVerifier(hub, CLOCK), replayed)).isEqualTo(SignatureFailure.BAD_SIGNATURE);
    // An answer to a signed request that does not cover the request's signature is refused as unbound.
    HttpMessage unbound = LibnetSignatures.signResponse(HttpMessage.response(201).request(HttpMessage.request("POST", batchA.targetUri()).build())
        .header("Content-Type", "application/json").body("{}").build(), "hub#h1", SignatureAlgorithm.ED25519, ED.getPrivate(), CLOCK);
    assertThat(refusal(LibnetSignatures.responseVerifier(hub, CLOCK), rebind(unbound, batchA)))
        .isEqualTo(SignatureFailure.COMPONENT_NOT_COVERED);
  }

  @Test
  void hostileSignatureFieldsAreRefusedBeforeTheyCostMuch() {
    HttpMessage good = signed(CLOCK);
    String input = good.headers("Signature-Input").get(0);
    // 300 KB of Signature-Input.
    StringBuilder huge = new StringBuilder(input);
    while (huge.length() < 300_000) {
      huge.append(", l").append(huge.length()).append("=(\"@method\");created=1");
    }
    assertThat(refusal(verifier(), replaceHeader(good, "Signature-Input", huge.toString()))).isEqualTo(SignatureFailure.FIELD_TOO_LARGE);
    // Five labels under the size limit: more signatures than are examined.
    StringBuilder many = new StringBuilder(input);
    for (int i = 0; i < 4; i++) {
      many.append(", x").append(i).append("=(\"@method\")");
    }
    assertThat(refusal(verifier(), replaceHeader(good, "Signature-Input", many.toString()))).isEqualTo(SignatureFailure.FIELD_TOO_LARGE);
    // 40 components: more than one signature may cover.
    StringBuilder comps = new StringBuilder("libnet=(");
    for (int i = 0; i < 40; i++) {
      comps.append("\"x-h").append(i).append("\" ");
    }
    comps.append(")").append(input.substring(input.indexOf(')') + 1));
    assertThat(refusal(verifier(), replaceHeader(good, "Signature-Input", comps.toString()))).isEqualTo(SignatureFailure.FIELD_TOO_LARGE);
    // The refusal's text quotes only a little of a malformed field.
    String broken = "libnet=(\"@method\"" + "x".repeat(5000);
    HttpSignatureException e = catchThrowableOfType(() -> verifier().verify(replaceHeader(good, "Signature-Input", broken)), HttpSignatureException.class);
    assertThat(e.failure()).isEqualTo(SignatureFailure.SIGNATURE_SYNTAX);
    assertThat(e.getMessage().length()).isLessThan(400);
  }

  @Test
  void duplicateComponentsAreFoundInLinearTime() {
    StringBuilder list = new StringBuilder("(");
    for (int i = 0; i < 20_000; i++) {
      list.append("\"x-").append(i).append("\" ");
    }
    list.append("\"x-0\")");
    assertThatThrownBy(() -> SignatureParameters.parse(list.toString())).hasMessageContaining("covered twice");
  }

  static HttpMessage rebind(HttpMessage response, HttpMessage request) {
    HttpMessage.Builder b = HttpMessage.response(response.status()).request(request).body(response.body());
    response.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    return b.build();
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
