package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.Locale;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/** Prints validation reports for people (text) or programs (JSON). */
final class ReportPrinter {
  private final Locale locale;
  private final ArrayNode results = LibnetJson.mapper().createArrayNode();
  private int documents;
  private int valid;

  ReportPrinter(Locale locale) {
    this.locale = locale;
  }

  /** Records one document's report, printing it at once in text form when {@code text} is given. */
  void add(String file, int document, ValidationReport report, PrintWriter text) {
    documents++;
    if (report.isValid()) {
      valid++;
    }
    ObjectNode result = results.addObject();
    result.put("file", file);
    result.put("document", document);
    result.put("profile", report.profile());
    result.put("valid", report.isValid());
    result.set("counts", LibnetJson.mapper().valueToTree(report.counts()));
    result.set("issues", LibnetJson.mapper().valueToTree(report.issues()));
    if (text != null) {
      printText(file, document, report, text);
    }
  }

  private void printText(String file, int document, ValidationReport report, PrintWriter out) {
    out.println(
        CliText.text(
            locale,
            report.isValid() ? "report.header.valid" : "report.header.invalid",
            file,
            document,
            report.profile(),
            report.count(Severity.ERROR),
            report.count(Severity.WARNING),
            report.count(Severity.INFO)));
    printIssues(report.issues(), locale, out);
  }

  /** Prints issues one per block: severity, code and path, then the message and the suggestion. */
  static void printIssues(java.util.List<ValidationIssue> issues, Locale locale, PrintWriter out) {
    for (ValidationIssue issue : issues) {
      String label = CliText.text(locale, "severity." + issue.severity());
      out.printf("  %-9s %s  %s%n", label, issue.code(), issue.path());
      out.printf("            %s%n", issue.message());
      if (!issue.suggestion().isEmpty()) {
        out.printf("            → %s%n", issue.suggestion());
      }
    }
  }

  void printSummary(PrintWriter out) {
    out.println(CliText.text(locale, "report.summary", documents, valid, documents - valid));
  }

  void printJson(PrintWriter out, String profile) {
    out.println(json(profile).toPrettyString());
  }

  /** The JSON document {@link #printJson} prints, for a command that adds its own parts. */
  ObjectNode json(String profile) {
    ObjectNode root = LibnetJson.mapper().createObjectNode();
    root.put("profile", profile);
    root.put("documents", documents);
    root.put("valid", valid);
    root.put("invalid", documents - valid);
    root.set("results", results);
    return root;
  }

  int invalid() {
    return documents - valid;
  }
}
