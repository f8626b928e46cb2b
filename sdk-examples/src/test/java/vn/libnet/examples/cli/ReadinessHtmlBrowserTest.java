package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML readiness report in a browser (HtmlUnit, script errors fatal): the charts have one bar per area
 * assessed, of the height of its share (2 px per percent) and labelled with the area, a target line per bar,
 * a title, a description and the data table beside them; nothing is loaded from elsewhere; a library name with
 * markup and quotes shows as text.
 */
class ReadinessHtmlBrowserTest {
  private static final String HOSTILE = "<script>window.pwned=1</script> \"Thư viện\" 'Hải Dương' & <b>";
  @TempDir Path dir;
  private WebClient browser;

  @BeforeEach
  void open() {
    browser = new WebClient(BrowserVersion.FIREFOX);
    browser.getOptions().setThrowExceptionOnScriptError(true);
    browser.getOptions().setCssEnabled(true);
  }

  @AfterEach
  void close() {
    browser.close();
  }

  private HtmlPage page(String by, String lang) throws IOException {
    Path responses = ReadinessCommandsTest.copy(dir, "responses.json");
    Path missing = ReadinessCommandsTest.copy(dir, "responses-missing.json");
    Path libraries = ReadinessCommandsTest.copy(dir, "libraries.json");
    Path html = dir.resolve("report-" + by + "-" + lang + ".html");
    LibnetCliTest.Run r = LibnetCliTest.run("readiness", "report", responses.toString(), missing.toString(), "--libraries",
        libraries.toString(), "--by", by, "--format", "html", "--out", html.toString(), "--lang", lang);
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    String source = Files.readString(html);
    assertThat(source).doesNotContain("<script", "http://", "https://cdn", "<link").doesNotContain("src=");
    return browser.getPage(html.toUri().toURL());
  }

  private static List<DomElement> all(DomNode node, String selector) {
    List<DomElement> found = new ArrayList<>();
    node.querySelectorAll(selector, node).forEach(n -> found.add((DomElement) n));
    return found;
  }

  /** The bars of a chart: key to (height, label text, target line's value). */
  private static Map<String, String[]> bars(HtmlPage page, String chart) {
    DomElement svg = page.getElementById(chart);
    assertThat(svg).as(chart).isNotNull();
    Map<String, String[]> m = new LinkedHashMap<>();
    for (DomElement item : all(svg, "g.item")) {
      DomElement rect = all(item, "rect.bar").get(0);
      List<DomElement> target = all(item, "line.target");
      m.put(rect.getAttribute("data-key"), new String[] {rect.getAttribute("height"), all(item, "text.label").get(0).getTextContent(),
          target.isEmpty() ? null : target.get(0).getAttribute("data-value"), rect.getAttribute("data-value")});
    }
    return m;
  }

