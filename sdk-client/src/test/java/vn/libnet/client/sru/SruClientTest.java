package vn.libnet.client.sru;

import vn.libnet.core.sru.SruVersion;
import vn.libnet.core.sru.SruDiagnosticCode;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.client.sru.SruStub.diagnostic;
import static vn.libnet.client.sru.SruStub.diagnostics;
import static vn.libnet.client.sru.SruStub.marcRecord;
import static vn.libnet.client.sru.SruStub.next;
import static vn.libnet.client.sru.SruStub.response;
import static vn.libnet.client.sru.SruStub.response12;
import static vn.libnet.client.sru.SruStub.stringRecord;
import static vn.libnet.client.sru.SruStub.surrogate;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.libnet.client.ClientFailure;
import vn.libnet.core.error.LibnetExceptions;
import vn.libnet.core.i18n.Messages;

/** The client against crafted answers: versions, prefixes, packing, paging, diagnostics. */
class SruClientTest extends SruStubTest {

  static Stream<Arguments> prefixesAndVersions() {
    return Stream.of(Arguments.of("", SruStub.SRW, SruVersion.V1_2), Arguments.of("zs", SruStub.SRW, SruVersion.V1_2),
        Arguments.of("srw", SruStub.SRW, SruVersion.V1_1), Arguments.of("sru", SruStub.SRU2, SruVersion.V2_0),
        Arguments.of("", SruStub.SRU2, SruVersion.V2_0));
  }

  @ParameterizedTest
  @MethodSource("prefixesAndVersions")
  void everyPrefixAndBothNamespacesPageAlike(String prefix, String namespace, SruVersion version) {
    String v = version.protocolVersion();
    server.answer(SruStub.page(1), response(prefix, namespace, v, 5, marcRecord(1, "a1", "Một") + marcRecord(2, "a2", "Hai"), next(3)));
    server.answer(SruStub.page(3), response(prefix, namespace, v, 5, marcRecord(3, "a3", "Ba") + marcRecord(4, "a4", "Bốn"), next(5)));
    server.answer(SruStub.page(5), response(prefix, namespace, v, 5, marcRecord(5, "a5", "Năm"), ""));
    try (SruClient sru = server.client().sruVersion(version).maximumRecords(2).recordSchema("marcxml").build()) {
      SruResult result = sru.searchRetrieve("dc.title = \"lịch sử\"");
      assertThat(result.numberOfRecords()).isEqualTo(5);
      assertThat(result.version()).isEqualTo(v);
      List<SruRecord> records = result.records().toList();
      assertThat(records).extracting(SruStubTest::id).containsExactly("a1", "a2", "a3", "a4", "a5");
      assertThat(records).extracting(SruStubTest::title).containsExactly("Một", "Hai", "Ba", "Bốn", "Năm");
      assertThat(records).extracting(SruRecord::position).containsExactly(1, 2, 3, 4, 5);
    }
    server.server.verify(3, getRequestedFor(urlPathEqualTo("/sru")));
    if (version == SruVersion.V2_0) {
      server.server.verify(3, getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("operation", absent())
          .withQueryParam("version", equalTo("2.0")).withQueryParam("recordXMLEscaping", equalTo("xml"))
          .withQueryParam("recordPacking", absent()).withQueryParam("query", equalTo("dc.title = \"lịch sử\"")));
    } else {
      server.server.verify(3, getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("operation", equalTo("searchRetrieve"))
          .withQueryParam("version", equalTo(v)).withQueryParam("recordPacking", equalTo("xml"))
          .withQueryParam("maximumRecords", equalTo("2")).withQueryParam("recordSchema", equalTo("marcxml")));
    }
  }

