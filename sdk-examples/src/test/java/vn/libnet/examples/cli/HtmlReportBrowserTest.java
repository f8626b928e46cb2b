package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSelect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * The HTML validation report in a browser (HtmlUnit, which runs the page's script as a browser does):
 * filtering by code leaves only the matching records, a record's MRK opens, the CSV export holds the
 * filtered issue list, and record data with markup in it stays text.
 */
class HtmlReportBrowserTest {
  private static final String HOSTILE = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
  @TempDir Path dir;
  private WebClient browser;
  private Path catalogue;
  private String hostileCn;

  @BeforeEach
  void catalogueWithAHostileTitle() {
    Path generated = dir.resolve("generated.mrc");
    MarcCommandsTest.Run g = MarcCommandsTest.run("marc", "generate", generated.toString(), "--count", "1200", "--faults", "0.1", "--lang", "en");
    assertThat(g.code()).as(g.err()).isZero();
    List<MarcRead> reads = MarcCommandsTest.read(generated);
    catalogue = dir.resolve("cat.mrc");
    try (MarcRecordWriter w = MarcWriters.open(catalogue, MarcFormat.ISO2709)) {
      for (int i = 0; i < reads.size(); i++) {
        Record r = reads.get(i).record();
        if (i == 7) {
          ((DataField) r.getVariableField("245")).getSubfield('a').setData(HOSTILE);
          if (r.getVariableField("300") != null) {
            r.removeVariableField(r.getVariableField("300")); // one certain issue, so that the record is listed
          }
          hostileCn = r.getControlNumber();
        }
        w.write(r);
      }
    }
    browser = new WebClient(BrowserVersion.FIREFOX);
    browser.getOptions().setThrowExceptionOnScriptError(true);
    browser.getOptions().setCssEnabled(true);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private HtmlPage report(String lang) throws IOException {
    Path html = dir.resolve("report-" + lang + ".html");
    MarcCommandsTest.Run r = MarcCommandsTest.run("marc", "validate", catalogue.toString(), "--profile", "vn-union-catalog", "--isil",
        "VN-HaNoi-TVHN", "--format", "html", "-o", html.toString(), "--lang", lang);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    return browser.getPage(html.toUri().toURL());
  }

  private static HtmlElement q(DomNode node, String selector) {
    HtmlElement e = node.querySelector(selector, node);
    assertThat(e).as(selector).isNotNull();
    return e;
  }

  private static List<HtmlElement> rows(HtmlPage page) {
    List<HtmlElement> rows = new ArrayList<>();
    for (DomNode n : page.querySelectorAll("#records tbody tr.rec", page)) {
      rows.add((HtmlElement) n);
    }
    return rows;
  }

  @Test
  void filteringByACodeLeavesOnlyItsRecordsAndTheCsvExportHoldsTheirIssues() throws IOException {
    JsonNode json = MarcCommandsTest.parse(MarcCommandsTest.run("marc", "validate", catalogue.toString(), "--profile", "vn-union-catalog",
        "--isil", "VN-HaNoi-TVHN", "--format", "json", "--lang", "en").out());
    String code = "UC_EXTENT_MISSING";
    Set<Integer> expected = new TreeSet<>();
    int issuesOfCode = 0;
    for (JsonNode i : json.get("issues")) {
      if (i.get("code").asText().equals(code)) {
        expected.add(i.get("record").asInt());
        issuesOfCode++;
      }
    }
    assertThat(expected).as("the hostile record lacks 300 $a").contains(8);

    HtmlPage page = report("en");
    assertThat(page.getElementById("summary-slot").asNormalizedText()).as("the totals were moved to the top")
        .contains("1,200 records").contains("Issues by code");
    assertThat(rows(page)).as("the first page").hasSize(HtmlReport.PAGE);
    assertThat(page.querySelectorAll("li.match", page)).as("nothing is highlighted before a filter is chosen").isEmpty();

    HtmlSelect select = page.getHtmlElementById("f-code");
    select.getOptionByValue(code).setSelected(true);
    List<HtmlElement> rows = rows(page);
    assertThat(rows).hasSize(Math.min(HtmlReport.PAGE, expected.size()));
    assertThat(rows).allSatisfy(tr -> assertThat(q(tr, "li.match code").asNormalizedText()).isEqualTo(code));
    assertThat(rows.stream().map(tr -> Integer.parseInt(tr.getAttribute("data-record"))).toList())
        .containsExactlyElementsOf(expected.stream().limit(HtmlReport.PAGE).toList());
    assertThat(page.getElementById("showing").asNormalizedText())
        .isEqualTo("Records 1 to " + Math.min(HtmlReport.PAGE, expected.size()) + " of " + expected.size());

    // The CSV export: the filtered issues, one line each, under the header.
    HtmlAnchor csv = page.getHtmlElementById("csv");
    csv.fireEvent("click");
    String href = csv.getHrefAttribute();
    assertThat(href).startsWith("data:text/csv;charset=utf-8,");
    String content = URLDecoder.decode(href.substring(href.indexOf(',') + 1), StandardCharsets.UTF_8);
    List<String> lines = content.lines().toList();
    assertThat(lines.get(0)).isEqualTo("\ufefffile,record,001,severity,code,where,message,suggestion");
    assertThat(lines).hasSize(1 + issuesOfCode);
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains(",ERROR," + code + ","));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(catalogue + ",8," + hostileCn + ",ERROR," + code));
  }

  @Test
  void aRecordsMrkOpensAndMarkupInItsDataStaysText() throws IOException {
    HtmlPage page = report("en");
    assertThat(page.executeJavaScript("typeof window.pwned").getJavaScriptResult()).isEqualTo("undefined");
    assertThat(page.querySelectorAll("#records img", page)).isEmpty();

    HtmlSelect select = page.getHtmlElementById("f-code");
    select.getOptionByValue("UC_EXTENT_MISSING").setSelected(true);
    HtmlElement tr = rows(page).stream().filter(r -> r.getAttribute("data-record").equals("8")).findFirst().orElseThrow();
    assertThat(q(tr, ".cn").asNormalizedText()).isEqualTo(hostileCn);
    HtmlElement mrk = q(tr, "pre.mrk");
    assertThat(mrk.isDisplayed()).isFalse();
    HtmlElement show = q(tr, "button.show");
    assertThat(show.asNormalizedText()).isEqualTo("Show the record");
    show.click();
    assertThat(mrk.isDisplayed()).isTrue();
    assertThat(show.asNormalizedText()).isEqualTo("Hide the record");
    assertThat(mrk.getTextContent()).contains("=001  " + hostileCn).contains("=245  ").contains(HOSTILE).doesNotContain("=300  ");
    assertThat(page.executeJavaScript("typeof window.pwned").getJavaScriptResult()).isEqualTo("undefined");
  }

  @Test
  void theVietnameseReportFormatsNumbersAndLabelsInVietnamese() throws IOException {
    HtmlPage page = report("vi");
    assertThat(page.getElementById("summary-slot").asNormalizedText()).contains("1.200 biểu ghi").contains("Lỗi theo mã");
    HtmlSelect severity = page.getHtmlElementById("f-severity");
    severity.getOptionByValue("WARNING").setSelected(true);
    // the only warnings of this profile on generated records: the local field 599 of some faulty ones (MARC_LOCAL_FIELD)
    assertThat(rows(page)).isNotEmpty()
        .allSatisfy(tr -> assertThat(q(tr, "li.match span").asNormalizedText()).isEqualTo("CẢNH BÁO"));
    HtmlSelect code = page.getHtmlElementById("f-code");
    code.getOptionByValue("UC_EXTENT_MISSING").setSelected(true);
    assertThat(rows(page)).as("no record has a warning with that code").isEmpty();
    assertThat(page.getElementById("showing").asNormalizedText()).isEqualTo("Không có biểu ghi nào khớp bộ lọc.");
    code.getOptionByValue("").setSelected(true);
    severity.getOptionByValue("ERROR").setSelected(true);
    assertThat(rows(page)).hasSize(HtmlReport.PAGE)
        .allSatisfy(tr -> assertThat(q(tr, "li.match span").asNormalizedText()).isEqualTo("LỖI"));
    assertThat(page.getElementById("page").asNormalizedText()).startsWith("Trang 1 / ");
    String firstOfPage1 = rows(page).get(0).getAttribute("data-record");
    ((HtmlElement) page.getElementById("next")).click();
    assertThat(page.getElementById("page").asNormalizedText()).startsWith("Trang 2 / ");
    assertThat(page.getElementById("showing").asNormalizedText()).startsWith("Biểu ghi 51 đến ");
    assertThat(Integer.parseInt(rows(page).get(0).getAttribute("data-record"))).isGreaterThan(Integer.parseInt(firstOfPage1));
    assertThat(q(rows(page).get(0), "button.show").asNormalizedText()).isEqualTo("Xem biểu ghi");
  }

  @Test
  void eachRecordIsWrittenOutAsItIsReadNotHeldForTheEnd() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport html = new HtmlReport(out, Locale.ENGLISH);
    html.begin("vn-union-catalog/1", List.of("a.mrc"), ZonedDateTime.parse("2026-12-01T10:15:30+07:00[Asia/Ho_Chi_Minh]"));
    Record r = MarcCommandsTest.read(catalogue).get(7).record();
    html.record(0, 8, hostileCn, r, List.of(ValidationIssue.of("UC_EXTENT_MISSING", Severity.ERROR, "300", Locale.ENGLISH)));
    String soFar = out.toString();
    assertThat(soFar).contains("<time datetime=\"2026-12-01T10:15:30+07:00\">").contains("\"n\":8").contains(hostileCn)
        .doesNotContain("<div id=\"summary\">");
    assertThat(soFar.substring(soFar.indexOf("class=\"rec\">"))).as("markup in record data is escaped inside the JSON island")
        .doesNotContain("<img").contains("\\u003Cscript\\u003E");
    html.record(0, 9, "x", r, List.of());
    assertThat(out.toString()).as("a record without issues is counted, not listed").isEqualTo(soFar);
  }
}
