package vn.libnet.testkit.conformance;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.libnet.core.i18n.Messages;

/**
 * The outcome of one requirement. What was seen (the evidence of a pass or the reason of a failure) is a
 * message of the SDK's catalogue ({@link Messages}): a stable key and its arguments, so that it reads in
 * Vietnamese or English. Arguments are data (status codes, error codes, counts); a text that comes from
 * elsewhere, such as an exception's message, is given as an argument and quoted by the message, never
 * woven into its sentence.
 *
 * @param requirement what was checked
 * @param passed whether the hub met it
 * @param key the key of the detail's message, e.g. {@code CONFORMANCE_ANSWERED}
 * @param arguments the message's arguments, in order
 */
public record CheckResult(ConformanceRequirement requirement, boolean passed, String key, List<String> arguments) {
  /**
   * Checks the key and copies the arguments.
   *
   * @throws NullPointerException when the requirement, the key or an argument is null
   * @throws java.util.MissingResourceException when the catalogue has no message for the key
   */
  public CheckResult {
    Objects.requireNonNull(requirement, "requirement");
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
    // Fail here, where the mistake is, rather than when someone first reads the report.
    Messages.format(Locale.ENGLISH, key, arguments.toArray());
  }

  /** What was seen, in English: the evidence of a pass or the reason of a failure. */
  public String detail() {
    return detail(Locale.ENGLISH);
  }

  /** What was seen, in {@code locale}'s language (Vietnamese for {@code vi}, English for any other). */
  public String detail(Locale locale) {
    return Messages.format(locale, key, arguments.toArray());
  }
}
