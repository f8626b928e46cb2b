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

/** MARCXML and MARC-in-JSON files larger than the heap are read record by record in 64 MB. */
class MarkupLargeFileTest {
  @TempDir Path dir;

  @Test
  void marcXmlAndMarcJsonLargerThanTheHeapAreReadIn64Megabytes() throws IOException, InterruptedException {
    for (MarcFormat format : new MarcFormat[] {MarcFormat.MARCXML, MarcFormat.MARC_JSON}) {
      Path file = dir.resolve("big." + format.extension());
      int count = format == MarcFormat.MARCXML ? 50_000 : 100_000;
      try (MarcRecordWriter writer = MarcWriters.open(file, format)) {
        SyntheticRecords.builder().seed(11).build().iterator(count).forEachRemaining(s -> writer.write(s.record()));
      }
      assertThat(Files.size(file)).as(format.name()).isGreaterThan(64L * 1024 * 1024);
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process p =
          new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"), CountRecords.class.getName(), file.toString())
              .redirectErrorStream(true)
              .start();
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertThat(p.exitValue()).as(out).isZero();
      String[] parts = out.lines().reduce((a, b) -> b).orElse("").split(" ");
      assertThat(parts[0]).as(format + ": " + out).isEqualTo(String.valueOf(count));
      assertThat(Long.parseLong(parts[2])).isLessThanOrEqualTo(64L);
      Files.delete(file);
    }
  }
}
