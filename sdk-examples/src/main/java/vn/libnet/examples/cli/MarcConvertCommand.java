package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriteException;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.SourceEncoding;
import vn.libnet.marc.repair.LegacySuspicion;
import vn.libnet.marc.repair.RecordRepair;
import vn.libnet.marc.repair.VietnameseRepair;

/**
 * {@code libnet marc convert IN OUT}: reads any MARC format and writes another, optionally repairing
 * Vietnamese text. The output is written to a temporary file and moved into place only when the whole
 * input was read, so an interrupted run never leaves a half-written OUT.
 */
@Command(
    name = "convert",
    description = {
      "Convert MARC records between ISO 2709, MARCXML, MARC-in-JSON and MRK.",
      "Chuyển đổi biểu ghi MARC giữa ISO 2709, MARCXML, MARC-in-JSON và MRK.",
      "Exit 0: every record converted; 1: some records unreadable or not writable; 2: usage or I/O error.",
      "Mã thoát 0: đã chuyển mọi biểu ghi; 1: có biểu ghi không đọc hoặc không ghi được; 2: lỗi cách dùng hoặc đọc ghi."
    })
final class MarcConvertCommand implements Callable<Integer> {
  /** Suspected values printed one by one; the rest are counted. */
  private static final int SUSPICIONS_SHOWN = 20;

  enum Format {
    iso2709,
    marcxml,
    json,
    mrk
  }

  @Parameters(index = "0", paramLabel = "IN",
      description = {"Input file, - for standard input (format detected unless --from-format).",
          "Tệp đầu vào, - là đầu vào chuẩn (tự nhận khổ mẫu nếu không có --from-format)."})
  Path in;

