package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import java.io.IOException;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.VerificationKey;

/**
 * Red team (issue 10): the hub's side of the signed exchange against an attacker who talks to it
 * directly or sits on the wire. Each test asserts the secure behaviour; the ones the hub does not (yet)
 * hold are {@code @Disabled("RED: ...")}.
 */
class RedTeamHubTest {
  private final List<LibnetTestHub> hubs = new ArrayList<>();

  @AfterEach
  void stop() {
    hubs.forEach(LibnetTestHub::close);
  }

  private LibnetTestHub hub(LibnetTestHub.Builder b) {
    LibnetTestHub h = b.start();
    hubs.add(h);
    return h;
  }

  /** A clock the test moves. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant i) {
      now = i;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static KeyPair trusted(LibnetTestHub h, String keyId) {
    KeyPair k = HubFixtures.ed25519();
    h.trust(new VerificationKey(keyId, SignatureAlgorithm.ED25519, k.getPublic()));
    return k;
  }

  private static Problem problem(HttpMessage m) throws IOException {
    return LibnetJson.mapper().readValue(m.body(), Problem.class);
  }

  private static String libraryJson(String isil, String name, String province) throws IOException {
    return LibnetJson.mapper().writeValueAsString(HubFixtures.library(isil, name, province));
  }

  private static HttpMessage write(URI target, String method, String body, String idem, String keyId, KeyPair key, Clock clock) {
    HttpMessage m = HttpMessage.request(method, target).header("Content-Type", "application/json").header("Idempotency-Key", idem)
        .body(body).build();
    return LibnetSignatures.signRequest(m, keyId, SignatureAlgorithm.ED25519, key.getPrivate(), clock);
  }

  private static HttpMessage read(URI target, String keyId, KeyPair key, Clock clock) {
    return LibnetSignatures.signRequest(HttpMessage.request("GET", target).build(), keyId, SignatureAlgorithm.ED25519, key.getPrivate(),
        clock);
  }

  /** {@code m} with its signature's label {@code libnet} renamed (the label is not part of the signature base). */
  private static HttpMessage relabel(HttpMessage m, String label) {
    HttpMessage.Builder b = HttpMessage.request(m.method(), m.targetUri());
    for (Map.Entry<String, String> h : m.headers()) {
      String v = h.getValue();
      if (h.getKey().equalsIgnoreCase("Signature") || h.getKey().equalsIgnoreCase("Signature-Input")) {
        v = v.replaceFirst("^libnet=", label + "=");
      }
      b.header(h.getKey(), v);
    }
    return b.body(m.body()).build();
  }

  /** {@code m} with random signature bytes (a forgery under a real key id, with a fresh nonce). */
  private static HttpMessage forged(HttpMessage m) {
    HttpMessage.Builder b = HttpMessage.request(m.method(), m.targetUri());
    byte[] junk = new byte[64];
    ThreadLocalRandom.current().nextBytes(junk);
    for (Map.Entry<String, String> h : m.headers()) {
      b.header(h.getKey(), h.getKey().equalsIgnoreCase("Signature") ? "libnet=:" + Base64.getEncoder().encodeToString(junk) + ":" : h.getValue());
    }
    return b.body(m.body()).build();
  }

  private static int status(LibnetTestHub h, String path) {
    return RawExchange.send(HttpMessage.request("GET", URI.create(h.baseUrl() + path.substring(1))).build()).status();
  }

  // ------------------------------------------------------------------ labels

