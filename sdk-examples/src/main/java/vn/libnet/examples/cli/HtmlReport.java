package vn.libnet.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.libnet.core.validation.ValidationIssue;

/**
 * The validation report as one self-contained HTML page a cataloguer can open: totals, an inline SVG
 * chart of the most frequent issues, counts per code and per field, and the worst records with their
 * issues. No script, no external file.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String render(MarcReport report, String profile, List<String> files, Locale locale) {
    StringBuilder h = new StringBuilder(16_384);
    String lang = locale.getLanguage().equals("vi") ? "vi" : "en";
    h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\"><head><meta charset=\"utf-8\">")
        .append("<title>").append(esc(t(locale, "html.title"))).append("</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:72rem}")
        .append("table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}")
        .append("th{background:#f0f0f0}.ERROR{color:#b00020}.WARNING{color:#8a5a00}.INFO{color:#555}")
        .append(".totals span{display:inline-block;margin-right:2rem;font-size:1.3rem}")
        .append("</style></head><body>\n");
    h.append("<h1>").append(esc(t(locale, "html.title"))).append("</h1>\n<p>")
        .append(esc(t(locale, "html.profile", profile))).append("<br>")
        .append(esc(t(locale, "html.files", String.join(", ", files)))).append("</p>\n");
    h.append("<p class=\"totals\"><span>").append(esc(t(locale, "html.records", report.records))).append("</span><span>")
        .append(esc(t(locale, "html.valid", report.valid))).append("</span><span class=\"ERROR\">")
        .append(esc(t(locale, "html.invalid", report.invalid()))).append("</span></p>\n");

    List<Map.Entry<String, int[]>> codes = new ArrayList<>(report.byCode.entrySet());
    codes.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
    if (!codes.isEmpty()) {
      h.append("<h2>").append(esc(t(locale, "html.chart"))).append("</h2>\n");
      int shown = Math.min(12, codes.size());
      int max = codes.get(0).getValue()[0];
      int rowHeight = 22;
      h.append("<svg role=\"img\" width=\"760\" height=\"").append(shown * rowHeight + 10).append("\" xmlns=\"http://www.w3.org/2000/svg\">");
      for (int i = 0; i < shown; i++) {
        Map.Entry<String, int[]> e = codes.get(i);
        int width = Math.max(2, (int) Math.round(440.0 * e.getValue()[0] / max));
        int y = i * rowHeight + 5;
        String color = switch (String.valueOf(report.severityOf.get(e.getKey()))) {
          case "ERROR" -> "#b00020";
          case "WARNING" -> "#d08c00";
          default -> "#888";
        };
        h.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(esc(e.getKey())).append("</text>")
            .append("<rect x=\"250\" y=\"").append(y + 3).append("\" width=\"").append(width).append("\" height=\"15\" fill=\"").append(color).append("\"/>")
            .append("<text x=\"").append(255 + width).append("\" y=\"").append(y + 15).append("\" font-size=\"12\">").append(e.getValue()[0]).append("</text>");
      }
      h.append("</svg>\n");
    }

    h.append("<h2>").append(esc(t(locale, "html.byCode"))).append("</h2>\n<table><tr><th>")
        .append(esc(t(locale, "html.code"))).append("</th><th>").append(esc(t(locale, "html.severity"))).append("</th><th>")
        .append(esc(t(locale, "html.count"))).append("</th></tr>\n");
    for (Map.Entry<String, int[]> e : codes) {
      String sev = String.valueOf(report.severityOf.get(e.getKey()));
      h.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"").append(sev).append("\">")
          .append(esc(CliText.text(locale, "severity." + sev))).append("</td><td>").append(e.getValue()[0]).append("</td></tr>\n");
    }
    h.append("</table>\n<h2>").append(esc(t(locale, "html.byField"))).append("</h2>\n<table><tr><th>")
        .append(esc(t(locale, "html.field"))).append("</th><th>").append(esc(t(locale, "html.count"))).append("</th></tr>\n");
    report.byField.forEach((field, n) -> h.append("<tr><td>").append(esc(field)).append("</td><td>").append(n).append("</td></tr>\n"));
    h.append("</table>\n<h2>").append(esc(t(locale, "html.worst"))).append("</h2>\n");
    for (MarcReport.RecordOutcome r : report.worst()) {
      h.append("<h3>").append(esc(t(locale, "html.record", r.file(), r.number(), r.controlNumber() == null ? "-" : r.controlNumber(), r.errors(), r.warnings())))
          .append("</h3>\n<table><tr><th>").append(esc(t(locale, "html.severity"))).append("</th><th>")
          .append(esc(t(locale, "html.code"))).append("</th><th>").append(esc(t(locale, "html.path"))).append("</th><th>")
          .append(esc(t(locale, "html.message"))).append("</th></tr>\n");
      for (ValidationIssue i : r.issues()) {
        h.append("<tr><td class=\"").append(i.severity()).append("\">").append(esc(CliText.text(locale, "severity." + i.severity())))
            .append("</td><td>").append(esc(i.code())).append("</td><td>").append(esc(i.path())).append("</td><td>")
            .append(esc(i.message())).append(i.suggestion().isEmpty() ? "" : "<br><i>" + esc(i.suggestion()) + "</i>").append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    h.append("</body></html>\n");
    return h.toString();
  }

  private static String t(Locale locale, String key, Object... args) {
    return CliText.text(locale, key, args);
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
