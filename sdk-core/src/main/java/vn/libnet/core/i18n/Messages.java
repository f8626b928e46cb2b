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
 * Texts for people, in Vietnamese and English.
 *
 * <p>Every message that a person reads (validation issues, identifier errors, CLI output) is looked up
 * by a stable key, which is also the machine code programs should use. Vietnamese is chosen for any
 * {@link Locale} whose language is {@code vi}; every other locale gets English, so that a JVM running
 * in, say, French still gets a complete message rather than a mix of languages.
 *
 * <p>The static methods serve the SDK's catalogue: the texts of this package ({@code
 * messages_en.properties} and {@code messages_vi.properties}) merged with every {@code
 * META-INF/libnet/messages_en.properties} and {@code messages_vi.properties} on the class path, through
 * which the other modules (and a vendor's own rules) add the texts of their codes. A key defined twice
 * keeps its first text. Texts that are not issue messages (a command line's labels) load their own pair
 * with {@link #load(Class, String)}. Arguments are formatted with {@link MessageFormat} in the chosen language. An unknown key is
 * a programming error and raises {@link MissingResourceException}.
 */
public final class Messages {
  /** The Vietnamese locale, for callers that want it explicitly. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final Messages SDK = catalogue();

  private final Properties english;
  private final Properties vietnamese;
  private final String source;

  private Messages(Properties english, Properties vietnamese, String source) {
    this.english = english;
    this.vietnamese = vietnamese;
    this.source = source;
  }

  /**
   * Loads {@code baseName_en.properties} and {@code baseName_vi.properties} (UTF-8) that sit next to
   * {@code anchor}.
   *
   * @throws IllegalStateException when either file is missing
   */
  public static Messages load(Class<?> anchor, String baseName) {
    // Read directly rather than through ResourceBundle.Control, which named (and automatic) modules refuse.
    return new Messages(
        read(anchor, baseName + "_en.properties"),
        read(anchor, baseName + "_vi.properties"),
        anchor.getPackageName() + "." + baseName);
  }

  private static Messages catalogue() {
    Messages core = load(Messages.class, "messages");
    ClassLoader loader = Messages.class.getClassLoader();
    contribute(core.english, loader, "META-INF/libnet/messages_en.properties");
    contribute(core.vietnamese, loader, "META-INF/libnet/messages_vi.properties");
    return core;
  }

  private static void contribute(Properties into, ClassLoader loader, String name) {
    try {
      java.util.Enumeration<java.net.URL> urls = loader == null ? null : loader.getResources(name);
      while (urls != null && urls.hasMoreElements()) {
        Properties more = new Properties();
        try (InputStream in = urls.nextElement().openStream()) {
          more.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        more.forEach(into::putIfAbsent);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
  }

  /** Formats the SDK message {@code key} in {@code locale}. */
  public static String format(Locale locale, String key, Object... args) {
    return SDK.text(locale, key, args);
  }

  /** Whether the SDK has a message for {@code key}. */
  public static boolean has(String key) {
    return SDK.contains(key);
  }

  /** Every SDK message key in {@code locale}'s texts; for tools and tests that check completeness. */
  public static Set<String> keys(Locale locale) {
    return SDK.keySet(locale);
  }

  /** The locale whose messages are used for {@code locale}: Vietnamese or English. */
  public static Locale supported(Locale locale) {
    return locale != null && "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
  }

  /**
   * Formats {@code key} in {@code locale}.
   *
   * @throws MissingResourceException when no such key exists
   */
  public String text(Locale locale, String key, Object... args) {
    Objects.requireNonNull(key, "key");
    Locale chosen = supported(locale);
    String pattern = texts(chosen).getProperty(key);
    if (pattern == null) {
      throw new MissingResourceException("No message for key " + key + " in " + source, source, key);
    }
    return new MessageFormat(pattern, chosen).format(args == null ? new Object[0] : args);
  }

  /** Whether there is a text for {@code key}. */
  public boolean contains(String key) {
    return english.containsKey(key);
  }

  /** Every key in {@code locale}'s texts. */
  public Set<String> keySet(Locale locale) {
    return texts(supported(locale)).stringPropertyNames();
  }

  private Properties texts(Locale supported) {
    return supported == VIETNAMESE ? vietnamese : english;
  }

  private static Properties read(Class<?> anchor, String name) {
    Properties properties = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " next to " + anchor.getName());
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + name, e);
    }
    return properties;
  }
}
