package vn.libnet.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.libnet.client.BatchContributor;
import vn.libnet.client.BatchSummary;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetClientException;
import vn.libnet.core.signature.Keys;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;

/**
 * {@code libnet contribute}: sends a MARC file of any size to the union catalogue through a hub, signed,
 * in batches, with a checkpoint beside the file so that a run stopped at any moment resumes where it was.
 */
@Command(
    name = "contribute",
    description = {
      "Contribute a MARC file to the union catalogue, signed, resumable from its checkpoint.",
      "Gửi tệp MARC vào mục lục liên hợp, có chữ ký, chạy tiếp được từ checkpoint.",
      "Exit 0: every record accepted or merged; 1: some rejected or batches failed (run again to resume); 2: usage or I/O error, or the hub cannot be reached.",
      "Mã thoát 0: mọi biểu ghi được nhận hoặc gộp; 1: có biểu ghi bị từ chối hoặc lô lỗi (chạy lại để tiếp tục); 2: lỗi cách dùng, đọc ghi, hoặc không kết nối được hub."
    })
final class ContributeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE",
      description = {"MARC file in any format (ISO 2709, MARCXML, MARC-in-JSON, MRK).", "Tệp MARC ở khổ mẫu bất kỳ (ISO 2709, MARCXML, MARC-in-JSON, MRK)."})
  Path file;

  @Mixin HubIdentity identity;

  @Mixin HubTrustOptions trust;

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = {"Progress file (default: FILE.checkpoint).", "Tệp ghi tiến độ (mặc định: FILE.checkpoint)."})
  Path checkpoint;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100",
      description = {"Records per batch (default: ${DEFAULT-VALUE}).", "Số biểu ghi mỗi lô (mặc định: ${DEFAULT-VALUE})."})
  int batchSize;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "2",
      description = {"Batches in flight (default: ${DEFAULT-VALUE}).", "Số lô gửi đồng thời (mặc định: ${DEFAULT-VALUE})."})
  int concurrency;

  @Option(names = "--progress", negatable = true,
      description = {"Show a progress bar (default: on terminals, for large files).",
          "Hiện thanh tiến độ (mặc định: trên màn hình, với tệp lớn)."})
  Boolean progress;

  @Option(names = "--report", paramLabel = "FILE", description = {
      "Write each record's outcome (record number, 001, outcome, cluster, issues) to FILE: .jsonl, .csv or .html.",
      "Ghi kết quả của từng biểu ghi (số thứ tự, 001, kết quả, cụm, lỗi) vào FILE: .jsonl, .csv hoặc .html."})
  Path report;

  @Option(names = "--report-format", paramLabel = "jsonl|csv|html", description = {
      "The report's format when FILE's extension does not tell it.", "Định dạng báo cáo khi phần mở rộng của FILE không cho biết."})
  ContributionReportWriter.Format reportFormat;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String missing = identity.missing(identity.hub, locale);
    if (missing != null) {
      err.println(missing);
      return LibnetCli.USAGE_OR_IO;
    }
    String hub = identity.hub;
    PrivateKey privateKey;
    HubKeys trusted;
    try {
      privateKey = Keys.privateKeyFromPem(Files.readString(identity.key));
      trusted = trust.trusted(locale);
    } catch (java.io.IOException | IllegalArgumentException e) {
      err.println(CliText.text(locale, "contribute.keys", e.getMessage()));
      return LibnetCli.USAGE_OR_IO;
    }
    if (!Files.isReadable(file)) {
      err.println(CliText.text(locale, "contribute.file", file));
      return LibnetCli.USAGE_OR_IO;
    }
    Path cp = checkpoint != null ? checkpoint : Path.of(file + ".checkpoint");
    ContributionReportWriter outcomes = null;
    if (report != null) {
      ContributionReportWriter.Format f = reportFormat != null ? reportFormat : ContributionReportWriter.Format.of(report).orElse(null);
      if (f == null) {
        err.println(CliText.text(locale, "contribute.report.format", report));
        return LibnetCli.USAGE_OR_IO;
      }
      try {
        outcomes = ContributionReportWriter.open(report, f, locale, file.toString(), hub);
      } catch (java.io.IOException e) {
        err.println(CliText.text(locale, "contribute.report.write", report, e.getMessage()));
        return LibnetCli.USAGE_OR_IO;
      }
    }
    BatchSummary s;
    try (ContributionReportWriter reportWriter = outcomes;
        LibnetClient client = LibnetClient.builder().baseUrl(hub).libraryIsil(identity.isil).signingKey(identity.keyId(), privateKey)
            .hubKeys(trusted).build();
        Progress bar = Progress.forFile(file, "contribute", progress, locale);
        InputStream in = bar.track(Files.newInputStream(file));
        MarcRecordReader reader = MarcReaders.open(in, null, ReadOptions.lenient().withLocale(locale))) {
      // Once, up front: otherwise every batch would fail, and be logged, with the same refused connection.
      Cli.requireReachable(hub, locale);
      s = BatchContributor.builder(client).batchSize(batchSize).concurrency(concurrency).outcomes(reportWriter).build().contribute(reader, cp);
    } catch (LibnetClientException e) {
      // The library's text names Java calls; on the command line the same choice is spelled with options.
      err.println("CLIENT_HUB_KEYS_INSECURE".equals(e.code()) ? CliText.text(locale, "contribute.insecure", hub) : e.message(locale));
      return LibnetCli.USAGE_OR_IO;
    } catch (vn.libnet.core.error.LibnetException e) {
      // an --isil that is not an ISIL (InvalidIdentifierException), a MARC file a reader refuses
      err.println(e.message(locale));
      return LibnetCli.USAGE_OR_IO;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println(e.getMessage());
      return LibnetCli.USAGE_OR_IO;
    } catch (java.io.IOException e) {
      // Only the report can fail so late: the contribution itself is done and checkpointed.
      err.println(CliText.text(locale, "contribute.report.write", report, e.getMessage()));
      return LibnetCli.USAGE_OR_IO;
    }
    out.println(CliText.text(locale, "contribute.summary", s.records(), s.batches(), s.resumedBatches(), s.accepted(), s.merged(),
        s.rejected(), s.unreadable()));
    if (report != null) {
      out.println(CliText.text(locale, "contribute.report.written", report));
    }
    for (BatchSummary.Failure f : s.failures()) {
      out.println(CliText.text(locale, "contribute.failure", f.batch(), f.firstRecord(), f.code(), f.message(locale)));
    }
    if (!s.complete()) {
      out.println(CliText.text(locale, "contribute.resume", cp));
    }
    return s.complete() && s.rejected() == 0 && s.unreadable() == 0 ? 0 : 1;
  }
}
