package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.ConformanceSuite;
import vn.libnet.testkit.conformance.Requirement;

class ConformanceSuiteTest {
  private static final String KEY_ID = "VN-HaNoi-TVHN#conf";

  private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");
  private static final java.util.regex.Pattern VIETNAMESE = java.util.regex.Pattern.compile(
      "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** Every result reads in Vietnamese, and its English is the compatible {@code detail()}. */
  private static void assertBilingual(ConformanceReport r) {
    assertThat(r.results()).allSatisfy(c -> {
      assertThat(c.detail()).isEqualTo(c.detail(java.util.Locale.ENGLISH)).isNotBlank();
      assertThat(c.detail(VI)).as(c.requirement() + ": " + c.key()).isNotEqualTo(c.detail()).matches(t -> VIETNAMESE.matcher(t).find());
    });
  }

  private static CheckResult result(ConformanceReport r, Requirement q) {
    return r.results().stream().filter(c -> c.requirement() == q).findFirst().orElseThrow();
  }

  @Test
  void theReferenceHubMeetsEveryRequirementAndStoresNothing() {
    KeyPair k = HubFixtures.ed25519();
    try (LibnetTestHub hub = LibnetTestHub.builder()
        .trust(new VerificationKey(KEY_ID, SignatureAlgorithm.ED25519, k.getPublic())).start();
        var reader = hub.clientFor("VN-HaNoi-TVHN").build()) {
      ConformanceReport r = ConformanceSuite.builder().baseUrl(hub.baseUrl()).signingKey(KEY_ID, k.getPrivate()).build().run();
      assertThat(r.results()).extracting(CheckResult::requirement).containsExactly(Requirement.values());
      assertThat(r.results()).allSatisfy(c -> assertThat(c.passed()).as(c.requirement() + ": " + c.detail()).isTrue());
      assertThat(r.passed()).isTrue();
      assertThat(result(r, Requirement.ANSWERS_BOUND).detail()).contains("read bound", "dry-run write bound");
      assertThat(result(r, Requirement.REPLAY_REFUSED).detail()).isEqualTo("first 200, replay 401 REPLAYED");
      assertThat(result(r, Requirement.TAMPERED_DIGEST_REFUSED).detail()).isEqualTo("answered 401 DIGEST_INVALID");
      assertThat(result(r, Requirement.DRY_RUN_STORES_NOTHING).detail()).startsWith("2 outcomes (ACCEPTED ").endsWith(", no record id");
      // The evidence of a pass, in Vietnamese.
      assertBilingual(r);
      assertThat(result(r, Requirement.REPLAY_REFUSED).detail(VI)).isEqualTo("lần đầu 200, gửi lại 401 REPLAYED");
      assertThat(result(r, Requirement.TAMPERED_DIGEST_REFUSED).detail(VI)).isEqualTo("trả lời 401 DIGEST_INVALID");
      assertThat(result(r, Requirement.ANSWERS_SIGNED).detail(VI)).startsWith("Hub công bố ").contains(" khoá; ");
      assertThat(result(r, Requirement.DRY_RUN_STORES_NOTHING).detail(VI)).startsWith("2 kết quả (ACCEPTED ")
          .endsWith(", không có mã biểu ghi");
      assertThat(result(r, Requirement.CURSOR_PAGINATION).detail(VI)).startsWith("con trỏ ").contains(" rồi ");
      assertThat(reader.changesSince(null).count()).as("the suite's writes are dry runs or refused").isZero();
    }
  }

  @Test
  void aDetailIsAMessageOfTheCatalogueAndAnUnknownKeyIsRefusedAtOnce() {
    CheckResult c = new CheckResult(Requirement.CURSOR_PAGINATION, false, "CONFORMANCE_UNEXPECTED", List.of("Connection reset"));
    assertThat(c.detail()).isEqualTo("unexpected failure: \"Connection reset\"");
    // The English text from elsewhere is quoted data after a whole Vietnamese sentence.
    assertThat(c.detail(VI)).isEqualTo("lỗi không lường trước; thông báo gốc: \"Connection reset\"");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CheckResult(Requirement.CURSOR_PAGINATION, true, "NO_SUCH_KEY", List.of()))
        .isInstanceOf(java.util.MissingResourceException.class);
  }

