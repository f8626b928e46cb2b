package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.libnet.client.oai.HarvestJob;
import vn.libnet.client.oai.OaiCheckpointException;
import vn.libnet.client.oai.OaiTokenExpiredException;
import vn.libnet.marc.io.MarcFormat;

/**
 * {@code libnet oai harvest URL --prefix marc21|oai_dc --out DIR}: a whole ListRecords harvest into a folder,
 * resumable and incremental through sdk-client's {@link HarvestJob} (its checkpoint in the folder), each
 * record written once however often the process is killed and resumed ({@link HarvestFiles}).
 */
@Command(
    name = "harvest",
    description = {"Harvest every record of a repository into DIR: MARC (--to) for marc21/marcxml, BibRecord JSON lines for oai_dc,",
        "identifiers.tsv (identifier, datestamp, sets, deleted) and issues.tsv. --resume goes on after a stop, or adds what changed since.",
        "Thu thập mọi biểu ghi của một kho vào DIR: MARC (--to) với marc21/marcxml, các dòng JSON BibRecord với oai_dc,",
        "identifiers.tsv (định danh, ngày, tập hợp, đã xoá) và issues.tsv. --resume chạy tiếp sau khi dừng, hoặc thêm những gì đã đổi.",
        "Exit 0: done; 1: some records could not be read (issues.tsv), or an OAI-PMH error; 2: usage, unreachable, or DIR in use.",
        "Mã thoát 0: xong; 1: có biểu ghi không đọc được (issues.tsv), hoặc lỗi OAI-PMH; 2: lỗi cách dùng, không kết nối được, hoặc DIR đang dùng."})
final class OaiHarvestCommand implements Callable<Integer> {
  static final String CHECKPOINT = "harvest.checkpoint";

  @Mixin OaiEndpoint endpoint;

  @Option(names = "--prefix", required = true, paramLabel = "marc21|oai_dc",
      description = {"The metadataPrefix: marc21 (or marcxml, MARC21) or oai_dc.", "metadataPrefix: marc21 (hoặc marcxml, MARC21) hoặc oai_dc."})
  String prefix;

  @Option(names = "--set", paramLabel = "SET", description = {"Only this set (a setSpec).", "Chỉ tập hợp này (một setSpec)."})
  String set;

  @Option(names = "--from", paramLabel = "DATE",
      description = {"The first run's from: YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ (UTC).", "from của lần chạy đầu: YYYY-MM-DD hoặc YYYY-MM-DDThh:mm:ssZ (UTC)."})
  String from;

  @Option(names = "--until", paramLabel = "DATE",
      description = {"until of every run (a day includes the whole day).", "until của mọi lần chạy (một ngày gồm cả ngày đó)."})
  String until;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR",
      description = {"The harvest's folder (made if missing).", "Thư mục thu thập (tạo mới nếu chưa có)."})
  Path dir;

  @Option(names = "--to", paramLabel = "iso2709|marcxml|json|mrk", defaultValue = "marcxml",
      description = {"The MARC format of the records file (default: ${DEFAULT-VALUE}).", "Khổ mẫu MARC của tệp biểu ghi (mặc định: ${DEFAULT-VALUE})."})
  String to;

  @Option(names = "--resume", description = {"Go on with the harvest in DIR: after a stop, where it stopped; after a finished run, with what changed since.",
      "Tiếp tục lần thu thập trong DIR: sau khi dừng thì từ chỗ dừng; sau khi xong thì với những gì đã thay đổi."})
  boolean resume;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals).", "Hiện thanh tiến độ (mặc định: trên màn hình)."})
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Locale locale = language.locale();
    boolean dc = prefix.equals("oai_dc");
    if (!dc && !prefix.toLowerCase(Locale.ROOT).contains("marc")) {
      throw new Cli.UserError(CliText.text(locale, "oai.harvest.prefix", prefix));
    }
    MarcFormat format = dc ? null : marcFormat(locale);
    Instant fromDate = OaiEndpoint.date(from, "--from", false, locale);
    Instant untilDate = OaiEndpoint.date(until, "--until", true, locale);
    Path checkpoint = dir.resolve(CHECKPOINT);
    prepare(locale, format, checkpoint);
    long[] outcome = new long[4];
    int code = endpoint.run(spec, locale, oai -> {
      HarvestFiles[] files = new HarvestFiles[1];
      try (Progress bar = Progress.forRecords("harvest", progress, locale)) {
        HarvestJob job = HarvestJob.builder().harvester(oai).prefix(prefix).set(set).from(fromDate).until(untilDate).checkpoint(checkpoint)
            .consumer(r -> {
              files[0].add(r);
              bar.step();
            }).pageEnd(() -> files[0].mark()).build();
        files[0] = HarvestFiles.open(dir, format, job.savedMark());
        long before = files[0].count();
        HarvestJob.Outcome o = job.run();
        files[0].finish();
        outcome[0] = o.records();
        outcome[1] = o.deletions();
        outcome[2] = files[0].count() - before;
        outcome[3] = files[0].unreadable();
      } catch (OaiCheckpointException e) {
        throw new Cli.UserError(e.message(locale));
      } catch (OaiTokenExpiredException e) {
        throw new Cli.UserError(CliText.text(locale, "oai.harvest.tokenExpired", e.resumptionToken(), dir));
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        if (files[0] != null) {
          files[0].close();
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(CliText.text(locale, "oai.harvest.done", outcome[0], outcome[1], dir, HarvestFiles.recordsName(format), files[0].count()));
      if (files[0].unreadable() > 0) {
        out.println(CliText.text(locale, "oai.harvest.unreadable", files[0].unreadable(), dir.resolve(HarvestFiles.ISSUES)));
      }
      out.flush();
    });
    return code == 0 && outcome[3] > 0 ? 1 : code;
  }

  /**
   * Refuses a folder that holds a harvest (a checkpoint: at least one page was written whole) unless
   * resuming, and one whose harvest wrote records of another format. Files without a checkpoint are what a
   * run that stopped before its first page left: they are started afresh.
   */
  private void prepare(Locale locale, MarcFormat format, Path checkpoint) {
    try {
      Files.createDirectories(dir);
      if (!Files.exists(checkpoint)) {
        return;
      }
      for (String name : new String[] {"records.xml", "records.mrc", "records.json", "records.mrk", "records.jsonl"}) {
        if (Files.exists(dir.resolve(name)) && !name.equals(HarvestFiles.recordsName(format))) {
          throw new Cli.UserError(CliText.text(locale, "oai.harvest.otherFormat", dir, name));
        }
      }
      if (!resume) {
        throw new Cli.UserError(CliText.text(locale, "oai.harvest.inUse", dir));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private MarcFormat marcFormat(Locale locale) {
    return switch (to) {
      case "iso2709", "mrc" -> MarcFormat.ISO2709;
      case "marcxml", "xml" -> MarcFormat.MARCXML;
      case "json" -> MarcFormat.MARC_JSON;
      case "mrk" -> MarcFormat.MRK;
      default -> throw new Cli.UserError(CliText.text(locale, "error.badValue", "--to", to));
    };
  }
}
