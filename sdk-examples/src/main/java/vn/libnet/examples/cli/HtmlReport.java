package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marc4j.marc.Record;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * The MARC validation report as one self-contained HTML page a cataloguer works from: run date, tool
 * version, profile, totals, every issue code with its rule, severity, count and documentation link, and
 * every record with issues (control number, issues, the record in MRK), filterable by code, field and
 * severity, paged, with a CSV export of the issue list. No external file: CSS and script are inline.
 *
 * <p>Written as the reader goes, so a file of any size needs one record in memory at a time: {@link
 * #begin} writes the head, {@link #record} appends one JSON island ({@code <script
 * type="application/json">}) per record with issues, and {@link #end} writes the totals (known only
 * then) and the script that moves them to the top and renders the records. Record data reaches the page
 * only as JSON with {@code <}, {@code >} and {@code &} escaped, and the script puts it into the page as
 * text, never as markup, so a record cannot inject anything.
 */
final class HtmlReport {
  /** Records shown per page; the filter works on all of them. */
  static final int PAGE = 50;

  /**
   * Where the rules are documented: docs/marc-rules.md, whose code cells carry an anchor per code. The
   * one place to change when the project's public URL changes.
   */
  static final String RULES_DOCUMENT = "https://github.com/libnet-vn/libnet-sdk/blob/main/docs/marc-rules.md";

