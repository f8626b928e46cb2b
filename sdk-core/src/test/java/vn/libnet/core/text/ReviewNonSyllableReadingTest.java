package vn.libnet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review of issue 13 (precision): {@link LegacyEncoding#repair(String)} turns proper foreign words into
 * strings that are not Vietnamese either ("Søn" into "Sứn", "Gün" into "Gỹn"): the rhymes
 * ưn and ỹn do not exist in Vietnamese, so the reading cannot be "better" than the text.
 */
class ReviewNonSyllableReadingTest {
  @ParameterizedTest
  @ValueSource(strings = {"Søn", "Tøn", "Gün"})
  void aReadingThatIsNoVietnameseSyllableIsNoRepair(String word) {
    assertThat(LegacyEncoding.repair(word).map(RepairedText::text)).as(word).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sứn", "Gỹn"})
  void theseReadingsAreNotVietnamese(String reading) {
    assertThat(VietnameseText.readsAsVietnamese(reading)).as(reading).isFalse();
  }
}
