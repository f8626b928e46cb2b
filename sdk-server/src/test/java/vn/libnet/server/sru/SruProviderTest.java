package vn.libnet.server.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.server.sru.SruResponses.ask;
import static vn.libnet.server.sru.SruResponses.dom;
import static vn.libnet.server.sru.SruResponses.texts;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import vn.libnet.core.cql.CqlLimits;

/** The responder's operations, versions, paging, packings and diagnostics, read back as a client reads them. */
class SruProviderTest {
  static final String SRW = "http://www.loc.gov/zing/srw/";
  static final String SRU2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
  static final String DIAG1 = "http://www.loc.gov/zing/srw/diagnostic/";
  static final String DIAG2 = "http://docs.oasis-open.org/ns/search-ws/diagnostic";
  static final String MARC = "http://www.loc.gov/MARC21/slim";
  static final String ZEEREX = "http://explain.z3950.org/dtd/2.0/";

  final ListSource source = new ListSource().add(25, "lịch sử Việt Nam tập");

  SruProvider provider() {
    return SruProvider.builder(source).maximumRecords(10).defaultRecords(5).build();
  }

  @Test
  void explainDescribesTheServerTheDatabaseAndItsIndexesInEachVersion() {
    SruAnswer one = ask(provider(), "operation", "explain", "version", "1.2");
    assertThat(one.contentType()).isEqualTo("text/xml;charset=UTF-8");
    Document d = dom(one.body());
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(SRW);
    assertThat(d.getDocumentElement().getLocalName()).isEqualTo("explainResponse");
    assertThat(texts(d, SRW, "version")).containsExactly("1.2");
    assertThat(texts(d, ZEEREX, "host")).containsExactly("opac.example.vn");
    assertThat(texts(d, ZEEREX, "port")).containsExactly("8080");
    assertThat(texts(d, ZEEREX, "database")).containsExactly("sru");
    assertThat(texts(d, ZEEREX, "name")).containsExactly("title");
    assertThat(texts(d, ZEEREX, "title")).contains("Thư viện thử nghiệm", "Nhan đề / Title", "MARCXML (MARC 21 slim)");

    // No parameter at all is explain too (SRU 2.0), answered in 2.0.
    SruAnswer bare = ask(provider());
    assertThat(bare.contentType()).isEqualTo("application/sru+xml;charset=UTF-8");
    Document two = dom(bare.body());
    assertThat(two.getDocumentElement().getNamespaceURI()).isEqualTo(SRU2);
    assertThat(texts(two, SRU2, "recordXMLEscaping")).containsExactly("xml");
    assertThat(two.getElementsByTagNameNS(ZEEREX, "serverInfo").item(0).getAttributes().getNamedItem("version").getNodeValue()).isEqualTo("2.0");
  }

