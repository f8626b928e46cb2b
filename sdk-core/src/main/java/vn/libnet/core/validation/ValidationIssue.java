package vn.libnet.core.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.libnet.core.i18n.Messages;

/**
 * One problem found in a document.
 *
 * <p>The {@link #code()} is stable and is what programs should test; {@link #message()} and {@link
 * #suggestion()} are for people, in the language chosen when validating, and can be rendered again in
 * another with {@link #localized(Locale)}. The path says where: a JSON Pointer (RFC 6901) such as
 * {@code /address/provinceCode} for the JSON models, or a MARC path such as {@code 245$a} in sdk-marc.
 *
 * @param code the stable machine code, e.g. {@code ISBN_CHECKSUM}
 * @param severity how serious it is
 * @param path where in the document
 * @param message what is wrong, for a person
 * @param suggestion how to fix it, for a person; may be empty
 * @param arguments the values quoted in the message, kept to render it in another language
 */
public record ValidationIssue(
    String code,
    Severity severity,
    String path,
    String message,
    String suggestion,
    @JsonIgnore List<String> arguments) {

  /** Checks the required parts. */
  public ValidationIssue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    path = path == null ? "" : path;
    suggestion = suggestion == null ? "" : suggestion;
    arguments = arguments == null ? List.of() : List.copyOf(arguments);
  }

  /**
   * An issue whose message is the text for {@code code} in {@code locale}, and whose suggestion is the
   * text for {@code code + ".fix"} when there is one.
   */
  public static ValidationIssue of(
      String code, Severity severity, String path, Locale locale, Object... arguments) {
    List<String> args = new java.util.ArrayList<>(arguments.length);
    for (Object a : arguments) {
      args.add(String.valueOf(a));
    }
    return new ValidationIssue(
        code, severity, path, text(code, locale, args), fix(code, locale, args), args);
  }

  /** The same issue with message and suggestion in {@code locale}. */
  public ValidationIssue localized(Locale locale) {
    if (!Messages.has(code)) {
      return this;
    }
    return new ValidationIssue(
        code, severity, path, text(code, locale, arguments), fix(code, locale, arguments), arguments);
  }

  private static String text(String code, Locale locale, List<String> args) {
    return Messages.has(code) ? Messages.format(locale, code, args.toArray()) : code;
  }

  private static String fix(String code, Locale locale, List<String> args) {
    return Messages.has(code + ".fix") ? Messages.format(locale, code + ".fix", args.toArray()) : "";
  }
}
