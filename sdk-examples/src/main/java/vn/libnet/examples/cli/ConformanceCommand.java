package vn.libnet.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.ConformanceSuite;
import vn.libnet.testkit.conformance.OaiConformanceSuite;
import vn.libnet.testkit.conformance.SruConformanceSuite;

/**
 * {@code libnet conformance}: checks a hub against every requirement of LibNet API v1 ({@code --hub} and a
 * library key), any OAI-PMH 2.0 repository ({@code --oai URL}) or any SRU server ({@code --sru URL}), both
 * without a key, and reports pass/fail.
 */
@Command(
    name = "conformance",
    description = {
      "Check a hub against LibNet API v1 (writes are dry runs or refused requests), an OAI-PMH repository with --oai URL, or an SRU "
          + "server with --sru URL (both reads only).",
      "Kiểm tra một hub theo LibNet API v1 (chỉ gửi thử hoặc yêu cầu phải bị từ chối), một kho OAI-PMH với --oai URL, hoặc một máy chủ "
          + "SRU với --sru URL (cả hai chỉ đọc).",
      "Exit 0: every requirement passed; 1: some failed; 2: usage or I/O error, or the endpoint cannot be reached.",
      "Mã thoát 0: đạt mọi yêu cầu; 1: có yêu cầu không đạt; 2: lỗi cách dùng, đọc ghi, hoặc không kết nối được."
    })
final class ConformanceCommand implements Callable<Integer> {
  @Mixin HubIdentity identity;

  @Option(names = "--oai", paramLabel = "URL",
      description = {"Check this OAI-PMH 2.0 base URL instead of a hub: every verb and error, resumption, dates, the schema. No key needed.",
          "Kiểm tra URL gốc OAI-PMH 2.0 này thay vì một hub: mọi verb và lỗi, mã tiếp tục, ngày, lược đồ. Không cần khoá."})
  String oai;

  @Option(names = "--sru", paramLabel = "URL",
      description = {"Check this SRU base URL instead of a hub: explain, search and paging, scan, the diagnostics of bad requests, "
          + "in the version the server announces. No key needed.",
          "Kiểm tra URL gốc SRU này thay vì một hub: explain, tìm kiếm và phân trang, scan, chẩn đoán cho yêu cầu sai, theo phiên bản "
          + "máy chủ công bố. Không cần khoá."})
  String sru;

  @Option(names = "--sru-version", paramLabel = "1.1|1.2|2.0",
      description = {"With --sru: check in this version instead of the one the server announces.",
          "Với --sru: kiểm tra theo phiên bản này thay vì phiên bản máy chủ công bố."})
  String sruVersion;

  @Option(names = "--max-pages", paramLabel = "N", defaultValue = "5",
      description = {"With --oai: follow at most N pages of a list (default: ${DEFAULT-VALUE}).",
          "Với --oai: đọc tối đa N trang của một danh sách (mặc định: ${DEFAULT-VALUE})."})
  int maxPages;

  // The old spelling, kept for one release; DESIGN.md keeps --base-url for the base of identifiers written.
  @Option(names = "--base-url", hidden = true)
  String baseUrlOld;

  @Option(names = "--format", paramLabel = "text|json|html|csv", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  MarcValidateCommand.Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = {"Write the report to FILE instead of standard output (-).", "Ghi báo cáo vào FILE thay vì đầu ra chuẩn (-)."})
  Path output;

