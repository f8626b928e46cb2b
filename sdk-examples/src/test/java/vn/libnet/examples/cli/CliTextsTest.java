package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The command line's own texts (cli_en.properties, cli_vi.properties): every key in both languages with the
 * same arguments, as sdk-core's BilingualBundles checks META-INF/libnet/messages_*, and no Vietnamese text
 * left in English.
 */
class CliTextsTest {
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[,}]");

  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CliText.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  /** The argument indexes of a MessageFormat pattern, outside quoted ('...') parts. */
  static Set<Integer> arguments(String pattern) {
    String unquoted = pattern.replace("''", "").replaceAll("'[^']*'", "");
    Set<Integer> args = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(unquoted);
    while (m.find()) {
      args.add(Integer.parseInt(m.group(1)));
    }
    return args;
  }

  @Test
  void everyEnglishKeyExistsInVietnameseWithTheSameArguments() throws IOException {
    Properties en = load("cli_en.properties");
    Properties vi = load("cli_vi.properties");
    assertThat(vi.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
    List<String> mismatched = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      if (!arguments(en.getProperty(key)).equals(arguments(vi.getProperty(key)))) {
        mismatched.add(key + ": " + en.getProperty(key) + " | " + vi.getProperty(key));
      }
    }
    assertThat(mismatched).isEmpty();
  }

  @Test
  void englishTextsHaveNoVietnameseSentenceAndApostrophesSurvive() throws IOException {
    Properties en = load("cli_en.properties");
    List<String> suspicious = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String text = en.getProperty(key);
      // names of Vietnamese places and books are data, given as arguments, never in the English pattern
      if (CliHelpTest.VIETNAMESE.matcher(text.replaceAll("\"[^\"]*\"", "")).find() && !key.startsWith("demo.")) {
        suspicious.add(key + ": " + text);
      }
      // MessageFormat eats a single apostrophe: every one must be doubled
      if (text.replace("''", "").contains("'")) {
        suspicious.add(key + ": single apostrophe: " + text);
      }
    }
    assertThat(suspicious).isEmpty();
    assertThat(CliText.text(Locale.ENGLISH, "keys.exists", "x")).contains("x already exists");
    assertThat(CliText.text(Locale.ENGLISH, "error.noAccess", "x")).contains("file's owner");
  }

  @Test
  void progressBarLabelsAreTranslated() {
    for (String task : new String[] {"convert", "validate", "dedup", "contribute", "records"}) {
      String en = CliText.text(Locale.ENGLISH, "progress." + task);
      String vi = CliText.text(LanguageOption.VIETNAMESE, "progress." + task);
      assertThat(vi).isNotEqualTo(en).isNotBlank();
      assertThat(CliHelpTest.VIETNAMESE.matcher(vi).find()).as(vi).isTrue();
    }
  }
}
