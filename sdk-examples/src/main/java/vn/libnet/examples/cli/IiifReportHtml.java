package vn.libnet.examples.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/**
 * {@code libnet digital iiif validate --format html} (and {@code digital validate}, {@code digital check}): one self-contained page (inline CSS, no script) with
 * the verdict, the counts and each issue's severity, code, JSON Pointer, message and suggestion, in the
 * chosen language. Every text from the document is escaped, so a manifest cannot inject markup.
 */
final class IiifReportHtml {
  private IiifReportHtml() {}

  static String html(String file, ValidationReport report, Locale locale) {
    return html(CliText.text(locale, "digital.iiif.html.title", file), "digital.iiif.html.path", List.of(Map.entry(file, report)), locale);
  }

  /**
   * One page of several reports (a bag's and its format policy's, say), each with its verdict line and its
   * table of issues; {@code pathKey} names the column of where each issue is.
   */
  static String html(String title, String pathKey, List<Map.Entry<String, ValidationReport>> reports, Locale locale) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(locale.getLanguage().equals("vi") ? "vi" : "en")
        .append("\"><head><meta charset=\"utf-8\"><title>").append(HtmlReport.esc(title)).append("</title><style>").append(HtmlReport.CSS)
        .append("</style></head><body>\n<h1>").append(HtmlReport.esc(title)).append("</h1>\n");
    for (Map.Entry<String, ValidationReport> r : reports) {
      section(b, r.getKey(), r.getValue(), pathKey, locale);
    }
    return b.append("</body></html>\n").toString();
  }

  private static void section(StringBuilder b, String file, ValidationReport report, String pathKey, Locale locale) {
    b.append("<p class=\"totals\">")
        .append(HtmlReport.esc(CliText.text(locale, report.isValid() ? "report.header.valid" : "report.header.invalid", file, 1,
            report.profile(), report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO))))
        .append("</p>\n");
    if (!report.issues().isEmpty()) {
      b.append("<table class=\"issues\"><thead><tr><th>").append(HtmlReport.esc(CliText.text(locale, "digital.iiif.html.severity")))
          .append("</th><th>").append(HtmlReport.esc(CliText.text(locale, "digital.iiif.html.code"))).append("</th><th>")
          .append(HtmlReport.esc(CliText.text(locale, pathKey))).append("</th><th>")
          .append(HtmlReport.esc(CliText.text(locale, "digital.iiif.html.message"))).append("</th></tr></thead><tbody>\n");
      for (ValidationIssue i : report.issues()) {
        b.append("<tr><td class=\"").append(i.severity()).append("\">").append(HtmlReport.esc(CliText.text(locale, "severity." + i.severity())))
            .append("</td><td><code>").append(HtmlReport.esc(i.code())).append("</code></td><td><code>").append(HtmlReport.esc(i.path()))
            .append("</code></td><td>").append(HtmlReport.esc(i.message()));
        if (!i.suggestion().isEmpty()) {
          b.append("<br>→ ").append(HtmlReport.esc(i.suggestion()));
        }
        b.append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    }
  }
}
