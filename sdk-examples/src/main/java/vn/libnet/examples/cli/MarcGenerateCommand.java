package vn.libnet.examples.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.internal.SyntheticRecords;

/** {@code libnet marc generate OUT}: realistic synthetic Vietnamese MARC records for trials and load tests. */
@Command(
    name = "generate",
    description = {
      "Write realistic synthetic Vietnamese MARC records, some with deliberate faults, legacy text or duplicates.",
      "Tạo biểu ghi MARC tiếng Việt mô phỏng, có thể kèm lỗi, mã cũ hoặc biểu ghi trùng."
    })
final class MarcGenerateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "OUT", arity = "0..1",
      description = {"Output file, - for standard output (or --out); the format follows its extension unless --to.",
          "Tệp đầu ra, - là đầu ra chuẩn (hoặc --out); khổ mẫu theo phần mở rộng, trừ khi có --to."})
  Path outArgument;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = {"Output file, - for standard output (the default; then give --to).",
          "Tệp đầu ra, - là đầu ra chuẩn (mặc định; khi đó hãy cho --to)."})
  Path outOption;

  @Option(names = "--count", paramLabel = "N", defaultValue = "1000",
      description = {"How many records (default: ${DEFAULT-VALUE}).", "Số biểu ghi (mặc định: ${DEFAULT-VALUE})."})
  long count;

  @Option(names = "--to", paramLabel = "iso2709|marcxml|json|mrk",
      description = {"Output format (default: from OUT's extension).", "Khổ mẫu đầu ra (mặc định: theo phần mở rộng của OUT)."})
  MarcConvertCommand.Format to;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = {"Seed; the same seed gives the same records (default: ${DEFAULT-VALUE}).",
          "Hạt giống; cùng hạt giống cho cùng các biểu ghi (mặc định: ${DEFAULT-VALUE})."})
  long seed;

  @Option(names = "--faults", paramLabel = "0-1", defaultValue = "0",
      description = {"Share of records with a validation error (0-1).", "Tỉ lệ biểu ghi có lỗi kiểm tra (0-1)."})
  double faults;

  @Option(names = "--legacy", paramLabel = "0-1", defaultValue = "0",
      description = {"Share of records with TCVN3/VNI mojibake (0-1).", "Tỉ lệ biểu ghi có chữ lỗi mã TCVN3/VNI (0-1)."})
  double legacy;

  @Option(names = "--nfd", paramLabel = "0-1", defaultValue = "0",
      description = {"Share of records in Unicode NFD (0-1).", "Tỉ lệ biểu ghi ở dạng Unicode NFD (0-1)."})
  double nfd;

  @Option(names = "--duplicates", paramLabel = "0-1", defaultValue = "0",
      description = {"Share of records re-describing an earlier work (0-1).", "Tỉ lệ biểu ghi mô tả lại một tác phẩm đã có (0-1)."})
  double duplicates;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws java.io.IOException {
    Locale locale = language.locale();
    Path out = outOption != null ? outOption : outArgument != null ? outArgument : Path.of("-");
    boolean toStdout = Cli.isStdio(out);
    MarcFormat format = to != null ? MarcFormat.fromName(to.name()) : toStdout ? null : MarcConvertCommand.formatOf(out);
    if (format == null) {
      spec.commandLine().getErr().println(CliText.text(locale, "marc.convert.noFormat", out));
      return LibnetCli.USAGE_OR_IO;
    }
    SyntheticRecords generator =
        SyntheticRecords.builder().seed(seed).faultRate(faults).legacyRate(legacy).nfdRate(nfd).duplicateRate(duplicates).build();
    try (MarcRecordWriter writer = toStdout ? MarcWriters.open(Cli.create(out, Cli.root(spec).rawOut()), format) : MarcWriters.open(out, format)) {
      generator.iterator(count).forEachRemaining(s -> writer.write(s.record()));
    }
    // With records on standard output, the summary goes to standard error so that the pipe carries records only.
    (toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut()).println(CliText.text(locale, "marc.generate.summary", count, out, format));
    return 0;
  }
}
