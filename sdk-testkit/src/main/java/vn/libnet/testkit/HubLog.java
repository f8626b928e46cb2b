package vn.libnet.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.json.LibnetJson;

/**
 * The hub's append-only log: one JSON line per trusted key and per accepted write, forced to disk before
 * the write is answered, so that a hub started again on the same folder replays to the same state and
 * answers repeated idempotency keys as before. A last line cut short by a crash was never answered and is
 * skipped.
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

  /** Reads every complete entry, in order. */
  void replay(Consumer<Entry> apply) {
    int n = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        Entry e;
        try {
          e = json.readValue(line, Entry.class);
        } catch (IOException torn) {
          LOG.warn("Skipping line {} of {}, cut short: {}", n, file, torn.getMessage());
          continue;
        }
        apply.accept(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the hub log " + file, e);
    }
    LOG.info("Replayed {} line(s) of {}", n, file);
  }

  synchronized void append(Entry e) {
    try {
      ByteBuffer b = ByteBuffer.wrap((json.writeValueAsString(e) + "\n").getBytes(StandardCharsets.UTF_8));
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