  // The old spelling, kept for one release.
  @Option(names = "--output", hidden = true)
  Path outputOld;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    Path output = Cli.isStdio(this.output) ? null : this.output != null ? this.output : outputOld;
    if (oai != null && sru != null) {
      throw new Cli.UserError(CliText.text(locale, "conformance.oneEndpoint"));
    }
    if (oai != null) {
      return render(oaiReport(locale), CliText.text(locale, "conformance.oai.title", oai), output, locale);
    }
    if (sru != null) {
      return render(sruReport(locale), CliText.text(locale, "conformance.sru.title", sru), output, locale);
    }
    String baseUrl = identity.hub != null ? identity.hub : baseUrlOld;
    String missing = identity.missing(baseUrl, locale);
    if (missing != null) {
      spec.commandLine().getErr().println(missing);
      return LibnetCli.USAGE_OR_IO;
    }
    PrivateKey privateKey = identity.privateKey(locale);
    // Once, up front: otherwise every one of the checks would fail with the same refused connection.
    Cli.requireReachable(baseUrl, locale);
    ConformanceReport report = ConformanceSuite.builder().baseUrl(baseUrl).signingKey(identity.keyId(), privateKey).build().run();
    return render(report, CliText.text(locale, "conformance.title", report.baseUrl(), report.keyId()), output, locale);
  }

  private ConformanceReport oaiReport(Locale locale) {
    OaiConformanceSuite.Builder suite = OaiConformanceSuite.builder();
    try {
      suite.baseUrl(oai).maxPages(maxPages);
    } catch (IllegalArgumentException e) {
      throw new Cli.UserError(maxPages < 2 ? CliText.text(locale, "error.badValue", "--max-pages", maxPages) : CliText.text(locale, "oai.badUrl", oai));
    }
    // Once, up front: otherwise every one of the checks would fail with the same refused connection.
    Cli.requireReachable(java.net.URI.create(oai), CliText.text(locale, "oai.unreachable", oai));
    return suite.build().run();
  }

  private ConformanceReport sruReport(Locale locale) {
    SruConformanceSuite.Builder suite = SruConformanceSuite.builder();
    try {
      suite.baseUrl(sru);
    } catch (IllegalArgumentException e) {
      throw new Cli.UserError(CliText.text(locale, "sru.badUrl", sru));
    }
    if (sruVersion != null) {
      SruVersion v = SruVersion.fromProtocol(sruVersion);
      if (v == null) {
        throw new Cli.UserError(CliText.text(locale, "error.badValue", "--sru-version", sruVersion));
      }
      suite.sruVersion(v);
    }
    // Once, up front: otherwise every one of the checks would fail with the same refused connection.
    Cli.requireReachable(java.net.URI.create(sru), CliText.text(locale, "sru.unreachable", sru));
    return suite.build().run();
  }

  private int render(ConformanceReport report, String title, Path output, Locale locale) throws Exception {
    String rendered = switch (format) {
      case json -> json(report, locale);
      case html -> ConformanceHtml.html(report, title, locale);
      case csv -> ConformanceHtml.csv(report, locale);
      default -> text(report, title, locale);
    };
    if (output != null) {
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println(CliText.text(locale, "conformance.summary", report.results().size() - report.failures(),
          report.results().size(), report.baseUrl()));
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(rendered);
      out.flush();
    }
    return report.passed() ? 0 : 1;
  }

  private static String text(ConformanceReport r, String title, Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append(title).append('\n');
    int n = 1;
    for (CheckResult c : r.results()) {
      b.append(String.format(Locale.ROOT, "%2d %-4s %-24s %s%n     %s%n", n++, c.passed() ? "PASS" : "FAIL", c.requirement().name(),
          c.requirement().text(locale), c.detail(locale)));
    }
    b.append(CliText.text(locale, "conformance.summary", r.results().size() - r.failures(), r.results().size(), r.baseUrl())).append('\n');
    return b.toString();
  }

  private static String json(ConformanceReport r, Locale locale) throws com.fasterxml.jackson.core.JsonProcessingException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("baseUrl", r.baseUrl());
    if (r.keyId() != null) {
      doc.put("keyId", r.keyId());
    }
    doc.put("at", r.at().toString());
    doc.put("passed", r.passed());
    doc.put("results", r.results().stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("requirement", c.requirement().name());
      m.put("text", c.requirement().text(locale));
      m.put("passed", c.passed());
      // For programs: the evidence in stable English, and its message key and arguments (the same in every language).
      m.put("detail", c.detail());
      m.put("key", c.key());
      m.put("arguments", c.arguments());
      return m;
    }).toList());
    return LibnetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
  }

}
