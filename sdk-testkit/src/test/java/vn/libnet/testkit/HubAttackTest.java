package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.HttpSignatures;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hub against an attacker: writes meant for another hub, rewritten Host headers, a nonce cache filled
 * up, oversized signature fields and bodies, survey answers for another province, and its key files.
 */
class HubAttackTest {
  private LibnetTestHub hub;
  private KeyPair hanoiKey;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.start();
    hanoiKey = trusted(hub, HANOI + "#raw");
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private static KeyPair trusted(LibnetTestHub h, String keyId) {
    KeyPair k = HubFixtures.ed25519();
    h.trust(new VerificationKey(keyId, SignatureAlgorithm.ED25519, k.getPublic()));
    return k;
  }

  private static String libraryJson(String isil, String province) throws IOException {
    return LibnetJson.mapper().writeValueAsString(HubFixtures.library(isil, "Thư viện " + isil, province));
  }

  /** The answer as a message bound to {@code request}; it must verify against the hub's key and that request. */
  private HttpMessage verified(LibnetTestHub h, RawHttp.Reply r, HttpMessage request) {
    HttpMessage.Builder b = HttpMessage.response(r.status()).request(request);
    r.headers().forEach(b::header);
    HttpMessage m = b.body(r.body()).build();
    LibnetSignatures.responseVerifier(KeyResolver.of(h.hubKey()), Clock.systemUTC()).verify(m);
    return m;
  }

  private static Problem problem(byte[] body) throws IOException {
    return LibnetJson.mapper().readValue(body, Problem.class);
  }

  private static int unsignedGetStatus(LibnetTestHub h, String path) {
    return RawExchange.send(HttpMessage.request("GET", URI.create(h.baseUrl() + path.substring(1))).build()).status();
  }

  // ------------------------------------------------------------------ targets

  @Test
  void aWriteSignedForAnotherHubIsRefusedWhateverTheHubIsToldAndNothingIsStored() throws Exception {
    HttpMessage forOther = HubFixtures.signedWrite(URI.create("http://other.example/v1/libraries/" + HANOI), "PUT",
        "application/json", libraryJson(HANOI, "01"), HANOI + "#raw", hanoiKey);
    try (RawHttp raw = new RawHttp(hub.port())) {
      // Sent to the hub as it was meant for the other one: Host other.example.
      raw.send(forOther);
      RawHttp.Reply r = raw.read();
      assertThat(r.status()).isEqualTo(401);
      verified(hub, r, forOther);
      Problem p = problem(r.body());
      assertThat(p.code()).isEqualTo("TARGET_MISMATCH");
      assertThat(p.detail()).contains("SIG_TARGET_MISMATCH", "http://other.example/v1/libraries/" + HANOI, hub.baseUrl(),
          "not this server's public URL", "không phải địa chỉ công khai");
    }
    try (RawHttp raw = new RawHttp(hub.port())) {
      // The same, in absolute form (as to a proxy): the target names its own authority.
      raw.send(forOther, forOther.targetUri().toString(), "other.example");
      RawHttp.Reply r = raw.read();
      assertThat(r.status()).isEqualTo(401);
      assertThat(problem(r.body()).code()).isEqualTo("TARGET_MISMATCH");
    }
    // Sent to the hub's own URL, the signature covers another target and does not verify.
    HttpMessage.Builder toHub = HttpMessage.request("PUT", URI.create(hub.baseUrl() + "v1/libraries/" + HANOI));
    forOther.headers().forEach(h -> toHub.header(h.getKey(), h.getValue()));
    HttpMessage r = RawExchange.send(toHub.body(forOther.body()).build());
    assertThat(r.status()).isEqualTo(401);
    assertThat(problem(r.body()).detail()).contains("SIG_BAD_SIGNATURE");

    assertThat(unsignedGetStatus(hub, "/v1/libraries/" + HANOI)).as("nothing stored").isEqualTo(404);
    assertThat(problem(RawExchange.send(HttpMessage.request("GET", URI.create(hub.baseUrl() + "v1/catalog/changes")).build()).body())
        .code()).as("the changes feed is a page, not a problem").isNull();
  }

