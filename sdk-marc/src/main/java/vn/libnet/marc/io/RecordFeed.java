package vn.libnet.marc.io;

import java.io.InputStream;
import org.marc4j.MarcStreamReader;
import org.marc4j.marc.Record;

/**
 * One long-lived marc4j {@link MarcStreamReader} fed one framed record at a time. Building a reader per
 * record costs a factory lookup each time, and marc4j reads lengths byte by byte, which on the JDK's
 * synchronised streams dominates; this stream's reads are plain array accesses.
 */
final class RecordFeed extends InputStream {
  private final MarcStreamReader reader;
  private byte[] buf = new byte[0];
  private int pos;
  private int mark;

  RecordFeed(String encoding) {
    this.reader = new MarcStreamReader(this, encoding);
  }

  /** marc4j's parse of {@code record}, a whole ISO 2709 record. */
  Record parse(byte[] record) {
    buf = record;
    pos = 0;
    return reader.next();
  }

  @Override
  public int read() {
    return pos < buf.length ? buf[pos++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (pos >= buf.length) {
      return -1;
    }
    int n = Math.min(len, buf.length - pos);
    System.arraycopy(buf, pos, b, off, n);
    pos += n;
    return n;
  }

  @Override
  public int available() {
    return buf.length - pos;
  }

  @Override
  public boolean markSupported() {
    return true;
  }

  @Override
  public void mark(int limit) {
    mark = pos;
  }

  @Override
  public void reset() {
    pos = mark;
  }
}
