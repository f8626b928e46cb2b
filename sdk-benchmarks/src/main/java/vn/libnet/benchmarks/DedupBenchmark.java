package vn.libnet.benchmarks;

import java.util.Iterator;
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
import vn.libnet.marc.match.Deduplicator;
import vn.libnet.marc.match.MatchKey;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.internal.SyntheticRecords.Synthetic;

/**
 * Deduplication of 1,000,000 synthetic records (20 % duplicates) in a 2 GiB heap: {@code generateOnly}
 * measures making the records, {@code matchKeysAndClustering} the same plus match keys and clustering,
 * so the difference is the cost of deduplication. Target (DESIGN.md): under 60 s on 2 cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class DedupBenchmark {
  static final int RECORDS = 1_000_000;

  private static Iterator<Synthetic> records() {
    return SyntheticRecords.builder().seed(9).duplicateRate(0.2).build().iterator(RECORDS);
  }

  @Benchmark
  public long generateOnly() {
    long n = 0;
    for (Iterator<Synthetic> it = records(); it.hasNext(); ) {
      n += it.next().record().getDataFields().size();
    }
    return n;
  }

  @Benchmark
  public int matchKeysAndClustering() {
    Deduplicator d = Deduplicator.standard();
    for (Iterator<Synthetic> it = records(); it.hasNext(); ) {
      Synthetic s = it.next();
      d.add(s.record().getControlNumber(), MatchKey.of(s.record()));
    }
    return d.result().works();
  }
}