  /**
   * The profile (docs/signature-profile.md, "What the hub checks" step 2) requires a {@code libnet}
   * signature on writes. A man in the middle renames the label of a library's write to {@code x}: the
   * label is not covered, so the signature still verifies; the hub must still refuse it as
   * SIGNATURE_MISSING (and then its answer would be bound, as the profile says every answer to a signed
   * request is).
   */
  @Test
  void aWriteWhoseOnlySignatureIsNotUnderTheLibnetLabelIsRefused() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage w = write(URI.create(hub.baseUrl() + "v1/libraries/" + HANOI), "PUT", libraryJson(HANOI, "Hà Nội", "01"),
        "idem-label", HANOI + "#raw", k, Clock.systemUTC());
    HttpMessage r = RawExchange.send(relabel(w, "x"));
    assertThat(r.status()).as("a write without a libnet signature").isEqualTo(401);
    assertThat(problem(r).detail()).contains("SIG_SIGNATURE_MISSING");
    assertThat(status(hub, "/v1/libraries/" + HANOI)).as("nothing stored").isEqualTo(404);
  }

  /** Renaming the label does not make a used nonce new: the nonce is per key, not per label. */
  @Test
  void aReplayUnderAnotherLabelIsStillAReplay() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#raw", k, Clock.systemUTC());
    assertThat(RawExchange.send(r).status()).isEqualTo(200);
    for (String label : new String[] {"x", "libnet2", "LIBNET".toLowerCase() + "-copy"}) {
      HttpMessage again = RawExchange.send(relabel(r, label));
      assertThat(again.status()).as(label).isEqualTo(401);
      // Refused either way: only the libnet label counts, so a relabelled copy is unsigned to the hub.
      assertThat(problem(again).code()).isIn("REPLAYED", "SIGNATURE_INVALID");
    }
  }

  /** Two signatures in one request: a bad {@code libnet} first and a good one under {@code x}: still one use of the nonce. */
  @Test
  void aGoodSignatureBesideABadOneIsUsedOnce() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#raw", k, Clock.systemUTC());
    HttpMessage good = relabel(r, "x");
    HttpMessage.Builder both = HttpMessage.request("GET", r.targetUri());
    good.headers().forEach(h -> both.header(h.getKey(), h.getValue()));
    both.header("Signature-Input", r.headers("Signature-Input").get(0)).header("Signature", forged(r).headers("Signature").get(0));
    HttpMessage twice = both.build();
    int first = RawExchange.send(twice).status();
    HttpMessage second = RawExchange.send(twice);
    assertThat(second.status()).isEqualTo(401);
    assertThat(problem(second).code()).isIn("REPLAYED", "SIGNATURE_INVALID");
    assertThat(first).isIn(200, 401);
  }

  // ------------------------------------------------------------------ time and replay window

  /** created = now + 60 is accepted, now + 61 is refused (60 s skew). */
  @Test
  void createdJustInsideAndJustOutsideTheSkew() throws Exception {
    Instant t = Instant.now();
    LibnetTestHub hub = hub(LibnetTestHub.builder().clock(Clock.fixed(t, ZoneOffset.UTC)));
    KeyPair k = trusted(hub, HANOI + "#raw");
    URI list = URI.create(hub.baseUrl() + "v1/libraries");
    assertThat(RawExchange.send(read(list, HANOI + "#raw", k, Clock.fixed(t.plusSeconds(60), ZoneOffset.UTC))).status()).isEqualTo(200);
    HttpMessage late = RawExchange.send(read(list, HANOI + "#raw", k, Clock.fixed(t.plusSeconds(61), ZoneOffset.UTC)));
    assertThat(late.status()).isEqualTo(401);
    assertThat(problem(late).detail()).contains("SIG_CREATED_IN_FUTURE");
    HttpMessage old = RawExchange.send(read(list, HANOI + "#raw", k, Clock.fixed(t.minusSeconds(361), ZoneOffset.UTC)));
    assertThat(old.status()).isEqualTo(401);
    assertThat(problem(old).detail()).contains("SIG_TOO_OLD");
  }

  /**
   * A write signed 60 s in the future (the most skew accepted) and replayed at every second of the hub's
   * clock until it is too old: never accepted twice; the nonce is held as long as the time checks pass.
   */
  @Test
  void aReplayAtTheEdgeOfTheWindowIsNeverAcceptedTwice() throws Exception {
    Instant t = Instant.ofEpochSecond(Instant.now().getEpochSecond());
    MovableClock clock = new MovableClock(t);
    LibnetTestHub hub = hub(LibnetTestHub.builder().clock(clock));
    KeyPair k = trusted(hub, HANOI + "#raw");
    for (int ahead : new int[] {0, 60}) {
      clock.set(t);
      HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#raw", k, Clock.fixed(t.plusSeconds(ahead), ZoneOffset.UTC));
      assertThat(RawExchange.send(r).status()).isEqualTo(200);
      for (long s : java.util.stream.LongStream.of(1, 299, 300, 301, 359, 360 + ahead - 1, 360 + ahead, 360 + ahead + 1, 420, 421, 1000)
          .distinct().sorted().toArray()) {
        clock.set(t.plusSeconds(s));
        HttpMessage again = RawExchange.send(r);
        assertThat(again.status()).as("ahead %d, replayed after %d s", ahead, s).isEqualTo(401);
      }
      t = t.plusSeconds(2000);
    }
  }

  /**
   * The hub's clock steps back by one second (an NTP correction) just after a nonce's window closed: the
   * nonce was dropped at the later time, the time checks pass again at the earlier one, and the same
   * signed request is accepted twice. Secure: the cache forgets by the latest time it has seen, so a clock
   * that goes back cannot re-open a window.
   */
  @Test
  void aClockSteppedBackDoesNotReopenAReplayWindow() throws Exception {
    Instant t = Instant.ofEpochSecond(Instant.now().getEpochSecond());
    MovableClock clock = new MovableClock(t);
    LibnetTestHub hub = hub(LibnetTestHub.builder().clock(clock));
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#raw", k, Clock.fixed(t, ZoneOffset.UTC));
    assertThat(RawExchange.send(r).status()).isEqualTo(200);
    clock.set(t.plusSeconds(361));
    // Any request at all (here a forgery by someone else) lets the cache forget at t + 361.
    KeyPair other = trusted(hub, HCM + "#raw");
    RawExchange.send(read(URI.create(hub.baseUrl() + "v1/libraries"), HCM + "#raw", other, clock));
    clock.set(t.plusSeconds(360));
    HttpMessage again = RawExchange.send(r);
    assertThat(again.status()).as("replayed after the clock stepped back").isEqualTo(401);
  }

  // ------------------------------------------------------------------ nonce cache

  /** A flood of forgeries under a real key id burns no nonce and no room in the cache. */
  @Test
  void aFloodOfForgeriesDoesNotFillTheNonceCache() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder().nonceCapacity(3, 3));
    KeyPair k = trusted(hub, HANOI + "#raw");
    URI list = URI.create(hub.baseUrl() + "v1/libraries");
    List<HttpMessage> genuine = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      genuine.add(read(list, HANOI + "#raw", k, Clock.systemUTC()));
    }
    for (int i = 0; i < 30; i++) {
      // Forgeries with the very nonces of the genuine requests, and with fresh ones.
      HttpMessage f = forged(i < 3 ? genuine.get(i) : read(list, HANOI + "#raw", k, Clock.systemUTC()));
      HttpMessage r = RawExchange.send(f);
      assertThat(r.status()).isEqualTo(401);
      assertThat(problem(r).detail()).contains("SIG_BAD_SIGNATURE");
    }
    for (HttpMessage g : genuine) {
      assertThat(RawExchange.send(g).status()).as("a real nonce was not burnt by its forgery").isEqualTo(200);
    }
  }

  /**
   * One library (or one stolen key) that fills the hub's nonce cache with its own valid requests shuts
   * every other library out until its nonces expire (up to 6 minutes). Secure: the cache's room is shared
   * fairly (a quota per key or per library), so that another library is still served.
   */
  @Test
  void oneLibraryCannotFillTheNonceCacheForEveryOther() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder().nonceCapacity(4));
    KeyPair hanoi = trusted(hub, HANOI + "#raw");
    KeyPair hcm = trusted(hub, HCM + "#raw");
    URI list = URI.create(hub.baseUrl() + "v1/libraries");
    for (int i = 0; i < 10; i++) {
      RawExchange.send(read(list, HANOI + "#raw", hanoi, Clock.systemUTC()));
    }
    HttpMessage other = RawExchange.send(read(list, HCM + "#raw", hcm, Clock.systemUTC()));
    assertThat(other.status()).as("another library is still served").isEqualTo(200);
  }

  // ------------------------------------------------------------------ targets

  /**
   * Reads signed for look-alikes of the hub's public URL (sent in absolute form, so that the target the
   * hub checks is the signed one): another spelling of the host, another port, IPv6 loopback, a trailing
   * dot. None is the hub's public URL.
   */
  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1.example:%d/v1/libraries", "http://localhost:%d/v1/libraries", "http://[::1]:%d/v1/libraries",
      "http://127.0.0.1:%d0/v1/libraries", "http://127.0.0.1/v1/libraries", "https://127.0.0.1:%d/v1/libraries",
      "http://127.0.0.2:%d/v1/libraries", "http://0x7f000001:%d/v1/libraries", "http://2130706433:%d/v1/libraries"})
  void aReadSignedForALookAlikeOfThePublicUrlIsRefused(String pattern) throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    URI target = URI.create(String.format(pattern, hub.port()));
    HttpMessage r = read(target, HANOI + "#raw", k, Clock.systemUTC());
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.send(r, target.toString(), "127.0.0.1:" + hub.port());
      RawHttp.Reply reply = raw.read();
      // Jetty refuses an absolute-form target whose authority is not the Host's (400); one with the same
      // authority but another scheme reaches the filter, which checks the Host-based target: either the
      // public URL does not match, or the signature (made for the look-alike) does not verify.
      assertThat(reply.status()).isIn(400, 401);
      assertThat(LibnetJson.mapper().readValue(reply.body(), Problem.class).code()).isIn("BAD_REQUEST", "TARGET_MISMATCH", "SIGNATURE_INVALID");
    }
  }

  /** A read signed for the hub, sent with its target re-spelt (scheme case, default-port tricks, dot segments): the base changes, refused. */
  @ParameterizedTest
  // (An upper-case scheme is the same target, RFC 3986 §6.2.2.1; the server normalises it, and it verifies.)
  @ValueSource(strings = {"http://127.0.0.1:%d/v1/./libraries", "http://127.0.0.1:%d/v1/x/../libraries",
      "http://127.0.0.1:%d/v1/libraries?", "http://127.0.0.1:%d//v1/libraries"})
  void aSignedReadSentToAnotherSpellingOfItsTargetDoesNotVerify(String pattern) throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#raw", k, Clock.systemUTC());
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.send(r, String.format(pattern, hub.port()), "127.0.0.1:" + hub.port());
      RawHttp.Reply reply = raw.read();
      assertThat(reply.status()).isIn(400, 401, 404);
    }
    // And the original still verifies once: the re-spelt tries burnt nothing.
    assertThat(RawExchange.send(r).status()).isEqualTo(200);
  }

  /** A write for another library's resources, hidden behind encoded slashes or dot segments: never stored for it. */
  @ParameterizedTest
  @ValueSource(strings = {"v1/libraries/" + HANOI + "%2F..%2F" + HCM, "v1/libraries/" + HANOI + "/../" + HCM,
      "v1/libraries/" + HCM + "%00", "v1/libraries/" + HCM + "%20", "v1/libraries/" + HANOI + "%2F"})
  void aWriteForAnotherLibraryBehindPathTricksIsNotStoredForIt(String path) throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage w = write(URI.create(hub.baseUrl() + path), "PUT", libraryJson(HCM, "Forged", "79"), "idem-path", HANOI + "#raw", k,
        Clock.systemUTC());
    HttpMessage r = RawExchange.send(w);
    assertThat(r.status()).isGreaterThanOrEqualTo(400);
    assertThat(status(hub, "/v1/libraries/" + HCM)).isEqualTo(404);
  }

  // ------------------------------------------------------------------ bodies

  /** A body exactly at the limit is read and verified; one byte more is 413, and nothing is stored. */
  @Test
  void aBodyAtTheLimitIsServedAndOneByteMoreIsRefused() throws Exception {
    String json = libraryJson(HANOI, "Hà Nội", "01");
    int limit = json.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    LibnetTestHub hub = hub(LibnetTestHub.builder().limits(SignatureLimits.DEFAULTS.withMaxBodyBytes(limit)));
    KeyPair k = trusted(hub, HANOI + "#raw");
    URI target = URI.create(hub.baseUrl() + "v1/libraries/" + HANOI);
    HttpMessage over = RawExchange.send(write(target, "PUT", json + " ", "idem-over", HANOI + "#raw", k, Clock.systemUTC()));
    assertThat(over.status()).isEqualTo(413);
    assertThat(status(hub, "/v1/libraries/" + HANOI)).isEqualTo(404);
    HttpMessage at = RawExchange.send(write(target, "PUT", json, "idem-at", HANOI + "#raw", k, Clock.systemUTC()));
    assertThat(at.status()).isEqualTo(201);
  }

  /** Content-Length and Transfer-Encoding both: the hub must not take the smuggled tail as a second request of its own. */
  @Test
  void aSmuggledSecondRequestBehindContentLengthAndChunkedIsNotServedAsSigned() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    HttpMessage w = write(URI.create(hub.baseUrl() + "v1/libraries/" + HANOI), "PUT", libraryJson(HANOI, "Hà Nội", "01"), "idem-smuggle",
        HANOI + "#raw", k, Clock.systemUTC());
    // The same signed write, replayed inside the body of an unsigned request that says both CL and TE.
    StringBuilder inner = new StringBuilder("PUT /v1/libraries/" + HANOI + " HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port() + "\r\n");
    w.headers().forEach(h -> inner.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
    inner.append("Content-Length: ").append(w.body().length).append("\r\n\r\n").append(new String(w.body(), java.nio.charset.StandardCharsets.UTF_8));
    String outer = "POST /v1/catalog/records HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port() + "\r\nContent-Length: 5\r\n"
        + "Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n0\r\n\r\n" + inner;
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.write(outer.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      RawHttp.Reply first = raw.read();
      // 400: the JDK server refuses a message with both; 401: an unsigned write.
      assertThat(first.status()).isIn(400, 401);
      try {
        RawHttp.Reply second = raw.read();
        // The smuggled write is the library's own, signed: served at most once, as itself.
        assertThat(second.status()).isIn(201, 400, 401);
      } catch (IOException closed) {
        // The hub closed the connection: fine.
      }
    }
    // Whatever happened, the signed write cannot be applied a second time.
    HttpMessage again = RawExchange.send(w);
    assertThat(again.status()).isIn(201, 401);
    if (again.status() == 401) {
      assertThat(problem(again).code()).isEqualTo("REPLAYED");
    }
  }

  // ------------------------------------------------------------------ idempotency

  /** Two libraries with one idempotency key and different bodies: each write is its own; neither gets the other's answer. */
  @Test
  void oneIdempotencyKeyOfTwoLibrariesKeepsTheirWritesApart() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair hanoi = trusted(hub, HANOI + "#raw");
    KeyPair hcm = trusted(hub, HCM + "#raw");
    HttpMessage a = RawExchange.send(write(URI.create(hub.baseUrl() + "v1/libraries/" + HANOI), "PUT", libraryJson(HANOI, "Hà Nội", "01"),
        "shared-key", HANOI + "#raw", hanoi, Clock.systemUTC()));
    HttpMessage b = RawExchange.send(write(URI.create(hub.baseUrl() + "v1/libraries/" + HCM), "PUT", libraryJson(HCM, "HCM", "79"),
        "shared-key", HCM + "#raw", hcm, Clock.systemUTC()));
    assertThat(a.status()).isEqualTo(201);
    assertThat(b.status()).isEqualTo(201);
    assertThat(new String(b.body(), java.nio.charset.StandardCharsets.UTF_8)).contains(HCM).doesNotContain(HANOI);
    // The same library reusing the key for another body: refused, nothing changed.
    HttpMessage c = RawExchange.send(write(URI.create(hub.baseUrl() + "v1/libraries/" + HANOI), "PUT", libraryJson(HANOI, "Other", "01"),
        "shared-key", HANOI + "#raw", hanoi, Clock.systemUTC()));
    assertThat(c.status()).isBetween(400, 499);
    assertThat(problem(c).code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
  }

  /**
   * Same key, same body, another Content-Type (covered by the signature, so it is another request): the
   * hub's idempotency hash is over method, raw target and body only, so it answers the stored 201 of the
   * first write instead of IDEMPOTENCY_KEY_REUSED (or 415).
   */
  @Test
  void anIdempotentRetryWithAnotherContentTypeIsNotTheSameRequest() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    URI target = URI.create(hub.baseUrl() + "v1/libraries/" + HANOI);
    String json = libraryJson(HANOI, "Hà Nội", "01");
    assertThat(RawExchange.send(write(target, "PUT", json, "idem-ct", HANOI + "#raw", k, Clock.systemUTC())).status()).isEqualTo(201);
    HttpMessage m = HttpMessage.request("PUT", target).header("Content-Type", "text/plain").header("Idempotency-Key", "idem-ct").body(json)
        .build();
    HttpMessage r = RawExchange.send(LibnetSignatures.signRequest(m, HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPrivate(),
        Clock.systemUTC()));
    assertThat(r.status()).as("another request under a used key").isNotEqualTo(201);
  }

  // ------------------------------------------------------------------ surveys

  /** ISILs that look like the signer's but are not exactly it: never a new library, never someone else's. */
  @ParameterizedTest
  @ValueSource(strings = {"VN-HaNoi-TVHN ", " VN-HaNoi-TVHN", "vn-hanoi-tvhn", "VN-HaNoi-TVHN\n", "VN-HaNoi-TVHN\u0000",
      "ＶN-HaNoi-TVHN", "VN-HaNoi-TVHN#k1", "01", " "})
  void anIsilThatOnlyLooksLikeTheSignersIsRefused(String isil) {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    try (LibnetClient hanoi = hub.clientFor(HANOI).build()) {
      hanoi.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      ReadinessResponse r = ReadinessResponse.declared(HubState.SURVEY_ID, isil, HubFixtures.readiness(HANOI).answers());
      Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> hanoi.submitReadinessResponse(r));
      assertThat(t).isInstanceOf(LibnetProblemException.class);
      assertThat(((LibnetProblemException) t).problemCode()).isIn(ProblemCode.FORBIDDEN, ProblemCode.BAD_REQUEST);
      assertThat(hanoi.listReadinessScores(HubState.SURVEY_ID, null)).isEmpty();
    }
  }

  /**
   * The provincial library collects the surveys of its province, as its profile says, and a library writes
   * its own profile: it moves itself to province 79, or an ordinary library of 79 calls itself provincial,
   * to answer for a library of 79. Secure: the province and the provincial designation are set by the
   * administrator only.
   */
  @Test
  void aLibraryCannotCollectAnotherProvincesSurveysByMovingOrPromotingItself() {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    hub.seedLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện Hà Nội", "01"));
    hub.seedLibrary(HubFixtures.library("VN-HCM-TVQ1", "Thư viện quận 1", "79"));
    try (LibnetClient hanoi = hub.clientFor(HANOI).build(); LibnetClient hcm = hub.clientFor(HCM).build()) {
      var v1 = hanoi.getLibrary(HANOI);
      var hcmV1 = hcm.saveLibrary(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp", "79"), null);
      ReadinessResponse victim = HubFixtures.readiness("VN-HCM-TVQ1");
      Throwable moved = org.assertj.core.api.Assertions.catchThrowable(() -> {
        hanoi.saveLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện Hà Nội", "79"), v1.etag());
        hanoi.submitReadinessResponse(victim);
      });
      assertThat(moved).as("moving itself to 79, or answering for 79, is refused").isInstanceOf(LibnetProblemException.class);
      Throwable promoted = org.assertj.core.api.Assertions.catchThrowable(() -> {
        hcm.saveLibrary(HubFixtures.provincialLibrary(HCM, "Thư viện Khoa học Tổng hợp", "79"), hcmV1.etag());
        hcm.submitReadinessResponse(victim);
      });
      assertThat(promoted).as("calling itself provincial, or answering for another library, is refused")
          .isInstanceOf(LibnetProblemException.class);
      assertThat(hanoi.listReadinessScores(HubState.SURVEY_ID, "VN-HCM-TVQ1")).isEmpty();
    }
  }

  // ------------------------------------------------------------------ restart

  /**
   * The nonce cache lives in memory only: a hub started again on its data folder forgets every nonce, so
   * a write captured on the wire can be sent again inside its 5 minutes. The write's idempotency key is
   * in the log, so it must answer as before and change nothing: here the library has overwritten it
   * meanwhile, and the replay must not bring the old profile back.
   */
  @Test
  void aWriteReplayedAfterAHubRestartDoesNotUndoALaterWrite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    URI pub = URI.create("http://hub.libnet.test/");
    URI target = URI.create("http://hub.libnet.test/v1/libraries/" + HANOI);
    KeyPair k = HubFixtures.ed25519();
    HttpMessage w1;
    try (LibnetTestHub h1 = LibnetTestHub.builder().dataDirectory(dir).publicUrl(pub).start()) {
      h1.trust(new VerificationKey(HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPublic()));
      URI at = URI.create(h1.baseUrl());
      w1 = write(target, "PUT", libraryJson(HANOI, "Tên cũ", "01"), "idem-restart-1", HANOI + "#raw", k, Clock.systemUTC());
      assertThat(RawExchange.sendTo(w1, at).status()).isEqualTo(201);
      HttpMessage m = HttpMessage.request("PUT", target).header("Content-Type", "application/json").header("Idempotency-Key", "idem-restart-2")
          .header("If-Match", "\"v1\"").body(libraryJson(HANOI, "Tên mới", "01")).build();
      HttpMessage w2 = LibnetSignatures.signRequest(m, HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPrivate(), Clock.systemUTC());
      assertThat(RawExchange.sendTo(w2, at).status()).isEqualTo(200);
    }
    try (LibnetTestHub h2 = LibnetTestHub.builder().dataDirectory(dir).publicUrl(pub).start()) {
      URI at = URI.create(h2.baseUrl());
      HttpMessage again = RawExchange.sendTo(w1, at);
      assertThat(again.status()).isIn(201, 401);
      HttpMessage now = RawExchange.sendTo(HttpMessage.request("GET", target).build(), at);
      assertThat(new String(now.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Tên mới").doesNotContain("Tên cũ");
    }
  }

  /**
   * Slow bodies (slowloris): a few connections that send a write's head and then one byte of a declared
   * 1000-byte body, and nothing more. The hub reads bodies on its bounded pool without a deadline, so as
   * many stalled bodies as it had threads once held all of them (on the JDK server). Now, on Jetty, a body
   * trickled below the minimum rate or stalled past the idle timeout is cut off, and others are served.
   */
  @Test
  void stalledBodiesDoNotShutOutOtherClients() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder().threads(2));
    KeyPair k = trusted(hub, HANOI + "#raw");
    List<java.net.Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 4; i++) {
        java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), hub.port());
        s.getOutputStream().write(("PUT /v1/libraries/" + HANOI + " HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port()
            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        slow.add(s);
      }
      Thread.sleep(300);
      HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#raw", k, Clock.systemUTC());
      java.util.concurrent.CompletableFuture<Integer> served = java.util.concurrent.CompletableFuture.supplyAsync(() -> RawExchange.send(r).status());
      Integer status = null;
      try {
        status = served.get(8, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException stuck) {
        // status stays null
      }
      assertThat(status).as("another client is served while bodies stall").isEqualTo(200);
    } finally {
      for (java.net.Socket s : slow) {
        s.close();
      }
    }
  }

  /**
   * Nonces are remembered per key: a library with two keys may use one nonce with each. A signature by
   * one key cannot pass as the other's (keyid is in the base), nor can its alg be swapped: both refused.
   */
  @Test
  void aSignatureCannotBeMovedToAnotherKeyIdOrAlgorithm() throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k1 = trusted(hub, HANOI + "#k1");
    trusted(hub, HANOI + "#k2");
    HttpMessage r = read(URI.create(hub.baseUrl() + "v1/libraries"), HANOI + "#k1", k1, Clock.systemUTC());
    for (String[] swap : new String[][] {{"keyid=\"" + HANOI + "#k1\"", "keyid=\"" + HANOI + "#k2\""},
        {"alg=\"ed25519\"", "alg=\"ecdsa-p256-sha256\""}, {";tag=\"libnet-v1\"", ";tag=\"libnet-v2\""}, {";alg=\"ed25519\"", ""}}) {
      HttpMessage.Builder b = HttpMessage.request("GET", r.targetUri());
      r.headers().forEach(h -> b.header(h.getKey(), h.getKey().equalsIgnoreCase("Signature-Input") ? h.getValue().replace(swap[0], swap[1])
          : h.getValue()));
      HttpMessage moved = RawExchange.send(b.build());
      assertThat(moved.status()).as(swap[1]).isEqualTo(401);
      assertThat(problem(moved).code()).isEqualTo("SIGNATURE_INVALID");
    }
    assertThat(RawExchange.send(r).status()).as("the original, untouched, still verifies once").isEqualTo(200);
  }

  /**
   * A man in the middle adds a second {@code Signature-Input} line (the same label with another nonce) or
   * a second {@code Signature} line (the same label, other bytes): a dictionary keeps the last member, so
   * the request no longer verifies. It is refused, and the real nonce is not burnt by it.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Signature-Input", "Signature"})
  void aDuplicatedSignatureLineIsRefusedWithoutBurningTheNonce(String field) throws Exception {
    LibnetTestHub hub = hub(LibnetTestHub.builder());
    KeyPair k = trusted(hub, HANOI + "#raw");
    URI list = URI.create(hub.baseUrl() + "v1/libraries");
    HttpMessage r = read(list, HANOI + "#raw", k, Clock.systemUTC());
    HttpMessage other = read(list, HANOI + "#raw", k, Clock.systemUTC());
    HttpMessage.Builder b = HttpMessage.request("GET", list);
    r.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    b.header(field, other.headers(field).get(0));
    HttpMessage doubled = RawExchange.send(b.build());
    assertThat(doubled.status()).isEqualTo(401);
    assertThat(RawExchange.send(r).status()).as("the real request, once").isEqualTo(200);
    assertThat(RawExchange.send(r).status()).as("and not twice").isEqualTo(401);
  }
}
