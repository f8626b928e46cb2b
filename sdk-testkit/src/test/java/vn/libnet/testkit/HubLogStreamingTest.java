package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;

/** The log replays entry by entry: a log far larger than the heap replays, and damage is found where it is. */
class HubLogStreamingTest {
  private static final int ENTRIES = 50_000;

  @TempDir Path dir;

  @Test
  void aLogOfFiftyThousandEntriesReplaysInAHeapSmallerThanTheLog() throws Exception {
    long size = writeLog(dir, ENTRIES, 1500);
    assertThat(size).as("the log is larger than the child's whole heap").isGreaterThan(96L << 20);
    // A JVM with a 32 MiB heap: reading the whole file at once cannot fit, streaming does.
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
        "-cp", System.getProperty("java.class.path"), HubLogStreamingTest.class.getName(), dir.toString())
        .redirectErrorStream(true).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(out).isZero();
    assertThat(out).contains("REPLAYED " + ENTRIES + " first=k1 last=k" + ENTRIES).doesNotContain("OutOfMemoryError");
  }

  @Test
  void anAbsurdLengthInTheMiddleIsDamageNamedByEntryAndOffsetAndAtTheEndATornTail() throws Exception {
    writeLog(dir, 3, 10);
    Path log = HubLog.fileIn(dir);
    List<String> lines = Files.readAllLines(log);
    String second = lines.get(1);
    long offset = lines.get(0).length() + 1;
    Files.write(log, List.of(lines.get(0), "999999999" + second.substring(second.indexOf(' ')), lines.get(2)));
    assertThatThrownBy(() -> replay(dir)).isInstanceOf(UncheckedIOException.class).cause()
        .isInstanceOfSatisfying(HubLogDamagedException.class, e -> {
          assertThat(e.entry()).isEqualTo(2);
          assertThat(e.offset()).isEqualTo(offset);
        });

    // The same length on a last entry without its line end: a crash cut it short, so it is cut off.
    Files.write(log, List.of(lines.get(0), lines.get(1)));
    long good = Files.size(log);
    Files.writeString(log, "999999999 0a1b2c3d {\"type\":\"wri", StandardOpenOption.APPEND);
    assertThat(replay(dir)).containsExactly("k1", "k2");
    assertThat(Files.size(log)).isEqualTo(good);
  }

  @Test
  void aLengthFieldOneByteShortOfItsJsonIsDamage() throws Exception {
    writeLog(dir, 2, 10);
    Path log = HubLog.fileIn(dir);
    List<String> lines = Files.readAllLines(log);
    String first = lines.get(0);
    int length = Integer.parseInt(first.substring(0, first.indexOf(' ')));
    Files.write(log, List.of((length - 1) + first.substring(first.indexOf(' ')), lines.get(1)));
    assertThatThrownBy(() -> replay(dir)).cause().isInstanceOfSatisfying(HubLogDamagedException.class,
        e -> assertThat(e.entry()).isEqualTo(1));
  }

  /** The child of the first test: replays DIR's log and prints how many entries it saw. */
  public static void main(String[] args) {
    List<String> keys = replay(Path.of(args[0]));
    System.out.println("REPLAYED " + keys.size() + " first=" + keys.get(0) + " last=" + keys.get(keys.size() - 1));
  }

  // The idempotency key of every entry replayed, in order.
  private static List<String> replay(Path dir) {
    List<String> keys = new ArrayList<>();
    try (HubLog log = new HubLog(dir)) {
      log.replay(e -> keys.add(e.idempotencyKey()));
    }
    return keys;
  }

  /** Writes {@code count} framed write entries with bodies of {@code bodyBytes} bytes, as the hub frames them. */
  static long writeLog(Path dir, int count, int bodyBytes) throws IOException {
    byte[] body = new byte[bodyBytes];
    Files.createDirectories(dir);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(HubLog.fileIn(dir)), 1 << 16)) {
      for (int i = 1; i <= count; i++) {
        body[i % bodyBytes] = (byte) i;
        HubLog.Entry e = new HubLog.Entry("write", "VN-HaNoi-TVHN#k1", null, null, "PUT", "/v1/libraries/VN-HaNoi-TVHN", Map.of(),
            "application/json", body, "VN-HaNoi-TVHN", false, null, Instant.EPOCH, "k" + i, "h", 200, "application/json",
            new byte[0], Map.of());
        out.write(frame(LibnetJson.mapper().writeValueAsBytes(e)));
      }
    }
    return Files.size(HubLog.fileIn(dir));
  }

  static byte[] frame(byte[] json) {
    CRC32 crc = new CRC32();
    crc.update(json);
    byte[] head = (json.length + " " + String.format("%08x", crc.getValue()) + " ").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + json.length + 1];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(json, 0, all, head.length, json.length);
    all[all.length - 1] = '\n';
    return all;
  }
}
