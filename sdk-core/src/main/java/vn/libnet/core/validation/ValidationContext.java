package vn.libnet.core.validation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What validation depends on besides the document: the language of the messages and the clock that
 * decides what "in the future" means.
 *
 * @param locale the language of messages (Vietnamese for {@code vi}, English otherwise)
 * @param clock the clock for date checks
 */
public record ValidationContext(Locale locale, Clock clock) {
  /** Checks both parts. */
  public ValidationContext {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(clock, "clock");
  }

  /** The JVM's default locale and the system clock. */
  public static ValidationContext defaults() {
    return new ValidationContext(Locale.getDefault(), Clock.systemDefaultZone());
  }

  /** {@code locale} and the system clock. */
  public static ValidationContext of(Locale locale) {
    return new ValidationContext(locale, Clock.systemDefaultZone());
  }

  /** Today, by this context's clock. */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
