package vn.libnet.core.text;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;

/** A table-driven single-byte encoding: ASCII below 0x80 except some C0 positions, a chart above. */
final class SingleByteCodec implements Codec {
  private final char[] decode = new char[256];
  private final short[] encode = new short[Letters.TABLE_SIZE]; // byte + 1; 0 means unmapped
  private final boolean composeMarks;

  SingleByteCodec(String high, int[] c0, boolean composeMarks) {
    this.composeMarks = composeMarks;
    for (int b = 0; b < 0x80; b++) {
      decode[b] = (char) b;
    }
    for (int i = 0; i < c0.length; i += 2) {
      decode[c0[i]] = (char) c0[i + 1];
    }
    for (int b = 0x80; b < 0x100; b++) {
      decode[b] = high.charAt(b - 0x80);
    }
    for (int b = 0xFF; b >= 0; b--) {
      char c = decode[b];
      // A C0 position given to a letter no longer stands for its control character.
      if (c < Letters.TABLE_SIZE && (encode[c] == 0 || c >= 0x80)) {
        encode[c] = (short) (b + 1);
      }
    }
    for (int i = 0; i < c0.length; i += 2) {
      encode[c0[i]] = 0;
    }
  }

  @Override
  public String decode(byte[] bytes, int offset, int length) {
    StringBuilder out = new StringBuilder(length);
    boolean marks = false;
    for (int i = offset; i < offset + length; i++) {
      char c = decode[bytes[i] & 0xFF];
      marks |= c >= '\u0300' && c <= '\u036F';
      out.append(c);
    }
    return composeMarks && marks
        ? Normalizer.normalize(out, Normalizer.Form.NFC)
        : out.toString();
  }

  @Override
  public byte[] encode(String nfc, int[] failedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      int b = c < Letters.TABLE_SIZE ? encode[c] - 1 : -1;
      if (b >= 0) {
        out.write(b);
        continue;
      }
      // Not precomposed here: a toneless letter followed by a combining tone mark, where the table has both.
      char base = Letters.toneless(c);
      Tone tone = Letters.tone(c);
      int baseByte = base < Letters.TABLE_SIZE ? encode[base] - 1 : -1;
      int markByte = tone == Tone.NGANG ? -1 : encode[tone.mark()] - 1;
      if (composeMarks && baseByte >= 0 && markByte >= 0) {
        out.write(baseByte);
        out.write(markByte);
        continue;
      }
      failedAt[0] = i;
      return null;
    }
    return out.toByteArray();
  }
}
