package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Move mode: the source's files end in {@code data/} and nowhere else; a run that fails or is killed with SIGKILL
 * while moving loses no byte, and running again puts every file back and makes the whole bag.
 */
class BagMoveTest {
  @TempDir Path dir;

  /** Every file under {@code root}: its path (NFC, under data/ when a bag) and the SHA-256 of its bytes. */
  static Map<String, String> files(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String prior = out.put(BagPaths.nfc(root.relativize(p).toString()), sha256(p));
        assertThat(prior).as("twice: " + p).isNull();
      }
    }
    return out;
  }

  private static String sha256(Path p) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  private static Map<String, String> union(Path source, Path work) throws IOException {
    Map<String, String> all = new TreeMap<>(files(source));
    if (work != null && Files.isDirectory(work.resolve("data"))) {
      files(work.resolve("data")).forEach((k, v) -> assertThat(all.put(k, v)).as("in the source and the work folder: " + k).isNull());
    }
    return all;
  }

  private static List<Path> hidden(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".")).toList();
    }
  }

  @Test
  void movingPutsEveryFileInTheBagAndLeavesTheSourceEmpty() throws Exception {
    Map<String, String> expected = files(BagCreatorTest.scans(dir.resolve("reference")));
    Path src = BagCreatorTest.scans(dir);
    Path bag = dir.resolve("bag");
    BagSummary s = BagCreator.builder().move().build().create(src, bag);
    assertThat(BagValidator.builder().locale(Locale.ENGLISH).build().validate(bag).issues()).isEmpty();
    assertThat(files(bag.resolve("data"))).isEqualTo(expected);
    assertThat(s.oxum().files()).isEqualTo(expected.size());
    try (Stream<Path> left = Files.list(src)) {
      assertThat(left).isEmpty();
    }
    assertThat(hidden(dir)).isEmpty();
  }

  @Test
  void aFailureAfterSomeFilesMovedPutsEveryFileBackAndTheRerunMakesTheBag() throws Exception {
    Path src = BagCreatorTest.scans(dir);
    Map<String, String> before = files(src);
    Path bag = dir.resolve("bag");
    for (int failAt : new int[] {1, 40, before.size()}) {
      assertThatThrownBy(() -> BagCreator.builder().move().threads(2).afterMove(n -> {
        if (n == failAt) {
          throw new IOException("disk pulled out after " + n + " files");
        }
      }).build().create(src, bag)).isInstanceOfSatisfying(BagException.class,
          e -> assertThat(e.message(Locale.ENGLISH)).contains("disk pulled out"));
      assertThat(files(src)).as("after failing at " + failAt).isEqualTo(before);
      assertThat(bag).doesNotExist();
      assertThat(hidden(dir)).isEmpty();
    }
    BagCreator.builder().move().build().create(src, bag);
    assertThat(BagValidator.builder().build().validate(bag).isValid()).isTrue();
    assertThat(files(bag.resolve("data"))).isEqualTo(before);
  }

  /** The child: moves slowly (a pause per file), so that the parent can kill it in the middle of moving. */
  public static void main(String[] args) {
    BagCreator.builder().move().threads(1).afterMove(n -> {
      try {
        Thread.sleep(25);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).build().create(Path.of(args[0]), Path.of(args[1]));
  }

  private static Path work(Path parent) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(p -> p.getFileName().toString().startsWith(".bag.bagging-") && Files.isDirectory(p)).findFirst().orElse(null);
    }
  }

  @Test
  void aRunKilledWhileMovingLosesNoFileAndTheNextRunPutsThemBackAndMakesTheBag() throws Exception {
    Path src = Files.createDirectories(dir.resolve("scans"));
    for (int i = 0; i < 200; i++) {
      Files.write(Files.createDirectories(src.resolve("tập " + i % 3)).resolve(String.format("trang-%03d.tif", i)), BagCreatorTest.bytes(i, 2000 + i));
    }
    Map<String, String> before = files(src);
    Path bag = dir.resolve("bag");
    Process p = BagCrashTest.child(BagMoveTest.class, dir.resolve("child.log"), src, bag);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (p.isAlive() && System.nanoTime() < deadline) {
        Path work = work(dir);
        if (work != null && Files.isDirectory(work.resolve("data")) && files(work.resolve("data")).size() >= 50) {
          break;
        }
        Thread.sleep(10);
      }
      assertThat(p.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
    } finally {
      p.destroyForcibly(); // SIGKILL in the middle of moving: no clean-up in the child
      p.waitFor(30, TimeUnit.SECONDS);
    }
    Path work = work(dir);
    int moved = files(work.resolve("data")).size();
    assertThat(moved).isBetween(50, 199);
    assertThat(union(src, work)).as("every source byte, in the source or the work folder").isEqualTo(before);
    assertThat(bag).doesNotExist();

    BagCreator.builder().move().build().create(src, bag);
    assertThat(BagValidator.builder().locale(Locale.ENGLISH).build().validate(bag).issues()).isEmpty();
    assertThat(files(bag.resolve("data"))).isEqualTo(before);
    assertThat(hidden(dir)).isEmpty();
  }

  @Test
  void acrossFileSystemsSourcesAreCopiedAndDeletedOnlyOnceTheBagValidates() throws Exception {
    Path shm = Path.of("/dev/shm");
    Assumptions.assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm)
        && !Files.getFileStore(shm).equals(Files.getFileStore(dir)), "needs /dev/shm on another file system than " + dir);
    Path src = Files.createTempDirectory(shm, "libnet-move");
    try {
      Files.write(src.resolve("Bản đồ.tif"), BagCreatorTest.bytes(5, 100_000));
      Files.write(Files.createDirectories(src.resolve("tập 2")).resolve("trang 1.jp2"), BagCreatorTest.bytes(6, 10));
      Map<String, String> before = files(src);
      Path bag = dir.resolve("bag");
      BagCreator.builder().move().build().create(src, bag);
      assertThat(files(bag.resolve("data"))).isEqualTo(before);
      assertThat(BagValidator.builder().build().validate(bag).isValid()).isTrue();
      try (Stream<Path> left = Files.list(src)) {
        assertThat(left).isEmpty();
      }
    } finally {
      BagFiles.deleteQuietly(src);
    }
  }
}
