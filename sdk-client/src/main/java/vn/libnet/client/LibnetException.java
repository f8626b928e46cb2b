package vn.libnet.client;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * The base of every error the LibNet client raises: a stable {@link #code()} for programs and a message
 * in Vietnamese or English for people ({@link #message(Locale)}). Unchecked, so that it passes through
 * streams and iterators of pages.
 */
public class LibnetException extends RuntimeException {
  private final String code;
  private final transient Object[] args;

  private final String messageKey;

  LibnetException(String code, Throwable cause, Object... args) {
    this(code, code, cause, args);
  }

  /** An error of {@code code} whose message is the catalogue's {@code messageKey} (one code, several wordings). */
  LibnetException(String code, String messageKey, Throwable cause, Object... args) {
    super(Messages.format(Locale.ENGLISH, messageKey, args), cause);
    this.code = code;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  /** The stable code, e.g. {@code CLIENT_TRANSPORT}. */
  public String code() {
    return code;
  }

  /** The message in {@code locale} (Vietnamese or English). */
  public String message(Locale locale) {
    return Messages.format(locale, messageKey, args);
  }

  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault());
  }
}
