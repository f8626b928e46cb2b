package vn.libnet.benchmarks;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagCreator;
import vn.libnet.digital.bagit.BagValidator;
import vn.libnet.digital.bagit.ChecksumAlgorithm;

/**
 * Full validation of a bag of a 1 GiB payload (SHA-256 only) by the SDK, against {@code sha256sum} over the
 * same files (not a JMH benchmark, not run by CI). Each side is run three times after one warm-up read, so
 * that both read from the page cache and the figures compare hashing, not the disk. Prints MB/s for each
 * and the SDK's share of sha256sum's throughput (the target is at least 80 %).
 *
 * <pre>
 * java -cp sdk-benchmarks/target/benchmarks.jar vn.libnet.benchmarks.BagVerifyLoad [MiB] [files] [threads]
 * </pre>
 */
public final class BagVerifyLoad {
  private BagVerifyLoad() {}

  /** Arguments: payload MiB (1024), files (64), validator threads (available cores). */
  public static void main(String[] args) throws Exception {
    int mib = args.length > 0 ? Integer.parseInt(args[0]) : 1024;
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    Path dir = Files.createTempDirectory("libnet-bag-bench");
    Path src = Files.createDirectories(dir.resolve("src"));
    byte[] chunk = new byte[1 << 20];
    Random random = new Random(1);
    long perFile = (long) mib / files;
    for (int f = 0; f < files; f++) {
      try (OutputStream out = Files.newOutputStream(src.resolve(String.format("trang-%04d.tif", f)))) {
        for (long m = 0; m < perFile; m++) {
          random.nextBytes(chunk);
          out.write(chunk);
        }
      }
    }
    Path bag = dir.resolve("bag");
    BagCreator.builder().algorithms(ChecksumAlgorithm.SHA256).build().create(src, bag);
    long bytes = perFile * files << 20;
    List<String> cmd = new ArrayList<>(List.of("sha256sum"));
    try (var payload = Files.list(bag.resolve("data"))) {
      payload.sorted().forEach(p -> cmd.add(p.toString()));
    }
    BagValidator validator = BagValidator.builder().threads(threads).build();
    run(cmd);
    double sdk = Double.MAX_VALUE;
    double tool = Double.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long t0 = System.nanoTime();
      ValidationReport r = validator.validate(bag);
      sdk = Math.min(sdk, (System.nanoTime() - t0) / 1e9);
      if (!r.isValid()) {
        throw new IllegalStateException("The benchmark's own bag is not valid: " + r.issues());
      }
      t0 = System.nanoTime();
      run(cmd);
      tool = Math.min(tool, (System.nanoTime() - t0) / 1e9);
    }
    double mb = bytes / 1e6;
    System.out.printf(Locale.ROOT, "payload %d MiB in %d files; SDK validate (%d threads): %.2f s, %.0f MB/s; sha256sum (1 process): %.2f s,"
        + " %.0f MB/s; SDK/sha256sum = %.0f %%%n", bytes >> 20, files, threads, sdk, mb / sdk, tool, mb / tool, 100 * tool / sdk);
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void run(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("sha256sum failed");
    }
  }
}
