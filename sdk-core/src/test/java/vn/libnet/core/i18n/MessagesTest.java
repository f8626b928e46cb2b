package vn.libnet.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {
  /** Keys whose last argument is the JSON parser's English detail: the Vietnamese text leaves it out, so as not to mix languages. */
  private static final java.util.Set<String> ENGLISH_ONLY_ARGUMENT = java.util.Set.of();


  @Test
  void bothLanguagesHaveExactlyTheSameKeys() {
    assertThat(Messages.keys(Messages.VIETNAMESE))
        .isNotEmpty()
        .containsExactlyInAnyOrderElementsOf(Messages.keys(Locale.ENGLISH));
  }

  @Test
  void vietnameseTextsAreDifferentFromEnglishAndCarryTheSameArguments() {
    // The reason is itself a message in the run's language, never the parser's English.
    assertThat(Messages.format(Messages.VIETNAMESE, "JSON_SYNTAX", 3, 7, Messages.format(Messages.VIETNAMESE, "JSON_REASON_EOF")))
        .isEqualTo("JSON không hợp lệ ở dòng 3, cột 7: dữ liệu kết thúc giữa chừng một giá trị.");
    for (String key : Messages.keys(Locale.ENGLISH)) {
      String[] args = {"<a0>", "<a1>", "<a2>", "<a3>", "<a4>"};
      String en = Messages.format(Locale.ENGLISH, key, (Object[]) args);
      String vi = Messages.format(Messages.VIETNAMESE, key, (Object[]) args);
      assertThat(vi).as(key).isNotEqualTo(en);
      if (ENGLISH_ONLY_ARGUMENT.contains(key)) {
        continue;
      }
      for (String arg : args) {
        assertThat(vi.contains(arg)).as(key + " uses " + arg).isEqualTo(en.contains(arg));
      }
    }
  }

  @Test
  void otherLocalesFallBackToEnglish() {
    assertThat(Messages.supported(Locale.FRENCH)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.supported(Locale.forLanguageTag("vi-VN"))).isEqualTo(Messages.VIETNAMESE);
    assertThat(Messages.format(Locale.JAPANESE, "ISBN_EMPTY")).isEqualTo("ISBN is empty.");
  }

  @Test
  void unknownKeyIsAProgrammingError() {
    assertThatThrownBy(() -> Messages.format(Locale.ENGLISH, "NO_SUCH_CODE"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("NO_SUCH_CODE");
  }
}
