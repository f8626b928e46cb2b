package vn.libnet.core.error;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.libnet.core.i18n.Messages;

/**
 * The base of every exception the LibNet SDK raises: a stable {@link #errorCode()} for programs, the
 * arguments of its message, and the message itself in Vietnamese or English ({@link #message(Locale)};
 * {@link #getMessage()} is English, {@link #getLocalizedMessage()} the JVM's default language).
 *
 * <p>Unchecked, as Jackson's {@code JacksonException} and Retrofit's {@code HttpException} are, so that it
 * passes through streams, iterators and callbacks. The subclasses say what went wrong in which part of
 * the SDK: {@code InvalidIdentifierException} (text that is not an ISBN, ISSN or ISIL), {@code
 * HttpSignatureException} (an RFC 9421 signature not made or refused), sdk-marc's {@code
 * MarcReadException} and {@code MarcWriteException}, and sdk-client's {@code LibnetClientException} with
 * its own subclasses.
 *
 * <p>Serializable with its messages: it keeps the code (an enum constant, serialised by name), the key
 * of its text and the arguments as strings, never the objects they came from, so a deserialised copy
 * gives the same {@link #message(Locale)} in both languages on a JVM that has the SDK's message catalogue.
 * Arguments are turned into strings when the exception is made ({@link String#valueOf(Object)}), which
 * also means numbers print as {@code 12345}, not {@code 12,345}.
 */
public abstract class LibnetException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode errorCode;
  private final String messageKey;
  private final String[] arguments;

  /**
   * An error of {@code code}, whose text is the catalogue's entry for {@code code.code()}.
   *
   * @throws NullPointerException when {@code code} is null
   * @throws java.util.MissingResourceException when the catalogue has no text for the code
   */
  protected LibnetException(ErrorCode code, Throwable cause, Object... arguments) {
    this(code, Objects.requireNonNull(code, "code").code(), cause, arguments);
  }

  /**
   * An error of {@code code} whose text is the catalogue's {@code messageKey}: one code, several
   * wordings (a redirect refused for a write, or for a downgrade to http).
   *
   * @throws NullPointerException when {@code code} or {@code messageKey} is null
   * @throws java.util.MissingResourceException when the catalogue has no such text
   */
  protected LibnetException(ErrorCode code, String messageKey, Throwable cause, Object... arguments) {
    this(code, messageKey, cause, strings(arguments));
  }

  private LibnetException(ErrorCode code, String messageKey, Throwable cause, String[] arguments) {
    super(cause);
    this.errorCode = Objects.requireNonNull(code, "code");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = arguments;
    // Fail here, where the mistake is, rather than when someone first reads the message.
    Messages.format(Locale.ENGLISH, messageKey, (Object[]) arguments);
  }

  /** What went wrong, as one constant of the module's enum of codes. */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /** The stable machine code, e.g. {@code ISBN_CHECKSUM}; the same as {@code errorCode().code()}. */
  public String code() {
    return errorCode.code();
  }

  /** The key of the message's text in the catalogue; the code itself unless a wording was chosen. */
  public String messageKey() {
    return messageKey;
  }

  /** The message's arguments as strings, in order. */
  public List<String> arguments() {
    return List.of(arguments);
  }

  /**
   * The message in {@code locale}: Vietnamese for {@code vi}, English for any other or null. A subclass
   * that words its message around this one (a record number first) overrides it; {@link #getMessage()}
   * and {@link #getLocalizedMessage()} follow.
   */
  public String message(Locale locale) {
    return Messages.format(locale, messageKey, (Object[]) arguments);
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return message(Locale.ENGLISH);
  }

  /** The message in the JVM's default language. */
  @Override
  public String getLocalizedMessage() {
    return message(Locale.getDefault());
  }

  private static String[] strings(Object[] arguments) {
    if (arguments == null) {
      return new String[0];
    }
    return Arrays.stream(arguments).map(String::valueOf).toArray(String[]::new);
  }
}