  @Test
  void searchRetrievePagesWithNextRecordPositionUntilTheLastRecord() {
    Document first = dom(ask(provider(), "operation", "searchRetrieve", "version", "1.2", "query", "title = việt", "maximumRecords", "10").body());
    assertThat(texts(first, SRW, "numberOfRecords")).containsExactly("25");
    assertThat(texts(first, SRW, "recordPosition")).hasSize(10).startsWith("1").endsWith("10");
    assertThat(texts(first, SRW, "nextRecordPosition")).containsExactly("11");
    assertThat(texts(first, SRW, "recordSchema")).containsOnly("info:srw/schema/1/marcxml-v1.1");
    assertThat(texts(first, MARC, "controlfield")).startsWith("HN-1", "HN-2");

    Document last = dom(ask(provider(), "operation", "searchRetrieve", "version", "1.2", "query", "title = việt", "startRecord", "21",
        "maximumRecords", "10").body());
    assertThat(texts(last, SRW, "recordPosition")).containsExactly("21", "22", "23", "24", "25");
    assertThat(texts(last, SRW, "nextRecordPosition")).isEmpty();

    // Without maximumRecords, the default; above the maximum, the maximum.
    assertThat(texts(dom(ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "việt").body()), SRW, "recordPosition")).hasSize(5);
    assertThat(texts(dom(ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "việt", "maximumRecords", "9999").body()),
        SRW, "recordPosition")).hasSize(10);
    // maximumRecords=0 is a count.
    Document count = dom(ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "việt", "maximumRecords", "0").body());
    assertThat(texts(count, SRW, "numberOfRecords")).containsExactly("25");
    assertThat(count.getElementsByTagNameNS(SRW, "record").getLength()).isZero();
    assertThat(texts(count, SRW, "nextRecordPosition")).isEmpty();
  }

  @Test
  void sruTwoAnswersInItsOwnNamespaceWithoutAVersionElementAndWithResultCountPrecision() {
    SruAnswer a = ask(provider(), "query", "dc.title = tập", "maximumRecords", "2", "recordSchema", "dc");
    Document d = dom(a.body());
    assertThat(d.getDocumentElement().getNamespaceURI()).isEqualTo(SRU2);
    assertThat(texts(d, SRU2, "version")).isEmpty();
    assertThat(texts(d, SRU2, "recordXMLEscaping")).containsExactly("xml", "xml");
    // The two records', then the echoed request's as it was asked.
    assertThat(texts(d, SRU2, "recordSchema")).containsExactly("info:srw/schema/1/dc-v1.1", "info:srw/schema/1/dc-v1.1", "dc");
    assertThat(texts(d, "http://purl.org/dc/elements/1.1/", "title")).containsExactly("lịch sử Việt Nam tập 1", "lịch sử Việt Nam tập 2");
    assertThat(texts(d, SRU2, "resultCountPrecision")).containsExactly("info:srw/vocabulary/resultCountPrecision/1/exact");
    assertThat(ask(provider(), "query", "x", "httpAccept", "text/xml").contentType()).isEqualTo("text/xml;charset=UTF-8");
  }

  @Test
  void stringPackingCarriesEachRecordAsEscapedXmlThatParsesBackToTheRecord() {
    Document one = dom(ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "việt", "maximumRecords", "1",
        "recordPacking", "string").body());
    String data = texts(one, SRW, "recordData").get(0);
    assertThat(one.getElementsByTagNameNS(MARC, "record").getLength()).as("the record is text, not elements").isZero();
    assertThat(texts(dom(data), MARC, "subfield")).containsExactly("lịch sử Việt Nam tập 1");

    Document two = dom(ask(provider(), "query", "việt", "maximumRecords", "1", "recordXMLEscaping", "string").body());
    // The record's, then the echoed request's.
    assertThat(texts(two, SRU2, "recordXMLEscaping")).containsExactly("string", "string");
    assertThat(texts(dom(texts(two, SRU2, "recordData").get(0)), MARC, "controlfield")).containsExactly("HN-1");
  }

  @Test
  void aRecordThatCannotBeGivenIsASurrogateDiagnosticAndTheRestOfThePageStays() {
    source.gone.add("HN-2");
    Document d = dom(ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "việt", "maximumRecords", "3").body());
    assertThat(texts(d, SRW, "recordSchema")).containsExactly("info:srw/schema/1/marcxml-v1.1", "info:srw/schema/1/diagnostics-v1.1",
        "info:srw/schema/1/marcxml-v1.1");
    assertThat(texts(d, SRW, "recordPosition")).containsExactly("1", "2", "3");
    assertThat(texts(d, DIAG1, "uri")).containsExactly("info:srw/diagnostic/1/64");
    assertThat(texts(d, DIAG1, "details")).containsExactly("HN-2");
    assertThat(texts(d, MARC, "controlfield")).containsExactly("HN-1", "HN-3");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "operation=searchRetrieve&version=1.2|7|query",
      "operation=searchRetrieve&version=1.2&query=title =|10|",
      "operation=searchRetrieve&version=1.2&query=(((a)))|13|",
      "operation=searchRetrieve&version=1.2&query=creator = du|16|creator",
      "operation=searchRetrieve&version=1.2&query=title > du|19|>",
      "operation=searchRetrieve&version=1.2&query=a prox b|37|prox",
      "operation=searchRetrieve&version=1.2&query=a sortBy title|80|sortBy",
      "operation=searchRetrieve&version=1.2&query=a&recordSchema=mods|66|mods",
      "operation=searchRetrieve&version=1.2&query=a&recordPacking=json|71|json",
      "operation=searchRetrieve&version=1.2&query=a&startRecord=0|6|startRecord",
      "operation=searchRetrieve&version=1.2&query=a&maximumRecords=-3|6|maximumRecords",
      "operation=searchRetrieve&version=1.2&query=a&maximumRecords=ten|6|maximumRecords",
      "operation=searchRetrieve&version=1.2&query=a&colour=red|8|colour",
      "operation=searchRetrieve&version=1.2&query=a&stylesheet=http://x/s.xsl|110|http://x/s.xsl",
      "operation=searchRetrieve&version=1.2&query=a&recordXPath=/a|72|/a",
      "operation=searchRetrieve&version=1.2&query=a&sortKeys=title|80|sortKeys",
      "operation=searchRetrieve&version=1.2&query=việt&startRecord=26|61|26",
      "operation=frobnicate&version=1.2|4|frobnicate",
      "operation=searchRetrieve&version=0.9&query=a|5|1.1",
      "operation=searchRetrieve&version=latest&query=a|5|2.0",
      "query=a&queryType=solr|6|queryType",
      "query=a&recordPacking=unpacked|71|unpacked",
      "query=a&renderedBy=server|6|renderedBy",
  })
  void everyBadRequestEarnsItsDiagnosticNamingWhatIsAtFault(String request, int number, String details) {
    String[] kv = request.replace("&", "=").split("=", -1);
    // Put back the '=' of queries such as "title = x": pairs are name=value&..., values may hold '='.
    List<String> pairs = new java.util.ArrayList<>();
    for (String p : request.split("&")) {
      int eq = p.indexOf('=');
      pairs.add(p.substring(0, eq));
      pairs.add(p.substring(eq + 1));
    }
    assertThat(kv).isNotEmpty();
    SruAnswer a = ask(SruProvider.builder(source).cqlLimits(CqlLimits.DEFAULTS.withMaxDepth(2)).build(), pairs.toArray(new String[0]));
    Document d = dom(a.body());
    String diag = d.getDocumentElement().getNamespaceURI().equals(SRW) ? DIAG1 : DIAG2;
    assertThat(texts(d, diag, "uri")).containsExactly("info:srw/diagnostic/1/" + number);
    if (details != null) {
      assertThat(texts(d, diag, "details")).containsExactly(details);
    }
    assertThat(texts(d, diag, "message").get(0)).contains(" / ");
  }

  @Test
  void aVersionIsAnsweredAsAskedOrWithTheHighestBelowIt() {
    assertThat(texts(dom(ask(provider(), "operation", "explain", "version", "1.1").body()), SRW, "version")).containsExactly("1.1");
    assertThat(texts(dom(ask(provider(), "operation", "explain", "version", "1.7").body()), SRW, "version")).containsExactly("1.2");
    assertThat(dom(ask(provider(), "operation", "explain", "version", "3.0").body()).getDocumentElement().getNamespaceURI()).isEqualTo(SRU2);
    // Extensions are ignored, not refused.
    assertThat(texts(dom(ask(provider(), "operation", "explain", "version", "1.2", "x-trace", "1").body()), DIAG1, "uri")).isEmpty();
  }

  @Test
  void aSourceThatFailsIsDiagnosticOneAndItsTextIsNeverSent() {
    source.failing = new IllegalStateException("password=hunter2 at db.internal:5432");
    String body = ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "việt").body();
    assertThat(texts(dom(body), DIAG1, "uri")).containsExactly("info:srw/diagnostic/1/1");
    assertThat(body).doesNotContain("hunter2").doesNotContain("db.internal");
  }

  @Test
  void aRepeatedParameterIsRefusedRatherThanOneValueChosen() {
    Document d = dom(ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "a", "query", "b").body());
    assertThat(texts(d, DIAG1, "uri")).containsExactly("info:srw/diagnostic/1/6");
    assertThat(texts(d, DIAG1, "details")).containsExactly("query");
  }

  @Test
  void scanListsTheTermsFromTheStartTermWithTheirCounts() {
    Document one = dom(ask(provider(), "version", "1.2", "operation", "scan", "scanClause", "title = nam", "maximumTerms", "3").body());
    assertThat(one.getDocumentElement().getLocalName()).isEqualTo("scanResponse");
    assertThat(texts(one, SRW, "value")).containsExactly("nam", "sử", "tập");
    assertThat(texts(one, SRW, "numberOfRecords")).containsExactly("25", "25", "25");

    Document two = dom(ask(provider(), "scanClause", "dc.title = nam", "maximumTerms", "1").body());
    assertThat(two.getDocumentElement().getNamespaceURI()).isEqualTo(SruXml.SCAN_2);
    assertThat(texts(two, SruXml.SCAN_2, "value")).containsExactly("nam");

    Document bad = dom(ask(provider(), "version", "1.2", "operation", "scan", "scanClause", "creator = du").body());
    assertThat(texts(bad, DIAG1, "uri")).containsExactly("info:srw/diagnostic/1/16");
    Document bool = dom(ask(provider(), "version", "1.2", "operation", "scan", "scanClause", "a and b").body());
    assertThat(texts(bool, DIAG1, "uri")).containsExactly("info:srw/diagnostic/1/10");
  }

  @Test
  void charactersXmlCannotCarryAreLeftOutSoTheAnswerStaysWellFormed() {
    source.records.add(0, ListSource.marc("HN-0", "việt\u0001\u001Bnam khác"));
    for (String packing : List.of("xml", "string")) {
      String body = ask(provider(), "version", "1.2", "operation", "searchRetrieve", "query", "title = khác", "recordPacking", packing).body();
      Document d = dom(body);
      assertThat(texts(d, SRW, "numberOfRecords")).containsExactly("1");
      String subfield = packing.equals("xml") ? texts(d, MARC, "subfield").get(0) : texts(dom(texts(d, SRW, "recordData").get(0)), MARC, "subfield").get(0);
      assertThat(subfield).isEqualTo("việtnam khác");
    }
  }
}
