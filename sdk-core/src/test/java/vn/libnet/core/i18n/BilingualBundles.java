package vn.libnet.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The check every module runs on its message files (shared through sdk-core's test jar): each key exists
 * in English and Vietnamese, the two texts differ, both use the same arguments, and an apostrophe survives
 * MessageFormat's quoting.
 */
public final class BilingualBundles {
  private BilingualBundles() {}

  /**
   * Asserts the module's {@code META-INF/libnet/messages_{en,vi}.properties}, read through {@code anchor}'s
   * loader. {@code ownArguments} names keys whose texts take an argument in their own language (a question's
   * English text in one, its Vietnamese text in the other), so their arguments may differ.
   */
  public static void assertBilingual(Class<?> anchor, String... ownArguments) {
    java.util.Set<String> exempt = java.util.Set.of(ownArguments);
    Properties en = load(anchor, "/META-INF/libnet/messages_en.properties");
    Properties vi = load(anchor, "/META-INF/libnet/messages_vi.properties");
    assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    Object[] args = {"<a0>", "<a1>", "<a2>", "<a3>", "<a4>"};
    for (String key : en.stringPropertyNames()) {
      String english = Messages.format(Locale.ENGLISH, key, args);
      String vietnamese = Messages.format(Messages.VIETNAMESE, key, args);
      assertThat(vietnamese).as(key).isNotEqualTo(english);
      for (Object a : args) {
        if (exempt.contains(key)) {
          break;
        }
        assertThat(vietnamese.contains((String) a)).as(key + " " + a).isEqualTo(english.contains((String) a));
      }
      // MessageFormat treats a single ' as a quote: a text with an apostrophe must keep it.
      if (en.getProperty(key).contains("'")) {
        assertThat(english).as(key).contains("'");
      }
    }
  }

  /** The keys of the module's English message file. */
  public static java.util.Set<String> keys(Class<?> anchor) {
    return load(anchor, "/META-INF/libnet/messages_en.properties").stringPropertyNames();
  }

  private static Properties load(Class<?> anchor, String name) {
    Properties p = new Properties();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
