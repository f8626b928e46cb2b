package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.testkit.HubFixtures.HANOI;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.LibnetClient;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * Attacks of a hostile library and of a man in the middle on the hub's manifests and readiness surveys;
 * each test asserts the safe behaviour.
 */
class HubAttack10Test {
  private static final String ID = "vn-hanoi-tvhn-att-10";
  private static final String BASE = "https://iiif.thuvien.vn/objects/" + ID;
  private static final String MANIFEST_PATH = "/v1/digital-objects/" + ID + "/manifest";
  private static final String COMMUNE = "VN-HaNoi-TVHK";
  private static final String RESPONSES = "/v1/surveys/" + HubState.SURVEY_ID + "/responses";

  private final LibnetTestHub hub = LibnetTestHub.start();
  private final KeyPair key = trust(HANOI + "#raw");

  @AfterEach
  void stop() {
    hub.close();
  }

  /** A fresh key pair the hub trusts under {@code keyId}. */
  private KeyPair trust(String keyId) {
    KeyPair k = HubFixtures.ed25519();
    hub.trust(new VerificationKey(keyId, SignatureAlgorithm.ED25519, k.getPublic()));
    return k;
  }

  private static DigitalObject object(String owner) {
    return new DigitalObject(ID, owner, null, "Bản đồ Hà Nội 1873",
        List.of(new DigitalFile("1.jpg", "image/jpeg", 1024L, "a".repeat(64))), "http://rightsstatements.org/vocab/InC-EDU/1.0/",
        AccessLevel.OPEN, LocalDate.of(2026, 1, 5));
  }

  private void registerObject() {
    try (LibnetClient c = hub.clientFor(HANOI).build()) {
      c.registerDigitalObject(object(HANOI));
    }
  }

  private HttpMessage put(String body) {
    return HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", MANIFEST_PATH, "application/ld+json", body, HANOI + "#raw", key));
  }

  private HttpMessage get(String path) {
    return HubFixtures.send(HttpMessage.request("GET", URI.create(hub.baseUrl() + path.substring(1))).build());
  }

  private static String header(HttpMessage m, String name) {
    return m.headers(name).isEmpty() ? null : m.headers(name).get(0);
  }

