package vn.libnet.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssnAndIsilTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0378-5955|0378-5955",
        "03785955|0378-5955",
        "ISSN 0378-5955|0378-5955",
        "issn: 0378 5955|0378-5955",
        "1050-124x|1050-124X",
        "2049-3630 (Online)|2049-3630",
        "0317–8471|0317-8471",
      })
  void issnAcceptsCommonForms(String input, String canonical) {
    assertThat(Issn.parse(input)).hasToString(canonical);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0378-5954|ISSN_CHECKSUM",
        "0378-595|ISSN_LENGTH",
        "0378-59555|ISSN_LENGTH",
        "03X8-5955|ISSN_CHARACTER",
        "abcd-efgh|ISSN_CHARACTER",
        "''|ISSN_EMPTY",
      })
  void issnRefusesBadInput(String input, String code) {
    assertThatThrownBy(() -> Issn.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo(code));
    assertThat(Issn.isValid(input)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VN-HaNoi-TVQG|VN-HaNoi-TVQG|VN|true",
        " vn-HCM-TVKHTH |VN-HCM-TVKHTH|VN|true",
        "DE-101|DE-101|DE|false",
        "US-DLC|US-DLC|US|false",
        "OCLC-12:3/4|OCLC-12:3/4|OCLC|false",
        "VN-1234567890123|VN-1234567890123|VN|true",
      })
  void isilAcceptsIso15511(String input, String canonical, String prefix, boolean vietnamese) {
    Isil isil = Isil.parse(input);
    assertThat(isil).hasToString(canonical);
    assertThat(isil.prefix()).isEqualTo(prefix);
    assertThat(isil.isVietnamese()).isEqualTo(vietnamese);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VN-ThưViện|ISIL_CHARACTER",
        "VN-Ha Noi|ISIL_CHARACTER",
        "VN-12345678901234|ISIL_TOO_LONG",
        "VNHANOI|ISIL_PREFIX",
        "-HANOI|ISIL_PREFIX",
        "VN-|ISIL_PREFIX",
        "VIETN-1|ISIL_PREFIX",
        "V1-ABC|ISIL_PREFIX",
        "''|ISIL_EMPTY",
      })
  void isilRefusesBadInput(String input, String code) {
    assertThatThrownBy(() -> Isil.parse(input))
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void isilErrorNamesTheCharacterAndPosition() {
    assertThatThrownBy(() -> Isil.parse("VN-ThưViện"))
        .hasMessageContaining("\"ư\"")
        .hasMessageContaining("position 6")
        .isInstanceOfSatisfying(
            InvalidIdentifierException.class,
            e -> assertThat(e.message(Locale.forLanguageTag("vi"))).contains("vị trí 6"));
  }
}
