package vn.libnet.marc.io;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * A record that cannot be written in the chosen format, such as a field longer than ISO 2709's 9,999
 * bytes. Names the record and the field; nothing of the record is written. Unchecked.
 */
public final class MarcWriteException extends RuntimeException {
  private final String code;
  private final transient Object[] arguments;

  MarcWriteException(String code, Object... arguments) {
    super(Messages.format(Locale.ENGLISH, code, strings(arguments)));
    this.code = code;
    this.arguments = strings(arguments);
  }

  MarcWriteException(String code, Throwable cause, Object... arguments) {
    super(Messages.format(Locale.ENGLISH, code, strings(arguments)), cause);
    this.code = code;
    this.arguments = strings(arguments);
  }

  private static Object[] strings(Object[] arguments) {
    return MarcReadException.strings(arguments);
  }

  /** The stable code, e.g. {@code MARC_FIELD_TOO_LONG}. */
  public String code() {
    return code;
  }

  /** The message in {@code locale}. */
  public String message(Locale locale) {
    return Messages.format(locale, code, arguments);
  }
}