  private static String text(HttpMessage m) {
    return new String(m.body(), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ manifests

  /** A label carrying script: kept as sent (it is data), but never served with a type a browser renders. */
  @Test
  void aManifestWithScriptInItsLabelIsServedAsJsonNeverAsHtml() {
    registerObject();
    String evil = HubFixtures.manifest(BASE).replace("Bản đồ Hà Nội 1873", "<script>alert(document.domain)</script>");
    assertThat(put(evil).status()).isEqualTo(201);
    HttpMessage r = get(MANIFEST_PATH);
    assertThat(r.status()).isEqualTo(200);
    assertThat(header(r, "Content-Type")).startsWith("application/ld+json").doesNotContain("html");
    assertThat(header(r, "Access-Control-Allow-Origin")).isEqualTo("*");
    assertThat(header(r, "Access-Control-Allow-Credentials")).as("CORS * never with credentials").isNull();
  }

  /** Defence in depth for a document served to any origin as the owner typed it: the browser must not sniff it. */
  @Test
  void aServedManifestForbidsContentSniffing() {
    registerObject();
    assertThat(put(HubFixtures.manifest(BASE)).status()).isEqualTo(201);
    assertThat(header(get(MANIFEST_PATH), "X-Content-Type-Options")).isEqualToIgnoringCase("nosniff");
  }

  /** Two "id" keys: the validator would see one, a viewer (JSON.parse keeps the last) another. Refused. */
  @Test
  void aManifestWithDuplicateKeysIsRefused() {
    registerObject();
    String m = HubFixtures.manifest(BASE);
    String dupId = m.replaceFirst("\"type\":\"Manifest\"", "\"type\":\"Manifest\",\"id\":\"https://evil.example/m\"");
    String dupType = m.replaceFirst("\"type\":\"Manifest\"", "\"type\":\"Manifest\",\"type\":\"Collection\"");
    for (String body : List.of(dupId, dupType)) {
      HttpMessage r = put(body);
      assertThat(r.status()).as(body.substring(0, 120)).isIn(400, 422);
    }
    assertThat(get(MANIFEST_PATH).status()).as("nothing stored").isEqualTo(404);
  }

  /** Deep nesting (a stack overflow in a naive walker) and odd numbers: refused as 4xx, never a 500. */
  @Test
  void deepOrNumericallyOddManifestsAreRefusedWithoutAServerError() {
    registerObject();
    String m = HubFixtures.manifest(BASE);
    String deep = m.replaceFirst("\"items\":\\[", "\"x\":" + "[".repeat(50_000) + "]".repeat(50_000) + ",\"items\":[");
    String inf = m.replace("\"width\":1000", "\"width\":1e9999");
    String nan = m.replace("\"width\":1000", "\"width\":NaN");
    String neg = m.replace("\"width\":1000", "\"width\":-0");
    for (String body : List.of(deep, inf, nan, neg)) {
      assertThat(put(body).status()).as(body.length() > 200 ? body.substring(150, 200) : body).isBetween(400, 499);
    }
    assertThat(get(MANIFEST_PATH).status()).as("nothing stored").isEqualTo(404);
    assertThat(get("/v1/surveys/" + HubState.SURVEY_ID).status()).as("the hub still serves").isEqualTo(200);
  }

  /** A PUT whose path names the object with an encoded slash or a dot segment never writes another object. */
  @Test
  void encodedSlashesAndDotSegmentsInTheObjectIdWriteNothing() {
    registerObject();
    for (String path : List.of("/v1/digital-objects/" + ID + "%2Fmanifest/manifest", "/v1/digital-objects/..%2F" + ID + "/manifest",
        "/v1/digital-objects/%2E%2E/manifest", "/v1/digital-objects/" + ID.toUpperCase() + "/manifest")) {
      HttpMessage r = HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", path, "application/ld+json", HubFixtures.manifest(BASE),
          HANOI + "#raw", key));
      assertThat(r.status()).as(path).isBetween(400, 499);
    }
    assertThat(get(MANIFEST_PATH).status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ surveys

  private void seedCommune() {
    hub.seedLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"));
    hub.seedLibrary(HubFixtures.library(COMMUNE, "Thư viện quận Hoàn Kiếm", "01"));
  }

  private HttpMessage submit(String json) {
    return HubFixtures.send(HubFixtures.signedWrite(hub, "POST", RESPONSES, json, HANOI + "#raw", key));
  }

  private static String responseJson(Map<String, String> answers) throws Exception {
    return LibnetJson.mapper().writeValueAsString(ReadinessResponse.declared(HubState.SURVEY_ID, HANOI, answers));
  }

  private JsonNode storedScores() throws Exception {
    return LibnetJson.mapper().readTree(get(RESPONSES).body()).path("items");
  }

  /** Numbers a lenient parser takes (or turns into Infinity / NaN) are refused as answers to NUMBER questions. */
  @Test
  void oddNumbersAreRefusedAndNoScoreIsEverNanOrInfinite() throws Exception {
    seedCommune();
    for (String odd : List.of("1e9999", "NaN", "Infinity", "-Infinity", "0x10", "١٢", "１２", "12abc", "1_000", "+20", "20.", ".5e1")) {
      Map<String, String> a = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
      a.put("staff_total", odd);
      HttpMessage r = submit(responseJson(a));
      if (r.status() == 201) {
        assertThat(text(r)).as(odd).doesNotContain("NaN", "Infinity");
        for (JsonNode i : LibnetJson.mapper().readTree(r.body()).path("indicators")) {
          assertThat(i.path("value").isNull() || Double.isFinite(i.path("value").asDouble())).as(odd + " " + i).isTrue();
        }
      } else {
        assertThat(r.status()).as(odd).isEqualTo(422);
        assertThat(text(r)).as(odd).contains("READINESS_NOT_A_NUMBER");
      }
    }
    for (String odd : List.of("1e9999", "NaN", "Infinity", "0x10", "١٢")) {
      Map<String, String> a = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
      a.put("staff_trained", odd);
      assertThat(submit(responseJson(a)).status()).as(odd).isEqualTo(422);
    }
  }

  /** A JSON number, a padded string or minus zero where a string is expected: refused, or scored as that number. */
  @Test
  void paddedAndSignedZeroAnswersScoreAsTheirNumberOrAreRefused() throws Exception {
    seedCommune();
    for (String odd : List.of("  20 ", "-0", "20.000", "0020")) {
      Map<String, String> a = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
      a.put("staff_total", odd);
      HttpMessage r = submit(responseJson(a));
      assertThat(r.status()).as(odd).isIn(201, 422);
      if (r.status() == 201) {
        JsonNode trained = indicator(LibnetJson.mapper().readTree(r.body()), "staff_trained");
        if (odd.equals("-0")) {
          assertThat(trained.path("value").isNull()).as("15 of 0 staff is no share").isTrue();
        } else {
          assertThat(trained.path("value").asDouble()).as(odd).isEqualTo(75.0);
        }
      }
    }
  }

  private static JsonNode indicator(JsonNode score, String id) {
    for (JsonNode i : score.path("indicators")) {
      if (i.path("indicator").asText().equals(id)) {
        return i;
      }
    }
    throw new AssertionError("no indicator " + id + " in " + score);
  }

  /** Duplicate answer keys: whichever a reader keeps, the library could claim both. Refused. */
  @Test
  void aResponseWithDuplicateKeysIsRefused() throws Exception {
    seedCommune();
    String json = responseJson(HubFixtures.readiness(HANOI).answers())
        .replace("\"has_website\":\"yes\"", "\"has_website\":\"no\",\"has_website\":\"yes\"");
    assertThat(json).contains("\"has_website\":\"no\",\"has_website\":\"yes\"");
    assertThat(submit(json).status()).isBetween(400, 422);
    String dupIsil = responseJson(HubFixtures.readiness(HANOI).answers())
        .replace("\"isil\":\"" + HANOI + "\"", "\"isil\":\"" + HANOI + "\",\"isil\":\"" + COMMUNE + "\"");
    assertThat(submit(dupIsil).status()).isBetween(400, 422);
    assertThat(storedScores()).isEmpty();
  }

  /** Answers to questions not shown to the library (hidden by group or by condition) do not raise its score. */
  @Test
  void hiddenAnswersDoNotGameTheScore() throws Exception {
    seedCommune();
    Map<String, String> honest = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
    honest.put("has_website", "no");
    honest.remove("website_online_services");
    honest.remove("website_open_data");
    HttpMessage base = submit(responseJson(honest));
    assertThat(base.status()).isEqualTo(201);
    Map<String, String> gamed = new LinkedHashMap<>(honest);
    gamed.put("website_online_services", "yes");
    gamed.put("website_open_data", "yes");
    gamed.put("website_multi_device", "yes");
    gamed.put("rare_has_collection", "yes");
    gamed.put("rare_held", "10");
    gamed.put("rare_digitized", "10");
    gamed.put("own_research_held", "5");
    gamed.put("own_research_digitized", "5");
    HttpMessage r = submit(responseJson(gamed));
    assertThat(r.status()).isEqualTo(201);
    JsonNode a = LibnetJson.mapper().readTree(base.body());
    JsonNode b = LibnetJson.mapper().readTree(r.body());
    assertThat(b.path("indicators")).as("the same indicators, values and statuses").isEqualTo(a.path("indicators"));
  }

  /** Questionnaire ids with traversal, encoded slashes, other case or NUL never reach the questionnaire or store a score. */
  @Test
  void oddQuestionnaireIdsAreUnknown() throws Exception {
    seedCommune();
    for (String id : List.of("..%2Fqd206-2021", "QD206-2021", "qd206-2021%00", "qd206-2021%20",
        "%2e%2e", "qd206-2021;x=1")) {
      HttpMessage g = get("/v1/surveys/" + id);
      assertThat(g.status()).as(id).isBetween(400, 404);
      HttpMessage p;
      try {
        p = HubFixtures.send(HubFixtures.signedWrite(hub, "POST", "/v1/surveys/" + id + "/responses",
            responseJson(HubFixtures.readiness(HANOI).answers()), HANOI + "#raw", key));
      } catch (java.io.UncheckedIOException closed) {
        // Jetty refuses a bad target (%00) at once and closes; the client may lose the 400 while still sending.
        continue;
      }
      assertThat(p.status()).as(id).isBetween(400, 422);
    }
    assertThat(storedScores()).isEmpty();
  }

  /**
   * The hub routes on the path after percent-decoding it whole, so an encoded slash ({@code %2F}) is taken as
   * a separator: one resource has two spellings, the idempotency hash (raw target) differs between them, and
   * a proxy or firewall rule written for the raw path (e.g. "no PUT on .../manifest") is bypassed.
   * Safe: {@code %2F} inside a segment is data (or refused with 400), never a separator.
   */
  @Test
  void anEncodedSlashIsNeverAPathSeparator() throws Exception {
    registerObject();
    HttpMessage r = HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", "/v1/digital-objects/" + ID + "%2Fmanifest",
        "application/ld+json", HubFixtures.manifest(BASE), HANOI + "#raw", key));
    assertThat(r.status()).as("PUT on the object's own path is not a manifest PUT").isBetween(400, 405);
    assertThat(get(MANIFEST_PATH).status()).isEqualTo(404);
    assertThat(get("/v1/surveys/qd206-2021%2Fresponses").status()).isBetween(400, 404);
  }

