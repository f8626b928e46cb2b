package vn.libnet.core.id;

import java.util.List;
import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * Thrown by {@code parse} methods of the identifier types when the text is not a valid identifier.
 *
 * <p>It carries a stable machine {@link #code()} (for example {@code ISBN_CHECKSUM}) and renders its
 * message in English ({@link #getMessage()}), in the JVM's default language
 * ({@link #getLocalizedMessage()}), or in any language asked for ({@link #message(Locale)}).
 */
public final class InvalidIdentifierException extends IllegalArgumentException {
  private final String code;
  private final String input;
  private final transient List<Object> arguments;

  InvalidIdentifierException(String code, String input, Object... arguments) {
    super(Messages.format(Locale.ENGLISH, code, withInput(input, arguments)));
    this.code = code;
    this.input = input;
    this.arguments = List.of(arguments);
  }

  /** The stable machine code, e.g. {@code ISBN_CHECKSUM}. */
  public String code() {
    return code;
  }

  /** The text that failed to parse, as given. */
  public String input() {
    return input;
  }

  /** The message in {@code locale} (Vietnamese for {@code vi}, English otherwise). */
  public String message(Locale locale) {
    return Messages.format(locale, code, withInput(input, arguments.toArray()));
  }

  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault());
  }

  // Argument {0} is always the input, so every message can quote what was wrong.
  private static Object[] withInput(String input, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = input;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }
}
