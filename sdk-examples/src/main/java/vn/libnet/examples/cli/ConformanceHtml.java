package vn.libnet.examples.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;

/**
 * {@code libnet conformance --format html} (and {@code csv}): the hub, the key, the run's date and the tool
 * version, then each requirement with pass or fail, its text and the evidence, in the chosen language.
 * One self-contained page: inline CSS, no script, nothing loaded from elsewhere.
 *
 * <p>The evidence is the suite's own message ({@link CheckResult#detail(Locale)}), in the report's language;
 * a text from elsewhere that it quotes (an exception's message) is data, shown as it was recorded.
 */
final class ConformanceHtml {
  private ConformanceHtml() {}

  static String html(ConformanceReport r, Locale locale) {
    return html(r, t(locale, "conformance.title", r.baseUrl(), r.keyId()), locale);
  }

  static String html(ConformanceReport r, String title, Locale locale) {
    String lang = locale.getLanguage().equals("vi") ? "vi" : "en";
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title><style>").append(HtmlReport.CSS)
        .append(".pass{color:#0a6b2a;font-weight:bold}.fail{color:#b00020;font-weight:bold}tr.failed{background:#fff0f0}</style></head><body>\n<h1>")
        .append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(t(locale, r.keyId() == null ? "conformance.html.endpoint" : "conformance.html.hub"))).append(" <a href=\"")
        .append(esc(r.baseUrl())).append("\">").append(esc(r.baseUrl())).append("</a><br>")
        .append(r.keyId() == null ? "" : esc(t(locale, "conformance.html.key", r.keyId())) + "<br>").append(esc(t(locale, "html.date")))
        .append(" <time datetime=\"").append(esc(r.at().toString())).append("\">")
        .append(esc(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.systemDefault()).format(r.at())
            + " " + ZoneId.systemDefault().getId()))
        .append("</time><br>").append(esc(t(locale, "html.version", ToolVersion.current().orElse(t(locale, "html.version.unknown"))))).append("</p>\n");
    b.append("<p class=\"totals\"><span class=\"").append(r.passed() ? "pass" : "fail").append("\">")
        .append(esc(t(locale, "conformance.summary", r.results().size() - r.failures(), r.results().size(), r.baseUrl()))).append("</span></p>\n");
    b.append("<table id=\"requirements\"><thead><tr><th>#</th><th>").append(esc(t(locale, "conformance.html.result"))).append("</th><th>")
        .append(esc(t(locale, "conformance.html.requirement"))).append("</th><th>").append(esc(t(locale, "conformance.html.text"))).append("</th><th>")
        .append(esc(t(locale, "conformance.html.evidence"))).append("</th></tr></thead><tbody>\n");
    int n = 1;
    for (CheckResult c : r.results()) {
      b.append("<tr").append(c.passed() ? "" : " class=\"failed\"").append("><td>").append(n++).append("</td><td class=\"")
          .append(c.passed() ? "pass\">" : "fail\">").append(esc(t(locale, c.passed() ? "conformance.pass" : "conformance.fail")))
          .append("</td><td><code>").append(esc(c.requirement().name())).append("</code></td><td>").append(esc(c.requirement().text(locale)))
          .append("</td><td>").append(esc(c.detail(locale))).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    return b.append("</body></html>\n").toString();
  }

  /** One line per requirement (RFC 4180), the columns of the HTML table. */
  static String csv(ConformanceReport r, Locale locale) {
    StringBuilder b = new StringBuilder("\ufeff").append(t(locale, "conformance.csv.header")).append("\r\n");
    for (CheckResult c : r.results()) {
      b.append(String.join(",", c.requirement().name(), c.passed() ? "PASS" : "FAIL", IssueCsv.cell(c.requirement().text(locale)),
          IssueCsv.cell(c.detail(locale)))).append("\r\n");
    }
    return b.toString();
  }

  private static String t(Locale locale, String key, Object... args) {
    return CliText.text(locale, key, args);
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }
}