  @Test
  void provinceChartsHaveOneBarPerAssessedProvinceOfTheRightHeight() throws IOException {
    HtmlPage page = page("province", "en");
    assertThat(page.getTitleText()).isEqualTo("Readiness for digital transformation by province");
    // staff_trained, assessed in 01 (A gap, E met, F met: 66.7 %), 31 (H met: 100 %), 38 (C missing: 0 %),
    // 48 (D met: 100 %), 79 (B met: 100 %); bar height 2 px per percent, target line at 100 %.
    Map<String, String[]> staff = bars(page, "chart-staff_trained");
    assertThat(staff.keySet()).containsExactly("01", "31", "38", "48", "79");
    assertThat(staff.get("01")).containsExactly("133.3", "Thành phố Hà Nội", "100.0", "66.7");
    assertThat(staff.get("31")[0]).isEqualTo("200.0");
    assertThat(staff.get("31")[1]).isEqualTo("Thành phố Hải Phòng");
    assertThat(staff.get("38")[0]).isEqualTo("0.0");
    // school websites: 31 (H) and 38 (C), both met, against the 60 % school target.
    Map<String, String[]> school = bars(page, "chart-online_services_school");
    assertThat(school.keySet()).containsExactly("31", "38");
    assertThat(school.get("38")).containsExactly("200.0", "Tỉnh Thanh Hóa", "60.0", "100.0");
    // digitized_rare: only B (79) is assessed (F's is not applicable): 0 of 1.
    assertThat(bars(page, "chart-digitized_rare").keySet()).containsExactly("79");
    // Accessible: role img, labelled by its title and description, with a data table of the same rows beside it.
    DomElement svg = page.getElementById("chart-staff_trained");
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(svg.getAttribute("aria-labelledby")).isEqualTo("chart-staff_trained-title chart-staff_trained-desc");
    assertThat(page.getElementById("chart-staff_trained-title").getTextContent()).startsWith("Share of libraries meeting the target: ");
    assertThat(page.getElementById("chart-staff_trained-desc").getTextContent()).contains("red line");
    List<DomElement> rows = all(page.getElementById("data-staff_trained"), "tbody tr");
    assertThat(rows).extracting(r -> r.getAttribute("data-key")).containsExactly("01", "31", "38", "48", "79");
    assertThat(rows.get(0).asNormalizedText()).isEqualTo("Thành phố Hà Nội\t3\t2\t66.7 %\t100 %\tno");
    // The bands: MET 2 (F, H), NEAR 2 (B, D), PARTIAL 3 (A, C, E), FAR 0; the axis goes to 4 (200 px).
    Map<String, String[]> bands = bars(page, "chart-bands");
    assertThat(bands.keySet()).containsExactly("MET", "NEAR", "PARTIAL", "FAR");
    assertThat(bands.get("PARTIAL")[0]).isEqualTo("150.0");
    assertThat(bands.get("MET")[0]).isEqualTo("100.0");
    assertThat(bands.get("FAR")[0]).isEqualTo("0.0");
    assertThat(bands.get("NEAR")[1]).isEqualTo("near");
    assertThat(all(page.getElementById("data-bands"), "tbody tr")).extracting(DomElement::asNormalizedText)
        .containsExactly("met\t2", "near\t2", "partial\t3", "far\t0");
    // Provinces with libraries only, Thanh Hóa with the library that did not answer.
    assertThat(all(page.getElementById("areas"), "tbody tr")).extracting(r -> r.getAttribute("data-key"))
        .containsExactly("01", "31", "38", "48", "79");
    assertThat(all(page.getElementById("areas"), "tbody tr").get(2).asNormalizedText()).endsWith("VN-TH-G");
  }

  @Test
  void aHostileLibraryNameIsTextAndTheVietnamesePageIsInVietnamese() throws IOException {
    HtmlPage page = page("type", "vi");
    assertThat(page.getTitleText()).isEqualTo("Mức sẵn sàng chuyển đổi số theo loại thư viện");
    assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
    assertThat(page.getElementsByTagName("script")).isEmpty();
    assertThat(page.getElementsByTagName("b")).isEmpty();
    DomElement row = all(page, "#libraries tr[data-isil='VN-HD-H']").get(0);
    assertThat(all(row, "td.name").get(0).getTextContent()).isEqualTo(HOSTILE);
    assertThat(page.executeJavaScript("typeof window.pwned").getJavaScriptResult()).isEqualTo("undefined");
    // By type: school libraries C (0.5) and H (1) scored, G did not answer.
    DomElement school = all(page, "#areas tr[data-key='SCHOOL']").get(0);
    assertThat(school.asNormalizedText()).startsWith("Thư viện cơ sở giáo dục phổ thông\t3\t2\t0,750").endsWith("VN-TH-G");
    Map<String, String[]> staff = bars(page, "chart-staff_trained");
    assertThat(staff.keySet()).containsExactly("NATIONAL", "PUBLIC", "UNIVERSITY", "SCHOOL");
    // school: C missing, H met -> 50 % -> 100 px
    assertThat(staff.get("SCHOOL")).containsExactly("100.0", "Thư viện cơ sở giáo dục phổ thông", "100.0", "50.0");
  }
}
