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
      "Exit 0: every record accepted or merged; 1: some rejected or batches failed (run again to resume); 2: usage or I/O error."
    })
final class ContributeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "MARC file in any format (ISO 2709, MARCXML, MARC-in-JSON, MRK).")
  Path file;

  @Option(names = "--hub", required = true, paramLabel = "URL", description = "The hub's base URL.")
  String hub;

  @Option(names = "--isil", required = true, paramLabel = "VN-...", description = "The contributing library.")
  String isil;

  @Option(names = "--key", required = true, paramLabel = "PRIVATE.pem", description = "The library's private key (PKCS#8 PEM).")
  Path key;

  @Option(names = "--key-name", defaultValue = "k1", description = "The key's name: the key id is ISIL#NAME (default: ${DEFAULT-VALUE}).")
  String keyName;

  @Option(names = "--hub-jwks", paramLabel = "FILE", description = "Trust only these hub keys (JWKS); by default the hub's published JWKS.")
  Path hubJwks;

  @Option(names = "--allow-plain-http", description = {
      "Fetch the hub's keys over plain http even from a host that is not this machine (unsafe: anyone on the way can swap them).",
      "Cho phép lấy khoá của hub qua http thường từ máy khác (không an toàn: bất kỳ ai trên đường truyền có thể tráo khoá)."})
  boolean allowPlainHttp;

  @Option(names = "--checkpoint", paramLabel = "FILE", description = "Progress file (default: FILE.checkpoint).")
  Path checkpoint;

  @Option(names = "--batch-size", defaultValue = "100", description = "Records per batch (default: ${DEFAULT-VALUE}).")
  int batchSize;

  @Option(names = "--concurrency", defaultValue = "2", description = "Batches in flight (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: on terminals, for large files).")
  Boolean progress;

  @Mixin LanguageOption language;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Locale locale = language.locale();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrivateKey privateKey;
    HubKeys trusted;
    try {
      privateKey = Keys.privateKeyFromPem(Files.readString(key));
      HubKeys published = allowPlainHttp ? HubKeys.fromHub().allowPlainHttp() : HubKeys.fromHub();
      trusted = hubJwks == null ? published : HubKeys.pinnedJwks(Files.readString(hubJwks));
    } catch (java.io.IOException | IllegalArgumentException e) {
      err.println(CliText.text(locale, "contribute.keys", e.getMessage()));
      return LibnetCli.USAGE_OR_IO;
    }
    if (!Files.isReadable(file)) {
      err.println(CliText.text(locale, "contribute.file", file));
      return LibnetCli.USAGE_OR_IO;
    }
    Path cp = checkpoint != null ? checkpoint : Path.of(file + ".checkpoint");
    BatchSummary s;
    try (LibnetClient client = LibnetClient.builder().baseUrl(hub).libraryIsil(isil).signingKey(isil + "#" + keyName, privateKey)
            .hubKeys(trusted).build();
        Progress bar = Progress.forFile(file, "contribute", progress);
        InputStream in = bar.track(Files.newInputStream(file));
        MarcRecordReader reader = MarcReaders.open(in, null, ReadOptions.lenient().withLocale(locale))) {
      s = BatchContributor.builder(client).batchSize(batchSize).concurrency(concurrency).build().contribute(reader, cp);
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
    }
    out.println(CliText.text(locale, "contribute.summary", s.records(), s.batches(), s.resumedBatches(), s.accepted(), s.merged(),
        s.rejected(), s.unreadable()));
    for (BatchSummary.Failure f : s.failures()) {
      out.println(CliText.text(locale, "contribute.failure", f.batch(), f.firstRecord(), f.code(), f.message()));
    }
    if (!s.complete()) {
      out.println(CliText.text(locale, "contribute.resume", cp));
    }
    return s.complete() && s.rejected() == 0 && s.unreadable() == 0 ? 0 : 1;
  }
}
