package vn.libnet.marc.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * The iterator mechanics every format's reader shares: one record read ahead, an end that stays ended
 * once reached, closing the input, and the last step of every record (NFC, reported).
 */
abstract class AbstractRecordReader implements MarcRecordReader {
  /** One factory for every reader, whose records keep their fields as read ({@link FaithfulRecord}). */
  static final org.marc4j.marc.MarcFactory MARC = FaithfulRecord.FACTORY;

  private final Closeable input;
  private MarcRead next;
  private boolean finished;

  AbstractRecordReader(Closeable input) {
    this.input = input;
  }

  /** The next record, or {@code null} at the end of the input. */
  abstract MarcRead readNext();

  /** Ends the input after this record: nothing can be read past damage the format cannot resync from. */
  final void finish() {
    finished = true;
  }

  @Override
  public final boolean hasNext() {
    if (next == null && !finished) {
      next = readNext();
      if (next == null) {
        finished = true;
      }
    }
    return next != null;
  }

  @Override
  public final MarcRead next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    MarcRead r = next;
    next = null;
    return r;
  }

  @Override
  public void close() {
    try {
      input.close();
    } catch (IOException e) {
      // nothing was promised about the input after close
    }
  }

  /** A read record, its values put in NFC (and that reported); {@code offset} -1 for text formats. */
  static MarcRead complete(ReadContext ctx, Record record, long offset, long line) {
    int normalized = FieldText.normalize(record);
    if (normalized > 0) {
      ctx.report("MARC_NFC_APPLIED", Severity.INFO, "", normalized);
    }
    return new MarcRead(ctx.number, offset, line, record, ctx.issues);
  }
}
