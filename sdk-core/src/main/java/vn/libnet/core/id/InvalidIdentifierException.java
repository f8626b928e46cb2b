package vn.libnet.core.id;

import vn.libnet.core.error.LibnetException;

/**
 * Thrown by the {@code parse} methods of {@link Isbn} (ISO 2108), {@link Issn} (ISO 3297) and {@link
 * Isil} (ISO 15511) when the text is not a valid identifier; {@code tryParse} returns empty instead.
 *
 * <p>It carries a stable {@link #failure()} (for example {@link IdentifierFailure#ISBN_CHECKSUM}), the
 * text as given ({@link #input()}, which is also the message's first argument), and its message in
 * English ({@link #getMessage()}), the JVM's default language ({@link #getLocalizedMessage()}) or any
 * language asked for ({@link #message(java.util.Locale)}).
 *
 * <p>Unchecked. It extends the SDK's {@link LibnetException}, no longer {@link IllegalArgumentException}
 * as it once did (a class has one superclass, and one hierarchy for every SDK error is what lets a caller
 * catch them all): code that caught {@code IllegalArgumentException} around a {@code parse} catches this
 * exception, or {@code LibnetException}, instead.
 */
public final class InvalidIdentifierException extends LibnetException {
  private static final long serialVersionUID = 1L;

  private final String input;

  InvalidIdentifierException(IdentifierFailure failure, String input, Object... arguments) {
    super(failure, null, withInput(input, arguments));
    this.input = input;
  }

  /** Why the text is not an identifier. */
  public IdentifierFailure failure() {
    return (IdentifierFailure) errorCode();
  }

  /** The text that failed to parse, as given. */
  public String input() {
    return input;
  }

  // Argument {0} is always the input, so every message can quote what was wrong.
  private static Object[] withInput(String input, Object[] arguments) {
    Object[] all = new Object[arguments.length + 1];
    all[0] = input;
    System.arraycopy(arguments, 0, all, 1, arguments.length);
    return all;
  }
}
