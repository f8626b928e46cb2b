package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.marc.internal.SyntheticRecords;

/** Reading keeps memory flat: 100,000 records read by a JVM whose heap is capped at 64 MB. */
class LargeFileTest {
  @TempDir Path dir;

  @Test
  void hundredThousandRecordsReadInA64MegabyteHeap() throws IOException, InterruptedException {
    Path file = dir.resolve("100k.mrc");
    try (MarcRecordWriter writer = MarcWriters.open(file, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(7).nfdRate(0.05).build().iterator(100_000).forEachRemaining(s -> writer.write(s.record()));
    }
    assertThat(Files.size(file)).isGreaterThan(64L * 1024 * 1024);

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), CountRecords.class.getName(), file.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.exitValue()).as(out).isZero();
    String[] parts = out.lines().reduce((a, b) -> b).orElse("").split(" ");
    assertThat(parts[0]).as(out).isEqualTo("100000");
    // the NFD records were composed and said so
    assertThat(Long.parseLong(parts[1])).isBetween(4_000L, 6_000L);
    assertThat(Long.parseLong(parts[2])).isLessThanOrEqualTo(64L);
  }
}
