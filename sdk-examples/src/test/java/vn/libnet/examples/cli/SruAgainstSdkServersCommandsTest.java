package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.LibnetTestHub;
import vn.libnet.testkit.SruTestServer;

/**
 * {@code libnet sru search} against the hub's /sru answers with what its catalogue holds, and {@code libnet
 * conformance --sru} checks the SDK's own SRU server, in text, JSON and HTML, in both languages.
 */
class SruAgainstSdkServersCommandsTest {
  private static final String ISIL = "VN-HaNoi-TVHN";

  private static List<Record> records() {
    List<Record> out = new ArrayList<>();
    SyntheticRecords.builder().seed(17).build().stream(30).forEach(s -> out.add(s.record()));
    for (Record r : out) {
      for (DataField f : r.getDataFields()) {
        if (f.getTag().equals("852")) {
          f.getSubfield('a').setData(ISIL);
        }
      }
    }
    ((DataField) out.get(4).getVariableField("245")).getSubfield('a').setData("Lịch sử Việt Nam thời tiền sử");
    return out;
  }

  private static String title(Record r) {
    DataField f = (DataField) r.getVariableField("245");
    return f.getSubfields().stream().filter(s -> s.getCode() == 'a' || s.getCode() == 'b').map(s -> s.getData()).collect(Collectors.joining(" "));
  }

  @Test
  void aSearchOfTheHubsSruFindsWhatItsCatalogueHolds() throws Exception {
    List<Record> sent = records();
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient library = hub.clientFor(ISIL).build()) {
      library.contributeRecords(RecordBatch.of(sent));
      LibnetCliTest.Run json = LibnetCliTest.run("sru", "search", hub.baseUrl() + "sru", "dc.title = \"lịch sử\"", "--format", "json",
          "--max", "100", "--sru-version", "2.0");
      assertThat(json.code()).as(json.err()).isZero();
      JsonNode doc = LibnetJson.mapper().readTree(json.out());
      // What a reader expects, worked out from the records sent: those whose title holds the words "lich su" in a row.
      Set<String> expected = sent.stream().filter(r -> (" " + VietnameseText.fold(title(r)) + " ").contains(" lich su "))
          .map(Record::getControlNumber).collect(Collectors.toSet());
      assertThat(expected).contains(sent.get(4).getControlNumber());
      List<String> ids = new ArrayList<>();
      doc.path("ids").forEach(n -> ids.add(n.asText()));
      assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(doc.path("numberOfRecords").asLong()).isEqualTo(expected.size());

      for (String v : List.of("1.1", "1.2", "2.0")) {
        LibnetCliTest.Run explain = LibnetCliTest.run("sru", "explain", hub.baseUrl() + "sru", "--format", "json", "--sru-version", v);
        assertThat(explain.code()).as(explain.err()).isZero();
        JsonNode e = LibnetJson.mapper().readTree(explain.out());
        assertThat(e.path("title").asText()).isEqualTo("LibNet union catalogue (reference hub)");
        assertThat(e.path("maximumRecords").asInt()).isPositive();
        assertThat(e.path("indexes").size()).isGreaterThan(5);
      }
      LibnetCliTest.Run text = LibnetCliTest.run("sru", "search", hub.baseUrl() + "sru", "dc.colour = đỏ", "--lang", "vi");
      assertThat(text.code()).isEqualTo(1);
      assertThat(text.err()).contains("info:srw/diagnostic/1/16").contains("Chỉ mục không được hỗ trợ").doesNotContain("Exception");
    }
  }

  @Test
  void conformanceOfAnSruServerReadsInTextJsonAndHtmlInBothLanguages(@TempDir Path dir) throws Exception {
    try (SruTestServer sru = SruTestServer.builder().start(SruTestServer.catalogue(records()))) {
      LibnetCliTest.Run en = LibnetCliTest.run("conformance", "--sru", sru.baseUrl(), "--lang", "en");
      assertThat(en.code()).as(en.out() + en.err()).isZero();
      assertThat(en.out()).startsWith("SRU conformance of " + sru.baseUrl()).contains("PASS PAGING", "PASS QUERY_SYNTAX_DIAGNOSTIC",
          "announces SRU 2.0").doesNotContain("FAIL");
      LibnetCliTest.Run vi = LibnetCliTest.run("conformance", "--sru", sru.baseUrl(), "--sru-version", "1.2", "--lang", "vi");
      assertThat(vi.code()).isZero();
      assertThat(vi.out()).startsWith("Kiểm tra tuân thủ SRU của").contains("kiểm tra theo SRU 1.2");
      LibnetCliTest.Run json = LibnetCliTest.run("conformance", "--sru", sru.baseUrl(), "--format", "json");
      JsonNode doc = LibnetJson.mapper().readTree(json.out());
      assertThat(doc.path("passed").asBoolean()).isTrue();
      assertThat(doc.path("results")).hasSize(10);
      Path html = dir.resolve("sru.html");
      LibnetCliTest.Run page = LibnetCliTest.run("conformance", "--sru", sru.baseUrl(), "--format", "html", "--out", html.toString(), "--lang", "vi");
      assertThat(page.code()).isZero();
      assertThat(Files.readString(html)).contains("<html", "SCHEMA_VALID", "Kiểm tra tuân thủ SRU");
    }
  }

  @Test
  void wrongInputIsAClearErrorAndNoStackTrace() {
    LibnetCliTest.Run badUrl = LibnetCliTest.run("conformance", "--sru", "ftp://x/sru", "--lang", "en");
    assertThat(badUrl.code()).isEqualTo(2);
    assertThat(badUrl.err()).contains("is not an SRU base URL").doesNotContain("Exception");
    LibnetCliTest.Run both = LibnetCliTest.run("conformance", "--sru", "http://127.0.0.1:1/sru", "--oai", "http://127.0.0.1:1/oai", "--lang", "vi");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("không phải cả hai");
    LibnetCliTest.Run version = LibnetCliTest.run("conformance", "--sru", "http://127.0.0.1:1/sru", "--sru-version", "9", "--lang", "en");
    assertThat(version.code()).isEqualTo(2);
    LibnetCliTest.Run down = LibnetCliTest.run("conformance", "--sru", "http://127.0.0.1:1/sru", "--lang", "en");
    assertThat(down.code()).isEqualTo(2);
    assertThat(down.err()).contains("Cannot reach the SRU server");
    LibnetCliTest.Run help = LibnetCliTest.run("conformance", "--help", "--lang", "vi");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--sru", "--sru-version");
  }
}