  @Parameters(index = "1", arity = "0..1", paramLabel = "OUT",
      description = {"Output file, - for standard output (or --out).", "Tệp đầu ra, - là đầu ra chuẩn (hoặc --out)."})
  Path outArgument;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = {"Output file, - for standard output (the default; then give --to).",
          "Tệp đầu ra, - là đầu ra chuẩn (mặc định; khi đó hãy cho --to)."})
  Path outOption;

  @Option(names = "--to", paramLabel = "iso2709|marcxml|json|mrk",
      description = {"Output format (default: from OUT's extension).", "Khổ mẫu đầu ra (mặc định: theo phần mở rộng của OUT)."})
  Format to;

  @Option(names = "--from-format", paramLabel = "iso2709|marcxml|json|mrk",
      description = {"Input format (default: detected).", "Khổ mẫu đầu vào (mặc định: tự nhận)."})
  Format from;

  // The old spelling, kept for one release; DESIGN.md keeps --from for dates.
  @Option(names = "--from", hidden = true)
  Format fromOld;

  @Option(names = "--repair",
      description = {"Repair Vietnamese text in legacy encodings and put every value in NFC.",
          "Sửa văn bản tiếng Việt mã cũ và chuẩn hoá mọi giá trị về NFC."})
  boolean repair;

  @Option(names = "--encoding", paramLabel = "tcvn3|vni|viscii|cp1258",
      description = {"Legacy Vietnamese encoding of the whole source, when known; implies --repair (default: decided"
          + " per record and learned from the records already read).",
          "Bảng mã tiếng Việt cũ của cả nguồn dữ liệu, nếu biết; kéo theo --repair (mặc định: quyết định theo từng"
          + " biểu ghi và học từ các biểu ghi đã đọc)."})
  RepairCommand.From encoding;

  @Option(names = "--strict",
      description = {"Stop at the first damaged record instead of repairing or skipping it.",
          "Dừng ở biểu ghi hỏng đầu tiên thay vì sửa hoặc bỏ qua."})
  boolean strict;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals, for large files).",
          "Hiện thanh tiến độ (mặc định: trên màn hình, với tệp lớn)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Locale locale = language.locale();
    PrintWriter err = spec.commandLine().getErr();
    Path out = outOption != null ? outOption : outArgument != null ? outArgument : Path.of("-");
    boolean toStdout = Cli.isStdio(out);
    // Records on standard output: the summary goes to standard error, so that the pipe carries records only.
    PrintWriter outText = toStdout ? err : spec.commandLine().getOut();
    Format inputFormat = from != null ? from : fromOld;
    MarcFormat target = to != null ? MarcFormat.fromName(to.name()) : toStdout ? null : formatOf(out);
    if (target == null) {
      err.println(toStdout ? CliText.text(locale, "marc.convert.noOut") : CliText.text(locale, "marc.convert.noFormat", out));
      return LibnetCli.USAGE_OR_IO;
    }
    LegacyEncoding declared =
        encoding == null || encoding == RepairCommand.From.auto ? null : LegacyEncoding.fromName(encoding.name());
    ReadOptions options = new ReadOptions(strict ? ReadMode.STRICT : ReadMode.LENIENT, locale, declared);
    VietnameseRepair repairer =
        VietnameseRepair.forSource(declared != null ? SourceEncoding.declared(declared) : SourceEncoding.learning());
    int suspected = 0;
    // Giving the source's encoding says the text needs it: repairing is what the user asked for.
    boolean repair = this.repair || declared != null;
    LibnetCli root = Cli.root(spec);
    Path tmp = toStdout ? null : out.resolveSibling(out.getFileName() + ".part");
    int read = 0;
    int written = 0;
    int unreadable = 0;
    int notWritten = 0;
    int repairedValues = 0;
    int repairedRecords = 0;
    try (Progress bar = Progress.forFile(in, "convert", progress, locale);
        InputStream input = bar.track(Cli.open(in, root.in()));
        MarcRecordReader reader = Cli.openMarc(in, input, inputFormat == null ? null : MarcFormat.fromName(inputFormat.name()), options, locale);
        MarcRecordWriter writer = toStdout ? MarcWriters.open(Cli.create(out, root.rawOut()), target) : MarcWriters.open(tmp, target)) {
      while (reader.hasNext()) {
        MarcRead r = reader.next();
        bar.record();
        read++;
        if (!r.readable()) {
          unreadable++;
          err.println(CliText.text(locale, "marc.recordSkipped", r.number(), r.offset() >= 0 ? "byte " + r.offset() : "line " + r.line(), r.issues().get(r.issues().size() - 1).localized(locale).message()));
          continue;
        }
        if (repair) {
          RecordRepair result = repairer.repairRecord(r.record());
          repairedValues += result.changes().size();
          repairedRecords += result.changes().isEmpty() ? 0 : 1;
          for (LegacySuspicion s : result.suspicions()) {
            if (suspected++ < SUSPICIONS_SHOWN) {
              err.println(CliText.text(locale, "marc.convert.suspected", r.number(), s.toIssue(locale).message()));
            }
          }
        }
        try {
          writer.write(r.record());
          written++;
        } catch (MarcWriteException e) {
          notWritten++;
          err.println(e.message(locale));
        }
      }
    } catch (RuntimeException e) {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
      throw e;
    }
    if (tmp != null) {
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    }
    outText.println(CliText.text(locale, "marc.convert.summary", read, written, out, target, unreadable, notWritten));
    if (repair) {
      outText.println(CliText.text(locale, "marc.convert.repaired", repairedValues, repairedRecords));
      if (suspected > 0) {
        outText.println(CliText.text(locale, "marc.convert.suspectedTotal", suspected, Math.min(suspected, SUSPICIONS_SHOWN)));
      }
    }
    return unreadable + notWritten > 0 ? 1 : 0;
  }

  static MarcFormat formatOf(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".mrc") || name.endsWith(".iso") || name.endsWith(".marc") || name.endsWith(".dat")) {
      return MarcFormat.ISO2709;
    }
    if (name.endsWith(".xml")) {
      return MarcFormat.MARCXML;
    }
    if (name.endsWith(".json")) {
      return MarcFormat.MARC_JSON;
    }
    if (name.endsWith(".mrk") || name.endsWith(".txt")) {
      return MarcFormat.MRK;
    }
    return null;
  }
}
