package vn.libnet.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.marc4j.MarcStreamReader;
import org.marc4j.marc.Record;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.validation.UnionCatalogProfile;

/**
 * Reading the same 100,000-record ISO 2709 file (UTF-8, 5 % NFD) three ways: raw marc4j {@code
 * MarcStreamReader}; the SDK's lenient reader (framing, directory, one encoding decision per record,
 * NFC); and the SDK's reader with full MARC 21 and national union-catalogue validation of every record.
 * The same records in MARC-8 are read by marc4j (its MARC-8 conversion) and by the SDK. Targets (DESIGN.md): the SDK reader
 * within 10 % of raw marc4j, read + validate at least 50 % of raw marc4j's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class MarcReadBenchmark {
  static final int RECORDS = 100_000;
  private Path dir;
  private Path file;
  private Path marc8File;
  private final Profile<Record> profile = UnionCatalogProfile.forLibrary(SyntheticRecords.LIBRARIES.get(0));
  private final ValidationContext context = ValidationContext.of(Locale.ENGLISH);

  @Setup(Level.Trial)
  public void writeFile() throws IOException {
    dir = Files.createTempDirectory("libnet-bench");
    file = dir.resolve("100k.mrc");
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(5).nfdRate(0.05).build().iterator(RECORDS).forEachRemaining(s -> w.write(s.record()));
    }
    // The same records in MARC-8 (Leader/09 blank), converted by marc4j's own writer.
    marc8File = dir.resolve("100k-marc8.mrc");
    try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(marc8File))) {
      org.marc4j.MarcStreamWriter w = new org.marc4j.MarcStreamWriter(out, "ISO-8859-1");
      w.setConverter(new org.marc4j.converter.impl.UnicodeToAnsel());
      SyntheticRecords.builder().seed(5).build().iterator(RECORDS).forEachRemaining(s -> {
        Record r = s.record();
        r.getLeader().setCharCodingScheme(' ');
        w.write(r);
      });
      w.close();
    }
  }

  @TearDown(Level.Trial)
  public void deleteFile() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public long rawMarc4j() throws IOException {
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      MarcStreamReader reader = new MarcStreamReader(in, "UTF-8");
      while (reader.hasNext()) {
        n += reader.next().getDataFields().size();
      }
    }
    return n;
  }

  @Benchmark
  public long sdkReader() {
    long n = 0;
    try (MarcRecordReader reader = MarcReaders.open(file, MarcFormat.ISO2709, new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH))) {
      while (reader.hasNext()) {
        n += reader.next().record().getDataFields().size();
      }
    }
    return n;
  }

  @Benchmark
  public long rawMarc4jMarc8() throws IOException {
    long n = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(marc8File), 1 << 16)) {
      MarcStreamReader reader = new MarcStreamReader(in, "MARC8");
      while (reader.hasNext()) {
        n += reader.next().getDataFields().size();
      }
    }
    return n;
  }

  @Benchmark
  public long sdkReaderMarc8() {
    long n = 0;
    try (MarcRecordReader reader = MarcReaders.open(marc8File, MarcFormat.ISO2709, new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH))) {
      while (reader.hasNext()) {
        n += reader.next().record().getDataFields().size();
      }
    }
    return n;
  }

  @Benchmark
  public long sdkReaderAndValidation() {
    long n = 0;
    try (MarcRecordReader reader = MarcReaders.open(file, MarcFormat.ISO2709, new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH))) {
      while (reader.hasNext()) {
        MarcRead read = reader.next();
        n += profile.validate(read.record(), context).issues().size();
      }
    }
    return n;
  }
}
