package vn.libnet.examples.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;

/**
 * {@code libnet conformance --format html} (and {@code csv}): the hub, the key, the run's date and the tool
 * version, then each requirement with pass or fail, its text and the evidence, in the chosen language.
 * One self-contained page: inline CSS, no script, nothing loaded from elsewhere.
 *
 * <p>The suite records its evidence in English; the phrases it uses are translated here (see {@link
 * #evidence}). Evidence in another wording, such as an exception's message, is shown as it is and marked
 * {@code lang="en"}.
 */
final class ConformanceHtml {
  private ConformanceHtml() {}

  /** The suite's English phrases and the key of their translation; groups become the arguments. */
  private static final List<Phrase> PHRASES = List.of(
      new Phrase("(\\d+) key\\(s\\) published; an unsigned read's answer verified against them", "conformance.evidence.keys"),
      new Phrase("read bound, and refused for another request \\((\\S+)\\); dry-run write bound, and refused for another request \\((\\S+)\\)",
          "conformance.evidence.bound"),
      new Phrase("first 200, replay 401 REPLAYED", "conformance.evidence.replay"),
      new Phrase("2 outcomes (.*), no record id", "conformance.evidence.dryRun"),
      new Phrase("REJECTED with (.*)", "conformance.evidence.rejected"),
      new Phrase("same answer twice; another body 409 (\\S+)", "conformance.evidence.idempotent"),
      new Phrase("cursor (\\S+) then (\\S+)", "conformance.evidence.cursor"),
      new Phrase("answered (\\d+) (\\S+), not (.+)", "conformance.evidence.answeredCode"),
      new Phrase("answered (\\d+), not (.+)", "conformance.evidence.answered"),
      new Phrase("the hub publishes no usable key, so no answer can be checked", "conformance.evidence.noKey"),
      new Phrase("the answer does not verify against its request: (\\S+)", "conformance.evidence.notVerified"));

  // The suite prefixes an unexpected failure with its Java class; a person needs only the message.
  private static String cleaned(String detail) {
    return detail == null ? "" : detail.replaceFirst("^[A-Z][A-Za-z0-9]*(Exception|Error): ", "");
  }

  /** The evidence in {@code locale}, or {@code null} when it is in a wording not known here (kept in English). */
  static String evidence(String detail, Locale locale) {
    if (detail == null || detail.isEmpty()) {
      return "";
    }
    detail = cleaned(detail);
    // Status codes and error codes alone ("401 DIGEST_INVALID") are the same in every language.
    if (!detail.matches(".*[a-z]{2,}.*")) {
      return detail;
    }
    for (Phrase p : PHRASES) {
      Matcher m = p.pattern.matcher(detail);
      if (m.matches()) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
          args[i] = counts(m.group(i + 1));
        }
        return CliText.text(locale, p.key, args);
      }
    }
    return locale.getLanguage().equals("vi") ? null : detail;
  }

  // The suite quotes totals as a map ("{ACCEPTED=2, MERGED=0}"); a person reads "ACCEPTED 2, MERGED 0".
  private static String counts(String s) {
    if (!s.matches("\\{[A-Z_]+=\\d+(, [A-Z_]+=\\d+)*}")) {
      return s;
    }
    return s.substring(1, s.length() - 1).replace('=', ' ');
  }

  static String html(ConformanceReport r, Locale locale) {
    String lang = locale.getLanguage().equals("vi") ? "vi" : "en";
    String title = t(locale, "conformance.title", r.baseUrl(), r.keyId());
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
        .append("</title><style>").append(HtmlReport.CSS)
        .append(".pass{color:#0a6b2a;font-weight:bold}.fail{color:#b00020;font-weight:bold}tr.failed{background:#fff0f0}</style></head><body>\n<h1>")
        .append(esc(title)).append("</h1>\n<p class=\"meta\">")
        .append(esc(t(locale, "conformance.html.hub"))).append(" <a href=\"").append(esc(r.baseUrl())).append("\">").append(esc(r.baseUrl()))
        .append("</a><br>").append(esc(t(locale, "conformance.html.key", r.keyId()))).append("<br>").append(esc(t(locale, "html.date")))
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
      String ev = evidence(c.detail(), locale);
      b.append("<tr").append(c.passed() ? "" : " class=\"failed\"").append("><td>").append(n++).append("</td><td class=\"")
          .append(c.passed() ? "pass\">" : "fail\">").append(esc(t(locale, c.passed() ? "conformance.pass" : "conformance.fail")))
          .append("</td><td><code>").append(esc(c.requirement().name())).append("</code></td><td>").append(esc(c.requirement().text(locale)))
          .append("</td><td").append(ev == null ? " lang=\"en\">" : ">").append(esc(ev == null ? cleaned(c.detail()) : ev)).append("</td></tr>\n");
    }
    b.append("</tbody></table>\n");
    if (r.results().stream().anyMatch(c -> evidence(c.detail(), locale) == null)) {
      b.append("<p class=\"note\">").append(esc(t(locale, "conformance.html.untranslated"))).append("</p>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  /** One line per requirement (RFC 4180), the columns of the HTML table. */
  static String csv(ConformanceReport r, Locale locale) {
    StringBuilder b = new StringBuilder("\ufeff").append(t(locale, "conformance.csv.header")).append("\r\n");
    for (CheckResult c : r.results()) {
      String ev = evidence(c.detail(), locale);
      b.append(String.join(",", c.requirement().name(), c.passed() ? "PASS" : "FAIL", IssueCsv.cell(c.requirement().text(locale)),
          IssueCsv.cell(ev == null ? cleaned(c.detail()) : ev))).append("\r\n");
    }
    return b.toString();
  }

  private static String t(Locale locale, String key, Object... args) {
    return CliText.text(locale, key, args);
  }

  private static String esc(String s) {
    return HtmlReport.esc(s);
  }

  private record Phrase(Pattern pattern, String key) {
    Phrase(String regex, String key) {
      this(Pattern.compile(regex), key);
    }
  }
}
