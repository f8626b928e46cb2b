package vn.libnet.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Cross-checks the SDK's tables against iconv and recode output committed under legacy/. */
class LegacyEncodingTest {


  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void all134LettersDecodeAsTheOracleSays(LegacyEncoding encoding) {
    String[] letters = text("letters.txt").split("\n");
    assertThat(letters[0].codePointCount(0, letters[0].length())).isEqualTo(67);
    assertThat(letters[1].codePointCount(0, letters[1].length())).isEqualTo(67);
    String decoded = encoding.decode(oracle("letters", encoding));
    String expected = text("letters.txt");
    if (encoding == LegacyEncoding.VNI) {
      expected = expected.replace("Ắ", "\u0000").replace("Ằ", "Ắ").replace("\u0000", "Ằ");
    }
    assertThat(decoded).isEqualTo(expected);
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void all134LettersEncodeAsTheOracleSays(LegacyEncoding encoding) {
    byte[] expected = oracle("letters", encoding);
    if (encoding == LegacyEncoding.VNI) {
      expected = swapRecodeVni(expected);
    }
    assertThat(hex(encoding.encode(text("letters.txt")))).isEqualTo(hex(expected));
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void realPhrasesGoBothWays(LegacyEncoding encoding) {
    byte[] bytes = oracle("phrases", encoding);
    assertThat(encoding.decode(bytes)).isEqualTo(text("phrases.txt"));
    assertThat(hex(encoding.encode(text("phrases.txt")))).isEqualTo(hex(bytes));
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void encodingNfdTextGivesTheSameBytesAsNfc(LegacyEncoding encoding) {
    String nfd = java.text.Normalizer.normalize(text("phrases.txt"), java.text.Normalizer.Form.NFD);
    assertThat(encoding.encode(nfd)).isEqualTo(encoding.encode(text("phrases.txt")));
  }

  @ParameterizedTest
  @EnumSource(LegacyEncoding.class)
  void unmappableCharactersAreNamedNotReplaced(LegacyEncoding encoding) {
    assertThat(encoding.canEncode("Hà Nội 中文")).isFalse();
    assertThatThrownBy(() -> encoding.encode("Hà Nội 中文"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+4E2D")
        .hasMessageContaining("index 7")
        .hasMessageContaining(encoding.displayName());
  }

  @Test
  void tcvn3CombiningMarksComposeAndAbcCapitalsDecodeAsLowerCase() {
    // 0xB0-0xB4 are combining tones in TCVN 5712: "a" + 0xB3 (acute) composes to "á".
    assertThat(LegacyEncoding.TCVN3.decode(new byte[] {'a', (byte) 0xB3})).isEqualTo("á");
    // ABC "H" fonts drew capitals from lower-case positions: the bytes carry no case.
    assertThat(LegacyEncoding.TCVN3.decode(new byte[] {'H', (byte) 0xB5, ' ', 'N', (byte) 0xE9, 'I'}))
        .isEqualTo("Hà NộI");
  }

  @Test
  void vniAcceptsMarkBytesOfEitherCaseAndKeepsOrphanMarks() {
    Charset cp1252 = Charset.forName("windows-1252");
    assertThat(LegacyEncoding.VNI.decode("Haø Noäi".getBytes(cp1252))).isEqualTo("Hà Nội");
    assertThat(LegacyEncoding.VNI.decode("HAØ NOÄI".getBytes(cp1252))).isEqualTo("HÀ NỘI");
    assertThat(LegacyEncoding.VNI.decode("HAø".getBytes(cp1252))).isEqualTo("HÀ");
    assertThat(LegacyEncoding.VNI.decode("1ø".getBytes(cp1252))).isEqualTo("1ø");
  }

  @Test
  void visciiLettersInControlBytesAreNotControls() {
    assertThat(LegacyEncoding.VISCII.decode(new byte[] {0x02, 0x05, 0x06, 0x14, 0x19, 0x1E}))
        .isEqualTo("ẲẴẪỶỸỴ");
    assertThat(LegacyEncoding.VISCII.canEncode("\u0002")).isFalse();
  }

  @Test
  void repairsTcvn3AndVniThatWasReadAsWindows1252() {
    String phrases = text("phrases.txt");
    for (LegacyEncoding encoding : new LegacyEncoding[] {LegacyEncoding.TCVN3, LegacyEncoding.VNI}) {
      for (String line : phrases.split("\n")) {
        String mojibake = readAsWindows1252(encoding.encode(line));
        RepairedText repaired = LegacyEncoding.repair(mojibake).orElseThrow(() -> new AssertionError(line));
        assertThat(repaired.text()).as(mojibake).isEqualTo(line);
        assertThat(repaired.encoding()).as(mojibake).isEqualTo(encoding);
        assertThat(LegacyEncoding.repair(repaired.text())).as("idempotent").isEmpty();
      }
    }
  }

  @Test
  void repairsTextReadAsLatin1() {
    String line = "Nhà xuất bản Giáo dục Việt Nam";
    String latin1 = new String(LegacyEncoding.TCVN3.encode(line), StandardCharsets.ISO_8859_1);
    assertThat(LegacyEncoding.repair(latin1).map(RepairedText::text)).contains(line);
  }

  @Test
  void leavesProperTextAlone() {
    for (String s :
        new String[] {
          "Hà Nội", "Tôi là sinh viên", "Thư viện", "plain ASCII title", "Café crème brûlée",
          "Müller, Jürgen: Die Bibliothek", "Ở đâu có ý chí", ""
        }) {
      assertThat(LegacyEncoding.repair(s)).as(s).isEmpty();
    }
  }

  @Test
  void detectsRawBytes() {
    String line = "Lịch sử Việt Nam từ nguồn gốc đến thế kỷ XIX";
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      assertThat(LegacyEncoding.detect(encoding.encode(line))).as(encoding.name()).contains(encoding);
    }
    assertThat(LegacyEncoding.detect(line.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(LegacyEncoding.detect("ASCII only".getBytes(StandardCharsets.US_ASCII))).isEmpty();
  }

  @Test
  void namesAreForgiving() {
    assertThat(LegacyEncoding.fromName("TCVN3")).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(LegacyEncoding.fromName(" abc ")).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(LegacyEncoding.fromName("Windows-1258")).isEqualTo(LegacyEncoding.CP1258);
    assertThatThrownBy(() -> LegacyEncoding.fromName("koi8-r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("koi8-r")
        .hasMessageContaining("vni");
  }

  @Test
  void textWithReplacementCharactersIsNotGuessedAt() {
    // A decoder that turned an undefined byte into U+FFFD lost it; repair must not invent a letter.
    assertThat(LegacyEncoding.repair("CH\uFFFD MINH H\u00B5 N\u00E9i")).isEmpty();
  }

  /** Reads bytes as Windows-1252 does, keeping its five undefined bytes as C1 controls (as Latin-1 does). */
  private static String readAsWindows1252(byte[] bytes) {
    String s = new String(bytes, Charset.forName("windows-1252"));
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(s.charAt(i) == '\uFFFD' ? (char) (bytes[i] & 0xFF) : s.charAt(i));
    }
    return out.toString();
  }

  private static byte[] swapRecodeVni(byte[] recode) {
    byte[] out = recode.clone();
    for (int i = 0; i + 1 < out.length; i++) {
      if (out[i] == 'A' && (out[i + 1] & 0xFF) == 0xC8) {
        out[i + 1] = (byte) 0xC9;
      } else if (out[i] == 'A' && (out[i + 1] & 0xFF) == 0xC9) {
        out[i + 1] = (byte) 0xC8;
      }
    }
    return out;
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8).stripTrailing();
  }

  static byte[] oracle(String stem, LegacyEncoding encoding) {
    byte[] all = bytes(stem + "." + encoding.name().toLowerCase(Locale.ROOT));
    // The files end with a newline; the texts are compared without it.
    return Arrays.copyOf(all, all.length - 1);
  }

  private static byte[] bytes(String name) {
    try (InputStream in = LegacyEncodingTest.class.getResourceAsStream("/legacy/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      sb.append(String.format("%02x", b & 0xFF));
    }
    return sb.toString();
  }

}
