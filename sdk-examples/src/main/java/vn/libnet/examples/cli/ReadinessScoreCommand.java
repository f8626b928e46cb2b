package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.readiness.criteria.Indicator;
import vn.libnet.core.readiness.scoring.IndicatorResult;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;

/**
 * {@code libnet readiness score RESPONSES...}: each response's indicators (value, the target of the
 * library's group, met or the gap, where the value comes from), score and band, by sdk-core's {@link
 * ReadinessScorer} with the default method. A response with errors is still scored as the core scores it
 * (an answer that does not fit counts as not given, a missing one as 0) and its issues are listed; exit 1.
 */
@Command(
    name = "score",
    description = {"Score readiness responses against the criteria of Decision 206/QD-TTg.",
        "Chấm điểm phiếu trả lời theo tiêu chí của Quyết định 206/QĐ-TTg.",
        "Each indicator's value, the target of the library's group, met or the gap, then each library's score and band.",
        "Giá trị từng chỉ tiêu, mục tiêu của nhóm thư viện, đạt hay còn thiếu, rồi điểm và mức của từng thư viện.",
        "Exit 0: every response valid; 1: some response has errors or cannot be read; 2: usage or I/O error.",
        "Mã thoát 0: mọi phiếu hợp lệ; 1: có phiếu có lỗi hoặc không đọc được; 2: lỗi cách dùng hoặc đọc ghi."})
final class ReadinessScoreCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Mixin ReadinessFiles files;

  @Option(names = "--libraries", paramLabel = "PROFILES", arity = "1..*",
      description = {"Library profiles (JSON) giving each library's type and designation; without one, only the",
          "indicators for every library apply.",
          "Các hồ sơ thư viện (JSON) cho biết loại và danh hiệu của thư viện; nếu thiếu, chỉ áp dụng các chỉ tiêu",
          "chung cho mọi thư viện."})
  List<Path> libraries = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"Output format (default: ${DEFAULT-VALUE}).", "Khổ mẫu đầu ra (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    ReadinessInputs inputs = files.read(libraries, Cli.root(spec).in(), locale);
    ReadinessScorer scorer = new ReadinessScorer(inputs.criteria, inputs.questionnaire, ScoringMethod.defaults());
    PrintWriter out = spec.commandLine().getOut();
    ReadinessText text = new ReadinessText(locale);
    ArrayNode results = LibnetJson.mapper().createArrayNode();
    for (ReadinessInputs.Unreadable bad : inputs.badProfiles) {
      if (format == Format.text) {
        out.println(text.t("readiness.badProfile", bad.file(), bad.document()));
        ReportPrinter.printIssues(bad.report().issues(), locale, out);
      }
    }
    int scored = 0;
    for (ReadinessInputs.Read read : inputs.responses) {
      LibraryScore score = read.response() == null ? null : scorer.score(read.library(), read.response());
      scored += score == null ? 0 : 1;
      if (format == Format.text) {
        printText(out, text, inputs, read, score);
      } else {
        ObjectNode r = results.addObject();
        r.put("file", read.file());
        r.put("document", read.document());
        r.put("valid", read.report().isValid());
        r.put("profiled", read.profiled());
        r.set("issues", LibnetJson.mapper().valueToTree(read.report().issues()));
        if (score != null) {
          r.put("name", read.library().name());
          r.set("score", LibnetJson.mapper().valueToTree(score));
        }
      }
    }
    long invalid = inputs.responses.stream().filter(r -> !r.report().isValid()).count();
    if (format == Format.text) {
      out.println(text.t("readiness.score.summary", inputs.responses.size(), scored, invalid));
    } else {
      ObjectNode root = LibnetJson.mapper().createObjectNode();
      root.put("criteria", inputs.criteria.key());
      root.put("questionnaire", inputs.questionnaire.id());
      root.put("responses", inputs.responses.size());
      root.put("scored", scored);
      root.put("invalid", invalid);
      root.set("results", results);
      root.set("unreadableProfiles", LibnetJson.mapper().valueToTree(inputs.badProfiles));
      out.println(root.toPrettyString());
    }
    out.flush();
    return inputs.anyInvalid() ? 1 : 0;
  }

  private static void printText(PrintWriter out, ReadinessText text, ReadinessInputs inputs, ReadinessInputs.Read read,
      LibraryScore score) {
    if (score == null) {
      out.println(text.t("readiness.score.unreadable", read.file(), read.document()));
      ReportPrinter.printIssues(read.report().issues(), text.locale(), out);
      return;
    }
    String name = read.library().name() == null ? "" : " " + read.library().name();
    out.println(text.t("readiness.score.header", read.file(), read.document(), score.isil() + name,
        text.type(score.type()), score.groups().toString().replaceAll("[\\[\\]]", ""), text.score(score.score()),
        text.band(score.band())));
    if (!read.profiled()) {
      out.println("  " + text.t("readiness.score.noProfile", score.isil()));
    }
    printIndicators(out, text, inputs.criteria, score);
    ReportPrinter.printIssues(read.report().issues(), text.locale(), out);
  }

  /** Each indicator of {@code score}: status, value against target, gap, provenance, and its text and source. */
  static void printIndicators(PrintWriter out, ReadinessText text, vn.libnet.core.readiness.criteria.Criteria criteria, LibraryScore score) {
    for (IndicatorResult r : score.indicators()) {
      Indicator indicator = criteria.indicator(r.indicator()).orElseThrow();
      // A yes/no gap is the "no" itself; a share or count says how far from the target.
      boolean far = r.gap() != null && r.gap() > 0 && r.unit() != vn.libnet.core.readiness.criteria.IndicatorUnit.YES_NO;
      String gap = far ? " " + text.t("readiness.gap", text.number(r.gap())) : "";
      String from = text.provenance(r);
      out.printf("  %-24s %-14s %s%s%n", r.indicator(), text.status(r),
          text.t("readiness.score.line", text.value(r), text.target(r.unit(), r.target())) + gap,
          from.isEmpty() ? "" : " (" + from + ")");
      out.printf("  %-24s %s [%s]%n", "", indicator.text().in(text.locale()), indicator.source());
    }
  }
}
