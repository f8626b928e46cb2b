package vn.libnet.client.sru;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.client.sru.SruStub.marcRecord;
import static vn.libnet.client.sru.SruStub.response12;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.libnet.client.ClientFailure;
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.LibnetRedirectException;
import vn.libnet.client.LibnetTransportException;
import vn.libnet.client.OpenReadClient;
import vn.libnet.core.validation.ValidationIssue;

/** Faults of the network and of the bytes: the HTTP stack's rules hold for SRU, and bad bytes cost one record. */
class SruFaultsTest extends SruStubTest {

  @Test
  void a503WithRetryAfterIsWaitedForThenTheAnswerIsRead() {
    server.server.stubFor(SruStub.page(1).inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("ready"));
    server.server.stubFor(SruStub.page(1).inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/sru+xml").withBody(response12(1, marcRecord(1, "r1", "1"), ""))));
    long start = System.nanoTime();
    try (SruClient sru = server.client().build()) {
      assertThat(sru.searchRetrieve("x").records().map(SruStubTest::id).toList()).containsExactly("r1");
    }
    assertThat((System.nanoTime() - start) / 1_000_000).as("Retry-After: 1 was honoured").isGreaterThanOrEqualTo(900);
    server.server.verify(2, getRequestedFor(urlPathEqualTo("/sru")));
  }

  @Test
  void a503ForeverIsATransportFailureAndAStatusWithoutDiagnosticsABadResponse() {
    server.server.stubFor(SruStub.request().willReturn(aResponse().withStatus(503)));
    try (SruClient sru = server.client().build()) {
      assertThatThrownBy(sru::explain).isInstanceOfSatisfying(LibnetTransportException.class,
          e -> assertThat(e.messageKey()).isEqualTo("CLIENT_OPEN_UNAVAILABLE"));
    }
    server.server.verify(SruStub.QUICK.maxAttempts(), getRequestedFor(urlPathEqualTo("/sru")));
    server.server.resetAll();
    server.server.stubFor(SruStub.request().willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));
    try (SruClient sru = server.client().build()) {
      assertThatThrownBy(() -> sru.searchRetrieve("x")).isInstanceOfSatisfying(SruException.class, e -> {
        assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_BAD_RESPONSE);
        assertThat(e.messageKey()).isEqualTo("CLIENT_SRU_HTTP_STATUS");
        assertThat(e.message(Locale.ENGLISH)).contains("500");
      });
    }
  }

  @Test
  void redirectsAreFollowedAtMostFiveTimes() {
    server.server.stubFor(get(urlPathEqualTo("/old")).willReturn(aResponse().withStatus(301)
        .withHeader("Location", "/sru?operation=searchRetrieve&version=1.2&query=x&startRecord=1&maximumRecords=10")));
    server.answer(SruStub.page(1), response12(1, marcRecord(1, "moved", "1"), ""));
    try (SruClient sru = SruClient.builder().baseUrl("http://127.0.0.1:" + server.server.port() + "/old").retryPolicy(SruStub.QUICK).build()) {
      assertThat(sru.searchRetrieve("x").records().map(SruStubTest::id).toList()).containsExactly("moved");
    }
    for (int i = 0; i < 6; i++) {
      server.server.stubFor(get(urlPathEqualTo("/hop" + i)).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop" + (i + 1))));
    }
    try (SruClient sru = SruClient.builder().baseUrl("http://127.0.0.1:" + server.server.port() + "/hop0").build()) {
      assertThatThrownBy(sru::explain).isInstanceOfSatisfying(LibnetRedirectException.class,
          e -> assertThat(e.messageKey()).isEqualTo("CLIENT_REDIRECT_LIMIT"));
    }
  }

  @Test
  void anAnswerLongerThanTheLimitIsNotReadNorAskedAgain() {
    StringBuilder many = new StringBuilder();
    for (int i = 1; i <= 50; i++) {
      many.append(marcRecord(i, "r" + i, "x".repeat(100)));
    }
    server.answer(SruStub.page(1), response12(50, many.toString(), ""));
    try (OpenReadClient small = OpenReadClient.builder().retryPolicy(SruStub.QUICK).maxBodyBytes(4096).build();
        SruClient sru = server.client().httpClient(small).maximumRecords(50).build()) {
      assertThatThrownBy(() -> sru.searchRetrieve("x")).isInstanceOfSatisfying(LibnetClientException.class, e -> {
        assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_BAD_RESPONSE);
        assertThat(e.messageKey()).isEqualTo("CLIENT_OPEN_TOO_LARGE");
      });
    }
    server.server.verify(1, getRequestedFor(urlPathEqualTo("/sru")));
  }

  @Test
  void externalEntitiesAreNeverResolvedAndMalformedXmlNamesItsPlace() {
    server.answer(SruStub.request(), "<?xml version=\"1.0\"?><!DOCTYPE explainResponse [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<explainResponse xmlns=\"" + SruStub.SRW + "\"><version>&x;</version></explainResponse>");
    try (SruClient sru = server.client().build()) {
      assertThatThrownBy(sru::explain).isInstanceOfSatisfying(SruException.class,
          e -> assertThat(e.message(Locale.ENGLISH)).contains("\"x\"").doesNotContain("root:"));
    }
    server.server.resetAll();
    server.answer(SruStub.page(1), response12(1, "<record><recordData><a></recordData></record>", ""));
    try (SruClient sru = server.client().build()) {
      assertThatThrownBy(() -> sru.searchRetrieve("x")).isInstanceOfSatisfying(SruException.class,
          e -> assertThat(e.message(Locale.ENGLISH)).contains("line 2"));
    }
  }

  @Test
  void badBytesInOneRecordCostNeitherThePageNorTheOtherRecords() {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    String[] around = response12(4, "@", "").split("@");
    String[] three = marcRecord(3, "r3", "Ba@").split("@");
    page.writeBytes(around[0].replace("<R:", "<").getBytes(StandardCharsets.UTF_8));
    page.writeBytes(plain(marcRecord(1, "r1", "Một")));
    page.writeBytes(plain(marcRecord(2, "r2", "Hai\u0001\u0008 lỗi")));
    page.writeBytes(plain(three[0]));
    page.writeBytes(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
    page.writeBytes(plain(three[1]));
    page.writeBytes(plain(marcRecord(4, "r4", "Bốn")));
    page.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
    server.answer(SruStub.page(1), page.toByteArray(), "text/xml");
    try (SruClient sru = server.client().build()) {
      List<SruRecord> records = sru.searchRetrieve("x").records().toList();
      assertThat(records).extracting(SruStubTest::id).containsExactly("r1", "r2", "r3", "r4");
      assertThat(records.get(0).issues()).isEmpty();
      assertThat(records.get(3).issues()).isEmpty();
      assertThat(title(records.get(3))).isEqualTo("Bốn");
      assertThat(records.get(1).issues()).extracting(ValidationIssue::code).containsExactly("SRU_INVALID_XML_CHAR");
      assertThat(records.get(1).issues().get(0).arguments()).containsExactly("2", "2");
      assertThat(title(records.get(1))).isEqualTo("Hai lỗi");
      assertThat(records.get(2).issues()).extracting(ValidationIssue::code).containsExactly("SRU_BAD_UTF8");
      assertThat(title(records.get(2))).startsWith("Ba\uFFFD(");
      // The client's repairs travel with the MARC record read from it.
      assertThat(records.get(2).marcRecords(vn.libnet.marc.io.ReadOptions.lenient()).get(0).issues())
          .extracting(ValidationIssue::code).contains("SRU_BAD_UTF8");
    }
  }

  /** A crafted record without the stub's R: prefix marks (no prefix), as bytes. */
  private static byte[] plain(String record) {
    return record.replace("<R:", "<").replace("</R:", "</").getBytes(StandardCharsets.UTF_8);
  }
}
