package vn.libnet.client.oai;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.client.oai.OaiStub.dcRecord;
import static vn.libnet.client.oai.OaiStub.envelope;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.libnet.client.ClientFailure;
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.OpenReadClient;
import vn.libnet.client.LibnetRedirectException;
import vn.libnet.client.LibnetTransportException;
import vn.libnet.core.error.LibnetExceptions;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.validation.ValidationIssue;

class OaiFaultsTest extends OaiStubTest {

  @ParameterizedTest
  @EnumSource(value = OaiErrorCode.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
  void everyOaiErrorIsTyped(OaiErrorCode code) {
    repo.first("GetRecord", OaiStub.error("GetRecord", code.protocolCode(), "said the repository"));
    assertThatThrownBy(() -> oai.getRecord("oai:r:1", "oai_dc")).isInstanceOfSatisfying(OaiErrorException.class, e -> {
      assertThat(e.oaiError()).isEqualTo(code);
      assertThat(e.protocolCode()).isEqualTo(code.protocolCode());
      assertThat(e.repositoryMessage()).isEqualTo("said the repository");
      assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_OAI_ERROR);
      assertThat(e.message(Locale.ENGLISH)).contains(code.protocolCode());
      assertThat(e.message(Messages.VIETNAMESE)).contains("Kho OAI-PMH").contains(code.protocolCode());
    });
  }

  @Test
  void anUnknownCodeAnExpiredTokenAndAnErrorSentWithA4xxAreTypedToo() {
    repo.first("ListSets", OaiStub.error("ListSets", "tooBusy", ""));
    assertThatThrownBy(() -> oai.listSets().toList()).isInstanceOfSatisfying(OaiErrorException.class,
        e -> assertThat(e.oaiError()).isEqualTo(OaiErrorCode.UNKNOWN));

    repo.first("ListRecords", envelope("ListRecords", dcRecord("oai:r:1", "Một") + OaiStub.token("old")));
    repo.page("ListRecords", "old", OaiStub.error("ListRecords", "badResumptionToken", "expired"));
    assertThatThrownBy(() -> oai.listRecords("oai_dc", null, null, null).toList()).isInstanceOfSatisfying(OaiErrorException.class,
        e -> assertThat(e.oaiError()).isEqualTo(OaiErrorCode.BAD_RESUMPTION_TOKEN));

    repo.server.stubFor(OaiStub.request("GetRecord").willReturn(aResponse().withStatus(404)
        .withBody(OaiStub.error("GetRecord", "idDoesNotExist", "no such id"))));
    assertThatThrownBy(() -> oai.getRecord("oai:x", "oai_dc")).isInstanceOfSatisfying(OaiErrorException.class,
        e -> assertThat(e.oaiError()).isEqualTo(OaiErrorCode.ID_DOES_NOT_EXIST));
  }

  @Test
  void oaiExceptionsSurviveSerialisation() {
    OaiErrorException e = new OaiErrorException("http://repo.example.vn/oai", "badVerb", "no such verb");
    OaiErrorException back = LibnetExceptions.assertSurvivesSerialization(e);
    assertThat(back.oaiError()).isEqualTo(OaiErrorCode.BAD_VERB);
    assertThat(back.message(Messages.VIETNAMESE)).contains("badVerb");
  }

