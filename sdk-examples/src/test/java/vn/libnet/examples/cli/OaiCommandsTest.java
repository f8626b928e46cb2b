package vn.libnet.examples.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;

/** {@code libnet oai ...} against a WireMock repository at {@code /oai} answering crafted OAI-PMH pages. */
class OaiCommandsTest {
  @TempDir Path dir;

  private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
  private String url;

  @BeforeEach
  void start() {
    server.start();
    url = "http://127.0.0.1:" + server.port() + "/oai";
    answer(verb("Identify"), envelope("Identify", "<repositoryName>Thư viện Hà Nội</repositoryName><baseURL>http://repo.example.vn/oai</baseURL>"
        + "<protocolVersion>2.0</protocolVersion><adminEmail>oai@thuvien.example.vn</adminEmail>"
        + "<earliestDatestamp>2001-01-01</earliestDatestamp><deletedRecord>persistent</deletedRecord><granularity>YYYY-MM-DD</granularity>"));
    answer(verb("ListMetadataFormats").withQueryParam("identifier", absent()), envelope("ListMetadataFormats",
        format("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/")
            + format("marc21", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", "http://www.loc.gov/MARC21/slim")));
    answer(verb("ListMetadataFormats").withQueryParam("identifier", equalTo("oai:hn:404")),
        error("ListMetadataFormats", "idDoesNotExist", "No such item: oai:hn:404"));
    answer(verb("ListSets").withQueryParam("resumptionToken", absent()),
        envelope("ListSets", "<set><setSpec>vn:hn</setSpec><setName>Hà Nội</setName></set>" + token("s2")));
    answer(verb("ListSets").withQueryParam("resumptionToken", equalTo("s2")),
        envelope("ListSets", "<set><setSpec>vn:hcm</setSpec><setName>TP. Hồ Chí Minh</setName></set><resumptionToken/>"));
    answer(verb("ListIdentifiers").withQueryParam("resumptionToken", absent()), envelope("ListIdentifiers",
        header("oai:hn:1", "2026-11-01", false, "vn:hn", "sach") + header("oai:hn:2", "2026-11-02", false) + token("p2")));
    answer(verb("ListIdentifiers").withQueryParam("resumptionToken", equalTo("p2")), envelope("ListIdentifiers",
        header("oai:hn:3", "2026-11-03", true, "vn:hn") + "<resumptionToken completeListSize=\"3\" cursor=\"2\"/>"));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void identifyInTextJsonAndVietnamese() {
    LibnetCliTest.Run en = LibnetCliTest.run("oai", "identify", url, "--lang", "en");
    assertThat(en.code()).as(en.err()).isZero();
    assertThat(en.out()).contains("Repository:          Thư viện Hà Nội\n", "Granularity:         YYYY-MM-DD\n",
        "Deleted records:     persistent\n", "Administrators:      oai@thuvien.example.vn\n");

    LibnetCliTest.Run vi = LibnetCliTest.run("oai", "identify", url, "--lang", "vi");
    assertThat(vi.code()).isZero();
    assertThat(vi.out()).contains("Kho:                  Thư viện Hà Nội\n", "Độ chi tiết ngày:     YYYY-MM-DD\n",
        "Biểu ghi đã xoá:      persistent\n");

    LibnetCliTest.Run json = LibnetCliTest.run("oai", "identify", url, "--format", "json");
    assertThat(json.code()).isZero();
    JsonNode doc = parse(json.out());
    assertThat(doc.path("repositoryName").asText()).isEqualTo("Thư viện Hà Nội");
    assertThat(doc.path("granularity").asText()).isEqualTo("YYYY-MM-DD");
    assertThat(doc.path("deletedRecord").asText()).isEqualTo("persistent");
    assertThat(doc.path("adminEmails").get(0).asText()).isEqualTo("oai@thuvien.example.vn");
  }

  @Test
  void formatsInTextAndJsonAndAnUnknownItemIsTheOaiErrorWithExit1() {
    LibnetCliTest.Run text = LibnetCliTest.run("oai", "formats", url);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out().lines().toList()).containsExactly(
        "oai_dc\thttp://www.openarchives.org/OAI/2.0/oai_dc.xsd\thttp://www.openarchives.org/OAI/2.0/oai_dc/",
        "marc21\thttp://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd\thttp://www.loc.gov/MARC21/slim");

    JsonNode json = parse(LibnetCliTest.run("oai", "formats", url, "--format", "json").out());
    assertThat(json.size()).isEqualTo(2);
    assertThat(json.get(1).path("prefix").asText()).isEqualTo("marc21");
    assertThat(json.get(1).path("namespace").asText()).isEqualTo("http://www.loc.gov/MARC21/slim");

    for (String lang : new String[] {"en", "vi"}) {
      LibnetCliTest.Run missing = LibnetCliTest.run("oai", "formats", url, "--identifier", "oai:hn:404", "--lang", lang);
      assertThat(missing.code()).isEqualTo(1);
      assertThat(missing.out()).isEmpty();
      assertThat(missing.err().strip()).contains("idDoesNotExist", "No such item: oai:hn:404", url)
          .contains(lang.equals("en") ? "answered with the error" : "trả lời bằng lỗi").doesNotContain("Exception");
    }
  }

  @Test
  void setsAcrossTwoPagesInTextAndJsonLines() {
    LibnetCliTest.Run text = LibnetCliTest.run("oai", "sets", url);
    assertThat(text.code()).as(text.err()).isZero();
    assertThat(text.out().lines().toList()).containsExactly("vn:hn\tHà Nội", "vn:hcm\tTP. Hồ Chí Minh");

    List<JsonNode> json = LibnetCliTest.run("oai", "sets", url, "--format", "json").out().lines().map(OaiCommandsTest::parse).toList();
    assertThat(json).extracting(n -> n.path("spec").asText()).containsExactly("vn:hn", "vn:hcm");
    assertThat(json.get(1).path("name").asText()).isEqualTo("TP. Hồ Chí Minh");
  }

  @Test
  void noSetHierarchyIsExit1WithItsCode() {
    server.resetMappings();
    answer(verb("ListSets"), error("ListSets", "noSetHierarchy", "This repository does not support sets"));
    LibnetCliTest.Run r = LibnetCliTest.run("oai", "sets", url, "--lang", "vi");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("noSetHierarchy", "This repository does not support sets", "Kho OAI-PMH tại");
  }

  @Test
  void listIdentifiersFollowsTheTokenAndWritesOneLinePerHeaderWithTheDeletedOne() throws Exception {
    Path file = dir.resolve("identifiers.tsv");
    LibnetCliTest.Run r = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "--out", file.toString(), "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly(
        "oai:hn:1\t2026-11-01\tvn:hn sach\t",
        "oai:hn:2\t2026-11-02\t\t",
        "oai:hn:3\t2026-11-03\tvn:hn\tdeleted");
    assertThat(r.out()).contains("Wrote 3 headers (1 deleted) to " + file);
    server.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("p2")));

    LibnetCliTest.Run vi = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "-o", file.toString(), "--lang", "vi");
    assertThat(vi.out()).contains("Đã ghi 3 phần đầu biểu ghi (1 đã xoá) vào " + file);

