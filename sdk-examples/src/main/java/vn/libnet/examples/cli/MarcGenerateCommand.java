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
  @Parameters(paramLabel = "OUT", description = "Output file; the format follows its extension unless --to.")
  Path out;

  @Option(names = "--count", defaultValue = "1000", description = "How many records (default: ${DEFAULT-VALUE}).")
  long count;

  @Option(names = "--to", paramLabel = "iso2709|marcxml|json|mrk", description = "Output format.")
  MarcConvertCommand.Format to;

  @Option(names = "--seed", defaultValue = "1", description = "Seed; the same seed gives the same records.")
  long seed;

  @Option(names = "--faults", defaultValue = "0", description = "Share of records with a validation error (0-1).")
  double faults;

  @Option(names = "--legacy", defaultValue = "0", description = "Share of records with TCVN3/VNI mojibake (0-1).")
  double legacy;

  @Option(names = "--nfd", defaultValue = "0", description = "Share of records in Unicode NFD (0-1).")
  double nfd;

  @Option(names = "--duplicates", defaultValue = "0", description = "Share of records re-describing an earlier work (0-1).")
  double duplicates;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    MarcFormat format = to != null ? MarcFormat.fromName(to.name()) : MarcConvertCommand.formatOf(out);
    if (format == null) {
      spec.commandLine().getErr().println(CliText.text(locale, "marc.convert.noFormat", out));
      return LibnetCli.USAGE_OR_IO;
    }
    SyntheticRecords generator =
        SyntheticRecords.builder().seed(seed).faultRate(faults).legacyRate(legacy).nfdRate(nfd).duplicateRate(duplicates).build();
    try (MarcRecordWriter writer = MarcWriters.open(out, format)) {
      generator.iterator(count).forEachRemaining(s -> writer.write(s.record()));
    }
    spec.commandLine().getOut().println(CliText.text(locale, "marc.generate.summary", count, out, format));
    return 0;
  }
}
