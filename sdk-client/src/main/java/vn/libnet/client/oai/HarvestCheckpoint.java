package vn.libnet.client.oai;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.CRC32;

/**
 * The state of a {@link HarvestJob} as its file holds it: a header line, {@code key=value} lines (the
 * escapes of {@link Properties}) and a closing line with the CRC-32 of those lines, so that a file torn or
 * edited by hand is refused rather than read as a partial state. Written whole to a temporary file, forced
 * to disk and renamed over the old one, so a crash leaves the old state or the new one.
 *
 * @param running false once the list came to its end
 * @param token the resumption token of the next page (null when finished)
 * @param cursor the token's {@code cursor}, empty when the repository sent none
 * @param completeListSize the token's {@code completeListSize}, empty when not sent
 * @param lastDatestamp the datestamp of the last record handed over, empty before any
 * @param responseDate the {@code responseDate} of the run's first page, empty before it
 * @param mark what the consumer said of its own state when the last page was handed over whole, empty before
 */
record HarvestCheckpoint(String baseUrl, String prefix, String set, String from, String until, boolean running, String token,
    String cursor, String completeListSize, String lastDatestamp, String responseDate, long records, String mark) {
  private static final String MAGIC = "libnet-oai-checkpoint 1";
  private static final String END = "end crc32=";

  HarvestCheckpoint {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(prefix, "prefix");
    mark = mark == null ? "" : mark;
  }

  /** Whether this checkpoint is about the same list as {@code other} (base URL, prefix, set). */
  boolean sameList(String baseUrl, String prefix, String set) {
    return this.baseUrl.equals(baseUrl) && this.prefix.equals(prefix) && Objects.equals(this.set, set);
  }

  /** The checkpoint in {@code file}, or null when there is none. */
  static HarvestCheckpoint read(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw OaiCheckpointException.unreadable(file, e.toString(), e);
    }
    if (!text.startsWith(MAGIC + "\n")) {
      throw OaiCheckpointException.unreadable(file, "no " + MAGIC + " header", null);
    }
    int end = text.lastIndexOf(END);
    if (end < 0 || !text.endsWith("\n")) {
      throw OaiCheckpointException.unreadable(file, "no end line (the file is cut short)", null);
    }
    String body = text.substring(MAGIC.length() + 1, end);
    if (!Long.toHexString(crc(body)).equals(text.substring(end + END.length()).strip())) {
      throw OaiCheckpointException.unreadable(file, "its checksum does not match its content", null);
    }
    Properties p = new Properties();
    try {
      p.load(new StringReader(body));
      String set = p.getProperty("set");
      return new HarvestCheckpoint(required(p, "base-url", file), required(p, "prefix", file), set == null || set.isEmpty() ? null : set,
          p.getProperty("from", ""), p.getProperty("until", ""), required(p, "state", file).equals("running"),
          emptyToNull(p.getProperty("token", "")), p.getProperty("cursor", ""), p.getProperty("complete-list-size", ""),
          p.getProperty("last-datestamp", ""), p.getProperty("response-date", ""), Long.parseLong(required(p, "records", file)),
          p.getProperty("consumer-mark", ""));
    } catch (IOException | IllegalArgumentException e) {
      throw OaiCheckpointException.unreadable(file, e.toString(), e);
    }
  }

  /** Replaces {@code file} with this state: temporary file, forced to disk, renamed, directory forced. */
  void write(Path file) {
    Properties p = new Properties();
    p.setProperty("base-url", baseUrl);
    p.setProperty("prefix", prefix);
    p.setProperty("set", set == null ? "" : set);
    p.setProperty("from", from);
    p.setProperty("until", until);
    p.setProperty("state", running ? "running" : "finished");
    p.setProperty("token", token == null ? "" : token);
    p.setProperty("cursor", cursor);
    p.setProperty("complete-list-size", completeListSize);
    p.setProperty("last-datestamp", lastDatestamp);
    p.setProperty("response-date", responseDate);
    p.setProperty("records", Long.toString(records));
    p.setProperty("consumer-mark", mark);
    StringWriter w = new StringWriter();
    try {
      p.store(w, null);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringWriter does not fail
    }
    // Properties.store begins with a date comment: dropped, so that the same state writes the same bytes.
    String body = w.toString().lines().filter(l -> !l.startsWith("#")).sorted().reduce("", (a, l) -> a + l + "\n");
    byte[] bytes = (MAGIC + "\n" + body + END + Long.toHexString(crc(body)) + "\n").getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path tmp = dir.resolve(target.getFileName() + ".tmp");
    try {
      Files.createDirectories(dir);
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
          ch.write(b);
        }
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      forceDirectory(dir);
    } catch (IOException e) {
      throw OaiCheckpointException.unwritable(file, e.toString(), e);
    }
  }

  private static void forceDirectory(Path dir) {
    // The rename is durable once the directory is; some platforms (Windows) cannot open a directory.
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort
    }
  }

  private static long crc(String body) {
    CRC32 c = new CRC32();
    c.update(body.getBytes(StandardCharsets.UTF_8));
    return c.getValue();
  }

  private static String required(Properties p, String key, Path file) {
    String v = p.getProperty(key);
    if (v == null || v.isEmpty()) {
      throw OaiCheckpointException.unreadable(file, "no " + key, null);
    }
    return v;
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }
}
