package vn.libnet.client.sru;

import vn.libnet.core.sru.SruVersion;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.IdentifierType;

/** Responses recorded from real SRU servers (see real/README.txt for each file's origin and licence). */
class SruRealResponsesTest extends SruStubTest {

  @Test
  void dnbMarcxmlAcrossThreeRealPagesWhoseLastNamesAPositionPastTheEnd() {
    server.answer(SruStub.page(1), SruStub.real("catmandu-1.xml"), "text/xml;charset=UTF-8");
    server.answer(SruStub.page(11), SruStub.real("catmandu-11.xml"), "text/xml;charset=UTF-8");
    server.answer(SruStub.page(21), SruStub.real("catmandu-21.xml"), "text/xml;charset=UTF-8");
    try (SruClient sru = server.client().sruVersion(SruVersion.V1_1).recordSchema("MARC21-xml").build()) {
      SruResult result = sru.searchRetrieve("tit=soil and biology");
      assertThat(result.numberOfRecords()).isEqualTo(23);
      assertThat(result.version()).isEqualTo("1.1");
      List<SruRecord> records = result.records().toList();
      assertThat(records).extracting(SruRecord::position).containsExactlyElementsOf(range(1, 23));
      assertThat(records).extracting(SruStubTest::id).startsWith("105225165X", "98815479X").endsWith("011197684", "016305078", "01216822X")
          .doesNotHaveDuplicates();
      assertThat(records).allSatisfy(r -> {
        assertThat(r.schema()).isEqualTo("MARC21-xml");
        assertThat(r.surrogate()).isFalse();
        assertThat(r.issues()).isEmpty();
      });
      assertThat(title(records.get(0))).isEqualTo("Botanica Pacifica");
      assertThat(result.diagnostics()).isEmpty();
    }
    // nextRecordPosition 24 on the last page is past numberOfRecords 23: not asked.
    server.server.verify(3, getRequestedFor(urlPathEqualTo("/sru")));
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("operation", equalTo("searchRetrieve"))
        .withQueryParam("version", equalTo("1.1")).withQueryParam("query", equalTo("tit=soil and biology"))
        .withQueryParam("recordSchema", equalTo("MARC21-xml")).withQueryParam("recordPacking", equalTo("xml"))
        .withQueryParam("maximumRecords", equalTo("10")).withQueryParam("startRecord", equalTo("11")));
  }

  @Test
  void zsPrefixAMarcPrefixDeclaredOnTheRootAndNoNextRecordPositionAlthoughRecordsRemain() {
    server.answer(SruStub.page(1), SruStub.real("catmandu-marcxml_ns_prefix.xml"), "text/xml");
    List<SruRecord> read = new ArrayList<>();
    try (SruClient sru = server.client().maximumRecords(5).build()) {
      SruResult result = sru.searchRetrieve("bath.possessingInstitution=D-B");
      assertThat(result.numberOfRecords()).isEqualTo(79446);
      // The recorded answer has no nextRecordPosition; 79446 match, so the client asks on from 6 (not recorded: a 404).
      assertThatThrownBy(() -> result.records().forEach(read::add)).isInstanceOfSatisfying(SruException.class,
          e -> assertThat(e.messageKey()).isEqualTo("CLIENT_SRU_HTTP_STATUS"));
    }
    assertThat(read).extracting(SruStubTest::id).containsExactly("004641415", "004641416", "004641417", "004641418", "046414174");
    assertThat(read).extracting(SruRecord::position).containsExactly(1, 2, 3, 4, 5);
    assertThat(read.get(0).data()).contains("http://www.loc.gov/MARC21/slim");
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("startRecord", equalTo("6")));
  }

  @Test
  void dnbOaiDcInSru11IntoBibRecords() {
    server.answer(SruStub.page(1), SruStub.real("sruthi-response_single_sru11.xml"), "text/xml");
    try (SruClient sru = server.client().maximumRecords(1).build()) {
      SruResult result = sru.searchRetrieve("Zurich");
      assertThat(result.numberOfRecords()).isEqualTo(8985);
      SruRecord r = result.records().findFirst().orElseThrow();
      assertThat(r.schema()).isEqualTo("oai_dc");
      BibRecord bib = r.bibRecord().orElseThrow();
      assertThat(bib.id()).isEqualTo("sru:1");
      assertThat(bib.mainTitle().orElseThrow().title()).isEqualTo("Moving Art : East Asian Objects and Their Journeys to the West");
      assertThat(bib.contributors().get(0).name()).isEqualTo("Thomsen, Hans Bjarne");
      assertThat(bib.publication().year()).isEqualTo(2024);
      assertThat(bib.languages()).containsExactly("eng");
      assertThat(bib.identifiers()).extracting(i -> i.type()).contains(IdentifierType.OTHER);
    }
  }

  @Test
  void aPageAskedFromTenWithPositionsEndsWhereTheCallerStops() {
    server.answer(SruStub.page(10), SruStub.real("sruthi-test_searchretrieve_sru11.xml"), "text/xml");
    try (SruClient sru = server.client().maximumRecords(12).recordSchema("oai_dc").build()) {
      List<SruRecord> records = sru.searchRetrieve("Zürichsee", 10).records().limit(12).toList();
      assertThat(records).extracting(SruRecord::position).containsExactlyElementsOf(range(10, 21));
      assertThat(records.get(0).bibRecord().orElseThrow().mainTitle().orElseThrow().title()).isEqualTo("2021,Nr.1");
    }
    // The stream was cut at 12: page 22 is never asked.
    server.server.verify(1, getRequestedFor(urlPathEqualTo("/sru")));
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("query", equalTo("Zürichsee")));
  }

  @Test
  void sruDcRecordsWithoutPositionsInANamespaceLackingItsSlashAndANextRecordPositionAlreadyHandedOut() {
    // A real answer: no recordPosition, nextRecordPosition 10 after records 1 to 10, numberOfRecords 10.
    server.answer(SruStub.page(1), SruStub.real("sruthi-test_searchretrieve_warning.xml"), "text/xml");
    try (SruClient sru = server.client().recordSchema("info:srw/schema/1/dc-v1.1").build()) {
      List<SruRecord> records = sru.searchRetrieve("dc.title = Zürich").records().toList();
      assertThat(records).extracting(SruRecord::position).containsExactlyElementsOf(range(1, 10));
      List<BibRecord> bibs = records.stream().map(r -> r.bibRecord().orElseThrow()).toList();
      assertThat(bibs.get(0).mainTitle().orElseThrow().title()).isEqualTo("Zürich");
      assertThat(bibs.get(1).contributors().get(0).name()).isEqualTo("Wälti, Hans, 1902-");
      assertThat(bibs.get(9).identifiers()).extracting(i -> i.type()).containsExactly(IdentifierType.ISBN);
    }
    server.server.verify(1, getRequestedFor(urlPathEqualTo("/sru")));
  }

  @Test
  void explainWithTheSruPrefixTitlesSchemasAndDefaults() {
    server.answer(SruStub.request(), SruStub.real("sruthi-test_explain.xml"), "text/xml");
    try (SruClient sru = server.client().build()) {
      SruExplain explain = sru.explain();
      assertThat(explain.version()).isEqualTo("1.2");
      assertThat(explain.host()).isEqualTo("https://test.com/sru");
      assertThat(explain.port()).isEqualTo("80");
      assertThat(explain.database()).isEqualTo("sru");
      assertThat(explain.title()).isEqualTo("Testarchiv Online Search");
      assertThat(explain.description()).isEqualTo("Durchsuchen der Bestände des Testarchivs.");
      assertThat(explain.indexes()).containsExactly(new SruIndex("Title", List.of("isad.title")),
          new SruIndex("Reference Code", List.of("isad.reference")), new SruIndex("Date", List.of("isad.date")),
          new SruIndex("Level", List.of("isad.descriptionlevel")));
      assertThat(explain.schemas()).containsExactly(new SruSchema("isad", "http://www.expertisecentrumdavid.be/xmlschemas/isad.xsd", "ISAD(G)"));
      assertThat(explain.defaultNumberOfRecords()).hasValue(99);
      assertThat(explain.maximumRecords()).hasValue(99);
      assertThat(explain.diagnostics()).isEmpty();
    }
    server.server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("operation", equalTo("explain"))
        .withQueryParam("version", equalTo("1.2")));
  }

  @Test
  void almaExplainWithTwoZeeRexNamespacesAndHundredsOfIndexes() {
    server.answer(SruStub.request(), SruStub.real("sruthi-test_explain_with_zr2_namespace.xml"), "text/xml");
    try (SruClient sru = server.client().build()) {
      SruExplain explain = sru.explain();
      assertThat(explain.database()).isEqualTo("TR_INTEGRATION_INST");
      assertThat(explain.indexes()).hasSize(375);
      assertThat(explain.indexes().get(0)).isEqualTo(new SruIndex("Accompanying Material", List.of("alma.accompanying_material")));
      assertThat(explain.schemas()).extracting(SruSchema::name).startsWith("marcxml", "dc", "mods").hasSize(8);
      assertThat(explain.schemas().get(1).identifier()).isEqualTo("info:srw/schema/1/dc-v1.1");
      assertThat(explain.defaultNumberOfRecords()).hasValue(10);
      assertThat(explain.maximumRecords()).hasValue(50);
    }
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> r = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      r.add(i);
    }
    return r;
  }
}
