package vn.libnet.benchmarks;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.VietnameseText;

/**
 * Vietnamese text and identifier operations on a typical catalogue title: the per-field costs that
 * matching, validation and repair of whole catalogues multiply by millions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class TextBenchmark {
  private final String title = "Lịch sử Việt Nam từ nguồn gốc đến thế kỷ XIX : giáo trình dùng cho sinh viên";
  private final String nfd = Normalizer.normalize(title, Normalizer.Form.NFD);
  private final String tcvn3Misread =
      new String(LegacyEncoding.TCVN3.encode(title), Charset.forName("windows-1252"));
  private final byte[] vniBytes = LegacyEncoding.VNI.encode(title);

  @Benchmark
  public String fold() {
    return VietnameseText.fold(title);
  }

  @Benchmark
  public String normalizeNfd() {
    return VietnameseText.normalize(nfd);
  }

  @Benchmark
  public String collationKey() {
    return VietnameseText.collationKey(title);
  }

  @Benchmark
  public Object repairMojibake() {
    return LegacyEncoding.repair(tcvn3Misread);
  }

  @Benchmark
  public Object repairProperUnicode() {
    return LegacyEncoding.repair(title);
  }

  @Benchmark
  public String decodeVni() {
    return LegacyEncoding.VNI.decode(vniBytes);
  }

  @Benchmark
  public Isbn parseIsbn() {
    return Isbn.parse("ISBN 978-604-1-01234-9 (bìa mềm)");
  }
}
