package vn.libnet.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.model.ChangeType;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.HubFaults;
import vn.libnet.testkit.LibnetTestHub;

/**
 * A load test of {@link LibnetTestHub} (not a JMH benchmark, not run by CI): concurrent clients, one per
 * library, each contributing signed batches and reading them back, optionally through injected 503s.
 * Prints requests per second, p50/p90/p99 latency of writes and reads, and checks that the catalogue holds
 * every record sent exactly once.
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar vn.libnet.benchmarks.HubLoadTest [clients] [batches] [batchSize] [faultRate]
 * </pre>
 */
public final class HubLoadTest {
  private HubLoadTest() {}

  /** Arguments: clients (8), batches per client (50), records per batch (20), share of 503 answers (0.05). */
  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    int batches = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    double faultRate = args.length > 3 ? Double.parseDouble(args[3]) : 0.05;
    System.out.printf(Locale.ROOT, "%d clients x %d batches x %d records, %.0f %% of answers 503%n", clients, batches, batchSize, faultRate * 100);

    try (LibnetTestHub hub = LibnetTestHub.builder().threads(16).start()) {
      // Warm up the JIT on a separate library, then measure with faults on.
      run(hub, "VN-WARM", 1, 20, batchSize, new long[20], new long[20], new AtomicLong());
      hub.faults(faultRate > 0 ? HubFaults.unavailable(Duration.ZERO).atRate(faultRate) : HubFaults.NONE);
      long[][] writes = new long[clients][batches];
      long[][] reads = new long[clients][batches];
      AtomicLong stored = new AtomicLong();
      long requestsBefore = hub.requestCount();
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long start = System.nanoTime();
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int n = c;
        done.add(pool.submit(() -> {
          run(hub, "VN-LOAD" + n, n, batches, batchSize, writes[n], reads[n], stored);
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      pool.shutdown();
      hub.faults(HubFaults.NONE);
      long requests = hub.requestCount() - requestsBefore;

      long expected = (long) clients * batches * batchSize;
      long inCatalogue;
      long addedOrMerged;
      try (LibnetClient reader = hub.clientFor("VN-READER").build()) {
        inCatalogue = 0;
        for (int c = 0; c < clients; c++) {
          inCatalogue += reader.searchCatalog("holder = VN-LOAD" + c).count();
        }
        addedOrMerged = reader.changesSince(null)
            .filter(ch -> (ch.type() == ChangeType.RECORD_ADDED || ch.type() == ChangeType.RECORD_MERGED) && ch.isil().startsWith("VN-LOAD"))
            .count();
      }
      System.out.printf(Locale.ROOT, "%.1f s, %d HTTP requests (retries included): %.0f requests/s%n", seconds, requests, requests / seconds);
      System.out.printf(Locale.ROOT, "write (contribute %d records): %s%n", batchSize, percentiles(flatten(writes)));
      System.out.printf(Locale.ROOT, "read (search by holder, first page): %s%n", percentiles(flatten(reads)));
      System.out.printf(Locale.ROOT, "records sent %d, acknowledged %d, in the catalogue %d, store events %d: %s%n", expected, stored.get(),
          inCatalogue, addedOrMerged, expected == stored.get() && expected == inCatalogue && expected == addedOrMerged
              ? "none lost, none duplicated" : "MISMATCH");
    }
  }

  private static void run(LibnetTestHub hub, String isil, int seed, int batches, int batchSize, long[] writes, long[] reads,
      AtomicLong stored) {
    try (LibnetClient c = hub.clientFor(isil)
        .retryPolicy(new RetryPolicy(8, Duration.ofMillis(5), Duration.ofMillis(200), Duration.ofSeconds(60))).build()) {
      var gen = SyntheticRecords.builder().seed(1000 + seed).build().iterator((long) batches * batchSize);
      for (int b = 0; b < batches; b++) {
        List<Record> batch = new ArrayList<>(batchSize);
        for (int i = 0; i < batchSize; i++) {
          Record r = gen.next().record();
          r.getControlNumberField().setData(isil + "-" + r.getControlNumber());
          for (DataField f : r.getDataFields()) {
            if (f.getTag().equals("852")) {
              f.getSubfield('a').setData(isil);
            }
          }
          batch.add(r);
        }
        long t = System.nanoTime();
        ContributionResult result = c.contributeRecords(RecordBatch.of(batch));
        writes[b] = System.nanoTime() - t;
        stored.addAndGet(result.outcomes().stream().filter(o -> o.status() != OutcomeStatus.REJECTED).count());
        t = System.nanoTime();
        c.searchCatalog("holder = " + isil).limit(100).count();
        reads[b] = System.nanoTime() - t;
      }
    }
  }

  private static long[] flatten(long[][] a) {
    return Arrays.stream(a).flatMapToLong(Arrays::stream).toArray();
  }

  private static String percentiles(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms (%d calls)", at(s, 0.50), at(s, 0.90), at(s, 0.99),
        s[s.length - 1] / 1e6, s.length);
  }

  private static double at(long[] sorted, double q) {
    return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
  }
}
