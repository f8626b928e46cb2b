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
import vn.libnet.core.signature.Keys;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.ConformanceSuite;

/** {@code libnet conformance}: checks a hub against every requirement of LibNet API v1 and reports pass/fail. */
@Command(
    name = "conformance",
    description = {
      "Check a hub against LibNet API v1 (writes are dry runs or refused requests).",
      "Kiểm tra một hub theo LibNet API v1 (chỉ gửi thử hoặc yêu cầu phải bị từ chối).",
      "Exit 0: every requirement passed; 1: some failed; 2: usage or I/O error."
    })
final class ConformanceCommand implements Callable<Integer> {
  @Option(names = "--base-url", required = true, paramLabel = "URL", description = "The hub, e.g. http://127.0.0.1:8080/")
  String baseUrl;

  @Option(names = "--isil", required = true, paramLabel = "VN-...", description = "The library whose key is used")
  String isil;

  @Option(names = "--key", required = true, paramLabel = "PRIVATE.pem", description = "The library's private key (PKCS#8 PEM)")
  Path key;

  @Option(names = "--key-name", defaultValue = "k1", description = "The key's name: the key id is ISIL#NAME (default: ${DEFAULT-VALUE})")
  String keyName;

  @Option(names = "--format", paramLabel = "text|json|html|csv", defaultValue = "text", description = "Report format (default: ${DEFAULT-VALUE}).")
  MarcValidateCommand.Format format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path output;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrivateKey privateKey;
    try {
      privateKey = Keys.privateKeyFromPem(Files.readString(key));
    } catch (java.io.IOException | IllegalArgumentException e) {
      spec.commandLine().getErr().println(CliText.text(locale, "conformance.key", key, e.getMessage()));
      return LibnetCli.USAGE_OR_IO;
    }
    ConformanceReport report = ConformanceSuite.builder().baseUrl(baseUrl).signingKey(isil + "#" + keyName, privateKey).build().run();
    String rendered = switch (format) {
      case json -> json(report, locale);
      case html -> ConformanceHtml.html(report, locale);
      case csv -> ConformanceHtml.csv(report, locale);
      default -> text(report, locale);
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

  private static String text(ConformanceReport r, Locale locale) {
    StringBuilder b = new StringBuilder();
    b.append(CliText.text(locale, "conformance.title", r.baseUrl(), r.keyId())).append('\n');
    int n = 1;
    for (CheckResult c : r.results()) {
      b.append(String.format(Locale.ROOT, "%2d %-4s %-24s %s%n     %s%n", n++, c.passed() ? "PASS" : "FAIL", c.requirement().name(),
          c.requirement().text(locale), c.detail()));
    }
    b.append(CliText.text(locale, "conformance.summary", r.results().size() - r.failures(), r.results().size(), r.baseUrl())).append('\n');
    return b.toString();
  }

  private static String json(ConformanceReport r, Locale locale) throws com.fasterxml.jackson.core.JsonProcessingException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("baseUrl", r.baseUrl());
    doc.put("keyId", r.keyId());
    doc.put("at", r.at().toString());
    doc.put("passed", r.passed());
    doc.put("results", r.results().stream().map(c -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("requirement", c.requirement().name());
      m.put("text", c.requirement().text(locale));
      m.put("passed", c.passed());
      m.put("detail", c.detail());
      return m;
    }).toList());
    return LibnetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
  }

}
