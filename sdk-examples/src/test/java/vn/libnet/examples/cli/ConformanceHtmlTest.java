package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.htmlunit.BrowserVersion;
import org.htmlunit.StringWebResponse;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTableRow;
import org.junit.jupiter.api.Test;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.Requirement;

/** The conformance report: hub, date, each requirement's result and its evidence in the report's language. */
class ConformanceHtmlTest {
  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final ConformanceReport REPORT = new ConformanceReport("http://127.0.0.1:8080/", "VN-HaNoi-TVHN#k1",
      Instant.parse("2026-12-01T03:15:30Z"), List.of(
          new CheckResult(Requirement.ANSWERS_SIGNED, true, "CONFORMANCE_KEYS_PUBLISHED", List.of("1")),
          new CheckResult(Requirement.REPLAY_REFUSED, true, "CONFORMANCE_REPLAY", List.of()),
          new CheckResult(Requirement.TAMPERED_DIGEST_REFUSED, true, "CONFORMANCE_REFUSED", List.of("401", "DIGEST_INVALID")),
          new CheckResult(Requirement.DRY_RUN_STORES_NOTHING, true, "CONFORMANCE_DRY_RUN", List.of("2", "ACCEPTED 2, MERGED 0, REJECTED 0")),
          new CheckResult(Requirement.OTHER_LIBRARY_FORBIDDEN, false, "CONFORMANCE_ANSWERED_CODE", List.of("401", "UNKNOWN_KEY", "403")),
          new CheckResult(Requirement.CURSOR_PAGINATION, false, "CONFORMANCE_UNEXPECTED", List.of("<Connection refused>"))));

  private static HtmlPage load(String html) throws Exception {
    try (WebClient browser = new WebClient(BrowserVersion.FIREFOX)) {
      return browser.loadWebResponseInto(new StringWebResponse(html, new java.net.URL("http://localhost/report.html")),
          browser.getCurrentWindow()) instanceof HtmlPage p ? p : null;
    }
  }

  @Test
  void theVietnameseReportShowsTheSuitesEvidenceInVietnameseAndQuotesForeignTextAsData() throws Exception {
    String html = ConformanceHtml.html(REPORT, VI);
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">").doesNotContain("<script").doesNotContain(" src=")
        .contains("<time datetime=\"2026-12-01T03:15:30Z\">").contains("href=\"http://127.0.0.1:8080/\"")
        .contains("&lt;Connection refused&gt;").doesNotContain("<Connection");
    HtmlPage page = load(html);
    List<HtmlTableRow> rows = page.<HtmlTableRow>getByXPath("//table[@id='requirements']/tbody/tr");
    assertThat(rows).hasSize(6);
    assertThat(rows.get(0).getCell(1).asNormalizedText()).isEqualTo("ĐẠT");
    assertThat(rows.get(0).getCell(4).asNormalizedText())
        .isEqualTo("Hub công bố 1 khoá; câu trả lời cho một yêu cầu đọc không ký đã được xác minh bằng các khoá đó");
    assertThat(rows.get(1).getCell(4).asNormalizedText()).isEqualTo("lần đầu 200, gửi lại 401 REPLAYED");
    assertThat(rows.get(2).getCell(4).asNormalizedText()).isEqualTo("trả lời 401 DIGEST_INVALID");
    assertThat(rows.get(3).getCell(4).asNormalizedText()).isEqualTo("2 kết quả (ACCEPTED 2, MERGED 0, REJECTED 0), không có mã biểu ghi");
    assertThat(rows.get(4).getCell(1).asNormalizedText()).isEqualTo("KHÔNG ĐẠT");
    assertThat(rows.get(4).getCell(4).asNormalizedText()).isEqualTo("trả lời 401 UNKNOWN_KEY, không phải 403");
    // The exception's English message is quoted data after a whole Vietnamese sentence, not woven into it.
    assertThat(rows.get(5).getCell(4).asNormalizedText()).isEqualTo("lỗi không lường trước; thông báo gốc: \"<Connection refused>\"");
    assertThat(rows.get(0).getCell(3).asNormalizedText()).contains("Hub công bố JWKS");
    assertThat(page.asNormalizedText()).contains("http://127.0.0.1:8080/ đạt 4/6 yêu cầu").contains("Thời điểm chạy:").contains("http://127.0.0.1:8080/");
  }

  @Test
  void theEnglishReportAndTheCsvSayTheSame() throws Exception {
    HtmlPage page = load(ConformanceHtml.html(REPORT, Locale.ENGLISH));
    List<HtmlTableRow> rows = page.<HtmlTableRow>getByXPath("//table[@id='requirements']/tbody/tr");
    assertThat(rows.get(4).getCell(1).asNormalizedText()).isEqualTo("FAIL");
    assertThat(rows.get(2).getCell(4).asNormalizedText()).isEqualTo("answered 401 DIGEST_INVALID");
    assertThat(rows.get(3).getCell(4).asNormalizedText()).isEqualTo("2 outcomes (ACCEPTED 2, MERGED 0, REJECTED 0), no record id");
    assertThat(rows.get(4).getCell(4).asNormalizedText()).isEqualTo("answered 401 UNKNOWN_KEY, not 403");
    assertThat(rows.get(5).getCell(4).asNormalizedText()).isEqualTo("unexpected failure: \"<Connection refused>\"");
    assertThat(page.asNormalizedText()).contains("4 of 6 requirements passed by http://127.0.0.1:8080/");
    List<String> csv = ConformanceHtml.csv(REPORT, VI).lines().toList();
    assertThat(csv).hasSize(7);
    assertThat(csv.get(0)).isEqualTo("\ufeffyêu cầu,kết quả,nội dung,bằng chứng");
    assertThat(csv.get(5)).startsWith("OTHER_LIBRARY_FORBIDDEN,FAIL,").endsWith(",\"trả lời 401 UNKNOWN_KEY, không phải 403\"");
    assertThat(ConformanceHtml.csv(REPORT, Locale.ENGLISH).lines().toList().get(5)).endsWith(",\"answered 401 UNKNOWN_KEY, not 403\"");
  }
}
