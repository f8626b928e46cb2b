package vn.libnet.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.core.json.JsonDocument;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.ReadinessCatalog;
import vn.libnet.core.readiness.ReadinessJson;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.survey.AnswerSheet;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.Provenance;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.readiness.survey.ResolvedAnswer;
import vn.libnet.testkit.readiness.EvidenceCheck;
import vn.libnet.testkit.readiness.EvidenceReport;
import vn.libnet.testkit.readiness.ReadinessEvidence;

/**
 * {@code libnet readiness evidence LIBRARY.json}: measures from the network what a readiness survey asks
 * (sdk-testkit's {@link ReadinessEvidence}) and, with {@code --response}, says where the library's answers
 * agree with it and where the network contradicts them.
 */
@Command(
    name = "evidence",
    description = {
      "Measure from the network what the readiness survey asks: the library's declared OAI-PMH, SRU and LibNet endpoints through "
          + "their conformance suites, and (with --hub) its union-catalogue records and digital objects on the hub.",
      "Đo trên mạng những gì khảo sát mức độ sẵn sàng hỏi: các điểm truy cập OAI-PMH, SRU và LibNet thư viện đã khai, qua bộ kiểm tra "
          + "tuân thủ của từng giao thức, và (với --hub) biểu ghi trong mục lục liên hợp cùng tài liệu số của thư viện trên hub.",
      "Exit 0: evidence gathered, no contradiction; 1: the network contradicts an answer of --response; 2: usage or I/O error.",
      "Mã thoát 0: đã thu bằng chứng, không có mâu thuẫn; 1: kết quả đo mâu thuẫn với câu trả lời trong --response; 2: lỗi cách dùng "
          + "hoặc đọc ghi."
    })
