package vn.libnet.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.json.LibnetJson;

/** {@code libnet sru search|explain|scan} against a WireMock SRU 1.2 server, and {@code libnet cql parse}. */
class SruAndCqlCommandsTest {
  private static final String NS = "http://www.loc.gov/zing/srw/";
  private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
  private String url;

  private static String marc(String id, String title) {
    return "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">" + id
        + "</controlfield><datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">" + title + "</subfield></datafield></record>";
  }

  @BeforeEach
  void start() {
    server.start();
    url = "http://127.0.0.1:" + server.port() + "/sru";
    server.stubFor(get(urlPathEqualTo("/sru")).withQueryParam("operation", equalTo("searchRetrieve")).withQueryParam("query",
        equalTo("dc.title = \"lịch sử\"")).willReturn(aResponse().withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(
        "<zs:searchRetrieveResponse xmlns:zs=\"" + NS + "\"><zs:version>1.2</zs:version><zs:numberOfRecords>3</zs:numberOfRecords><zs:records>"
            + "<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>"
            + marc("HN-1", "Lịch sử Việt Nam") + "</zs:recordData><zs:recordPosition>1</zs:recordPosition></zs:record>"
            + "<zs:record><zs:recordSchema>info:srw/schema/1/diagnostics-v1.1</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>"
            + "<diagnostic xmlns=\"http://www.loc.gov/zing/srw/diagnostic/\"><uri>info:srw/diagnostic/1/64</uri><message>Record temporarily unavailable"
            + "</message></diagnostic></zs:recordData><zs:recordPosition>2</zs:recordPosition></zs:record>"
            + "<zs:record><zs:recordSchema>marcxml</zs:recordSchema><zs:recordPacking>xml</zs:recordPacking><zs:recordData>"
            + marc("HN-3", "Lịch sử Hà Nội") + "</zs:recordData><zs:recordPosition>3</zs:recordPosition></zs:record>"
            + "</zs:records></zs:searchRetrieveResponse>")));
    server.stubFor(get(urlPathEqualTo("/sru")).withQueryParam("operation", equalTo("searchRetrieve")).withQueryParam("query",
        equalTo("colour = red")).willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(
        "<zs:searchRetrieveResponse xmlns:zs=\"" + NS + "\"><zs:version>1.2</zs:version><zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics>"
            + "<diagnostic xmlns=\"http://www.loc.gov/zing/srw/diagnostic/\"><uri>info:srw/diagnostic/1/16</uri><details>colour</details>"
            + "<message>Unsupported index</message></diagnostic></zs:diagnostics></zs:searchRetrieveResponse>")));
    server.stubFor(get(urlPathEqualTo("/sru")).withQueryParam("operation", equalTo("scan")).willReturn(aResponse()
        .withHeader("Content-Type", "text/xml").withBody("<zs:scanResponse xmlns:zs=\"" + NS + "\"><zs:version>1.2</zs:version><zs:terms>"
            + "<zs:term><zs:value>hoa</zs:value><zs:numberOfRecords>12</zs:numberOfRecords></zs:term>"
            + "<zs:term><zs:value>hoà bình</zs:value><zs:numberOfRecords>3</zs:numberOfRecords></zs:term></zs:terms></zs:scanResponse>")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aSearchPrintsTheHitCountAndEachRecordAndItsJsonTheIdsAndDiagnostics() throws Exception {
    LibnetCliTest.Run text = LibnetCliTest.run("sru", "search", url, "dc.title = \"lịch sử\"", "--lang", "en");
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("3 records found; 3 shown.").contains("1\tHN-1\tLịch sử Việt Nam",
        "2\t(record not sent: info:srw/diagnostic/1/64 Record temporarily unavailable)", "3\tHN-3\tLịch sử Hà Nội");
    LibnetCliTest.Run json = LibnetCliTest.run("sru", "search", url, "dc.title = \"lịch sử\"", "--format", "json", "--max", "2");
    JsonNode doc = LibnetJson.mapper().readTree(json.out());
    assertThat(doc.path("numberOfRecords").asLong()).isEqualTo(3);
    assertThat(doc.path("ids")).hasSize(2);
    assertThat(doc.path("ids").get(0).asText()).isEqualTo("HN-1");
    assertThat(doc.path("diagnostics").get(0).asText()).isEqualTo("info:srw/diagnostic/1/64");
    server.verify(getRequestedFor(urlPathEqualTo("/sru")).withQueryParam("version", equalTo("1.2")).withQueryParam("recordSchema", equalTo("marcxml")));
  }

  @Test
  void aDiagnosticExitsOneAndABadQueryTwoBeforeAnythingIsSent() throws Exception {
    LibnetCliTest.Run diag = LibnetCliTest.run("sru", "search", url, "colour = red", "--lang", "en");
    assertThat(diag.code()).isEqualTo(1);
    assertThat(diag.err()).contains("answered the diagnostic info:srw/diagnostic/1/16: Unsupported index (colour)");
    int before = server.getAllServeEvents().size();
    LibnetCliTest.Run syntax = LibnetCliTest.run("sru", "search", url, "dc.title = (", "--lang", "vi");
    assertThat(syntax.code()).isEqualTo(2);
    assertThat(syntax.err()).contains("Truy vấn CQL, ký tự");
    assertThat(server.getAllServeEvents()).hasSize(before);
    int free;
    try (ServerSocket s = new ServerSocket(0)) {
      free = s.getLocalPort();
    }
    LibnetCliTest.Run down = LibnetCliTest.run("sru", "explain", "http://127.0.0.1:" + free + "/sru", "--lang", "en");
    assertThat(down.code()).isEqualTo(2);
    assertThat(down.err()).contains("Cannot reach the SRU server").doesNotContain("Exception");
    LibnetCliTest.Run version = LibnetCliTest.run("sru", "explain", url, "--sru-version", "3.0", "--lang", "en");
    assertThat(version.code()).isEqualTo(2);
  }

  @Test
  void scanListsTermsWithTheirCounts() {
    LibnetCliTest.Run r = LibnetCliTest.run("sru", "scan", url, "dc.title", "hoa");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out().lines()).containsExactly("hoa\t12", "hoà bình\t3");
  }

  @Test
  void cqlParseWritesTheCanonicalQueryOrItsXcqlAndASyntaxErrorItsPosition() {
    LibnetCliTest.Run canonical = LibnetCliTest.run("cql", "parse", "dc.title ANY \"lịch sử\"   AND  dc.creator=Nguyễn*");
    assertThat(canonical.code()).isZero();
    assertThat(canonical.out().strip()).isEqualTo("dc.title ANY \"lịch sử\" and dc.creator = Nguyễn*");
    LibnetCliTest.Run xcql = LibnetCliTest.run("cql", "parse", "title = hoa", "--xcql");
    assertThat(xcql.out()).contains("http://docs.oasis-open.org/ns/search-ws/xcql", "<index>title</index>", "<term>hoa</term>");
    LibnetCliTest.Run bad = LibnetCliTest.run("cql", "parse", "(title = hoa", "--lang", "en");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("character 13: expected a closing parenthesis");
  }
}
