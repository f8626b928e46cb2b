package vn.libnet.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.json.LibnetJson;

/**
 * The hub's append-only log: one line per trusted key and per accepted write, forced to disk before the
 * write is answered, so that a hub started again on the same folder replays to the same state and answers
 * repeated idempotency keys as before.
 *
 * <p>Each line carries its own length and checksum: {@code <bytes of the JSON> <CRC-32 of them, 8 hex
 * digits> <JSON>}. On replay, a last entry cut short by a crash (no line end: it was never acknowledged)
 * is cut off the file before anything is appended, so that no new entry is ever written onto a torn one. A
 * complete entry whose length, checksum or JSON is wrong is damage the hub cannot explain: the start stops
 * with an error naming the entry's number and byte offset, since entries after it were acknowledged and
 * skipping it would replay them onto a different state. Lines of the older form (plain JSON) are read as
 * before.
 */
final class HubLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HubLog.class);
  private final ObjectMapper json = LibnetJson.mapper();
  private final Path file;
  private final FileChannel out;

  /**
   * One line: a trusted key ({@code type = "trust"}) or an accepted write ({@code type = "write"}) with
   * the call, its idempotency key and the answer given.
   */
  record Entry(String type, String keyId, String algorithm, Map<String, String> jwk, String method, String path,
      Map<String, String> query, String contentType, byte[] body, String signer, boolean admin, String ifMatch, Instant at,
      String idempotencyKey, String bodyHash, int status, String answerType, byte[] answer, Map<String, String> answerHeaders) {}

  HubLog(Path dir) {
    try {
      Files.createDirectories(dir);
      this.file = dir.resolve("hub-log.jsonl");
      this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the hub log in " + dir, e);
    }
  }

  /**
   * Reads every entry, in order; cuts a torn last entry off the file.
   *
   * @throws UncheckedIOException when a complete entry is damaged, naming its number and byte offset
   */
  void replay(Consumer<Entry> apply) {
    byte[] all;
    try {
      all = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the hub log " + file, e);
    }
    int n = 0;
    int offset = 0;
    while (offset < all.length) {
      int end = indexOf(all, (byte) '\n', offset);
      if (end < 0) {
        cutTornTail(offset, all.length - offset);
        break;
      }
      n++;
      String line = new String(all, offset, end - offset, StandardCharsets.UTF_8);
      if (!line.isBlank()) {
        Entry e = parse(line);
        if (e == null) {
          throw new UncheckedIOException(new HubLogDamagedException(file, n, offset));
        }
        apply.accept(e);
      }
      offset = end + 1;
    }
    LOG.info("Replayed {} entries of {}", n, file);
  }

  // The entry of one line, or null when it is damaged.
  private Entry parse(String line) {
    String jsonText = line;
    if (!line.startsWith("{")) {
      int a = line.indexOf(' ');
      int b = a < 0 ? -1 : line.indexOf(' ', a + 1);
      if (b < 0) {
        return null;
      }
      jsonText = line.substring(b + 1);
      byte[] bytes = jsonText.getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(bytes);
      if (!line.substring(0, a).equals(Integer.toString(bytes.length))
          || !line.substring(a + 1, b).equals(String.format("%08x", crc.getValue()))) {
        return null;
      }
    }
    try {
      return json.readValue(jsonText, Entry.class);
    } catch (IOException damaged) {
      return null;
    }
  }

  private void cutTornTail(long at, int length) {
    LOG.warn("The last {} byte(s) of {} are an entry cut short by a crash, never acknowledged: cut off at byte {}",
        length, file, at);
    try {
      out.truncate(at);
      out.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot cut the torn end off the hub log " + file, e);
    }
  }

  private static int indexOf(byte[] b, byte value, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  synchronized void append(Entry e) {
    try {
      byte[] body = json.writeValueAsString(e).getBytes(StandardCharsets.UTF_8);
      CRC32 crc = new CRC32();
      crc.update(body);
      byte[] head = (body.length + " " + String.format("%08x", crc.getValue()) + " ").getBytes(StandardCharsets.US_ASCII);
      ByteBuffer b = ByteBuffer.allocate(head.length + body.length + 1).put(head).put(body).put((byte) '\n').flip();
      while (b.hasRemaining()) {
        out.write(b);
      }
      out.force(false);
    } catch (IOException x) {
      throw new UncheckedIOException("Cannot write the hub log " + file, x);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warn("Cannot close {}: {}", file, e.getMessage());
    }
  }
}