  /**
   * An ISIL with a Cyrillic "а" looks like Hà Nội's. Such a key id cannot even be put in a signature
   * (structured fields are ASCII), so no library signs as it; and even the administrator, tricked into
   * registering it, is refused (ISO 15511 ISILs are ASCII), and no score is kept for it.
   */
  @Test
  void aConfusableIsilIsNeitherRegisteredNorScored() throws Exception {
    seedCommune();
    String fake = "VN-H\u0430Noi-TVHN";
    KeyPair k = trust(fake + "#raw");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> HubFixtures.signedWrite(hub, "POST", RESPONSES, "{}", fake + "#raw", k)))
        .as("no signature names a non-ASCII key id").isInstanceOf(IllegalArgumentException.class);
    try (LibnetClient admin = hub.adminClient().build()) {
      Throwable saved = org.assertj.core.api.Assertions.catchThrowable(
          () -> admin.saveLibrary(HubFixtures.library(fake, "Thư viện Hà Nội", "01"), null));
      assertThat(saved).as("the confusable profile is refused").isNotNull();
      Throwable scored = org.assertj.core.api.Assertions.catchThrowable(
          () -> admin.submitReadinessResponse(HubFixtures.readiness(fake)));
      assertThat(scored).isNotNull();
    }
    HttpMessage r = submit(LibnetJson.mapper().writeValueAsString(HubFixtures.readiness(fake)));
    assertThat(r.status()).isBetween(400, 422);
    assertThat(storedScores()).isEmpty();
  }

  /** Case games with the ISIL: a library answers only for its own, exactly spelled; the commune's ISIL in other case is not its. */
  @Test
  void anIsilInAnotherCaseGivesNoRightToAnswer() throws Exception {
    seedCommune();
    for (String other : List.of(COMMUNE.toUpperCase(), COMMUNE.toLowerCase(), " " + COMMUNE, COMMUNE + "\u200b")) {
      HttpMessage r = submit(LibnetJson.mapper().writeValueAsString(HubFixtures.readiness(other)));
      assertThat(r.status()).as("[" + other + "]").isBetween(400, 422);
    }
    assertThat(storedScores()).isEmpty();
  }

  // ------------------------------------------------------------------ replay after a restart

  private static HttpMessage write(URI target, String method, String type, String body, String idem, KeyPair k) {
    HttpMessage m = HttpMessage.request(method, target).header("Content-Type", type).header("Idempotency-Key", idem)
        .body(body).build();
    return LibnetSignatures.signRequest(m, HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPrivate(), Clock.systemUTC());
  }

  /**
   * A man in the middle keeps a signed survey POST and a manifest PUT, waits for the library to send newer
   * ones and for the hub to restart (nonces forgotten), then sends the old ones again inside their 5 minutes.
   * The newer score and manifest must stay.
   */
  @Test
  void oldSurveyAndManifestWritesReplayedAfterARestartDoNotUndoNewerOnes(@TempDir Path dir) throws Exception {
    URI pub = URI.create("http://hub.libnet.test/");
    KeyPair k = HubFixtures.ed25519();
    URI responses = URI.create("http://hub.libnet.test" + RESPONSES);
    URI manifest = URI.create("http://hub.libnet.test" + MANIFEST_PATH);
    Map<String, String> worse = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
    worse.put("staff_trained", "1");
    HttpMessage oldScore;
    HttpMessage oldManifest;
    try (LibnetTestHub h1 = LibnetTestHub.builder().dataDirectory(dir).publicUrl(pub).start()) {
      h1.trust(new VerificationKey(HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPublic()));
      h1.seedLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"));
      URI at = URI.create(h1.baseUrl());
      HttpMessage reg = write(URI.create("http://hub.libnet.test/v1/digital-objects"), "POST", "application/json",
          LibnetJson.mapper().writeValueAsString(object(HANOI)), "idem-obj", k);
      assertThat(RawExchange.sendTo(reg, at).status()).isIn(200, 201);
      oldScore = write(responses, "POST", "application/json", responseJson(worse), "idem-s1", k);
      assertThat(RawExchange.sendTo(oldScore, at).status()).isEqualTo(201);
      assertThat(RawExchange.sendTo(write(responses, "POST", "application/json", responseJson(HubFixtures.readiness(HANOI).answers()),
          "idem-s2", k), at).status()).isEqualTo(201);
      oldManifest = write(manifest, "PUT", "application/ld+json", HubFixtures.manifest(BASE).replace("1873", "OLD"), "idem-m1", k);
      assertThat(RawExchange.sendTo(oldManifest, at).status()).isEqualTo(201);
      assertThat(RawExchange.sendTo(write(manifest, "PUT", "application/ld+json", HubFixtures.manifest(BASE).replace("1873", "NEW"),
          "idem-m2", k), at).status()).isEqualTo(200);
    }
    try (LibnetTestHub h2 = LibnetTestHub.builder().dataDirectory(dir).publicUrl(pub).start()) {
      URI at = URI.create(h2.baseUrl());
      assertThat(RawExchange.sendTo(oldScore, at).status()).isIn(201, 401);
      assertThat(RawExchange.sendTo(oldManifest, at).status()).isIn(201, 401);
      HttpMessage scores = RawExchange.sendTo(HttpMessage.request("GET", URI.create("http://hub.libnet.test" + RESPONSES + "?isil=" + HANOI)).build(), at);
      JsonNode items = LibnetJson.mapper().readTree(scores.body()).path("items");
      assertThat(items).hasSize(1);
      assertThat(indicator(items.get(0), "staff_trained").path("value").asDouble()).as("the newer score stays").isEqualTo(75.0);
      HttpMessage m = RawExchange.sendTo(HttpMessage.request("GET", manifest).build(), at);
      assertThat(text(m)).contains("NEW").doesNotContain("OLD");
      assertThat(header(m, "ETag")).isEqualTo("\"v2\"");
    }
  }

  // ------------------------------------------------------------------ aggregates after a move

  /**
   * The administrator moves a library that has answered to another province (or changes its type): the
   * aggregates count every registered library where its profile now is. Safe: the library is counted once,
   * in its new province, with its answer, and no longer in the old one.
   */
  @Test
  void aLibraryMovedAfterItAnsweredIsCountedWhereItNowIs() throws Exception {
    seedCommune();
    try (LibnetClient admin = hub.adminClient().build()) {
      admin.submitReadinessResponse(HubFixtures.readiness(COMMUNE));
      var v = admin.getLibrary(COMMUNE);
      admin.saveLibrary(HubFixtures.library(COMMUNE, "Thư viện quận Hoàn Kiếm", "79"), v.etag());
      var byProvince = admin.readinessAggregates(HubState.SURVEY_ID, "province");
      var hcm = byProvince.stream().filter(a -> a.key().equals("79")).findFirst();
      var hanoi = byProvince.stream().filter(a -> a.key().equals("01")).findFirst().orElseThrow();
      assertThat(hanoi.libraries()).as("only Hà Nội's own library is left in 01").isEqualTo(1);
      assertThat(hcm).as("the moved library is counted in 79").isPresent();
      assertThat(hcm.get().libraries()).isEqualTo(1);
      assertThat(hcm.get().answered()).isEqualTo(1);
    }
  }

  // ------------------------------------------------------------------ kill -9

  /**
   * kill -9 of a hub on disk in the middle of a burst of manifest PUTs and survey POSTs: after a restart the
   * manifest served is the last acknowledged one or the one in flight, its ETag is the number of versions
   * stored, and the library has exactly one score, the last acknowledged one or the one in flight.
   */
  @Test
  void killedMidBurstTheHubKeepsManifestsAndScoresConsistent(@TempDir Path dir) throws Exception {
    KeyPair k = HubFixtures.ed25519();
    Path pub = dir.resolve("client.pub.pem");
    java.nio.file.Files.writeString(pub, vn.libnet.core.signature.Keys.toPem(k.getPublic()));
    Path data = dir.resolve("data");
    Process child = HubProcess.launch(data, HANOI + "#k1", pub);
    int port = HubProcess.awaitReady(child);
    assertThat(port).as("the hub process started").isPositive();
    VerificationKey hubKey = new VerificationKey(LibnetTestHub.HUB_KEY_ID, SignatureAlgorithm.ED25519,
        vn.libnet.core.signature.Keys.publicKeyFromPem(java.nio.file.Files.readString(data.resolve("hub.pub.pem"))));
    String url = "http://127.0.0.1:" + port + "/";
    int[] acked = {-1, -1};
    int[] sent = {-1, -1};
    try (LibnetClient c = crashClient(url, hubKey, k)) {
      c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      c.registerDigitalObject(object(HANOI));
    }
    Thread burst = new Thread(() -> {
      try (LibnetClient c = crashClient(url, hubKey, k)) {
        for (int i = 0; ; i++) {
          sent[0] = i;
          c.putDigitalObjectManifest(ID, HubFixtures.manifest(BASE).replace("1873", "n" + i + "n").getBytes(StandardCharsets.UTF_8), null);
          acked[0] = i;
          Map<String, String> a = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
          a.put("staff_trained", String.valueOf(i % 21));
          sent[1] = i % 21;
          c.submitReadinessResponse(ReadinessResponse.declared(HubState.SURVEY_ID, HANOI, a));
          acked[1] = i % 21;
        }
      } catch (RuntimeException expected) {
        // the hub was killed under the client
      }
    });
    burst.start();
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (acked[0] < 15 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    child.destroyForcibly();
    child.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
    burst.join(30_000);
    assertThat(acked[0]).as("the burst ran before the kill").isGreaterThanOrEqualTo(15);
    VerificationKey trusted = new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, k.getPublic());
    try (LibnetTestHub h = LibnetTestHub.builder().dataDirectory(data).trust(trusted).start()) {
      HttpMessage m = RawExchange.send(HttpMessage.request("GET", URI.create(h.baseUrl() + MANIFEST_PATH.substring(1))).build());
      assertThat(m.status()).isEqualTo(200);
      String body = text(m);
      java.util.regex.Matcher label = java.util.regex.Pattern.compile(" n(\\d+)n\"").matcher(body);
      assertThat(label.find()).as(body).isTrue();
      int n = Integer.parseInt(label.group(1));
      assertThat(n).as("the last acknowledged manifest or the one in flight").isBetween(acked[0], sent[0]);
      assertThat(header(m, "ETag")).as("one version per manifest stored").isEqualTo("\"v" + (n + 1) + "\"");
      JsonNode items = LibnetJson.mapper().readTree(RawExchange.send(HttpMessage.request("GET",
          URI.create(h.baseUrl() + RESPONSES.substring(1) + "?isil=" + HANOI)).build()).body()).path("items");
      assertThat(items).as("one score for the library").hasSize(1);
      double trainedShare = indicator(items.get(0), "staff_trained").path("value").asDouble();
      assertThat(trainedShare).as("the last acknowledged score or the one in flight")
          .isIn(acked[1] * 100.0 / 20, sent[1] * 100.0 / 20);
    }
  }

  private static LibnetClient crashClient(String url, VerificationKey hubKey, KeyPair k) {
    return LibnetClient.builder().baseUrl(url).signingKey(HANOI + "#k1", k.getPrivate())
        .hubKeys(vn.libnet.client.HubKeys.pinned(hubKey)).build();
  }

  // ------------------------------------------------------------------ work bounds

  /** A response with 100 000 answers to unknown questions and a 4 MB text answer: answered quickly, never a 500. */
  @Test
  void aHugeResponseIsAnsweredQuicklyWithoutAServerError() throws Exception {
    seedCommune();
    Map<String, String> a = new LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
    for (int i = 0; i < 100_000; i++) {
      a.put("q" + i, "x");
    }
    a.put("staff_training_plan", "k".repeat(4 << 20));
    long t0 = System.nanoTime();
    HttpMessage r = submit(responseJson(a));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.status()).as(r.status() + " " + (r.body().length > 300 ? text(r).substring(0, 300) : text(r))).isIn(201, 400, 413, 422);
    assertThat(ms).as("answered in bounded time").isLessThan(15_000);
    assertThat(r.body().length).as("the answer does not echo megabytes of warnings").isLessThan(2 << 20);
  }

  /** A manifest just under 8 MiB with 20 000 canvases (ids checked for duplicates): validated in bounded time. */
  @Test
  void aLargeManifestOfManyCanvasesIsValidatedInBoundedTime() {
    registerObject();
    StringBuilder canvases = new StringBuilder();
    for (int n = 1; n <= 20_000; n++) {
      String c = BASE + "/canvas/" + n;
      canvases.append(n == 1 ? "" : ",").append("{\"id\":\"").append(c).append("\",\"type\":\"Canvas\",\"width\":10,\"height\":10,")
          .append("\"items\":[{\"id\":\"").append(c).append("/p\",\"type\":\"AnnotationPage\",\"items\":[]}]}");
    }
    String body = "{\"@context\":\"http://iiif.io/api/presentation/3/context.json\",\"id\":\"" + BASE
        + "/manifest\",\"type\":\"Manifest\",\"label\":{\"vi\":[\"lớn\"]},\"items\":[" + canvases + "]}";
    assertThat(body.length()).isLessThan(8 << 20);
    long t0 = System.nanoTime();
    HttpMessage r = put(body);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(r.status()).as(r.body().length > 300 ? text(r).substring(0, 300) : text(r)).isIn(201, 422);
    assertThat(ms).as("validated in bounded time").isLessThan(15_000);
  }

  /** Hostile paging of the scores and a manifest sent as HTML: 4xx, never a 500 or a manifest stored. */
  @Test
  void hostilePagingAndMediaTypesAreRefused() {
    seedCommune();
    registerObject();
    for (String q : List.of("?limit=-1", "?limit=999999999999", "?limit=abc", "?cursor=%00%ff", "?cursor=-5", "?isil=%ff%fe")) {
      assertThat(get(RESPONSES + q).status()).as(q).isIn(200, 400);
    }
    for (String type : List.of("text/html", "application/xhtml+xml", "image/svg+xml", "text/plain")) {
      HttpMessage r = HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", MANIFEST_PATH, type, HubFixtures.manifest(BASE), HANOI + "#raw", key));
      assertThat(r.status()).as(type).isEqualTo(415);
    }
    assertThat(get(MANIFEST_PATH).status()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ provincial designation, two steps

  private static vn.libnet.core.model.Library ofType(vn.libnet.core.model.Library l, vn.libnet.core.model.LibraryType type) {
    return new vn.libnet.core.model.Library(l.isil(), l.name(), l.nameEn(), type, l.address(), l.parentOrganization(),
        l.establishedYear(), l.website(), l.contacts(), l.endpoints(), l.publicKeys(), l.designation());
  }

  /**
   * Two steps to the provincial right: register as a school library "designated PROVINCIAL" (no right,
   * so the designation check lets it through), then change only the type to PUBLIC. Refused at step two.
   */
  @Test
  void aLibraryCannotBecomeProvincialByChangingItsTypeAfterItsDesignation() {
    hub.seedLibrary(HubFixtures.library(COMMUNE, "Thư viện quận Hoàn Kiếm", "01"));
    try (LibnetClient c = hub.clientFor("VN-HaNoi-TVTH").build()) {
      vn.libnet.core.model.Library provincial = HubFixtures.provincialLibrary("VN-HaNoi-TVTH", "Thư viện trường", "01");
      Throwable first = org.assertj.core.api.Assertions.catchThrowable(
          () -> c.saveLibrary(ofType(provincial, vn.libnet.core.model.LibraryType.SCHOOL), null));
      if (first == null) {
        Throwable second = org.assertj.core.api.Assertions.catchThrowable(() -> c.saveLibrary(provincial, "\"v1\""));
        assertThat(second).as("turning public keeps no designation it could not claim").isNotNull();
      }
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> c.submitReadinessResponse(HubFixtures.readiness(COMMUNE))))
          .isNotNull();
      assertThat(c.listReadinessScores(HubState.SURVEY_ID, COMMUNE)).isEmpty();
    }
  }

  /** A provincial library naming its commune library in another case or with an invisible character: one score at most, under the real ISIL. */
  @Test
  void aProvincialLibraryCannotCreateShadowScoresWithIsilVariants() throws Exception {
    hub.seedLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện Hà Nội", "01"));
    hub.seedLibrary(HubFixtures.library(COMMUNE, "Thư viện quận Hoàn Kiếm", "01"));
    for (String other : List.of(COMMUNE.toUpperCase(), COMMUNE.toLowerCase(), COMMUNE + " ", COMMUNE + "\u200b")) {
      HttpMessage r = submit(LibnetJson.mapper().writeValueAsString(HubFixtures.readiness(other)));
      assertThat(r.status()).as("[" + other + "]").isIn(201, 400, 403, 422);
    }
    for (JsonNode s : storedScores()) {
      assertThat(s.path("isil").asText()).as("only real ISILs are scored").isIn(COMMUNE, HANOI);
    }
  }

  // ------------------------------------------------------------------ what the validator reads vs what viewers get

  private HttpMessage putBytes(byte[] body) {
    HttpMessage m = HttpMessage.request("PUT", URI.create(hub.baseUrl() + MANIFEST_PATH.substring(1)))
        .header("Content-Type", "application/ld+json").header("Idempotency-Key", LibnetSignatures.nonce()).body(body).build();
    return HubFixtures.send(LibnetSignatures.signRequest(m, HANOI + "#raw", SignatureAlgorithm.ED25519, key.getPrivate(), Clock.systemUTC()));
  }

  /**
   * Content after the manifest (a second document, or markup): a parser that stops after the first value
   * validates one document while viewers get another (or fail on it). Safe: refused.
   */
  @Test
  void contentAfterTheManifestIsRefused() {
    registerObject();
    String m = HubFixtures.manifest(BASE);
    List<String> accepted = new java.util.ArrayList<>();
    for (String tail : List.of("{\"type\":\"Collection\"}", "<script>alert(1)</script>", "]", ",1")) {
      if (putBytes((m + tail).getBytes(StandardCharsets.UTF_8)).status() < 400) {
        accepted.add(tail);
      }
    }
    assertThat(accepted).as("tails accepted").isEmpty();
    assertThat(get(MANIFEST_PATH).status()).as("nothing stored").isEqualTo(404);
  }

  /**
   * JSON exchanged between systems is UTF-8 (RFC 8259 §8.1), and the manifest is served without a charset:
   * a UTF-16 document would be validated by a detecting parser and then read as garbage by every viewer.
   */
  @Test
  void aManifestNotInUtf8IsRefused() {
    registerObject();
    String m = HubFixtures.manifest(BASE);
    List<String> accepted = new java.util.ArrayList<>();
    for (java.nio.charset.Charset cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, java.nio.charset.Charset.forName("UTF-32BE"))) {
      if (putBytes(m.getBytes(cs)).status() < 400) {
        accepted.add(cs.name());
      }
    }
    assertThat(accepted).as("encodings accepted").isEmpty();
    assertThat(get(MANIFEST_PATH).status()).as("nothing stored").isEqualTo(404);
  }
}
