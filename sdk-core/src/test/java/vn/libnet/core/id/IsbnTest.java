package vn.libnet.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IsbnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9786041012349|9786041012349",
        "978-604-1-01234-9|9786041012349",
        "ISBN 978-604-1-01234-9|9786041012349",
        "ISBN-13: 978 604 1 01234 9|9786041012349",
        "isbn:9786041012349|9786041012349",
        "9786041012349 (pbk.)|9786041012349",
        "9786041012349 (q. 1) : 85000đ|9786041012349",
        "978–604–1–01234–9|9786041012349",
        "９７８６０４１０１２３４９|9786041012349",
        "0-306-40615-2|0306406152",
        "080442957x|080442957X",
        "0-8044-2957-X (alk. paper)|080442957X",
        "  ISBN 10: 0 8044 2957 X  |080442957X",
        "9786041012349 2 vols|9786041012349",
      })
  void acceptsWhatPeopleType(String input, String canonical) {
    assertThat(Isbn.parse(input)).hasToString(canonical);
    assertThat(Isbn.isValid(input)).isTrue();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "9786041012345|ISBN_CHECKSUM",
        "0-306-40615-3|ISBN_CHECKSUM",
        "978604101234|ISBN_LENGTH",
        "97860410123496|ISBN_LENGTH",
        "9776041012349|ISBN_PREFIX",
        "X786041012349|ISBN_CHARACTER",
        "0306X06152|ISBN_CHARACTER",
        "(pbk.)|ISBN_CHARACTER",
        "'   '|ISBN_EMPTY",
      })
  void refusesBadInputWithACode(String input, String code) {
    assertThatThrownBy(() -> Isbn.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(Isbn.isValid(input)).isFalse();
    assertThat(Isbn.tryParse(input)).isEmpty();
  }

  @Test
  void checksumMessageNamesBothDigitsInBothLanguages() {
    InvalidIdentifierException e =
        (InvalidIdentifierException) catchThrowable(() -> Isbn.parse("978-604-1-01234-5"));
    assertThat(e.getMessage()).contains("978-604-1-01234-5").contains("is 5").contains("should be 9");
    assertThat(e.message(Locale.forLanguageTag("vi")))
        .contains("số kiểm tra là 5")
        .contains("phải là 9");
  }

  @Test
  void nullIsEmpty() {
    assertThatThrownBy(() -> Isbn.parse(null))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo("ISBN_EMPTY"));
  }

  @Test
  void convertsBetweenForms() {
    Isbn ten = Isbn.parse("0-306-40615-2");
    assertThat(ten.isIsbn13()).isFalse();
    assertThat(ten.toIsbn13()).hasToString("9780306406157");
    assertThat(ten.toIsbn13().toIsbn10()).contains(ten);
    assertThat(Isbn.parse("604-1-0000-6X").toIsbn13()).hasToString("9786041000063");
    assertThat(Isbn.parse("9786041000063").toIsbn10().orElseThrow()).hasToString("604100006X");
    assertThat(Isbn.parse("979-10-90636-07-1").toIsbn10()).isEmpty();
    assertThat(Isbn.parse("604100006x").sameBookAs(Isbn.parse("978-604-1-00006-3"))).isTrue();
    assertThat(Isbn.parse("604100006x")).isNotEqualTo(Isbn.parse("9786041000063"));
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
      return null;
    } catch (RuntimeException e) {
      return e;
    }
  }
}