  @Test
  void aNonOaiAnswerIsABadResponse() {
    repo.server.stubFor(OaiStub.request("Identify").willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));
    assertThatThrownBy(oai::identify).isInstanceOfSatisfying(OaiException.class, e -> {
      assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_BAD_RESPONSE);
      assertThat(e.messageKey()).isEqualTo("CLIENT_OAI_HTTP_STATUS");
      assertThat(e.message(Locale.ENGLISH)).contains("500");
    });
    repo.first("ListSets", "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><ListSets><set><setSpec>a</set></ListSets></OAI-PMH>");
    assertThatThrownBy(() -> oai.listSets().toList()).isInstanceOfSatisfying(OaiException.class,
        e -> assertThat(e.message(Locale.ENGLISH)).contains("line 1"));
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    repo.first("Identify", "<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><Identify><repositoryName>&x;</repositoryName></Identify></OAI-PMH>");
    // With DTDs off the entity is never declared, so its use is refused rather than read from the file.
    assertThatThrownBy(oai::identify).isInstanceOfSatisfying(OaiException.class, e -> {
      assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_BAD_RESPONSE);
      assertThat(e.message(Locale.ENGLISH)).contains("\"x\"").doesNotContain("root:");
    });
  }

  @Test
  void aStylesheetCommentsAndTwoErrorsBeforeTheRootAreRead() {
    repo.first("Identify", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"static/style.xsl\"?>\n"
        + "<!-- licence -->" + envelope("Identify", "<repositoryName>R</repositoryName>").substring(39));
    assertThat(oai.identify().repositoryName()).isEqualTo("R");
    repo.first("ListSets", OaiStub.error("ListSets", "badArgument", "first").replace("</OAI-PMH>",
        "<error code=\"badVerb\">second</error></OAI-PMH>"));
    assertThatThrownBy(() -> oai.listSets().toList()).isInstanceOfSatisfying(OaiErrorException.class,
        e -> assertThat(e.oaiError()).isEqualTo(OaiErrorCode.BAD_ARGUMENT));
  }

  @Test
  void a503WithRetryAfterIsWaitedForThenTheAnswerIsRead() {
    repo.server.stubFor(OaiStub.request("Identify").inScenario("busy").whenScenarioStateIs(STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("ready"));
    repo.server.stubFor(OaiStub.request("Identify").inScenario("busy").whenScenarioStateIs("ready")
        .willReturn(aResponse().withStatus(200).withBody(envelope("Identify", "<repositoryName>R</repositoryName>"))));
    long start = System.nanoTime();
    assertThat(oai.identify().repositoryName()).isEqualTo("R");
    assertThat((System.nanoTime() - start) / 1_000_000).as("Retry-After: 1 was honoured").isGreaterThanOrEqualTo(900);
    repo.server.verify(2, getRequestedFor(urlPathEqualTo("/oai")));
  }

  @Test
  void a503ForeverIsATransportFailureWithinThePolicy() {
    repo.server.stubFor(OaiStub.request("Identify").willReturn(aResponse().withStatus(503)));
    assertThatThrownBy(oai::identify).isInstanceOfSatisfying(LibnetTransportException.class, e -> {
      assertThat(e.messageKey()).isEqualTo("CLIENT_OPEN_UNAVAILABLE");
      assertThat(e.message(Locale.ENGLISH)).contains("503");
      assertThat(e.message(Messages.VIETNAMESE)).contains("503");
    });
    repo.server.verify(OaiStub.QUICK.maxAttempts(), getRequestedFor(urlPathEqualTo("/oai")));
    repo.server.resetAll();
    // A wait past the policy's cap is not waited for.
    repo.server.stubFor(OaiStub.request("Identify").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "3600")));
    assertThatThrownBy(oai::identify).isInstanceOfSatisfying(LibnetTransportException.class,
        e -> assertThat(e.message(Locale.ENGLISH)).contains("3600"));
    repo.server.verify(1, getRequestedFor(urlPathEqualTo("/oai")));
    repo.server.stop();
    assertThatThrownBy(oai::identify).isInstanceOfSatisfying(LibnetTransportException.class,
        e -> assertThat(e.message(Locale.ENGLISH)).contains("could not be reached"));
  }

  @Test
  void aPageLongerThanTheLimitIsNotReadNorAskedAgain() {
    String big = envelope("ListSets", "<set><setSpec>a</setSpec><setName>" + "x".repeat(4000) + "</setName></set>");
    repo.server.stubFor(OaiStub.request("ListSets").willReturn(aResponse().withStatus(200).withBody(big)));
    repo.server.stubFor(OaiStub.request("Identify").willReturn(aResponse().withStatus(200).withBody(big).withChunkedDribbleDelay(4, 20)));
    try (OpenReadClient small = OpenReadClient.builder().retryPolicy(OaiStub.QUICK).maxBodyBytes(1024).build();
        OaiHarvester limited = OaiHarvester.builder().baseUrl(repo.baseUrl()).httpClient(small).build()) {
      // Refused by its Content-Length, and, sent in chunks without one, once 1024 bytes were read.
      assertThatThrownBy(() -> limited.listSets().toList()).isInstanceOfSatisfying(LibnetClientException.class, e -> {
        assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_BAD_RESPONSE);
        assertThat(e.message(Locale.ENGLISH)).contains("1024");
      });
      assertThatThrownBy(limited::identify).isInstanceOfSatisfying(LibnetClientException.class,
          e -> assertThat(e.messageKey()).isEqualTo("CLIENT_OPEN_TOO_LARGE"));
    }
    repo.server.verify(2, getRequestedFor(urlPathEqualTo("/oai")));
  }

  @Test
  void redirectsAreFollowedAtMostFiveTimes() {
    repo.server.stubFor(get(urlPathEqualTo("/old")).willReturn(aResponse().withStatus(301).withHeader("Location", "/oai?verb=Identify")));
    repo.first("Identify", envelope("Identify", "<repositoryName>Moved</repositoryName>"));
    try (OaiHarvester moved = OaiHarvester.builder().baseUrl("http://127.0.0.1:" + repo.server.port() + "/old").build()) {
      assertThat(moved.identify().repositoryName()).isEqualTo("Moved");
    }
    for (int i = 0; i < 6; i++) {
      repo.server.stubFor(get(urlPathEqualTo("/hop" + i)).willReturn(aResponse().withStatus(302).withHeader("Location", "/hop" + (i + 1))));
    }
    try (OaiHarvester loop = OaiHarvester.builder().baseUrl("http://127.0.0.1:" + repo.server.port() + "/hop0").build()) {
      assertThatThrownBy(loop::identify).isInstanceOfSatisfying(LibnetRedirectException.class,
          e -> assertThat(e.messageKey()).isEqualTo("CLIENT_REDIRECT_LIMIT"));
    }
  }

  @Test
  void badBytesInOneRecordCostNeitherThePageNorTheOtherRecords() throws Exception {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    String head = envelope("ListRecords", "@").split("@")[0];
    String tail = envelope("ListRecords", "@").split("@")[1];
    page.write(head.getBytes(StandardCharsets.UTF_8));
    page.write(dcRecord("oai:r:1", "Một").getBytes(StandardCharsets.UTF_8));
    page.write(dcRecord("oai:r:2", "Hai\u0001\u0008 lỗi").getBytes(StandardCharsets.UTF_8));
    String[] three = dcRecord("oai:r:3", "Ba@").split("@");
    page.write(three[0].getBytes(StandardCharsets.UTF_8));
    page.write(new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF});
    page.write(three[1].getBytes(StandardCharsets.UTF_8));
    page.write(dcRecord("oai:r:4", "Bốn").getBytes(StandardCharsets.UTF_8));
    page.write(tail.getBytes(StandardCharsets.UTF_8));
    repo.answer(OaiStub.request("ListRecords"), page.toByteArray());

    List<OaiRecord> records = oai.listRecords("oai_dc", null, null, null).toList();
    assertThat(records).extracting(r -> r.header().identifier()).containsExactly("oai:r:1", "oai:r:2", "oai:r:3", "oai:r:4");
    assertThat(records.get(0).issues()).isEmpty();
    assertThat(records.get(3).issues()).isEmpty();
    assertThat(records.get(3).bibRecord().orElseThrow().mainTitle().orElseThrow().title()).isEqualTo("Bốn");
    assertThat(records.get(1).issues()).extracting(ValidationIssue::code).containsExactly("OAI_INVALID_XML_CHAR");
    assertThat(records.get(1).issues().get(0).arguments()).containsExactly("oai:r:2", "2");
    assertThat(records.get(1).bibRecord().orElseThrow().mainTitle().orElseThrow().title()).isEqualTo("Hai lỗi");
    assertThat(records.get(2).issues()).extracting(ValidationIssue::code).containsExactly("OAI_BAD_UTF8");
    assertThat(records.get(2).issues().get(0).message()).contains("oai:r:3");
    assertThat(records.get(2).bibRecord().orElseThrow().mainTitle().orElseThrow().title()).startsWith("Ba\uFFFD(");
  }
}