final class ReadinessEvidenceCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "LIBRARY.json",
      description = {"The library's profile (the SDK's JSON), with its endpoints.", "Hồ sơ thư viện (JSON của SDK), có các điểm truy cập."})
  Path libraryFile;

  @Option(names = "--hub", paramLabel = "URL",
      description = {"Also read the library's records and digital objects on this hub (public reads, nothing signed).",
          "Đọc thêm biểu ghi và tài liệu số của thư viện trên hub này (chỉ đọc công khai, không ký)."})
  String hub;

  @Mixin HubTrustOptions trust;

  @Option(names = "--key", paramLabel = "PRIVATE.pem",
      description = {"The library's private key: with it, a declared LibNet endpoint is run through the signed LibNet API v1 suite.",
          "Khoá bí mật của thư viện: khi có, điểm truy cập LibNet đã khai được kiểm tra bằng bộ kiểm tra LibNet API v1 có ký."})
  Path key;

  @Option(names = "--key-name", paramLabel = "NAME", defaultValue = "k1",
      description = {"The key's name: the key id is ISIL#NAME (default: ${DEFAULT-VALUE}).",
          "Tên khoá: mã khoá là ISIL#NAME (mặc định: ${DEFAULT-VALUE})."})
  String keyName;

  @Option(names = "--response", paramLabel = "RESPONSE.json",
      description = {"The library's declared answers (readiness response JSON), to compare with what was measured.",
          "Câu trả lời thư viện đã khai (JSON câu trả lời khảo sát), để so với kết quả đo."})
  Path responseFile;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = {"How long one answer may take (default: ${DEFAULT-VALUE}).", "Thời gian tối đa cho một câu trả lời (mặc định: ${DEFAULT-VALUE})."})
  int timeoutSeconds;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"Output format (default: ${DEFAULT-VALUE}).", "Khổ mẫu kết quả (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  enum Format { text, json }

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    if (timeoutSeconds < 1) {
      throw new Cli.UserError(CliText.text(locale, "error.badValue", "--timeout", timeoutSeconds));
    }
    Library library = read(libraryFile, Library.class, locale);
    if (library.isil() == null) {
      throw new Cli.UserError(CliText.text(locale, "evidence.noIsil", libraryFile));
    }
    ReadinessResponse declared = responseFile == null ? null : readResponse(locale);
    if (declared != null && !library.isil().equals(declared.isil())) {
      throw new Cli.UserError(CliText.text(locale, "evidence.otherLibrary", responseFile, declared.isil(), library.isil()));
    }
    ReadinessEvidence.Builder evidence = ReadinessEvidence.builder().timeout(Duration.ofSeconds(timeoutSeconds)).locale(locale);
    if (key != null) {
      evidence.libraryKey(library.isil() + "#" + keyName, Cli.readPrivateKey(key, locale));
    }
    LibnetClient client = null;
    if (hub != null) {
      Cli.requireReachable(hub, locale);
      HubKeys trusted = trust.trusted(locale);
      client = LibnetClient.builder().baseUrl(hub).hubKeys(trusted).build();
      evidence.hub(client);
    }
    spec.commandLine().getErr().println(CliText.text(locale, "evidence.running", library.isil()));
    EvidenceReport report;
    try (LibnetClient closing = client) {
      report = evidence.build().gather(library);
    }
    List<ResolvedAnswer> compared = declared == null ? List.of() : compare(library, report.applyTo(declared), locale);
    boolean contradicted = compared.stream().anyMatch(a -> !a.agrees());
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(report, compared, locale));
    } else {
      text(out, report, declared != null, compared, locale);
    }
    out.flush();
    return contradicted ? 1 : 0;
  }

  private ReadinessResponse readResponse(Locale locale) throws IOException {
    if (!Files.isReadable(responseFile)) {
      throw new Cli.UserError(CliText.text(locale, "error.noFile", responseFile));
    }
    List<JsonDocument<ReadinessResponse>> docs = new ArrayList<>();
    try (java.io.InputStream in = Files.newInputStream(responseFile)) {
      ReadinessJson.readResponses(in, locale, docs::add);
    }
    if (docs.size() != 1) {
      throw new Cli.UserError(CliText.text(locale, "evidence.oneResponse", responseFile, docs.size()));
    }
    JsonDocument<ReadinessResponse> d = docs.get(0);
    if (!d.readable()) {
      throw new Cli.UserError(responseFile + ": " + d.problem().message());
    }
    return d.value();
  }

  private static <T> T read(Path file, Class<T> type, Locale locale) throws IOException {
    if (!Files.isReadable(file)) {
      throw new Cli.UserError(CliText.text(locale, "error.noFile", file));
    }
    try {
      return LibnetJson.mapper().readValue(file.toFile(), type);
    } catch (JsonProcessingException e) {
      throw new Cli.UserError(CliText.text(locale, "error.jsonFile", file,
          e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getLocation() == null ? 0 : e.getLocation().getColumnNr()));
    }
  }

  /** The answers that have both a declared and a measured value. */
  private static List<ResolvedAnswer> compare(Library library, ReadinessResponse merged, Locale locale) {
    Criteria criteria = ReadinessCatalog.standard().criteria(merged.questionnaireId()).orElseThrow(
        () -> new Cli.UserError(CliText.text(locale, "evidence.unknownQuestionnaire", merged.questionnaireId())));
    AnswerSheet sheet = AnswerSheet.of(ReadinessCatalog.standard().questionnaire(criteria).orElseThrow(
        () -> new Cli.UserError(CliText.text(locale, "evidence.unknownQuestionnaire", merged.questionnaireId()))), library, merged);
    List<ResolvedAnswer> out = new ArrayList<>();
    for (ResolvedAnswer a : sheet.answers()) {
      if (a.provenance() == Provenance.BOTH) {
        out.add(a);
      }
    }
    return out;
  }

  private static void text(PrintWriter out, EvidenceReport r, boolean compared, List<ResolvedAnswer> answers, Locale locale) {
    out.println(CliText.text(locale, "evidence.title", r.isil()));
    for (EvidenceCheck c : r.checks()) {
      out.println(String.format(Locale.ROOT, "  %-20s %-15s %s", c.source(), CliText.text(locale, "evidence.outcome." + outcome(c)), c.target()));
      out.println("      " + c.detail(locale));
    }
    out.println(CliText.text(locale, "evidence.measured"));
    if (r.measurements().isEmpty()) {
      out.println("  " + CliText.text(locale, "evidence.nothingMeasured"));
    }
    for (Measurement m : r.measurements()) {
      out.println("  " + m.question() + " = " + shown(m.value(), locale) + "    (" + m.source() + ")");
    }
    if (compared) {
      out.println(CliText.text(locale, "evidence.compared"));
      if (answers.isEmpty()) {
        out.println("  " + CliText.text(locale, "evidence.nothingCompared"));
      }
      for (ResolvedAnswer a : answers) {
        out.println("  " + CliText.text(locale, a.agrees() ? "evidence.agrees" : "evidence.contradicts", a.question(), shown(a.declared(), locale),
            shown(a.measured(), locale)));
      }
    }
  }

  /** yes and no in the reader's language; other values as they are. */
  private static String shown(String value, Locale locale) {
    return "yes".equals(value) || "no".equals(value) ? CliText.text(locale, "readiness." + value) : String.valueOf(value);
  }

  /** A hub that answered was read, whatever it holds: "passed" is for endpoints that met their suite. */
  private static String outcome(EvidenceCheck c) {
    boolean hub = c.source() == vn.libnet.testkit.readiness.EvidenceSource.HUB_CATALOGUE
        || c.source() == vn.libnet.testkit.readiness.EvidenceSource.HUB_DIGITAL_OBJECTS;
    return hub && c.outcome() == vn.libnet.testkit.readiness.EvidenceOutcome.PASSED ? "READ" : c.outcome().name();
  }

  private static String json(EvidenceReport r, List<ResolvedAnswer> answers, Locale locale) throws IOException {
    ObjectNode doc = LibnetJson.mapper().createObjectNode();
    doc.put("isil", r.isil());
    doc.put("at", r.at().toString());
    ArrayNode checks = doc.putArray("checks");
    for (EvidenceCheck c : r.checks()) {
      ObjectNode n = checks.addObject();
      n.put("source", c.source().name());
      n.put("target", c.target());
      n.put("outcome", c.outcome().name());
      n.put("code", c.key());
      n.put("detail", c.detail(locale));
      c.conformanceReport().ifPresent(cr -> n.put("failures", cr.failures()));
    }
    ArrayNode measured = doc.putArray("measurements");
    for (Measurement m : r.measurements()) {
      measured.addObject().put("question", m.question()).put("value", m.value()).put("source", m.source());
    }
    ArrayNode compared = doc.putArray("compared");
    for (ResolvedAnswer a : answers) {
      compared.addObject().put("question", a.question()).put("declared", a.declared()).put("measured", a.measured())
          .put("agrees", a.agrees());
    }
    return LibnetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }
}
