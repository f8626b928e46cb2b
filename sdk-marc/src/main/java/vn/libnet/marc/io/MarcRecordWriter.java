package vn.libnet.marc.io;

import java.io.Closeable;
import org.marc4j.marc.Record;

/**
 * Writes records one at a time in one format. Not thread-safe. {@link #close()} finishes the document
 * (the closing tag of a MARCXML collection, the bracket of a JSON array) and closes the output.
 */
public interface MarcRecordWriter extends Closeable {

  /**
   * Writes {@code record} as UTF-8 (Leader/09 is set to {@code a}).
   *
   * @throws MarcWriteException when the record cannot be represented in the format; nothing is written
   * @throws java.io.UncheckedIOException when the output fails
   */
  void write(Record record);

  /** Finishes the document and closes the output; never throws for I/O. */
  @Override
  void close();
}
