package vn.libnet.marc.io;

import java.util.Locale;
import vn.libnet.core.error.LibnetException;
import vn.libnet.core.i18n.Messages;

/**
 * A record that a strict reader could not read, or input that no reader may read (a MARCXML file with a
 * DOCTYPE). Names the record number, the byte offset (or line) and, where known, the field.
 *
 * <p>Unchecked, so that it can leave a {@link java.util.stream.Stream}. The message is English; {@link
 * #message(Locale)} gives it in Vietnamese; both start with the record number.
 */
public final class MarcReadException extends LibnetException {
  private static final long serialVersionUID = 1L;

  private final int recordNumber;
  private final long offset;

  MarcReadException(MarcFailure failure, int recordNumber, long offset, Object... arguments) {
    super(failure, null, arguments);
    this.recordNumber = recordNumber;
    this.offset = offset;
  }

  /** Why the record could not be read. */
  public MarcFailure failure() {
    return (MarcFailure) errorCode();
  }

  /** The 1-based number of the record that failed. */
  public int recordNumber() {
    return recordNumber;
  }

  /** The byte offset of the failure in the input, or the line for text formats; -1 when unknown. */
  public long offset() {
    return offset;
  }

  /** The message in {@code locale}, starting with the record number. */
  @Override
  public String message(Locale locale) {
    return Messages.format(locale, "MARC_AT_RECORD", String.valueOf(recordNumber), super.message(locale));
  }
}
