package vn.libnet.core.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Windows-1258: the JDK's single-byte table, which has the shaped vowels but only some toned letters;
 * the others are written as a base letter followed by a combining tone mark (0xCC, 0xEC, 0xD2, 0xDE,
 * 0xF2). Decoding composes them back to NFC.
 */
final class Cp1258Codec implements Codec {
  private static final Charset CHARSET = Charset.forName("windows-1258");
  private static final char[] DECODE = new char[256];
  private static final short[] ENCODE = new short[Letters.TABLE_SIZE];

  static {
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
    }
    String text = new String(all, CHARSET);
    CharsetEncoder encoder = CHARSET.newEncoder();
    for (int b = 0; b < 256; b++) {
      char c = text.charAt(b) == '\uFFFD' ? (char) b : text.charAt(b);
      DECODE[b] = c;
      if (c < Letters.TABLE_SIZE && encoder.canEncode(c)) {
        ENCODE[c] = (short) (b + 1);
      }
    }
  }

  @Override
  public String decode(byte[] bytes, int offset, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = offset; i < offset + length; i++) {
      out.append(DECODE[bytes[i] & 0xFF]);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  @Override
  public byte[] encode(String nfc, int[] failedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 8);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      int b = c < Letters.TABLE_SIZE ? ENCODE[c] - 1 : -1;
      if (b >= 0) {
        out.write(b);
        continue;
      }
      char base = Letters.toneless(c);
      Tone tone = Letters.tone(c);
      int baseByte = base < Letters.TABLE_SIZE ? ENCODE[base] - 1 : -1;
      if (tone != Tone.NGANG && baseByte >= 0) {
        out.write(baseByte);
        out.write(ENCODE[tone.mark()] - 1);
        continue;
      }
      failedAt[0] = i;
      return null;
    }
    return out.toByteArray();
  }
}
