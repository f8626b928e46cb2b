package vn.libnet.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "hoà bình|hòa bình|hoà bình",
        "Khánh Hoà|Khánh Hòa|Khánh Hoà",
        "sức khoẻ|sức khỏe|sức khoẻ",
        "Thuý Kiều|Thúy Kiều|Thuý Kiều",
        "HOÀ|HÒA|HOÀ",
        "hoàng|hoàng|hoàng",
        "huỳnh|huỳnh|huỳnh",
        "quý|quý|quý",
        "thủy|thủy|thuỷ",
        "toà án|tòa án|toà án",
        "xoè|xòe|xoè",
        "loà xoà|lòa xòa|loà xoà",
      })
  void placesTonesAfterTheChosenConvention(String input, String traditional, String modern) {
    assertThat(VietnameseText.normalize(input)).isEqualTo(traditional);
    assertThat(VietnameseText.normalize(input, TonePlacement.TRADITIONAL)).isEqualTo(traditional);
    assertThat(VietnameseText.normalize(input, TonePlacement.MODERN)).isEqualTo(modern);
    assertThat(VietnameseText.normalize(traditional, TonePlacement.MODERN)).isEqualTo(modern);
  }

  @Test
  void normalizeComposesTrimsAndCollapsesSpace() {
    String nfd = Normalizer.normalize("  Thư   viện\u00A0Quốc\tgia ", Normalizer.Form.NFD);
    assertThat(VietnameseText.isNfc(nfd)).isFalse();
    String n = VietnameseText.normalize(nfd);
    assertThat(n).isEqualTo("Thư viện Quốc gia");
    assertThat(VietnameseText.isNfc(n)).isTrue();
    assertThat(VietnameseText.normalize("Nguyễn Du ; Truyện Kiều .")).isEqualTo("Nguyễn Du ; Truyện Kiều .");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Hoà bình, Đà Nẵng!|hoa binh da nang",
        "ĐẠI HỌC QUỐC GIA|dai hoc quoc gia",
        "Nguyễn Văn A.|nguyen van a",
        "  Truyện   Kiều : (tái bản) |truyen kieu tai ban",
        "Lịch sử Việt Nam - Tập 2|lich su viet nam tap 2",
        "Müller & Söhne|muller sohne",
        "'...'|''",
      })
  void foldsForMatching(String input, String folded) {
    assertThat(VietnameseText.fold(input)).isEqualTo(folded);
    assertThat(VietnameseText.fold(Normalizer.normalize(input, Normalizer.Form.NFD))).isEqualTo(folded);
  }

  @Test
  void oldAndNewTonePlacementFoldAlike() {
    assertThat(VietnameseText.fold("hòa")).isEqualTo(VietnameseText.fold("hoà"));
  }

  @Test
  void ordersLikeTheJdkVietnameseCollator() {
    List<String> words =
        new ArrayList<>(
            List.of(
                "a", "à", "ả", "ã", "á", "ạ", "ă", "ằ", "ẳ", "ẵ", "ắ", "ặ", "â", "ầ", "ẩ", "ẫ", "ấ",
                "ậ", "b", "ba", "bà", "bả", "bã", "bá", "bạ", "c", "ca", "cà", "cá", "ch", "cha", "d",
                "da", "dz", "đ", "đa", "Đà", "đá", "e", "ê", "ề", "g", "gh", "gi", "h", "i", "k", "kh",
                "l", "m", "ma", "mà", "mả", "mã", "má", "mạ", "Ma", "MA", "mai", "n", "ng", "ngh",
                "nh", "o", "ô", "ơ", "ờ", "p", "ph", "q", "qu", "r", "s", "t", "th", "tr", "u", "ư",
                "ừ", "v", "x", "y", "ỳ", "ý", "A", "Á", "anh", "ánh", "ăn", "ân", "hoà", "hòa", "thuý",
                "thúy", "x1", "x10", "x2", "ab", "a b", "a-b", "Hà Nội", "Hà Nam", "Hà Giang",
                "Hải Phòng", "Huế", "Hưng Yên", "Đà Nẵng", "Đắk Lắk", "Điện Biên", "Đồng Nai",
                "Cà Mau", "Cần Thơ", "Cao Bằng", "An Giang", "Ân", "Ẩn", "Ấn", "Nguyễn", "Ngô", "Lê",
                "Lý", "Lã", "Trần", "Trương", "Tô", "Tống", "Tạ", "ươm", "ước", "ưu", "uy", "uỷ",
                "Z", "z", "zz"));
    Collator jdk = Collator.getInstance(Locale.forLanguageTag("vi"));
    for (long seed = 1; seed <= 5; seed++) {
      List<String> expected = new ArrayList<>(words);
      List<String> actual = new ArrayList<>(words);
      Collections.shuffle(expected, new Random(seed));
      Collections.shuffle(actual, new Random(seed));
      expected.sort(jdk);
      actual.sort(VietnameseText.comparator());
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void ordersNfdInputAsItsNfc() {
    String nfd = Normalizer.normalize("Đắk Lắk", Normalizer.Form.NFD);
    assertThat(VietnameseText.collationKey(nfd)).isEqualTo(VietnameseText.collationKey("Đắk Lắk"));
    assertThat(VietnameseText.comparator().compare("ạ", "ắ")).isNegative();
    assertThat(VietnameseText.comparator().compare("ơ", "p")).isNegative();
    assertThat(VietnameseText.comparator().compare("đ", "e")).isNegative();
    assertThat(VietnameseText.comparator().compare("dz", "đ")).isNegative();
  }
}
