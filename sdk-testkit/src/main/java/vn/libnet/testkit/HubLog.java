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
 * skipping it would replay them onto a different state ({@link HubLogRecovery} decides, with a person, what
 * to keep). Lines of the older form (plain JSON) are read as before.
 */
final class HubLog implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HubLog.class);
  static final String FILE_NAME = "hub-log.jsonl";
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
      this.file = fileIn(dir);
      this.out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the hub log in " + dir, e);
    }
  }

  /**
   * Reads every entry, in order, one at a time (memory bounded by the largest entry, not the file); cuts a
   * torn last entry off the file.
   *
   * @throws UncheckedIOException when a complete entry is damaged, naming its number and byte offset
   */
  void replay(Consumer<Entry> apply) {
    int n = 0;
    try (HubLogReader in = new HubLogReader(file)) {
      long offset = 0;
      for (HubLogReader.Piece p; (p = in.at(offset)) != null; offset = p.end()) {
        if (p.kind() == HubLogReader.Kind.TORN) {
          cutTornTail(p.offset(), p.length());
          break;
        }
        n++;
        if (p.kind() == HubLogReader.Kind.DAMAGED) {
          throw new UncheckedIOException(new HubLogDamagedException(file, n, p.offset()));
        }
        if (p.kind() == HubLogReader.Kind.INTACT) {
          apply.accept(p.entry());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the hub log " + file, e);
    }
    LOG.info("Replayed {} entries of {}", n, file);
  }

  /** The file this log is kept in. */
  Path file() {
    return file;
  }

  /** The log file in a hub's data folder. */
  static Path fileIn(Path dir) {
    return dir.resolve(FILE_NAME);
  }

  private void cutTornTail(long at, long length) {
    LOG.warn("The last {} byte(s) of {} are an entry cut short by a crash, never acknowledged: cut off at byte {}",
        length, file, at);
    try {
      out.truncate(at);
      out.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot cut the torn end off the hub log " + file, e);
    }
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
