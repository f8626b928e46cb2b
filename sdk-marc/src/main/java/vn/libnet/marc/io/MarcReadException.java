package vn.libnet.marc.io;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * A record that a strict reader could not read, or input that no reader may read (a MARCXML file with a
 * DOCTYPE). Names the record number, the byte offset (or line) and, where known, the field.
 *
 * <p>Unchecked, so that it can leave a {@link java.util.stream.Stream}. The message is English; {@link
 * #message(Locale)} gives it in Vietnamese.
 */
public final class MarcReadException extends RuntimeException {
  private final String code;
  private final int recordNumber;
  private final long offset;
  private final transient Object[] arguments;

  MarcReadException(String code, int recordNumber, long offset, Object... arguments) {
    super(Messages.format(Locale.ENGLISH, "MARC_AT_RECORD", String.valueOf(recordNumber), Messages.format(Locale.ENGLISH, code, strings(arguments))));
    this.code = code;
    this.recordNumber = recordNumber;
    this.offset = offset;
    this.arguments = strings(arguments);
  }

  /** The stable code, e.g. {@code MARC_RECORD_TRUNCATED}. */
  public String code() {
    return code;
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
  public String message(Locale locale) {
    return Messages.format(locale, "MARC_AT_RECORD", String.valueOf(recordNumber), Messages.format(locale, code, arguments));
  }

  // Plain text arguments: offsets print as 12345, not 12,345.
  static Object[] strings(Object[] arguments) {
    Object[] out = new Object[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      out[i] = String.valueOf(arguments[i]);
    }
    return out;
  }

  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault());
  }
}
