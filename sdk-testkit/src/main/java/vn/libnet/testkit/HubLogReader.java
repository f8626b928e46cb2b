package vn.libnet.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import vn.libnet.core.json.LibnetJson;

/**
 * Reads the hub log one entry at a time from any byte offset, holding at most one entry (and a small
 * window) in memory, so that a log of any length replays in bounded memory.
 *
 * <p>A framed entry is {@code <length> <crc32, 8 lower-case hex> <json>\n}: its length field bounds what
 * is read, and it is intact only when exactly that many bytes are followed by the line end and match the
 * checksum. A line starting with {@code {} is an entry of the older, unframed form, intact when its JSON
 * reads. Whether a piece that is not intact is damage or a torn tail depends only on whether a line end
 * follows it anywhere in the file: only the last entry can be cut short by a crash, and it never ends in one.
 */
final class HubLogReader implements AutoCloseable {
  /**
   * The largest entry read: a write's 16 MiB body and its answer, both in base64, stay well below it; a
   * length field above it is damage (or a torn tail), never a reason to allocate.
   */
  static final int MAX_ENTRY_BYTES = 128 << 20;

  private static final int MAX_LENGTH_DIGITS = 10;
  private static final int WINDOW = 64 * 1024;

  enum Kind {
    /** A complete entry whose frame, checksum and JSON are right. */
    INTACT,
    /** A line of white space only, skipped as it always was. */
    BLANK,
    /** A complete line (a line end follows) that is not an intact entry. */
    DAMAGED,
    /** The end of the file after its last line end: an entry a crash cut short. */
    TORN
  }

  /** One piece of the log: what it is, where it starts and how many bytes it has (line end included). */
  record Piece(Kind kind, long offset, long length, HubLog.Entry entry) {
    long end() {
      return offset + length;
    }
  }

  private final ObjectMapper json = LibnetJson.mapper();
  private final FileChannel in;
  private final long size;
  private final ByteBuffer window = ByteBuffer.allocate(WINDOW);
  private long windowStart = -1;

  HubLogReader(Path file) throws IOException {
    this.in = FileChannel.open(file, StandardOpenOption.READ);
    this.size = in.size();
  }

  long size() {
    return size;
  }

  /** The piece that starts at {@code offset}, or {@code null} at the end of the file. */
  Piece at(long offset) throws IOException {
    if (offset >= size) {
      return null;
    }
    int first = byteAt(offset);
    if (first >= '0' && first <= '9') {
      Piece framed = framed(offset);
      return framed != null ? framed : notIntact(offset);
    }
    long end = indexOfLineEnd(offset);
    if (end < 0) {
      return new Piece(Kind.TORN, offset, size - offset, null);
    }
    long length = end + 1 - offset;
    if (length - 1 > MAX_ENTRY_BYTES) {
      return new Piece(Kind.DAMAGED, offset, length, null);
    }
    String line = new String(read(offset, (int) (length - 1)), StandardCharsets.UTF_8);
    if (line.isBlank()) {
      return new Piece(Kind.BLANK, offset, length, null);
    }
    HubLog.Entry e = line.startsWith("{") ? parse(line) : null;
    return new Piece(e == null ? Kind.DAMAGED : Kind.INTACT, offset, length, e);
  }

  /** Whether an intact entry starts at {@code offset}; cheap for most offsets that do not begin one. */
  boolean intactAt(long offset) throws IOException {
    int b = byteAt(offset);
    boolean candidate = (b >= '0' && b <= '9') || (b == '{' && (offset == 0 || byteAt(offset - 1) == '\n'));
    if (!candidate) {
      return false;
    }
    Piece p = b == '{' ? at(offset) : framed(offset);
    return p != null && p.kind() == Kind.INTACT;
  }

  /** The offset of the first line end at or after {@code from}, or -1; reads the file through, keeping nothing. */
  long indexOfLineEnd(long from) throws IOException {
    for (long p = from; p < size; p++) {
      if (byteAt(p) == '\n') {
        return p;
      }
    }
    return -1;
  }

  /** {@code length} bytes from {@code offset}. */
  byte[] read(long offset, int length) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(length);
    while (b.hasRemaining()) {
      if (in.read(b, offset + b.position()) < 0) {
        throw new IOException("The hub log ended while it was read");
      }
    }
    return b.array();
  }

  /** Copies {@code [offset, offset + length)} to {@code out}. */
  void copy(long offset, long length, FileChannel out) throws IOException {
    long done = 0;
    while (done < length) {
      done += in.transferTo(offset + done, length - done, out);
    }
  }

  int byteAt(long p) throws IOException {
    if (windowStart < 0 || p < windowStart || p >= windowStart + window.limit()) {
      window.clear();
      windowStart = p;
      while (window.hasRemaining() && in.read(window, windowStart + window.position()) > 0) {
        // fill the window as far as the file goes
      }
      window.flip();
    }
    return window.get((int) (p - windowStart)) & 0xff;
  }

  // The intact framed entry at offset, or null when its frame, checksum or JSON is wrong or it is cut short.
  private Piece framed(long offset) throws IOException {
    long p = offset;
    long length = 0;
    int digits = 0;
    int b;
    while (p < size && (b = byteAt(p)) >= '0' && b <= '9' && digits < MAX_LENGTH_DIGITS) {
      // Written by Integer.toString: no leading zero unless the length is 0.
      if (digits == 1 && length == 0) {
        return null;
      }
      length = length * 10 + (b - '0');
      digits++;
      p++;
    }
    if (digits == 0 || p >= size || byteAt(p) != ' ' || length > MAX_ENTRY_BYTES) {
      return null;
    }
    p++;
    long crc = 0;
    for (int i = 0; i < 8; i++, p++) {
      b = p < size ? byteAt(p) : -1;
      int v = b >= '0' && b <= '9' ? b - '0' : b >= 'a' && b <= 'f' ? b - 'a' + 10 : -1;
      if (v < 0) {
        return null;
      }
      crc = crc << 4 | v;
    }
    if (p >= size || byteAt(p) != ' ') {
      return null;
    }
    p++;
    if (p + length >= size || byteAt(p + length) != '\n') {
      return null;
    }
    byte[] body = read(p, (int) length);
    CRC32 check = new CRC32();
    check.update(body);
    if (check.getValue() != crc) {
      return null;
    }
    HubLog.Entry e = parse(new String(body, StandardCharsets.UTF_8));
    return e == null ? null : new Piece(Kind.INTACT, offset, p + length + 1 - offset, e);
  }

  // Not an intact entry: damage when a line end follows, else the torn tail.
  private Piece notIntact(long offset) throws IOException {
    long end = indexOfLineEnd(offset);
    return end < 0 ? new Piece(Kind.TORN, offset, size - offset, null) : new Piece(Kind.DAMAGED, offset, end + 1 - offset, null);
  }

  private HubLog.Entry parse(String jsonText) {
    try {
      return json.readValue(jsonText, HubLog.Entry.class);
    } catch (IOException damaged) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
