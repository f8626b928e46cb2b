package vn.libnet.marc.io;

import java.util.Locale;
import java.util.Objects;

/**
 * How to read: strict or lenient, and the language of the issues reported.
 *
 * @param mode strict or lenient
 * @param locale the language of issue messages (Vietnamese for {@code vi}, English otherwise)
 */
public record ReadOptions(ReadMode mode, Locale locale) {
  /** Checks both parts. */
  public ReadOptions {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(locale, "locale");
  }

  /** Strict reading, messages in the JVM's default language. */
  public static ReadOptions strict() {
    return new ReadOptions(ReadMode.STRICT, Locale.getDefault());
  }

  /** Lenient reading, messages in the JVM's default language. */
  public static ReadOptions lenient() {
    return new ReadOptions(ReadMode.LENIENT, Locale.getDefault());
  }

  /** The same options with messages in {@code locale}. */
  public ReadOptions withLocale(Locale locale) {
    return new ReadOptions(mode, locale);
  }

  boolean lenientMode() {
    return mode == ReadMode.LENIENT;
  }
}
