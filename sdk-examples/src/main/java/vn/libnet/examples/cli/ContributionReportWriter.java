package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import vn.libnet.client.ContributionOutcome;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.ValidationIssue;

/**
 * {@code libnet contribute --report FILE}: what became of each record, so that a cataloguer can find the
 * rejected ones and see why. One line (JSON Lines, CSV) or table row (HTML) per record, written as the
 * hub answers each batch, so a file of any size needs no record in memory; records come in the order
 * their batches finish, each with its input position.
 */
final class ContributionReportWriter implements Consumer<ContributionOutcome>, Closeable {
  /** The report's format: given with --report-format, or told by the file's extension. */
  enum Format {
    jsonl,
    csv,
    html;

    /** The format an extension names: .jsonl (or .json), .csv, .html (or .htm). */
    static Optional<Format> of(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".jsonl") || name.endsWith(".json")) {
        return Optional.of(jsonl);
      } else if (name.endsWith(".csv")) {
        return Optional.of(csv);
      } else if (name.endsWith(".html") || name.endsWith(".htm")) {
        return Optional.of(html);
      }
      return Optional.empty();
    }
  }

  private final Writer out;
  private final Format format;
  private final Locale locale;
  private final Map<ContributionOutcome.Status, Integer> counts = new EnumMap<>(ContributionOutcome.Status.class);
  private IOException failed;

  private ContributionReportWriter(Writer out, Format format, Locale locale) {
    this.out = out;
    this.format = format;
    this.locale = locale;
  }

  /** Opens {@code file} (replacing it) and writes the head of the report. */
  static ContributionReportWriter open(Path file, Format format, Locale locale, String source, String hub) throws IOException {
    Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
    ContributionReportWriter r = new ContributionReportWriter(w, format, locale);
    r.head(source, hub);
    return r;
  }

  private void head(String source, String hub) throws IOException {
    if (format == Format.csv) {
      out.write('\ufeff'); // so that spreadsheet programs read the Vietnamese text as UTF-8
      out.write(t("contribute.report.csv.header") + "\r\n");
    } else if (format == Format.html) {
      String title = t("contribute.report.title", source, hub);
      out.write("<!DOCTYPE html>\n<html lang=\"" + (locale.getLanguage().equals("vi") ? "vi" : "en") + "\"><head><meta charset=\"utf-8\"><title>"
          + HtmlReport.esc(title) + "</title><style>" + HtmlReport.CSS
          + "td.ACCEPTED,td.MERGED{color:#0a6b2a}td.REJECTED,td.UNREADABLE{color:#b00020;font-weight:bold}td.NOT_SENT{color:#8a5a00}"
          + "tr.row-REJECTED,tr.row-UNREADABLE{background:#fff0f0}</style></head><body>\n<h1>"
          + HtmlReport.esc(title) + "</h1>\n<p class=\"meta\">" + HtmlReport.esc(t("html.date")) + " "
          + HtmlReport.esc(java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.MEDIUM).withLocale(locale)
              .format(HtmlReport.now())) + "<br>" + HtmlReport.esc(t("html.version", ToolVersion.current().orElse(t("html.version.unknown"))))
          + "</p>\n<table id=\"outcomes\"><thead><tr><th>" + HtmlReport.esc(t("html.record")) + "</th><th>001</th><th>"
          + HtmlReport.esc(t("contribute.report.outcome")) + "</th><th>" + HtmlReport.esc(t("contribute.report.cluster")) + "</th><th>"
          + HtmlReport.esc(t("html.issues")) + "</th></tr></thead><tbody>\n");
    }
  }

  @Override
  public void accept(ContributionOutcome o) {
    counts.merge(o.status(), 1, Integer::sum);
    if (failed != null) {
      return;
    }
    try {
      switch (format) {
        case jsonl -> jsonl(o);
        case csv -> csv(o);
        case html -> html(o);
        default -> throw new IllegalStateException(format.name());
      }
    } catch (IOException e) {
      // Not thrown here: the contributor would count it against the batch, which the hub did take.
      failed = e;
    }
  }

  private void jsonl(ContributionOutcome o) throws IOException {
    try (JsonGenerator g = LibnetJson.mapper().getFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      g.writeNumberField("record", o.record());
      g.writeStringField("controlNumber", o.controlNumber());
      g.writeStringField("outcome", o.status().name());
      g.writeStringField("cluster", o.clusterId());
      g.writeArrayFieldStart("issues");
      for (ValidationIssue i : o.issues()) {
        ValidationIssue l = inLanguage(i);
        g.writeStartObject();
        g.writeStringField("code", l.code());
        g.writeStringField("severity", l.severity().name());
        g.writeStringField("path", l.path());
        g.writeStringField("message", l.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
  }

  private void csv(ContributionOutcome o) throws IOException {
    StringBuilder codes = new StringBuilder();
    StringBuilder messages = new StringBuilder();
    for (ValidationIssue i : o.issues()) {
      ValidationIssue l = inLanguage(i);
      codes.append(codes.length() == 0 ? "" : "; ").append(l.code());
      messages.append(messages.length() == 0 ? "" : "; ").append(l.path().isEmpty() ? "" : l.path() + ": ").append(l.message());
    }
    out.write(String.join(",", String.valueOf(o.record()), IssueCsv.cell(o.controlNumber()), o.status().name(), IssueCsv.cell(o.clusterId()),
        IssueCsv.cell(codes.toString()), IssueCsv.cell(messages.toString())) + "\r\n");
  }

  private void html(ContributionOutcome o) throws IOException {
    // The row's class names the outcome for styling a row or selecting rows; only the outcome cell is coloured.
    StringBuilder b = new StringBuilder("<tr class=\"row-").append(o.status()).append("\"><td>").append(o.record()).append("</td><td>")
        .append(HtmlReport.esc(o.controlNumber() == null ? "-" : o.controlNumber())).append("</td><td class=\"").append(o.status()).append("\">")
        .append(HtmlReport.esc(t("contribute.outcome." + o.status()))).append("</td><td>").append(HtmlReport.esc(o.clusterId()))
        .append("</td><td><ul class=\"issues\">");
    for (ValidationIssue i : o.issues()) {
      ValidationIssue l = inLanguage(i);
      b.append("<li><span class=\"").append(l.severity()).append("\">").append(HtmlReport.esc(t("severity." + l.severity()))).append("</span> <code>")
          .append(HtmlReport.esc(l.code())).append("</code> ").append(HtmlReport.esc(l.path())).append(l.path().isEmpty() ? "" : ": ")
          .append(HtmlReport.esc(l.message())).append("</li>");
    }
    out.write(b.append("</ul></td></tr>\n").toString());
  }

  /** How many records had {@code status} in this report. */
  int count(ContributionOutcome.Status status) {
    return counts.getOrDefault(status, 0);
  }

  /** Ends the report and closes the file; throws the first write error, if any. */
  @Override
  public void close() throws IOException {
    if (failed != null) {
      out.close();
      throw failed;
    }
    if (format == Format.html) {
      out.write("</tbody></table>\n<p class=\"totals\">");
      for (ContributionOutcome.Status s : ContributionOutcome.Status.values()) {
        out.write("<span class=\"" + s + "\">" + HtmlReport.esc(t("contribute.outcome." + s)) + ": " + java.text.NumberFormat.getIntegerInstance(locale).format(count(s)) + "</span>");
      }
      out.write("</p>\n</body></html>\n");
    }
    out.close();
  }

  // The hub's issue in the report's language, when it came with the values its message quotes; without
  // them (the wire format does not carry them) the hub's own text is kept rather than a pattern with holes.
  private ValidationIssue inLanguage(ValidationIssue i) {
    ValidationIssue l = i.localized(locale);
    return i.arguments().isEmpty() && l.message().matches("(?s).*\\{\\d+}.*") ? i : l;
  }

  private String t(String key, Object... args) {
    return CliText.text(locale, key, args);
  }
}
