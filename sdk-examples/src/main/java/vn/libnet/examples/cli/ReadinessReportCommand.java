package vn.libnet.examples.cli;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;

/**
 * {@code libnet readiness report RESPONSES... --libraries PROFILES... --by province|type --format html|xlsx|json
 * --out FILE}: every library of the profiles scored with its response (none: it did not answer), summed up
 * per province of 2025 or per library type ({@link ReadinessReportModel}), written as a self-contained HTML
 * page with charts ({@link ReadinessHtml}), a workbook ({@link ReadinessXlsx}) or one JSON document. The
 * issues of the inputs go to standard error, naming the file and the question; exit 1 when there are errors.
 */
@Command(
    name = "report",
    description = {"Report readiness per province (the 34 units of 2025) or per library type, as HTML, XLSX or JSON.",
        "Báo cáo mức sẵn sàng theo tỉnh (34 đơn vị từ năm 2025) hoặc theo loại thư viện, dạng HTML, XLSX hoặc JSON.",
        "The share of libraries meeting each target, the mean score, the libraries that did not answer, the bands.",
        "Tỷ lệ thư viện đạt từng mục tiêu, điểm trung bình, các thư viện chưa trả lời, phân bố theo mức.",
        "Exit 0: every input valid; 1: some input has errors (the report is still written); 2: usage or I/O error.",
        "Mã thoát 0: mọi đầu vào hợp lệ; 1: có đầu vào có lỗi (báo cáo vẫn được ghi); 2: lỗi cách dùng hoặc đọc ghi."})
final class ReadinessReportCommand implements Callable<Integer> {
  enum By {
    province,
    type
  }

  enum Format {
    html,
    xlsx,
    json
  }

  @Mixin ReadinessFiles files;

  @Option(names = "--libraries", paramLabel = "PROFILES", arity = "1..*", required = true,
      description = {"Library profiles (JSON): the libraries the report is about, answered or not.",
          "Các hồ sơ thư viện (JSON): các thư viện được báo cáo, đã trả lời hay chưa."})
  List<Path> libraries;

  @Option(names = "--by", paramLabel = "province|type", defaultValue = "province",
      description = {"One row per province or per library type (default: ${DEFAULT-VALUE}).",
          "Mỗi dòng một tỉnh hoặc một loại thư viện (mặc định: ${DEFAULT-VALUE})."})
  By by;

  @Option(names = "--format", paramLabel = "html|xlsx|json", defaultValue = "html",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
      description = {"Where to write the report; - for standard output.", "Nơi ghi báo cáo; - là đầu ra chuẩn."})
  Path out;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    ReadinessInputs inputs = files.read(libraries, Cli.root(spec).in(), locale);
    PrintWriter err = spec.commandLine().getErr();
    ReadinessText text = new ReadinessText(locale);
    reportIssues(inputs, text, err);
    List<LibraryScore> scores = new ReadinessScorer(inputs.criteria, inputs.questionnaire, ScoringMethod.defaults())
        .scoreAll(inputs.libraries.values(), inputs.readable());
    ReadinessReportModel model = ReadinessReportModel.of(inputs.criteria, by == By.type, scores, inputs.libraries,
        files.responses.stream().map(Path::toString).toList());
    try (OutputStream o = Cli.create(out, Cli.root(spec).rawOut())) {
      switch (format) {
        case xlsx -> new ReadinessXlsx(model, text).write(o);
        case json -> {
          Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
          w.write(LibnetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(model.json()));
          w.write('\n');
          w.flush();
        }
        default -> {
          Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8);
          w.write(new ReadinessHtml(model, text).page(HtmlReport.now()));
          w.flush();
        }
      }
    }
    PrintWriter said = Cli.isStdio(out) ? err : spec.commandLine().getOut();
    said.println(text.t("readiness.report.written", out, model.overall().libraries(), model.overall().answered()));
    said.flush();
    return inputs.anyInvalid() ? 1 : 0;
  }

  // Issues on standard error, file by file; then the responses of libraries without a profile, left out.
  private static void reportIssues(ReadinessInputs inputs, ReadinessText text, PrintWriter err) {
    for (ReadinessInputs.Unreadable bad : inputs.badProfiles) {
      err.println(text.t("readiness.badProfile", bad.file(), bad.document()));
      ReportPrinter.printIssues(bad.report().issues(), text.locale(), err);
    }
    Set<String> seen = new HashSet<>();
    for (ReadinessInputs.Read r : inputs.responses) {
      if (!r.report().issues().isEmpty()) {
        err.println(text.t("readiness.report.issues", r.file(), r.document(), r.response() == null ? "?" : r.response().isil()));
        ReportPrinter.printIssues(r.report().issues(), text.locale(), err);
      }
      if (r.response() != null && !r.profiled()) {
        err.println(text.t("readiness.report.noProfile", r.file(), r.document(), r.response().isil()));
      } else if (r.response() != null && !seen.add(r.response().isil())) {
        err.println(text.t("readiness.report.twice", r.file(), r.document(), r.response().isil()));
      }
    }
    err.flush();
  }
}
