package vn.libnet.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress file of a batch contribution: a header naming the job (whose id makes the batches'
 * idempotency keys) and one line per batch the hub acknowledged, each forced to disk before the next is
 * counted. A line cut short by a crash is ignored, which only means that batch is sent again under the
 * same key and the hub answers it from its idempotency record.
 *
 * <pre>
 * libnet-checkpoint 1 job=6f1c… batch-size=100
 * done 0 3a7bd3e2360a3d29 98 2 0
 * </pre>
 */
final class Checkpoint implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Checkpoint.class);
  private static final String MAGIC = "libnet-checkpoint 1";

  /** One acknowledged batch: its fingerprint and how many records had each outcome. */
  record Done(String fingerprint, int accepted, int merged, int rejected) {}

  private final Path file;
  private final String jobId;
  private final int batchSize;
  private final Map<Long, Done> done;
  private final FileChannel out;

  private Checkpoint(Path file, String jobId, int batchSize, Map<Long, Done> done, FileChannel out) {
    this.file = file;
    this.jobId = jobId;
    this.batchSize = batchSize;
    this.done = done;
    this.out = out;
  }

  /** Opens {@code file}, creating it for a new job when it does not exist or is empty. */
  static Checkpoint open(Path file, int batchSize) {
    try {
      if (!Files.exists(file) || Files.size(file) == 0) {
        String job = UUID.randomUUID().toString();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        Checkpoint c = new Checkpoint(file, job, batchSize, new HashMap<>(), ch);
        c.append(MAGIC + " job=" + job + " batch-size=" + batchSize);
        return c;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String header = lines.get(0);
      if (!header.startsWith(MAGIC + " job=")) {
        throw unreadable(file, "the first line is not a LibNet checkpoint header");
      }
      Map<String, String> h = fields(header.substring(MAGIC.length()).strip());
      String job = h.get("job");
      int size;
      try {
        size = Integer.parseInt(h.getOrDefault("batch-size", ""));
      } catch (NumberFormatException e) {
        throw unreadable(file, "the header has no batch-size");
      }
      if (size != batchSize) {
        LOG.info("Resuming {} with its batch size {} (not {}), so that the batches are the same", file, size, batchSize);
      }
      Map<Long, Done> done = new HashMap<>();
      boolean endsWithNewline = Files.readString(file, StandardCharsets.UTF_8).endsWith("\n");
      for (int i = 1; i < lines.size(); i++) {
        String[] p = lines.get(i).split(" ");
        boolean last = i == lines.size() - 1;
        if (p.length != 6 || !p[0].equals("done") || (last && !endsWithNewline)) {
          LOG.warn("Ignoring the cut-short line {} of {}: {}", i + 1, file, lines.get(i));
          continue;
        }
        try {
          done.put(Long.parseLong(p[1]), new Done(p[2], Integer.parseInt(p[3]), Integer.parseInt(p[4]), Integer.parseInt(p[5])));
        } catch (NumberFormatException e) {
          LOG.warn("Ignoring the damaged line {} of {}: {}", i + 1, file, lines.get(i));
        }
      }
      FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      Checkpoint c = new Checkpoint(file, job, size, done, ch);
      if (!endsWithNewline) {
        c.append(""); // end the torn line, so that the next record starts on its own line
      }
      return c;
    } catch (IOException e) {
      throw unreadable(file, e.getMessage());
    }
  }

  private static Map<String, String> fields(String s) {
    Map<String, String> m = new HashMap<>();
    for (String part : s.split(" ")) {
      int eq = part.indexOf('=');
      if (eq > 0) {
        m.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return m;
  }

  private static LibnetClientException unreadable(Path file, String why) {
    return new LibnetClientException(ClientFailure.CLIENT_CHECKPOINT_UNREADABLE, null, file, why);
  }

  String jobId() {
    return jobId;
  }

  int batchSize() {
    return batchSize;
  }

  Path file() {
    return file;
  }

  synchronized Done done(long batch) {
    return done.get(batch);
  }

  synchronized int doneCount() {
    return done.size();
  }

  /** Records an acknowledged batch durably (written and forced to disk) before returning. */
  synchronized void markDone(long batch, Done d) {
    append("done " + batch + " " + d.fingerprint() + " " + d.accepted() + " " + d.merged() + " " + d.rejected());
    done.put(batch, d);
  }

  private void append(String line) {
    try {
      ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        out.write(b);
      }
      out.force(false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the checkpoint " + file, e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      out.close();
    } catch (IOException e) {
      LOG.warn("Cannot close the checkpoint {}: {}", file, e.getMessage());
    }
  }
}