  @Test
  void aKeyTheHubDoesNotTrustFailsTheWritingRequirementsAndSaysWhy() {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      ConformanceReport r = ConformanceSuite.builder().baseUrl(hub.baseUrl())
          .signingKey("VN-HaNoi-TVHN#nobody", HubFixtures.ed25519().getPrivate()).build().run();
      assertThat(r.passed()).isFalse();
      assertThat(r.results()).filteredOn(c -> !c.passed()).extracting(CheckResult::requirement)
          .contains(Requirement.REPLAY_REFUSED, Requirement.DRY_RUN_STORES_NOTHING, Requirement.BAD_RECORD_REJECTED);
      assertThat(result(r, Requirement.REPLAY_REFUSED).detail()).startsWith("the first send was answered 401 ").endsWith(", not 200");
      assertThat(result(r, Requirement.REPLAY_REFUSED).key()).isEqualTo("CONFORMANCE_FIRST_SEND");
      assertThat(result(r, Requirement.REPLAY_REFUSED).arguments()).hasSize(2).startsWith("401");
      // The reasons of the failures, in Vietnamese: the suite's own and the SDK's refusals alike.
      assertBilingual(r);
      assertThat(result(r, Requirement.REPLAY_REFUSED).detail(VI)).isEqualTo("lần gửi đầu được trả lời 401 "
          + result(r, Requirement.REPLAY_REFUSED).arguments().get(1) + ", không phải 200");
      // The hub's refusal, through the client: a Vietnamese sentence, then the hub's own detail quoted as data.
      CheckResult refused = result(r, Requirement.DRY_RUN_STORES_NOTHING);
      assertThat(refused.key()).isEqualTo("CONFORMANCE_HUB_REFUSED");
      assertThat(refused.detail()).startsWith("the hub refused the call (HTTP 401, ").contains("): \"").endsWith("\"");
      assertThat(refused.detail(VI)).isEqualTo("Hub từ chối yêu cầu (HTTP 401, " + refused.arguments().get(1) + "); thông báo gốc của hub: \""
          + refused.arguments().get(2) + "\"");
      assertThat(result(r, Requirement.ANSWERS_SIGNED).passed()).isTrue();
    }
  }

  @Test
  void aHubThatTakesAnotherHubsTargetAsItsOwnFailsTheTargetCheck() {
    KeyPair k = HubFixtures.ed25519();
    // The hub is told other.example is one of its public URLs: the write meant for it is accepted.
    int port = freePort();
    try (LibnetTestHub hub = LibnetTestHub.builder().port(port)
        .publicUrl(URI.create("http://127.0.0.1:" + port + "/"), URI.create("http://other.example/"))
        .trust(new VerificationKey(KEY_ID, SignatureAlgorithm.ED25519, k.getPublic())).start()) {
      ConformanceReport r = ConformanceSuite.builder().baseUrl(hub.baseUrl()).signingKey(KEY_ID, k.getPrivate()).build().run();
      assertThat(r.passed()).isFalse();
      assertThat(r.results()).filteredOn(c -> !c.passed()).extracting(CheckResult::requirement).containsExactly(Requirement.TARGET_MISMATCH);
      assertThat(result(r, Requirement.TARGET_MISMATCH).detail()).contains("answered 200", "not 401 TARGET_MISMATCH");
      assertThat(result(r, Requirement.TARGET_MISMATCH).detail(VI)).contains("trả lời 200", "không phải 401 TARGET_MISMATCH");
    }
  }

  @Test
  void aServerWhoseAnswersAreNotBoundOrThatTakesAnyReadFailsThoseChecksAndSaysWhy() throws Exception {
    KeyPair hubKey = HubFixtures.ed25519();
    VerificationKey published = new VerificationKey("VN-FAKE#hub", SignatureAlgorithm.ED25519, hubKey.getPublic());
    HttpServer fake = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    // Answers everything 200, signed, but for a request without its signature: not bound to it.
    fake.createContext("/", ex -> {
      byte[] body = ex.getRequestURI().getPath().equals("/.well-known/jwks.json")
          ? LibnetJson.mapper().writeValueAsBytes(Map.of("keys", List.of(published.toPublicJwk())))
          : "{\"items\":[],\"next\":\"c1\"}".getBytes();
      ex.getRequestBody().readAllBytes();
      HttpMessage unbound = LibnetSignatures.signResponse(HttpMessage.response(200).header("Content-Type", "application/json")
          .request(HttpMessage.request(ex.getRequestMethod(), URI.create("http://" + ex.getRequestHeaders().getFirst("Host") + ex.getRequestURI())).build()).body(body).build(),
          published.keyId(), SignatureAlgorithm.ED25519, hubKey.getPrivate(), Clock.systemUTC());
      ex.getResponseHeaders().set("Content-Type", "application/json");
      for (String h : new String[] {"Content-Digest", "Signature-Input", "Signature"}) {
        ex.getResponseHeaders().put(h, unbound.headers(h));
      }
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    fake.start();
    try {
      ConformanceReport r = ConformanceSuite.builder().baseUrl("http://127.0.0.1:" + fake.getAddress().getPort() + "/")
          .signingKey(KEY_ID, HubFixtures.ed25519().getPrivate()).build().run();
      assertThat(r.passed()).isFalse();
      assertThat(result(r, Requirement.ANSWERS_BOUND).passed()).isFalse();
      assertThat(result(r, Requirement.ANSWERS_BOUND).detail()).contains("does not cover the request's signature");
      assertThat(result(r, Requirement.ANSWERS_BOUND).detail(VI)).contains("không bao phủ chữ ký của yêu cầu");
      assertBilingual(r);
      assertThat(result(r, Requirement.SIGNED_READ_REFUSED).passed()).isFalse();
      assertThat(result(r, Requirement.TARGET_MISMATCH).passed()).isFalse();
    } finally {
      fake.stop(0);
    }
  }

  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
