package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import vn.libnet.core.validation.ValidationIssue;

/**
 * {@code marc validate --format csv}: the issue list, one row per issue, written as the reader goes
 * (RFC 4180: comma-separated, CRLF, quoted when needed). The columns are those of the HTML report's CSV
 * export, so both open the same way in a spreadsheet.
 */
final class IssueCsv {
  private IssueCsv() {}

  static void header(PrintWriter out, Locale locale) {
    // The byte-order mark makes spreadsheet programs read the Vietnamese text as UTF-8.
    out.print('\ufeff');
    out.print(CliText.text(locale, "html.csv.header") + "\r\n");
  }

  static void rows(PrintWriter out, String file, int record, String controlNumber, List<ValidationIssue> issues) {
    for (ValidationIssue i : issues) {
      out.print(String.join(",", cell(file), cell(String.valueOf(record)), cell(controlNumber), cell(i.severity().name()), cell(i.code()),
          cell(i.path()), cell(i.message()), cell(i.suggestion())) + "\r\n");
    }
  }

  static String cell(String v) {
    if (v == null) {
      return "";
    }
    if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
      return v;
    }
    return '"' + v.replace("\"", "\"\"") + '"';
  }
}
