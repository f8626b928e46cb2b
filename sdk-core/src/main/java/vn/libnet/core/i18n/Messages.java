package vn.libnet.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The SDK's texts for people, in Vietnamese and English.
 *
 * <p>Every message that a person reads (validation issues, identifier errors, CLI output) is looked up
 * here by a stable key, which is also the machine code programs should use. Vietnamese is chosen for
 * any {@link Locale} whose language is {@code vi}; every other locale gets English, so that a JVM
 * running in, say, French still gets a complete message rather than a mix of languages.
 *
 * <p>Arguments are formatted with {@link MessageFormat} in the chosen locale. An unknown key is a
 * programming error and raises {@link MissingResourceException}.
 */
public final class Messages {
  /** The Vietnamese locale, for callers that want it explicitly. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  // Loaded directly rather than through ResourceBundle.Control, which named (and automatic) modules refuse.
  private static final Properties ENGLISH = load("messages_en.properties");
  private static final Properties VIETNAMESE_TEXTS = load("messages_vi.properties");

  private Messages() {}

  /**
   * Formats the message {@code key} in {@code locale}.
   *
   * @throws MissingResourceException when no such key exists
   */
  public static String format(Locale locale, String key, Object... args) {
    Objects.requireNonNull(key, "key");
    Locale chosen = supported(locale);
    String pattern = texts(chosen).getProperty(key);
    if (pattern == null) {
      throw new MissingResourceException("No message for key " + key, Messages.class.getName(), key);
    }
    return new MessageFormat(pattern, chosen).format(args == null ? new Object[0] : args);
  }

  /** Whether a message exists for {@code key}. */
  public static boolean has(String key) {
    return ENGLISH.containsKey(key);
  }

  /** Every message key in {@code locale}'s texts; for tools and tests that check completeness. */
  public static Set<String> keys(Locale locale) {
    return texts(supported(locale)).stringPropertyNames();
  }

  /** The locale whose messages are used for {@code locale}: Vietnamese or English. */
  public static Locale supported(Locale locale) {
    return locale != null && "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
  }

  private static Properties texts(Locale supported) {
    return supported == VIETNAMESE ? VIETNAMESE_TEXTS : ENGLISH;
  }

  private static Properties load(String name) {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + Messages.class);
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return properties;
  }
}
