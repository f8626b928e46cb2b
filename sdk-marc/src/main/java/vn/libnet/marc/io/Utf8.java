package vn.libnet.marc.io;

import java.nio.charset.Charset;

/** UTF-8 checks and the Windows-1252 fallback for bytes that are not UTF-8. */
final class Utf8 {
  private static final char[] CP1252 = new char[256];

  static {
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
    }
    String s = new String(all, Charset.forName("windows-1252"));
    for (int b = 0; b < 256; b++) {
      // Undefined bytes keep their value as C1 controls, so no byte is lost.
      CP1252[b] = s.charAt(b) == '\uFFFD' ? (char) b : s.charAt(b);
    }
  }

  private Utf8() {}

  /** {@link #scan} result: well-formed, and every character is NFC by itself (no NFC pass needed). */
  static final int NFC_SAFE = -1;
  /** {@link #scan} result: well-formed, but some character needs the NFC check. */
  static final int WELL_FORMED = -2;

  /** The index of the first byte of {@code b[from, to)} that starts no well-formed UTF-8 sequence, or -1. */
  static int firstInvalid(byte[] b, int from, int to) {
    int r = scan(b, from, to);
    return r >= 0 ? r : -1;
  }

  /**
   * Checks {@code b[from, to)} is well-formed UTF-8 and whether all its characters are below U+0300 or
   * precomposed Latin (U+1E00-U+1EFF), which makes any text of them NFC. Returns the index of the first
   * bad byte, or {@link #NFC_SAFE}, or {@link #WELL_FORMED}.
   */
  static int scan(byte[] b, int from, int to) {
    boolean nfcSafe = true;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return i;
      }
      if (i + n >= to) {
        return i; // the sequence is cut off by the end of the field
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return i;
        }
        cp = cp << 6 | cc & 0x3F;
      }
      if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
        return i;
      }
      nfcSafe &= cp < 0x0300 || cp >= 0x1E00 && cp <= 0x1EFF;
      i += n + 1;
    }
    return nfcSafe ? NFC_SAFE : WELL_FORMED;
  }

  /** {@code b[from, to)} read as Windows-1252, byte for character. */
  static String windows1252(byte[] b, int from, int to) {
    char[] out = new char[to - from];
    for (int i = from; i < to; i++) {
      out[i - from] = CP1252[b[i] & 0xFF];
    }
    return new String(out);
  }
}