  @Test
  void stringAndXmlPackingGiveTheSameRecords() {
    server.answer(SruStub.page(1), response12(3, marcRecord(1, "x1", "Hoa & lá") + stringRecord(2, "s2", "Hoa & lá")
        + stringRecord(3, "s3", "Truyện Kiều"), ""));
    try (SruClient sru = server.client().recordPacking(SruRecordPacking.STRING).build()) {
      List<SruRecord> records = sru.searchRetrieve("cql.allRecords = 1").records().toList();
      assertThat(records).extracting(SruStubTest::id).containsExactly("x1", "s2", "s3");
      assertThat(records).extracting(SruStubTest::title).containsExactly("Hoa & lá", "Hoa & lá", "Truyện Kiều");
      assertThat(records.get(1).data()).startsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\">");
    }
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("recordPacking", equalTo("string")));
    try (SruClient sru = server.client().sruVersion(SruVersion.V2_0).recordPacking(SruRecordPacking.STRING).build()) {
      sru.searchRetrieve("cql.allRecords = 1").records().toList();
    }
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("recordXMLEscaping", equalTo("string")));
  }

  @Test
  void aServerIgnoringMaximumRecordsLosesAndRepeatsNothing() {
    // Asked for 2, it sends 4 and says the next page starts at 3 (what it would say had it obeyed).
    server.answer(SruStub.page(1), response12(7, marcRecord(1, "r1", "1") + marcRecord(2, "r2", "2") + marcRecord(3, "r3", "3")
        + marcRecord(4, "r4", "4"), next(3)));
    server.answer(SruStub.page(5), response12(7, marcRecord(5, "r5", "5") + marcRecord(6, "r6", "6") + marcRecord(7, "r7", "7"), ""));
    // Had the client followed nextRecordPosition it would see 3 and 4 again.
    server.answer(SruStub.page(3), response12(7, marcRecord(3, "r3", "3") + marcRecord(4, "r4", "4"), next(5)));
    try (SruClient sru = server.client().maximumRecords(2).build()) {
      assertThat(sru.searchRetrieve("x").records().map(SruStubTest::id).toList())
          .containsExactly("r1", "r2", "r3", "r4", "r5", "r6", "r7");
    }
    server.server.verify(0, getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("startRecord", equalTo("3")));
    server.server.verify(2, getRequestedFor(urlPathEqualTo("/sru")));
  }

  @Test
  void overlappingPagesWithoutNextRecordPositionAndAServerIgnoringStartRecordEndCleanly() {
    // No nextRecordPosition: the count says more remain, so the client asks on after the last record seen.
    server.answer(SruStub.page(1), response12(4, marcRecord(1, "r1", "1") + marcRecord(2, "r2", "2"), ""));
    // This page overlaps the first (it starts one early): the repeated record is not handed out twice.
    server.answer(SruStub.page(3), response12(4, marcRecord(2, "r2", "2") + marcRecord(3, "r3", "3") + marcRecord(4, "r4", "4"), ""));
    try (SruClient sru = server.client().maximumRecords(2).build()) {
      assertThat(sru.searchRetrieve("x").records().map(SruStubTest::id).toList()).containsExactly("r1", "r2", "r3", "r4");
    }
    server.server.resetAll();
    // A server that always answers its first page, whatever startRecord says: one page, then the stream ends.
    server.answer(SruStub.request(), response12(100, marcRecord(1, "r1", "1") + marcRecord(2, "r2", "2"), next(3)));
    try (SruClient sru = server.client().maximumRecords(2).build()) {
      assertThat(sru.searchRetrieve("x").records().map(SruStubTest::id).toList()).containsExactly("r1", "r2");
    }
    server.server.verify(2, getRequestedFor(urlPathEqualTo("/sru")));
  }

  @Test
  void aFatalDiagnosticIsTypedInBothVersionsAndBothLanguages() {
    server.answer(SruStub.page(1), response12(0, "", diagnostics(diagnostic(10, "dc.title = (", "Query syntax error"))));
    try (SruClient sru = server.client().build()) {
      assertThatThrownBy(() -> sru.searchRetrieve("dc.title = (")).isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
        assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.QUERY_SYNTAX_ERROR);
        assertThat(e.diagnostic().number()).isEqualTo(10);
        assertThat(e.diagnostic().details()).isEqualTo("dc.title = (");
        assertThat(e.diagnostic().message()).isEqualTo("Query syntax error");
        assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_SRU_DIAGNOSTIC);
        assertThat(e.message(Locale.ENGLISH)).contains("info:srw/diagnostic/1/10").contains("Query syntax error");
        assertThat(e.message(Messages.VIETNAMESE)).contains("Máy chủ SRU").contains("info:srw/diagnostic/1/10");
      });
    }
    // SRU 2.0's diagnostic namespace, no numberOfRecords at all, and an HTTP 400 as some servers send it.
    String v2 = "<sru:searchRetrieveResponse xmlns:sru=\"" + SruStub.SRU2 + "\"><sru:version>2.0</sru:version><sru:diagnostics>"
        + "<diag:diagnostic xmlns:diag=\"http://docs.oasis-open.org/ns/search-ws/diagnostic\"><diag:uri>info:srw/diagnostic/1/16</diag:uri>"
        + "<diag:details>bib.nothing</diag:details></diag:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>";
    server.server.stubFor(SruStub.page(1).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/sru+xml").withBody(v2)));
    try (SruClient sru = server.client().sruVersion(SruVersion.V2_0).build()) {
      assertThatThrownBy(() -> sru.searchRetrieve("bib.nothing = x")).isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
        assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.UNSUPPORTED_INDEX);
        assertThat(e.diagnostic().details()).isEqualTo("bib.nothing");
        assertThat(e.diagnostic().message()).isEmpty();
      });
    }
  }

  @Test
  void aFatalDiagnosticOnALaterPageStopsTheStreamAfterTheRecordsBeforeIt() {
    server.answer(SruStub.page(1), response12(4, marcRecord(1, "r1", "1") + marcRecord(2, "r2", "2"), next(3)));
    server.answer(SruStub.page(3), response12(0, "", diagnostics(diagnostic(61, "3", "First record position out of range"))));
    List<String> read = new java.util.ArrayList<>();
    try (SruClient sru = server.client().maximumRecords(2).build()) {
      assertThatThrownBy(() -> sru.searchRetrieve("x").records().forEach(r -> read.add(id(r))))
          .isInstanceOfSatisfying(SruDiagnosticException.class,
              e -> assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.FIRST_RECORD_OUT_OF_RANGE));
    }
    assertThat(read).containsExactly("r1", "r2");
  }

  @Test
  void nonFatalDiagnosticsComeWithTheResultAndAskingOnlyTheCountIsNotAFailure() {
    server.answer(SruStub.page(1), response12(1, marcRecord(1, "r1", "1"), diagnostics(diagnostic(35, "the", "Term contains only stopwords"))));
    try (SruClient sru = server.client().build()) {
      SruResult result = sru.searchRetrieve("the and hoa");
      assertThat(result.diagnostics()).extracting(SruDiagnostic::number).containsExactly(35);
      assertThat(result.diagnostics().get(0).code()).isEqualTo(SruDiagnosticCode.OTHER);
      assertThat(result.records().map(SruStubTest::id).toList()).containsExactly("r1");
      assertThatThrownBy(result::records).isInstanceOf(IllegalStateException.class);
    }
    server.server.resetAll();
    server.answer(SruStub.page(1), response12(42, "", diagnostics(diagnostic(66, "nope", "Unknown schema for retrieval"))));
    try (SruClient sru = server.client().maximumRecords(0).build()) {
      SruResult count = sru.searchRetrieve("x");
      assertThat(count.numberOfRecords()).isEqualTo(42);
      assertThat(count.diagnostics()).extracting(SruDiagnostic::code).containsExactly(SruDiagnosticCode.UNKNOWN_SCHEMA);
      assertThat(count.records()).isEmpty();
    }
    try (SruClient sru = server.client().build()) {
      // Records were asked and none came: the same diagnostic is fatal.
      assertThatThrownBy(() -> sru.searchRetrieve("x")).isInstanceOfSatisfying(SruDiagnosticException.class,
          e -> assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.UNKNOWN_SCHEMA));
    }
  }

  @Test
  void aSurrogateDiagnosticMidPageCostsOnlyItsRecord() {
    String packedSurrogate = "<R:record><R:recordSchema>info:srw/schema/1/diagnostics-v1.1</R:recordSchema><R:recordPacking>string"
        + "</R:recordPacking><R:recordData>" + diagnostic(68, "4", "Not authorised").replace("<", "&lt;").replace(">", "&gt;")
        + "</R:recordData><R:recordPosition>4</R:recordPosition></R:record>";
    server.answer(SruStub.page(1), response("zs", SruStub.SRW, "1.2", 5, marcRecord(1, "r1", "1") + surrogate(2, 64, "2")
        + marcRecord(3, "r3", "3") + packedSurrogate + marcRecord(5, "r5", "5"), ""));
    try (SruClient sru = server.client().build()) {
      List<SruRecord> records = sru.searchRetrieve("x").records().toList();
      assertThat(records).extracting(SruRecord::position).containsExactly(1, 2, 3, 4, 5);
      assertThat(records).extracting(SruRecord::surrogate).containsExactly(false, true, false, true, false);
      assertThat(records.get(1).diagnostic().orElseThrow().code()).isEqualTo(SruDiagnosticCode.RECORD_TEMPORARILY_UNAVAILABLE);
      assertThat(records.get(1).diagnostic().orElseThrow().details()).isEqualTo("2");
      assertThat(records.get(1).marcRecords(vn.libnet.marc.io.ReadOptions.lenient())).isEmpty();
      assertThat(records.get(1).bibRecord()).isEmpty();
      assertThat(records.get(3).diagnostic().orElseThrow().code()).isEqualTo(SruDiagnosticCode.NOT_AUTHORISED_TO_SEND_RECORD);
      assertThat(records.get(3).diagnostic().orElseThrow().message()).isEqualTo("Not authorised");
      assertThat(id(records.get(4))).isEqualTo("r5");
    }
  }

  @Test
  void scanGivesTermsWithCountsAndQuotesTheTerm() {
    String scan = "<scanResponse xmlns=\"" + SruStub.SRW + "\"><version>1.2</version><terms>"
        + "<term><value>hoa</value><numberOfRecords>12</numberOfRecords><whereInList>first</whereInList></term>"
        + "<term><value>hoà bình</value><numberOfRecords>3</numberOfRecords><displayTerm>Hoà bình</displayTerm></term>"
        + "<term><value>hoang</value></term></terms></scanResponse>";
    server.answer(SruStub.request().withQueryParam("operation", equalTo("scan")), scan);
    try (SruClient sru = server.client().build()) {
      assertThat(sru.scan("dc.title", "hoa \"x\"", 3)).containsExactly(new SruTerm("hoa", 12, "", "first"),
          new SruTerm("hoà bình", 3, "Hoà bình", ""), new SruTerm("hoang", -1, "", ""));
    }
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("scanClause", equalTo("dc.title=\"hoa \\\"x\\\"\""))
        .withQueryParam("maximumTerms", equalTo("3")).withQueryParam("version", equalTo("1.2")));
    server.server.resetAll();
    server.answer(SruStub.request(), "<scanResponse xmlns=\"" + SruStub.SRW + "\"><version>1.2</version>"
        + "<diagnostics>" + diagnostic(4, "scan", "Unsupported operation") + "</diagnostics></scanResponse>");
    try (SruClient sru = server.client().build()) {
      assertThatThrownBy(() -> sru.scan("dc.title", "hoa")).isInstanceOfSatisfying(SruDiagnosticException.class,
          e -> assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.UNSUPPORTED_OPERATION));
      assertThatThrownBy(sru::explain).isInstanceOfSatisfying(SruException.class,
          e -> assertThat(e.message(Locale.ENGLISH)).contains("scanResponse, not explainResponse"));
    }
  }

  @Test
  void sruExceptionsSurviveSerialisation() {
    SruDiagnosticException e = new SruDiagnosticException("http://sru.example.vn/sru",
        List.of(new SruDiagnostic("info:srw/diagnostic/1/16", "bib.x", "Unsupported index")));
    SruDiagnosticException back = LibnetExceptions.assertSurvivesSerialization(e);
    assertThat(back.diagnostic().code()).isEqualTo(SruDiagnosticCode.UNSUPPORTED_INDEX);
    assertThat(back.diagnostics()).hasSize(1);
    assertThat(back.message(Messages.VIETNAMESE)).contains("bib.x");
  }

  @Test
  void diagnosticNumbersAndCodes() {
    assertThat(new SruDiagnostic("info:srw/diagnostic/1/71", "", "").code()).isEqualTo(SruDiagnosticCode.UNSUPPORTED_RECORD_PACKING);
    assertThat(new SruDiagnostic("info:srw/diagnostic/12/3", "", "").number()).isEqualTo(-1);
    assertThat(new SruDiagnostic("info:srw/diagnostic/1/x", "", "").code()).isEqualTo(SruDiagnosticCode.OTHER);
    for (SruDiagnosticCode c : SruDiagnosticCode.values()) {
      if (c != SruDiagnosticCode.OTHER) {
        assertThat(new SruDiagnostic("info:srw/diagnostic/1/" + c.number(), "", "").code()).isEqualTo(c);
      }
    }
    assertThat(SruVersion.fromProtocol(" 2.0 ")).isEqualTo(SruVersion.V2_0);
    assertThat(SruVersion.fromProtocol("3")).isNull();
  }
}