    LibnetCliTest.Run stdout = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "--out", "-");
    assertThat(stdout.out()).isEqualTo(Files.readString(file));

    List<JsonNode> json = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "--format", "json").out().lines()
        .map(OaiCommandsTest::parse).toList();
    assertThat(json).extracting(n -> n.path("identifier").asText()).containsExactly("oai:hn:1", "oai:hn:2", "oai:hn:3");
    assertThat(json.get(0).path("sets").size()).isEqualTo(2);
    assertThat(json.get(2).path("deleted").asBoolean()).isTrue();
    assertThat(json.get(0).path("deleted").asBoolean()).isFalse();
  }

  @Test
  void datesAreSentAtTheRepositorysGranularityWithUntilTheWholeDay() {
    LibnetCliTest.Run r = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "oai_dc", "--set", "vn:hn", "--from", "2026-11-01",
        "--until", "2026-11-30");
    assertThat(r.code()).as(r.err()).isZero();
    server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListIdentifiers"))
        .withQueryParam("from", equalTo("2026-11-01")).withQueryParam("until", equalTo("2026-11-30")).withQueryParam("set", equalTo("vn:hn")));
  }

  @Test
  void noRecordsMatchIsAnEmptyListAndExit0() throws Exception {
    server.resetMappings();
    answer(verb("ListIdentifiers"), error("ListIdentifiers", "noRecordsMatch", "Nothing"));
    Path file = dir.resolve("none.tsv");
    LibnetCliTest.Run r = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "--out", file.toString(), "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(file).isEmptyFile();
    assertThat(r.out()).contains("Wrote 0 headers (0 deleted)");
  }

  @Test
  void aBadDateIsExit2BeforeAnyRequest() {
    for (String lang : new String[] {"en", "vi"}) {
      LibnetCliTest.Run r = LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "--from", "01/11/2026", "--lang", lang);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("--from", "01/11/2026", "YYYY-MM-DD").contains(lang.equals("en") ? "takes a date" : "nhận một ngày")
          .doesNotContain("Exception");
    }
    assertThat(LibnetCliTest.run("oai", "list-identifiers", url, "--prefix", "marc21", "--until", "2026-02-30").code()).isEqualTo(2);
    server.verify(0, getRequestedFor(urlPathEqualTo("/oai")));
  }

  @Test
  void anUnreachableUrlIsExit2WithAClearLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String dead = "http://127.0.0.1:" + port + "/oai";
    LibnetCliTest.Run r = LibnetCliTest.run("oai", "identify", dead, "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("Cannot reach the OAI-PMH repository at " + dead
        + ": check the URL and that the repository is up, then try again.");

    LibnetCliTest.Run bad = LibnetCliTest.run("oai", "sets", "ftp://repo.example.vn/oai", "--lang", "vi");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("không phải URL gốc OAI-PMH");
  }

  @Test
  void anEndpointThatIsNotOaiPmhIsExit2() {
    server.stubFor(get(urlPathEqualTo("/html")).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
        .withBody("<html><body>Welcome</body></html>")));
    server.stubFor(get(urlPathEqualTo("/gone")).willReturn(aResponse().withStatus(404).withBody("Not found")));
    String base = "http://127.0.0.1:" + server.port();
    LibnetCliTest.Run html = LibnetCliTest.run("oai", "identify", base + "/html", "--lang", "en");
    assertThat(html.code()).isEqualTo(2);
    assertThat(html.err()).contains("did not answer in OAI-PMH 2.0").doesNotContain("Exception", "line ");
    LibnetCliTest.Run gone = LibnetCliTest.run("oai", "identify", base + "/gone", "--lang", "vi");
    assertThat(gone.code()).isEqualTo(2);
    assertThat(gone.err()).contains("trả lời HTTP 404");
  }

  @Test
  void usageErrorsAreExit2() {
    assertThat(LibnetCliTest.run("oai", "list-identifiers", url).code()).isEqualTo(2);
    assertThat(LibnetCliTest.run("oai", "identify").code()).isEqualTo(2);
    assertThat(LibnetCliTest.run("oai", "identify", url, "--format", "xml").code()).isEqualTo(2);
  }

  private void answer(MappingBuilder request, String body) {
    server.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
        .withBody(body.getBytes(StandardCharsets.UTF_8))));
  }

  private static MappingBuilder verb(String verb) {
    return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo(verb));
  }

  private static JsonNode parse(String json) {
    try {
      return LibnetJson.mapper().readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(json, e);
    }
  }

  private static String envelope(String verb, String inner) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2026-12-02T10:00:00Z</responseDate><request verb=\"" + verb + "\">http://repo.example.vn/oai</request>"
        + "<" + verb + ">" + inner + "</" + verb + ">" + "</OAI-PMH>";
  }

  private static String error(String verb, String code, String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2026-12-02T10:00:00Z</responseDate><request verb=\"" + verb + "\">http://repo.example.vn/oai</request>"
        + "<error code=\"" + code + "\">" + text + "</error></OAI-PMH>";
  }

  private static String format(String prefix, String schema, String namespace) {
    return "<metadataFormat><metadataPrefix>" + prefix + "</metadataPrefix><schema>" + schema + "</schema><metadataNamespace>" + namespace
        + "</metadataNamespace></metadataFormat>";
  }

  private static String token(String token) {
    return "<resumptionToken completeListSize=\"3\" cursor=\"0\">" + token + "</resumptionToken>";
  }

  private static String header(String id, String datestamp, boolean deleted, String... sets) {
    StringBuilder b = new StringBuilder(deleted ? "<header status=\"deleted\">" : "<header>");
    b.append("<identifier>").append(id).append("</identifier><datestamp>").append(datestamp).append("</datestamp>");
    for (String s : sets) {
      b.append("<setSpec>").append(s).append("</setSpec>");
    }
    return b.append("</header>").toString();
  }
}
