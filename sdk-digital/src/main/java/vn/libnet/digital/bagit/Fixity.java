package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Checksums by streaming: each file read once for every algorithm asked, optionally copied on the way, files
 * spread over a fixed pool of threads, each with one buffer of its own, so memory stays at threads × 1 MiB
 * whatever the sizes.
 */
final class Fixity {
  static final int BUFFER = 1 << 20;

  private Fixity() {}

  /** What hashing one file gave: its checksums, or the failure to read it. */
  record Result(Map<ChecksumAlgorithm, String> checksums, long bytes, IOException failure) {}

  /** Counts bytes for a progress listener shared by every worker. */
  static final class Meter {
    private final BagProgress listener;
    private final long total;
    private final AtomicLong done = new AtomicLong();

    Meter(BagProgress listener, long total) {
      this.listener = listener;
      this.total = total;
    }

    void add(long n) {
      long d = done.addAndGet(n);
      if (listener != null) {
        listener.bytesHashed(d, total);
      }
    }
  }

  /** The checksums of {@code in}'s bytes, written to {@code copy} as well when not null. */
  static Map<ChecksumAlgorithm, String> digest(InputStream in, Set<ChecksumAlgorithm> algorithms, byte[] buffer, OutputStream copy, Meter meter)
      throws IOException {
    Map<ChecksumAlgorithm, MessageDigest> digests = new EnumMap<>(ChecksumAlgorithm.class);
    algorithms.forEach(a -> digests.put(a, a.newDigest()));
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (MessageDigest d : digests.values()) {
        d.update(buffer, 0, n);
      }
      if (copy != null) {
        copy.write(buffer, 0, n);
      }
      if (meter != null) {
        meter.add(n);
      }
    }
    Map<ChecksumAlgorithm, String> out = new EnumMap<>(ChecksumAlgorithm.class);
    digests.forEach((a, d) -> out.put(a, HexFormat.of().formatHex(d.digest())));
    return out;
  }

  /** The checksums of every file of {@code files} (relative name to path), on {@code threads} threads, in the map's order. */
  static Map<String, Result> hashAll(Map<String, Path> files, Map<String, Set<ChecksumAlgorithm>> algorithms, int threads, Meter meter) {
    Map<String, Result> out = new LinkedHashMap<>();
    if (files.isEmpty()) {
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, files.size()), r -> {
      Thread t = new Thread(r, "libnet-bagit-fixity");
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[BUFFER]);
    try {
      List<Map.Entry<String, Future<Result>>> pending = new ArrayList<>();
      for (Map.Entry<String, Path> f : files.entrySet()) {
        Set<ChecksumAlgorithm> wanted = algorithms.get(f.getKey());
        pending.add(Map.entry(f.getKey(), pool.submit(() -> {
          try (InputStream in = Files.newInputStream(f.getValue())) {
            Map<ChecksumAlgorithm, String> sums = digest(in, wanted, buffers.get(), null, meter);
            return new Result(sums, Files.size(f.getValue()), null);
          } catch (IOException e) {
            return new Result(Map.of(), 0, e);
          }
        })));
      }
      for (Map.Entry<String, Future<Result>> p : pending) {
        out.put(p.getKey(), p.getValue().get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while hashing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Hashing failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
