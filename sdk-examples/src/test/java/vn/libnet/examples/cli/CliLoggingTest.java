package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.LibnetTestHub;

/**
 * The SDK's log lines stay out of the command line's output unless {@code --verbose}. slf4j-simple fixes its
 * level when the first logger is made, once per JVM, so each run is a fresh {@code java} through {@code main}.
 */
class CliLoggingTest {
  @TempDir Path dir;

  record Proc(int code, String out, String err) {}

  static Proc libnet(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), LibnetCli.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().keySet().removeIf(k -> k.startsWith("LIBNET_"));
    Path out = Files.createTempFile("libnet-out", ".txt");
    Path err = Files.createTempFile("libnet-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theSdksInfoLinesShowOnlyWithVerboseAndNeverOnStandardOutput() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path file = dir.resolve("catalogue.mrc");
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(3).build().stream(30).forEach(s -> w.write(s.record()));
    }
    try (LibnetTestHub hub = LibnetTestHub.builder()
        .trust(new VerificationKey("VN-HaNoi-TVHN#k1", SignatureAlgorithm.ED25519, k.getPublic())).start()) {
      Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.jwks());
      // The client logs its retries and every run's checkpoint at INFO; the checkpoint line comes on every run,
      // so it is the one asserted (HubFaults.onRequest did not, in a probe, reach contribute's batch writes).
      Proc quiet = libnet("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", "VN-HaNoi-TVHN", "--key", key.toString(),
          "--hub-jwks", jwks.toString(), "--batch-size", "10", "--checkpoint", dir.resolve("cp1").toString(), "--lang", "en");
      assertThat(quiet.code()).as(quiet.err()).isZero();
      assertThat(quiet.out()).startsWith("30 records in 3 batches");
      assertThat(quiet.out() + quiet.err()).doesNotContain(" INFO ");

      Proc verbose = libnet("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", "VN-HaNoi-TVHN", "--key", key.toString(),
          "--hub-jwks", jwks.toString(), "--batch-size", "10", "--checkpoint", dir.resolve("cp2").toString(), "--lang", "en", "--verbose");
      assertThat(verbose.code()).as(verbose.err()).isZero();
      assertThat(verbose.err()).contains(" INFO vn.libnet.client.BatchContributor");
      assertThat(verbose.out()).doesNotContain(" INFO ");
    }
  }
}
