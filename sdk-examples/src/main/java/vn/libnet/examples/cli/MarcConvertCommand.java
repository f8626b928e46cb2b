package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
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
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriteException;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.repair.RepairChange;
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
      "Exit 0: every record converted; 1: some records unreadable or not writable; 2: usage or I/O error."
    })
final class MarcConvertCommand implements Callable<Integer> {
  enum Format {
    iso2709,
    marcxml,
    json,
    mrk
  }

  @Parameters(index = "0", paramLabel = "IN", description = "Input file (format detected unless --from).")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "Output file.")
  Path out;

  @Option(names = "--to", paramLabel = "iso2709|marcxml|json|mrk", description = "Output format (default: from OUT's extension).")
  Format to;

  @Option(names = "--from", paramLabel = "iso2709|marcxml|json|mrk", description = "Input format (default: detected).")
  Format from;

  @Option(names = "--repair", description = "Repair Vietnamese text in legacy encodings and put every value in NFC.")
  boolean repair;

  @Option(names = "--strict", description = "Stop at the first damaged record instead of repairing or skipping it.")
  boolean strict;

  @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: on terminals, for large files).")
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Locale locale = language.locale();
    PrintWriter outText = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    MarcFormat target = to != null ? MarcFormat.fromName(to.name()) : formatOf(out);
    if (target == null) {
      err.println(CliText.text(locale, "marc.convert.noFormat", out));
      return LibnetCli.USAGE_OR_IO;
    }
    ReadOptions options = new ReadOptions(strict ? ReadMode.STRICT : ReadMode.LENIENT, locale);
    Path tmp = out.resolveSibling(out.getFileName() + ".part");
    int read = 0;
    int written = 0;
    int unreadable = 0;
    int notWritten = 0;
    int repairedValues = 0;
    int repairedRecords = 0;
    try (Progress bar = Progress.forFile(in, "convert", progress);
        InputStream input = bar.track(Files.newInputStream(in));
        MarcRecordReader reader = MarcReaders.open(input, from == null ? null : MarcFormat.fromName(from.name()), options);
        MarcRecordWriter writer = MarcWriters.open(tmp, target)) {
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
          List<RepairChange> changes = VietnameseRepair.repair(r.record());
          repairedValues += changes.size();
          repairedRecords += changes.isEmpty() ? 0 : 1;
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
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    outText.println(CliText.text(locale, "marc.convert.summary", read, written, out, target, unreadable, notWritten));
    if (repair) {
      outText.println(CliText.text(locale, "marc.convert.repaired", repairedValues, repairedRecords));
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
