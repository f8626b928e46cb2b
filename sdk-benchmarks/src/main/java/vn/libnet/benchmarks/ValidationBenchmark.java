package vn.libnet.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
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
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Library;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;

/** Validation of one document against its national profile, text rules included. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {
  private final ValidationContext context = ValidationContext.of(Locale.ENGLISH);
  private final BibRecord record = example("bib-record.json", BibRecord.class);
  private final Library library = example("library.json", Library.class);

  @Benchmark
  public ValidationReport bibRecord() {
    return NationalProfiles.bibRecord().validate(record, context);
  }

  @Benchmark
  public ValidationReport library() {
    return NationalProfiles.library().validate(library, context);
  }

  @Benchmark
  public BibRecord readBibRecordJson() throws IOException {
    try (InputStream in = ValidationBenchmark.class.getResourceAsStream("/vn/libnet/core/examples/bib-record.json")) {
      return LibnetJson.mapper().readValue(in, BibRecord.class);
    }
  }

  private static <T> T example(String name, Class<T> type) {
    try (InputStream in = ValidationBenchmark.class.getResourceAsStream("/vn/libnet/core/examples/" + name)) {
      return LibnetJson.mapper().readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