  @Test
  void aWriteWhoseHostIsRewrittenIsRefusedAndItsNonceIsNotBurnt() throws Exception {
    HttpMessage w = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI, libraryJson(HANOI, "01"), HANOI + "#raw", hanoiKey);
    String path = "/v1/libraries/" + HANOI;
    for (String host : new String[] {"other.example", "127.0.0.1:" + (hub.port() == 65535 ? 1 : hub.port() + 1), "localhost:" + hub.port()}) {
      try (RawHttp raw = new RawHttp(hub.port())) {
        raw.send(w, path, host);
        RawHttp.Reply r = raw.read();
        assertThat(r.status()).as(host).isEqualTo(401);
        assertThat(problem(r.body()).code()).as(host).isEqualTo("TARGET_MISMATCH");
      }
    }
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.send(w, path, "bad host/x");
      assertThat(raw.read().status()).isEqualTo(400);
    }
    assertThat(unsignedGetStatus(hub, path)).isEqualTo(404);
    // A refused target is checked before the signature: the genuine request still goes through.
    assertThat(RawExchange.send(w).status()).isEqualTo(201);
  }

  @Test
  void targetsAreComparedWithTheConfiguredPublicUrlNotTheBoundOne() throws Exception {
    try (LibnetTestHub behindProxy = LibnetTestHub.builder().bind(InetAddress.getLoopbackAddress())
        .publicUrl(URI.create("https://hub.example.vn/")).start()) {
      KeyPair k = trusted(behindProxy, HANOI + "#raw");
      assertThat(behindProxy.publicUrls()).containsExactly(URI.create("https://hub.example.vn/"));
      assertThat(behindProxy.baseUrl()).startsWith("http://127.0.0.1:");
      HttpMessage viaProxy = HubFixtures.signedWrite(URI.create("https://hub.example.vn/v1/libraries/" + HANOI), "PUT",
          "application/json", libraryJson(HANOI, "01"), HANOI + "#raw", k);
      try (RawHttp raw = new RawHttp(behindProxy.port())) {
        // What a TLS front end forwards: the public Host, the path.
        raw.send(viaProxy, "/v1/libraries/" + HANOI, "hub.example.vn");
        RawHttp.Reply r = raw.read();
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        verified(behindProxy, r, viaProxy);
      }
      HttpMessage direct = HubFixtures.signedWrite(behindProxy, "PUT", "/v1/libraries/" + HCM, libraryJson(HCM, "79"), HANOI + "#raw", k);
      HttpMessage r = RawExchange.send(direct);
      assertThat(r.status()).isEqualTo(401);
      assertThat(problem(r.body()).code()).isEqualTo("TARGET_MISMATCH");
    }
    assertThatThrownBy(() -> LibnetTestHub.builder().publicUrl(URI.create("/relative"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aWriteSignedForAPathOutsideThePublicUrlIsRefused() throws Exception {
    int port = freePort();
    try (LibnetTestHub narrow = LibnetTestHub.builder().port(port).publicUrl(URI.create("http://127.0.0.1:" + port + "/v1/catalog/")).start()) {
      KeyPair k = trusted(narrow, HANOI + "#raw");
      HttpMessage outside = HubFixtures.signedWrite(narrow, "PUT", "/v1/libraries/" + HANOI, libraryJson(HANOI, "01"), HANOI + "#raw", k);
      HttpMessage r = RawExchange.send(outside);
      assertThat(r.status()).isEqualTo(401);
      assertThat(problem(r.body()).code()).isEqualTo("TARGET_MISMATCH");
      HttpMessage inside = HubFixtures.signedWrite(narrow, "PUT", "/v1/catalog/holdings/" + HANOI + "/b1", "{}", HANOI + "#raw", k);
      assertThat(problem(RawExchange.send(inside).body()).code()).as("under the public URL: past the signature checks")
          .isNotIn("TARGET_MISMATCH", "SIGNATURE_INVALID");
    }
  }

  private static int freePort() throws IOException {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  // ------------------------------------------------------------------ reads

  @Test
  void signedReadsAreVerifiedAndBoundUnsignedReadsStayOpen() throws Exception {
    URI libraries = URI.create(hub.baseUrl() + "v1/libraries");
    HttpMessage read = HubFixtures.signedRead(libraries, HANOI + "#raw", hanoiKey);
    HttpMessage ok = RawExchange.send(read);
    assertThat(ok.status()).isEqualTo(200);
    LibnetSignatures.responseVerifier(KeyResolver.of(hub.hubKey()), Clock.systemUTC()).verify(ok);
    assertThat(HttpSignatures.signatureInputs(ok).get("libnet").components()).contains(LibnetSignatures.REQUEST_SIGNATURE);

    HttpMessage replay = RawExchange.send(read);
    assertThat(replay.status()).isEqualTo(401);
    assertThat(problem(replay.body()).code()).isEqualTo("REPLAYED");

    HttpMessage.Builder tampered = HttpMessage.request("GET", URI.create(hub.baseUrl() + "v1/libraries?province=79"));
    HubFixtures.signedRead(libraries, HANOI + "#raw", hanoiKey).headers().forEach(h -> tampered.header(h.getKey(), h.getValue()));
    HttpMessage bad = RawExchange.send(tampered.build());
    assertThat(bad.status()).isEqualTo(401);
    assertThat(problem(bad.body()).detail()).contains("SIG_BAD_SIGNATURE");

    HttpMessage open = RawExchange.send(HttpMessage.request("GET", libraries).build());
    assertThat(open.status()).isEqualTo(200);
    LibnetSignatures.responseVerifier(KeyResolver.of(hub.hubKey()), Clock.systemUTC()).verify(open);
    assertThat(HttpSignatures.signatureInputs(open).get("libnet").components()).doesNotContain(LibnetSignatures.REQUEST_SIGNATURE);

    HttpMessage jwks = RawExchange.send(HttpMessage.request("GET", URI.create(hub.baseUrl() + ".well-known/jwks.json"))
        .header("Signature-Input", "libnet=();keyid=\"nobody\"").header("Signature", "libnet=:AAAA:").build());
    assertThat(jwks.status()).as("the keys are always open").isEqualTo(200);
  }

  // ------------------------------------------------------------------ nonces

  @Test
  void aFullNonceCacheRefusesNewRequestsWithRetryAfterAndForgetsNoLiveNonce() throws Exception {
    try (LibnetTestHub small = LibnetTestHub.builder().nonceCapacity(2, 2).start()) {
      KeyPair k = trusted(small, HANOI + "#raw");
      HttpMessage w1 = HubFixtures.signedWrite(small, "PUT", "/v1/libraries/" + HANOI, libraryJson(HANOI, "01"), HANOI + "#raw", k);
      HttpMessage w2 = HubFixtures.signedRead(URI.create(small.baseUrl() + "v1/libraries"), HANOI + "#raw", k);
      assertThat(RawExchange.send(w1).status()).isEqualTo(201);
      assertThat(RawExchange.send(w2).status()).isEqualTo(200);

      HttpMessage w3 = HubFixtures.signedWrite(small, "PUT", "/v1/libraries/" + HCM, libraryJson(HCM, "79"), HANOI + "#raw", k);
      try (RawHttp raw = new RawHttp(small.port())) {
        raw.send(w3);
        RawHttp.Reply full = raw.read();
        assertThat(full.status()).isEqualTo(503);
        verified(small, full, w3);
        Problem p = problem(full.body());
        assertThat(p.code()).isEqualTo("NONCE_CACHE_FULL");
        assertThat(p.detail()).contains("SIG_NONCE_CACHE_FULL", "try again in", "thử lại sau");
        long retryAfter = Long.parseLong(full.headers().get("retry-after"));
        // The oldest nonce is live for the validity window and the clock skew.
        assertThat(retryAfter).isBetween(1L, LibnetSignatures.VALIDITY.getSeconds() + 2 * LibnetSignatures.CLOCK_SKEW.getSeconds() + 1);
      }
      for (HttpMessage earlier : new HttpMessage[] {w1, w2}) {
        HttpMessage again = RawExchange.send(earlier);
        assertThat(again.status()).as("a replay is still recognised: nothing was evicted").isEqualTo(401);
        assertThat(problem(again.body()).code()).isEqualTo("REPLAYED");
      }
      assertThat(unsignedGetStatus(small, "/v1/libraries/" + HCM)).as("the refused write was not applied").isEqualTo(404);
      assertThat(unsignedGetStatus(small, "/v1/libraries/" + HANOI)).as("unsigned reads need no nonce").isEqualTo(200);
    }
    assertThatThrownBy(() -> LibnetTestHub.builder().nonceCapacity(0)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------ work before verification

  @Test
  void aHugeSignatureInputIsRefusedAtOnceAndTheHubKeepsServing() throws Exception {
    HttpMessage w = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI, libraryJson(HANOI, "01"), HANOI + "#raw", hanoiKey);
    StringBuilder members = new StringBuilder(w.headers("Signature-Input").get(0));
    for (int i = 0; members.length() < 12_000; i++) {
      members.append(", x").append(i).append("=(\"@method\" \"@target-uri\");keyid=\"").append(HANOI).append("#raw\"");
    }
    HttpMessage huge = w.withoutHeader("Signature-Input").withHeader("Signature-Input", members.toString());
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.send(huge);
      RawHttp.Reply r = raw.read();
      // Inside the server's header limit (16 KiB) but over the filter's field limit (8 KiB): refused before
      // any parsing, naming the field.
      assertThat(r.status()).isEqualTo(401);
      Problem p = problem(r.body());
      assertThat(p.code()).isEqualTo("SIGNATURE_INVALID");
      assertThat(p.detail()).contains("SIG_FIELD_TOO_LARGE", "Signature-Input", "vượt giới hạn");
      // The refusal is still signed, and bound to the request's (small) Signature field.
      verified(hub, r, huge);
    }
    // Over the server's own header limit, Jetty answers 431 as a problem document and the hub sees nothing.
    long before = hub.requestCount();
    while (members.length() < 300_000) {
      members.append(", y").append(members.length()).append("=(\"@method\")");
    }
    try (RawHttp raw = new RawHttp(hub.port())) {
      try {
        raw.send(w.withoutHeader("Signature-Input").withHeader("Signature-Input", members.toString()));
        RawHttp.Reply r = raw.read();
        assertThat(r.status()).isEqualTo(431);
        assertThat(problem(r.body()).status()).isEqualTo(431);
      } catch (IOException resetWhileSending) {
        // The server may answer 431 and hang up before the whole head is written: the client then sees a
        // reset instead of the answer. Either way the hub saw nothing (below).
      }
    }
    assertThat(hub.requestCount()).isEqualTo(before);
    assertThat(unsignedGetStatus(hub, "/.well-known/jwks.json")).isEqualTo(200);
    assertThat(RawExchange.send(w).status()).as("the genuine write still goes through").isEqualTo(201);
  }

  @Test
  void moreSignatureLabelsThanTheLimitAreRefusedBeforeAnyIsExamined() throws Exception {
    HttpMessage w = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI, libraryJson(HANOI, "01"), HANOI + "#raw", hanoiKey);
    String input = w.headers("Signature-Input").get(0);
    String signature = w.headers("Signature").get(0);
    StringBuilder inputs = new StringBuilder();
    StringBuilder signatures = new StringBuilder();
    // The genuine signature comes last, behind decoys: a verifier trying each label would reach it.
    for (int i = 0; i < SignatureLimits.DEFAULTS.maxSignatures(); i++) {
      inputs.append(input.replaceFirst("^libnet=", "d" + i + "=")).append(", ");
      signatures.append(signature.replaceFirst("^libnet=", "d" + i + "=")).append(", ");
    }
    HttpMessage many = w.withoutHeader("Signature-Input").withoutHeader("Signature")
        .withHeader("Signature-Input", inputs + input).withHeader("Signature", signatures + signature);
    HttpMessage r = RawExchange.send(many);
    assertThat(r.status()).isEqualTo(401);
    assertThat(problem(r.body()).detail()).contains("SIG_FIELD_TOO_LARGE");
    assertThat(unsignedGetStatus(hub, "/v1/libraries/" + HANOI)).isEqualTo(404);
  }

  @Test
  void aBodyOverTheLimitIsRefusedOnItsContentLengthWithoutBeingRead() throws Exception {
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.write(("POST /v1/catalog/records HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port() + "\r\nContent-Type: application/marcxml+xml\r\n"
          + "Content-Length: " + (64L << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      // Not a byte of the 64 MiB is sent: the answer comes on the headers alone.
      RawHttp.Reply r = raw.read();
      assertThat(r.status()).isEqualTo(413);
      assertThat(problem(r.body()).code()).isEqualTo("PAYLOAD_TOO_LARGE");
      assertThat(problem(r.body()).detail()).contains(String.valueOf(SignatureLimits.DEFAULTS.maxBodyBytes()));
      assertThat(r.headers().get("connection")).isEqualToIgnoringCase("close");
      raw.timeout(5_000);
      assertThat(raw.closedByServer()).as("the connection is closed").isTrue();
    }
    assertThat(unsignedGetStatus(hub, "/.well-known/jwks.json")).isEqualTo(200);
  }

  @Test
  void aChunkedBodyIsCutAtTheLimitEvenWhenItsContentLengthLies() throws Exception {
    long limit = 1 << 20;
    try (LibnetTestHub strict = LibnetTestHub.builder().limits(SignatureLimits.DEFAULTS.withMaxBodyBytes(limit)).start()) {
      for (String lie : new String[] {"", "Content-Length: 10\r\n"}) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), strict.port());
            RawHttp reader = RawHttp.over(s)) {
          long before = strict.requestCount();
          OutputStream out = s.getOutputStream();
          out.write(("POST /v1/catalog/records HTTP/1.1\r\nHost: 127.0.0.1:" + strict.port() + "\r\nContent-Type: application/marc\r\n"
              + lie + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          AtomicLong sent = new AtomicLong();
          Thread writer = new Thread(() -> {
            byte[] chunk = ("10000\r\n" + "x".repeat(0x10000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            try {
              // 64 MiB at most; the hub stops reading long before.
              for (int i = 0; i < 1024; i++) {
                out.write(chunk);
                sent.addAndGet(0x10000);
              }
            } catch (IOException closedByHub) {
              // expected once the hub has answered and closed the connection
            }
          });
          writer.setDaemon(true);
          writer.start();
          RawHttp.Reply r = reader.read();
          if (lie.isEmpty()) {
            assertThat(r.status()).isEqualTo(413);
            assertThat(problem(r.body()).code()).isEqualTo("PAYLOAD_TOO_LARGE");
          } else {
            // The JDK server itself refuses a request with both Content-Length and chunked coding (a
            // smuggling vector, RFC 9112 §6.3) before the hub sees it.
            assertThat(r.status()).isEqualTo(400);
            assertThat(strict.requestCount()).isEqualTo(before);
          }
          writer.join(20_000);
          assertThat(writer.isAlive()).as("the hub closed the connection, so the sender stopped").isFalse();
          assertThat(sent.get()).as("the hub read no more than the limit and what the buffers hold").isLessThan(64L << 20);
        }
      }
      assertThat(unsignedGetStatus(strict, "/.well-known/jwks.json")).isEqualTo(200);
    }
  }

  // ------------------------------------------------------------------ surveys

  @Test
  void aLibrarysScoreIsWrittenOnlyByItItsProvincialLibraryOrTheAdministratorAndNotOverwrittenFromAnother() throws Exception {
    try (LibnetClient hanoi = hub.clientFor(HANOI).build(); LibnetClient hcm = hub.clientFor(HCM).build();
        LibnetClient stranger = hub.clientFor("VN-Hue-TVTTH").build()) {
      hanoi.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      hcm.saveLibrary(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh", "79"), null);
      LibraryScore hanoiScore = hanoi.submitReadinessResponse(HubFixtures.readiness(HANOI));
      Map<String, String> worst = new java.util.LinkedHashMap<>(HubFixtures.readiness(HANOI).answers());
      worst.replaceAll((k, v) -> v.equals("yes") ? "no" : v);
      ReadinessResponse overwrite = ReadinessResponse.declared(HubState.SURVEY_ID, HANOI, worst);
      assertThat(((LibnetProblemException) org.assertj.core.api.Assertions.catchThrowable(() -> hcm.saveLibrary(
          HubFixtures.provincialLibrary(HCM, "Thư viện", "01"), "\"v1\""))).problemCode())
          .as("neither moving nor promoting itself").isEqualTo(ProblemCode.FORBIDDEN);
      for (LibnetClient other : new LibnetClient[] {hcm, stranger}) {
        LibnetProblemException e = (LibnetProblemException) org.assertj.core.api.Assertions.catchThrowable(
            () -> other.submitReadinessResponse(overwrite));
        assertThat(e.problemCode()).isEqualTo(ProblemCode.FORBIDDEN);
        assertThat(e.problemCode().status()).isEqualTo(403);
      }
      assertThat(hcm.listReadinessScores(HubState.SURVEY_ID, HANOI)).as("the score is unchanged").containsExactly(hanoiScore);
      assertThat(hcm.listReadinessScores(HubState.SURVEY_ID, HCM)).isEmpty();
    }
  }

  @Test
  void aReadinessResponseWithoutTheRequiredAnswersIsRefusedWithOneIssuePerMissingQuestion() throws Exception {
    hub.seedLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"));
    HttpMessage w = HubFixtures.signedWrite(hub, "POST", "/v1/surveys/" + HubState.SURVEY_ID + "/responses",
        "{\"questionnaireId\":\"" + HubState.SURVEY_ID + "\",\"isil\":\"" + HANOI + "\",\"answers\":{\"staff_total\":12}}",
        HANOI + "#raw", hanoiKey);
    HttpMessage r = RawExchange.send(w);
    assertThat(r.status()).isEqualTo(422);
    Problem p = problem(r.body());
    assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
    assertThat(p.issues()).hasSize(2).allSatisfy(i -> {
      assertThat(i.code()).isEqualTo("READINESS_ANSWER_MISSING");
      assertThat(i.path()).startsWith("/answers/").isNotEqualTo("/answers/staff_total");
      assertThat(i.message()).contains("is required and has no answer", "là bắt buộc nhưng chưa được trả lời");
    });
    assertThat(p.issues()).extracting(i -> i.path())
        .containsExactly("/answers/has_website", "/answers/staff_trained");
    assertThat(unsignedGetStatus(hub, "/v1/surveys/" + HubState.SURVEY_ID + "/responses")).isEqualTo(200);
    assertThat(LibnetJson.mapper().readTree(RawExchange.send(HttpMessage.request("GET",
        URI.create(hub.baseUrl() + "v1/surveys/" + HubState.SURVEY_ID + "/responses")).build()).body()).path("items")).isEmpty();
  }

  // ------------------------------------------------------------------ key files

  @Test
  void keyFilesAreReadableByTheirOwnerOnly(@TempDir Path dir) throws Exception {
    boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    try (LibnetTestHub stored = LibnetTestHub.builder().dataDirectory(dir.resolve("data")).start()) {
      assertThat(stored.adminKeyFile()).contains(dir.resolve("data").resolve("admin.key.pem"));
      Path written = stored.writeAdminKey(dir.resolve("copy.key.pem"));
      for (Path f : new Path[] {dir.resolve("data").resolve("admin.key.pem"), dir.resolve("data").resolve("hub.key.pem"), written}) {
        assertThat(Files.readString(f)).startsWith("-----BEGIN PRIVATE KEY-----");
        if (posix) {
          assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString()).isEqualTo("rw-------");
        }
      }
      assertThat(vn.libnet.core.signature.Keys.privateKeyFromPem(Files.readString(written))).isEqualTo(stored.adminKey());
      assertThatThrownBy(() -> stored.writeAdminKey(written)).as("a key file is never overwritten")
          .isInstanceOf(FileAlreadyExistsException.class);
    }
    assertThat(hub.adminKeyFile()).as("a hub in memory keeps no key file").isEmpty();
  }

  @Test
  void aRefusalIsBoundToTheRequestItRefuses() throws Exception {
    HttpMessage w = HubFixtures.signedWrite(URI.create("http://other.example/v1/libraries/" + HANOI), "PUT", "application/json",
        libraryJson(HANOI, "01"), HANOI + "#raw", hanoiKey);
    HttpMessage another = HubFixtures.signedWrite(URI.create("http://other.example/v1/libraries/" + HANOI), "PUT", "application/json",
        libraryJson(HANOI, "01"), HANOI + "#raw", hanoiKey);
    try (RawHttp raw = new RawHttp(hub.port())) {
      raw.send(w);
      RawHttp.Reply r = raw.read();
      verified(hub, r, w);
      assertThatThrownBy(() -> verified(hub, r, another)).isInstanceOf(HttpSignatureException.class);
    }
  }
}
