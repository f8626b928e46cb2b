package vn.libnet.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.statistics.ProvinceStatistics;
import vn.libnet.core.readiness.statistics.StatisticsAggregation;
import vn.libnet.core.readiness.statistics.StatisticsConsistency;
import vn.libnet.core.readiness.statistics.StatisticsLimits;
import vn.libnet.core.readiness.statistics.StatisticsTrends;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;

/**
 * {@code libnet statistics check FILE... [--libraries PROFILES...]}: each yearly report through sdk-core's
 * {@code vn-statistics-consistency} (the national {@code vn-statistics} rules and the checks between figures),
 * the reports of each library compared year to year ({@link StatisticsTrends}), and, with the library
 * profiles, the totals per province of 2025 ({@link StatisticsAggregation}) for each year given.
 */
@Command(
    name = "check",
    description = {"Check yearly statistics reports (TCVN 12843:2019) and their trends from year to year.",
        "Kiểm tra báo cáo thống kê hằng năm (TCVN 12843:2019) và biến động giữa các năm.",
        "Active within registered users, loans per item, digitized within holdings, jumps of a library between years;",
        "with --libraries, the totals per province of 2025.",
        "Bạn đọc hoạt động không quá số đăng ký, lượt mượn mỗi bản, số hóa không quá vốn tài liệu, biến động bất thường;",
        "với --libraries, tổng theo từng tỉnh (34 đơn vị từ năm 2025).",
        "Exit 0: no issue; 1: some issue (error or warning); 2: usage or I/O error.",
        "Mã thoát 0: không có vấn đề; 1: có vấn đề (lỗi hoặc cảnh báo); 2: lỗi cách dùng hoặc đọc ghi."})
final class StatisticsCheckCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = {"Statistics reports (JSON, one report or an array); - for standard input.",
          "Các báo cáo thống kê (JSON, một báo cáo hoặc một mảng); - là đầu vào chuẩn."})
  List<Path> files;

  @Option(names = "--libraries", paramLabel = "PROFILES", arity = "1..*",
      description = {"Library profiles (JSON), to place each report in its province and sum them up.",
          "Các hồ sơ thư viện (JSON), để xếp mỗi báo cáo vào tỉnh của nó và cộng tổng."})
  List<Path> libraries = new ArrayList<>();

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = {"Report format (default: ${DEFAULT-VALUE}).", "Khổ mẫu báo cáo (mặc định: ${DEFAULT-VALUE})."})
  Format format;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    if (ReadinessCommand.stdinTwice(files, libraries)) {
      throw new Cli.UserError(CliText.text(locale, "error.stdinTwice"));
    }
    PrintWriter out = spec.commandLine().getOut();
    InputStream stdin = Cli.root(spec).in();
    Profile<StatisticsReport> profile = StatisticsConsistency.profile();
    ValidationContext context = ValidationContext.of(locale);
    ReportPrinter printer = new ReportPrinter(locale);
    List<StatisticsReport> reports = new ArrayList<>();
    boolean issues = false;
    for (Path file : files) {
      List<ValidationReport> found = new ArrayList<>();
      try (InputStream in = Cli.open(file, stdin)) {
        JsonDocuments.read(in, StatisticsReport.class, locale, doc -> {
          ValidationReport report = doc.readable() ? profile.validate(doc.value(), context)
              : new ValidationReport(profile.name() + "/" + profile.version(), List.of(doc.problem()));
          if (doc.readable()) {
            reports.add(doc.value());
          }
          found.add(report);
          printer.add(file.toString(), doc.index(), report, format == Format.text ? out : null);
        });
      }
      issues |= found.stream().anyMatch(StatisticsCheckCommand::notClean);
    }
    ValidationReport trends = StatisticsTrends.check(reports, StatisticsLimits.defaults(), locale);
    issues |= notClean(trends);
    List<Library> profiles = new ArrayList<>();
    for (Path file : libraries) {
      try (InputStream in = Cli.open(file, stdin)) {
        JsonDocuments.read(in, Library.class, locale, doc -> {
          if (doc.readable()) {
            profiles.add(doc.value());
          } else {
            printer.add(file.toString(), doc.index(), new ValidationReport("vn-library/1", List.of(doc.problem())),
                format == Format.text ? out : null);
          }
        });
      }
    }
    TreeSet<Integer> years = reports.stream().map(StatisticsReport::year).filter(java.util.Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
    if (format == Format.json) {
      ObjectNode root = printer.json(profile.name() + "/" + profile.version());
      root.set("trends", LibnetJson.mapper().valueToTree(trends));
      if (!libraries.isEmpty()) {
        ArrayNode byYear = root.putArray("provinces");
        for (int year : years) {
          ObjectNode y = byYear.addObject();
          y.put("year", year);
          y.set("provinces", LibnetJson.mapper().valueToTree(StatisticsAggregation.byProvince(profiles, reports, year)));
        }
      }
      out.println(root.toPrettyString());
    } else {
      out.println(CliText.text(locale, "statistics.trends", reports.stream().map(StatisticsReport::isil).distinct().count(),
          trends.issues().size()));
      ReportPrinter.printIssues(trends.issues(), locale, out);
      if (!libraries.isEmpty()) {
        printProvinces(out, locale, profiles, reports, years);
      }
      printer.printSummary(out);
    }
    out.flush();
    return issues || printer.invalid() > 0 ? 1 : 0;
  }

  private static boolean notClean(ValidationReport r) {
    return r.count(Severity.ERROR) + r.count(Severity.WARNING) > 0;
  }

  private static void printProvinces(PrintWriter out, Locale locale, List<Library> profiles, List<StatisticsReport> reports,
      TreeSet<Integer> years) {
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    for (int year : years) {
      out.println(CliText.text(locale, "statistics.provinces", String.valueOf(year)));
      for (ProvinceStatistics p : StatisticsAggregation.byProvince(profiles, reports, year)) {
        if (p.reporting().isEmpty()) {
          continue;
        }
        String name = StatisticsAggregation.UNPLACED.equals(p.provinceCode()) ? CliText.text(locale, "readiness.unplaced") : p.name();
        out.println("  " + CliText.text(locale, "statistics.province", p.provinceCode(), name, p.reporting().size(), p.libraries()));
        for (Map.Entry<StatisticsIndicator, BigDecimal> e : p.totals().entrySet()) {
          out.printf("      %-30s %s%n", e.getKey().name(), numbers.format(e.getValue()));
        }
      }
    }
  }
}
