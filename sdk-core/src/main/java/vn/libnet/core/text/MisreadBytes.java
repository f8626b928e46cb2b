package vn.libnet.core.text;

import java.nio.charset.Charset;

/** Recovers the bytes behind text that was decoded as Windows-1252 or Latin-1. */
final class MisreadBytes {
  private static final char[] CP1252_HIGH = new char[32];

  static {
    byte[] c1 = new byte[32];
    for (int i = 0; i < 32; i++) {
      c1[i] = (byte) (0x80 + i);
    }
    String text = new String(c1, Charset.forName("windows-1252"));
    for (int i = 0; i < 32; i++) {
      // The five bytes Windows-1252 leaves undefined come back as their C1 controls, never as U+FFFD.
      CP1252_HIGH[i] = text.charAt(i) == '\uFFFD' ? (char) (0x80 + i) : text.charAt(i);
    }
  }

  private MisreadBytes() {}

  /**
   * The bytes, or {@code null} when some character cannot come from a single-byte misreading or the text
   * is plain ASCII (nothing to repair). A U+FFFD replacement character means a byte was already lost,
   * so such text is not repaired.
   */
  static byte[] of(String text) {
    // Most text is plain ASCII or proper Unicode: tell without allocating.
    boolean high = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x100 && !isCp1252Special(c)) {
        return null;
      }
      high |= c >= 0x80 || isLetterControl(c);
    }
    if (!high) {
      return null;
    }
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < text.length(); i++) {
      int b = byteOf(text.charAt(i));
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
    }
    return bytes;
  }

  /**
   * A C0 control other than tab and line ends: TCVN3's VN1 table and VISCII put letters there
   * ("TỪNG" is {@code 54 04 4E 47} in TCVN3), so text holding one may be legacy text.
   */
  static boolean isLetterControl(int c) {
    return c > 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  private static boolean isCp1252Special(char c) {
    for (char special : CP1252_HIGH) {
      if (special == c) {
        return true;
      }
    }
    return false;
  }

  private static int byteOf(char c) {
    if (c < 0x100) {
      return c; // Latin-1, including the C1 controls that Latin-1 readers produce for 0x80-0x9F
    }
    for (int i = 0; i < 32; i++) {
      if (CP1252_HIGH[i] == c) {
        return 0x80 + i;
      }
    }
    return -1;
  }
}
