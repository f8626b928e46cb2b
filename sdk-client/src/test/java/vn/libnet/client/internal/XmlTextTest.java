package vn.libnet.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlTextTest {

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p;
      out.writeBytes(b);
    }
    return out.toByteArray();
  }

  @Test
  void goodTextIsUntouchedAndABomIsDropped() {
    XmlText t = XmlText.of(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "<a>Việt 😀\t\r\n</a>"));
    assertThat(t.text()).isEqualTo("<a>Việt 😀\t\r\n</a>");
    assertThat(t.repairs()).isZero();
  }

  @Test
  void badUtf8BecomesReplacementAndForbiddenCharactersAreDroppedWhereTheyWere() {
    // An encoded surrogate (CESU-8) is not UTF-8; U+FFFE and U+0007 are not XML 1.0 characters.
    XmlText t = XmlText.of(bytes("<a>x", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, "y\u0007z",
        new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE}, "</a>"));
    assertThat(t.text()).startsWith("<a>x").endsWith("yz</a>").doesNotContain("\u0007", "\uFFFE").contains("\uFFFD");
    int replaced = t.text().indexOf('\uFFFD');
    assertThat(t.count(XmlText.Fix.BAD_UTF8, 0, t.text().length())).isEqualTo(t.text().length() - t.text().replace("\uFFFD", "").length());
    assertThat(t.count(XmlText.Fix.BAD_UTF8, replaced, replaced + 1)).isGreaterThanOrEqualTo(1);
    assertThat(t.count(XmlText.Fix.INVALID_CHAR, 0, t.text().length())).isEqualTo(2);
    assertThat(t.count(XmlText.Fix.INVALID_CHAR, 0, replaced)).isZero();
  }
}