  private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new HtmlSafeEscapes())
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final Writer out;
  private final Locale locale;
  private final NumberFormat numbers;

  HtmlReport(Writer out, Locale locale) {
    this.out = out;
    this.locale = locale;
    this.numbers = NumberFormat.getIntegerInstance(locale);
  }

  /** The head: title, run date, tool version, profile and files, the filter bar and the empty list. */
  void begin(String profile, List<String> files, ZonedDateTime at) throws IOException {
    String lang = locale.getLanguage().equals("vi") ? "vi" : "en";
    out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">\n<title>" + esc(t("html.title"))
        + "</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<style>" + CSS + "</style></head><body>\n");
    out.write("<h1>" + esc(t("html.title")) + "</h1>\n<p class=\"meta\">");
    out.write(esc(t("html.date")) + " <time datetime=\"" + esc(at.toOffsetDateTime().toString()) + "\">"
        + esc(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).format(at) + " " + at.getZone().getId())
        + "</time><br>");
    out.write(esc(t("html.version", ToolVersion.current().orElse(t("html.version.unknown")))) + "<br>");
    out.write(esc(t("html.profile", profile)) + "<br>" + esc(t("html.files", String.join(", ", files))) + "</p>\n");
    out.write("<noscript><p class=\"note\">" + esc(t("html.noscript")) + "</p></noscript>\n");
    out.write("<div id=\"summary-slot\"></div>\n");
    out.write("<h2>" + esc(t("html.recordsHeading")) + "</h2>\n<p class=\"note\">" + esc(t("html.validNotListed")) + "</p>\n");
    out.write("<form id=\"filters\" onsubmit=\"return false\">"
        + "<label>" + esc(t("html.code")) + " <select id=\"f-code\"><option value=\"\">" + esc(t("html.all")) + "</option></select></label> "
        + "<label>" + esc(t("html.field")) + " <select id=\"f-field\"><option value=\"\">" + esc(t("html.all")) + "</option></select></label> "
        + "<label>" + esc(t("html.severity")) + " <select id=\"f-severity\"><option value=\"\">" + esc(t("html.all")) + "</option>");
    for (Severity s : Severity.values()) {
      out.write("<option value=\"" + s + "\">" + esc(t("severity." + s)) + "</option>");
    }
    out.write("</select></label> <button type=\"button\" id=\"f-clear\">" + esc(t("html.clear")) + "</button> "
        + "<a id=\"csv\" class=\"button\" href=\"#\" download=\"libnet-issues.csv\">" + esc(t("html.csv")) + "</a></form>\n");
    out.write("<p id=\"showing\" aria-live=\"polite\"></p>\n<table id=\"records\"><thead><tr><th>" + esc(t("html.record")) + "</th><th>001</th><th>"
        + esc(t("html.issues")) + "</th><th></th></tr></thead><tbody></tbody></table>\n"
        + "<p class=\"pager\"><button type=\"button\" id=\"prev\">" + esc(t("html.prev")) + "</button> <span id=\"page\"></span> "
        + "<button type=\"button\" id=\"next\">" + esc(t("html.next")) + "</button></p>\n");
    out.write("<script type=\"application/json\" id=\"texts\">");
    writeTexts();
    out.write("</script>\n<script type=\"application/json\" id=\"files\">");
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartArray();
      for (String f : files) {
        g.writeString(f);
      }
      g.writeEndArray();
    }
    out.write("</script>\n");
  }

  /** One record: nothing when it has no issue, else its JSON island, written at once. */
  void record(int file, int number, String controlNumber, Record record, List<ValidationIssue> issues) throws IOException {
    if (issues.isEmpty()) {
      return;
    }
    out.write("<script type=\"application/json\" class=\"rec\">");
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("f", file);
      g.writeNumberField("n", number);
      g.writeStringField("c", controlNumber);
      g.writeArrayFieldStart("i");
      for (ValidationIssue i : issues) {
        g.writeStartArray();
        g.writeString(i.severity().name());
        g.writeString(i.code());
        g.writeString(i.path());
        g.writeString(MarcReport.fieldOf(i.path()));
        g.writeString(i.message());
        g.writeString(i.suggestion());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeStringField("m", record == null ? null : mrk(record));
      g.writeEndObject();
    }
    out.write("</script>\n");
  }

  /** The totals and tables, then the script that moves them to the top and renders the records. */
  void end(MarcReport report) throws IOException {
    out.write("<div id=\"summary\">\n<p class=\"totals\"><span>" + esc(t("html.records", report.records)) + "</span><span>"
        + esc(t("html.valid", report.valid)) + "</span><span class=\"ERROR\">" + esc(t("html.invalid", report.invalid()))
        + "</span><span>" + esc(t("html.issueCount", report.byCode.values().stream().mapToLong(c -> c[0]).sum())) + "</span></p>\n");
    List<Map.Entry<String, int[]>> codes = new ArrayList<>(report.byCode.entrySet());
    codes.sort((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]));
    int max = codes.isEmpty() ? 1 : codes.get(0).getValue()[0];
    out.write("<h2>" + esc(t("html.byCode")) + "</h2>\n<table id=\"codes\"><tr><th>" + esc(t("html.code")) + "</th><th>" + esc(t("html.rule"))
        + "</th><th>" + esc(t("html.severity")) + "</th><th>" + esc(t("html.count")) + "</th><th>" + esc(t("html.doc")) + "</th></tr>\n");
    for (Map.Entry<String, int[]> e : codes) {
      String code = e.getKey();
      String sev = String.valueOf(report.severityOf.get(code));
      int n = e.getValue()[0];
      out.write("<tr data-code=\"" + esc(code) + "\"><td><code>" + esc(code) + "</code></td><td>" + esc(title(code)) + "</td><td class=\"" + esc(sev)
          + "\">" + esc(t("severity." + sev)) + "</td><td class=\"num\"><span class=\"bar\" style=\"width:" + Math.max(1, 100L * n / max)
          + "px\"></span> " + esc(numbers.format(n)) + "</td><td><a href=\"" + esc(RULES_DOCUMENT + "#" + code) + "\">"
          + esc(t("html.docLink")) + "</a></td></tr>\n");
    }
    out.write("</table>\n<h2>" + esc(t("html.byField")) + "</h2>\n<table id=\"fields\"><tr><th>" + esc(t("html.field")) + "</th><th>"
        + esc(t("html.count")) + "</th></tr>\n");
    for (Map.Entry<String, Integer> e : report.byField.entrySet()) {
      out.write("<tr data-field=\"" + esc(e.getKey()) + "\"><td>" + esc(e.getKey()) + "</td><td class=\"num\">" + esc(numbers.format(e.getValue()))
          + "</td></tr>\n");
    }
    out.write("</table>\n</div>\n<script>" + SCRIPT + "</script>\n</body></html>\n");
    out.flush();
  }

  // The rule's text with its placeholders shown as an ellipsis: what the code means, without one record's values.
  private String title(String code) {
    if (!Messages.has(code)) {
      return "";
    }
    return Messages.format(locale, code, "…", "…", "…", "…", "…");
  }

  private void writeTexts() throws IOException {
    char grouping = DecimalFormatSymbols.getInstance(locale).getGroupingSeparator();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("grouping", String.valueOf(grouping));
      for (String key : new String[] {"html.showing", "html.none", "html.mrk.show", "html.mrk.hide", "html.unreadable", "html.pageOf",
          "html.recordOf", "html.csv.header", "severity.ERROR", "severity.WARNING", "severity.INFO"}) {
        // {0}, {1}, {2} stay in for the script to fill; MessageFormat would otherwise format them away.
        g.writeStringField(key, t(key, "{0}", "{1}", "{2}"));
      }
      g.writeEndObject();
    }
  }

  private String t(String key, Object... args) {
    return CliText.text(locale, key, args);
  }

  static String mrk(Record record) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(1024);
    try (MarcRecordWriter w = MarcWriters.open(buf, MarcFormat.MRK)) {
      w.write(record);
    }
    return buf.toString(StandardCharsets.UTF_8).strip();
  }

  static ZonedDateTime now() {
    return ZonedDateTime.now(ZoneId.systemDefault());
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
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

  /** JSON that can sit inside a script element: no {@code </script>}, no {@code <!--}, no entity. */
  private static final class HtmlSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    HtmlSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      // U+2028 and U+2029 are line ends in older script engines; escaped, they are ordinary characters.
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }

  static final String CSS = "body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:80rem}"
      + "table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left;vertical-align:top}"
      + "th{background:#f0f0f0}.ERROR{color:#b00020}.WARNING{color:#8a5a00}.INFO{color:#555}.num{text-align:right;white-space:nowrap}"
      + ".bar{display:inline-block;height:.7rem;background:#b7c7e0;vertical-align:middle}.meta{color:#444}.note{color:#555;font-style:italic}"
      + ".totals span{display:inline-block;margin-right:2rem;font-size:1.3rem}#filters{background:#f7f7f7;padding:.6rem;border:1px solid #ddd}"
      + "#filters label{margin-right:1rem}.button{margin-left:1rem;padding:.2rem .6rem;border:1px solid #888;border-radius:3px;"
      + "text-decoration:none;color:#222;background:#fff}ul.issues{margin:0;padding-left:1rem}ul.issues li.match{font-weight:bold}"
      + "pre.mrk{background:#fafafa;border:1px solid #ddd;padding:.5rem;white-space:pre-wrap;margin:0}.sugg{color:#555;font-style:italic}";

  // ES5 only, so that every browser (and HtmlUnit in the tests) runs it. Record data goes in as text nodes.
  static final String SCRIPT = """
      (function () {
        var T = JSON.parse(document.getElementById('texts').textContent);
        var files = JSON.parse(document.getElementById('files').textContent);
        var recs = [];
        var islands = document.querySelectorAll('script.rec');
        for (var k = 0; k < islands.length; k++) { recs.push(JSON.parse(islands[k].textContent)); }
        var summary = document.getElementById('summary');
        document.getElementById('summary-slot').appendChild(summary);
        function $(id) { return document.getElementById(id); }
        function el(tag, cls, text) {
          var e = document.createElement(tag);
          if (cls) { e.className = cls; }
          if (text !== undefined && text !== null) { e.appendChild(document.createTextNode(String(text))); }
          return e;
        }
        function num(n) {
          var s = String(n), out = '';
          while (s.length > 3) { out = T.grouping + s.slice(-3) + out; s = s.slice(0, -3); }
          return s + out;
        }
        function fill(p) {
          var a = arguments;
          return p.replace(/\\{(\\d)\\}/g, function (m, d) { return a[+d + 1]; });
        }
        function options(select, values) {
          for (var k = 0; k < values.length; k++) { var o = el('option', null, values[k]); o.value = values[k]; select.appendChild(o); }
        }
        var codes = [], fields = [];
        var rows = summary.querySelectorAll('tr[data-code]');
        for (var k = 0; k < rows.length; k++) { codes.push(rows[k].getAttribute('data-code')); }
        codes.sort();
        rows = summary.querySelectorAll('tr[data-field]');
        for (var k = 0; k < rows.length; k++) { fields.push(rows[k].getAttribute('data-field')); }
        options($('f-code'), codes);
        options($('f-field'), fields);
        var page = 0, shown = [];
        function matches(i) {
          var c = $('f-code').value, f = $('f-field').value, s = $('f-severity').value;
          return (!c || i[1] === c) && (!f || i[3] === f) && (!s || i[0] === s);
        }
        function filtered() { return !!($('f-code').value || $('f-field').value || $('f-severity').value); }
        function filter() {
          shown = [];
          for (var k = 0; k < recs.length; k++) {
            for (var j = 0; j < recs[k].i.length; j++) { if (matches(recs[k].i[j])) { shown.push(recs[k]); break; } }
          }
          page = 0;
          render();
        }
        function render() {
          var body = $('records').tBodies[0];
          while (body.firstChild) { body.removeChild(body.firstChild); }
          var from = page * %d, to = Math.min(shown.length, from + %d);
          for (var k = from; k < to; k++) { row(body, shown[k]); }
          $('showing').textContent = shown.length ? fill(T['html.showing'], num(from + 1), num(to), num(shown.length)) : T['html.none'];
          var pages = Math.max(1, Math.ceil(shown.length / %d));
          $('page').textContent = fill(T['html.pageOf'], num(page + 1), num(pages));
          $('prev').disabled = page === 0;
          $('next').disabled = page >= pages - 1;
        }
        function row(body, r) {
          var tr = el('tr', 'rec');
          tr.setAttribute('data-record', r.n);
          tr.appendChild(el('td', null, fill(T['html.recordOf'], num(r.n), files[r.f])));
          tr.appendChild(el('td', 'cn', r.c === null ? '-' : r.c));
          var td = el('td'), ul = el('ul', 'issues');
          for (var j = 0; j < r.i.length; j++) {
            var i = r.i[j], li = el('li', filtered() && matches(i) ? 'match' : null);
            li.appendChild(el('span', i[0], T['severity.' + i[0]]));
            li.appendChild(document.createTextNode(' '));
            li.appendChild(el('code', 'code', i[1]));
            li.appendChild(document.createTextNode(' ' + i[2] + ': ' + i[4]));
            if (i[5]) { li.appendChild(el('div', 'sugg', i[5])); }
            ul.appendChild(li);
          }
          td.appendChild(ul);
          var pre = el('pre', 'mrk', r.m === null ? T['html.unreadable'] : r.m);
          pre.style.display = 'none';
          td.appendChild(pre);
          tr.appendChild(td);
          var b = el('button', 'show', T['html.mrk.show']);
          b.type = 'button';
          b.onclick = function () {
            var open = pre.style.display === 'none';
            pre.style.display = open ? 'block' : 'none';
            b.textContent = open ? T['html.mrk.hide'] : T['html.mrk.show'];
          };
          var bt = el('td');
          bt.appendChild(b);
          tr.appendChild(bt);
          body.appendChild(tr);
        }
        function cell(v) {
          v = v === null || v === undefined ? '' : String(v);
          return /[",\\r\\n]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
        }
        function csv() {
          var lines = [T['html.csv.header']];
          for (var k = 0; k < shown.length; k++) {
            var r = shown[k];
            for (var j = 0; j < r.i.length; j++) {
              var i = r.i[j];
              if (matches(i)) { lines.push([files[r.f], r.n, r.c, i[0], i[1], i[2], i[4], i[5]].map(cell).join(',')); }
            }
          }
          return lines.join('\\r\\n') + '\\r\\n';
        }
        $('csv').onclick = function () {
          // A data: URI: no server and no Blob support needed; the BOM makes spreadsheet programs read UTF-8.
          this.href = 'data:text/csv;charset=utf-8,' + encodeURIComponent('\\ufeff' + csv());
        };
        $('f-code').onchange = filter;
        $('f-field').onchange = filter;
        $('f-severity').onchange = filter;
        $('f-clear').onclick = function () { $('f-code').value = ''; $('f-field').value = ''; $('f-severity').value = ''; filter(); };
        $('prev').onclick = function () { if (page > 0) { page--; render(); } };
        $('next').onclick = function () { if ((page + 1) * %d < shown.length) { page++; render(); } };
        window.libnetReport = { csv: csv, records: recs.length };
        filter();
      })();
      """.formatted(PAGE, PAGE, PAGE, PAGE);
}
