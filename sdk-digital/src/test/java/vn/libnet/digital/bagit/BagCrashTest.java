package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.validation.ValidationReport;

/** A bagging killed with SIGKILL midway leaves nothing at the bag's place; running again makes the whole bag. */
class BagCrashTest {
  @TempDir Path dir;

  /** The child: bags slowly (a pause per MiB), so that the parent can kill it in the middle. */
  public static void main(String[] args) {
    BagCreator.builder().threads(1).progress((done, total) -> {
      try {
        Thread.sleep(40);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).build().create(Path.of(args[0]), Path.of(args[1]));
  }

  /** A child JVM on this test class path running {@code main}'s main method on {@code source} and {@code bag}. */
  static Process child(Class<?> main, Path log, Path source, Path bag) throws java.io.IOException {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        main.getName(), source.toString(), bag.toString());
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static long copiedSoFar(Path parent) throws Exception {
    try (Stream<Path> work = Files.list(parent)) {
      List<Path> hidden = work.filter(p -> p.getFileName().toString().startsWith(".bag.bagging-")).toList();
      if (hidden.isEmpty() || !Files.isDirectory(hidden.get(0).resolve("data"))) {
        return 0;
      }
      try (Stream<Path> files = Files.list(hidden.get(0).resolve("data"))) {
        return files.count();
      }
    }
  }

  @Test
  void aKilledBaggingLeavesNoBagAndTheNextRunCompletesIt() throws Exception {
    Path src = Files.createDirectories(dir.resolve("scans"));
    for (int i = 0; i < 60; i++) {
      Files.write(src.resolve(String.format("trang-%03d.tif", i)), BagCreatorTest.bytes(i, 1 << 20));
    }
    Path bag = dir.resolve("bag");
    Process p = child(BagCrashTest.class, dir.resolve("child.log"), src, bag);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (copiedSoFar(dir) < 10 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(p.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
    } finally {
      p.destroyForcibly(); // SIGKILL: no finally, no clean-up in the child
      p.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(copiedSoFar(dir)).isBetween(10L, 59L);
    assertThat(bag).doesNotExist();
    assertThat(BagValidator.builder().build().validate(bag).isValid()).isFalse();

    BagSummary s = BagCreator.builder().build().create(src, bag);
    assertThat(s.oxum()).isEqualTo(new BagInfo.Oxum(60L << 20, 60));
    ValidationReport r = BagValidator.builder().locale(Locale.ENGLISH).build().validate(bag);
    assertThat(r.issues()).isEmpty();
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(x -> x.getFileName().toString())).containsExactlyInAnyOrder("scans", "bag", "child.log");
    }
  }
}
