package vn.libnet.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.Messages;

/** The texts sdk-client adds to the SDK catalogue are complete in both languages and format cleanly. */
class ClientMessagesTest {

  @Test
  void everyClientTextExistsInBothLanguagesWithTheSameArgumentsAndNoLostApostrophe() throws IOException {
    Properties en = load("/META-INF/libnet/messages_en.properties");
    Properties vi = load("/META-INF/libnet/messages_vi.properties");
    assertThat(en.stringPropertyNames()).contains("CLIENT_REDIRECT", "CLIENT_HUB_KEYS_INSECURE", "CLIENT_BATCH_ANSWER_MISMATCH");
    assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    Object[] args = {"<a0>", "<a1>", "<a2>", "<a3>", "<a4>"};
    for (String key : en.stringPropertyNames()) {
      String english = Messages.format(Locale.ENGLISH, key, args);
      String vietnamese = Messages.format(Messages.VIETNAMESE, key, args);
      assertThat(vietnamese).as(key).isNotEqualTo(english);
      for (Object a : args) {
        assertThat(vietnamese.contains((String) a)).as(key + " " + a).isEqualTo(english.contains((String) a));
      }
      // MessageFormat treats a single ' as a quote: a text with an apostrophe must keep it.
      if (en.getProperty(key).contains("'")) {
        assertThat(english).as(key).contains("'");
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ClientMessagesTest.class.getResourceAsStream(name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
