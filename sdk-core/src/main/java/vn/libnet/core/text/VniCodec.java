package vn.libnet.core.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * VNI-Windows: Windows-1252 bytes in which a vowel is followed by one mark byte carrying its shape
 * (circumflex, breve) and tone. The upper-case mark bytes are the lower-case ones minus 0x20. A few
 * letters have bytes of their own: ơ ư đ and the toned i and ỵ.
 */
final class VniCodec implements Codec {
  // Mark byte (lower case) -> shape and tone. Shape: 0 none, 1 circumflex, 2 breve.
  private static final int[] MARK_SHAPE = new int[256];
  private static final Tone[] MARK_TONE = new Tone[256];
  private static final char[] SINGLE = new char[256];
  private static final short[] SINGLE_ENCODE = new short[Letters.TABLE_SIZE];
  private static final char[] CP1252 = new char[256];
  private static final int[][] MARK_BYTE = new int[3][Tone.values().length];

  static {
    mark(0xF8, 0, Tone.HUYEN);
    mark(0xF9, 0, Tone.SAC);
    mark(0xFB, 0, Tone.HOI);
    mark(0xF5, 0, Tone.NGA);
    mark(0xEF, 0, Tone.NANG);
    mark(0xE2, 1, Tone.NGANG);
    mark(0xE0, 1, Tone.HUYEN);
    mark(0xE1, 1, Tone.SAC);
    mark(0xE5, 1, Tone.HOI);
    mark(0xE3, 1, Tone.NGA);
    mark(0xE4, 1, Tone.NANG);
    mark(0xEA, 2, Tone.NGANG);
    mark(0xE8, 2, Tone.HUYEN);
    mark(0xE9, 2, Tone.SAC);
    mark(0xFA, 2, Tone.HOI);
    mark(0xFC, 2, Tone.NGA);
    mark(0xEB, 2, Tone.NANG);
    single(0xEC, 'ì');
    single(0xED, 'í');
    single(0xE6, 'ỉ');
    single(0xF3, 'ĩ');
    single(0xF2, 'ị');
    single(0xEE, 'ỵ');
    single(0xF4, 'ơ');
    single(0xF6, 'ư');
    single(0xF1, 'đ');
    byte[] all = new byte[256];
    for (int b = 0; b < 256; b++) {
      all[b] = (byte) b;
    }
    String text = new String(all, Charset.forName("windows-1252"));
    for (int b = 0; b < 256; b++) {
      // The five bytes Windows-1252 leaves undefined are read as the C1 controls, as Latin-1 does.
      CP1252[b] = text.charAt(b) == '\uFFFD' ? (char) b : text.charAt(b);
    }
  }

  private static void mark(int lower, int shape, Tone tone) {
    for (int b : new int[] {lower, lower - 0x20}) {
      MARK_SHAPE[b] = shape;
      MARK_TONE[b] = tone;
    }
    MARK_BYTE[shape][tone.ordinal()] = lower;
  }

  private static void single(int lower, char letter) {
    char upper = Character.toUpperCase(letter);
    SINGLE[lower] = letter;
    SINGLE[lower - 0x20] = upper;
    SINGLE_ENCODE[letter] = (short) (lower + 1);
    SINGLE_ENCODE[upper] = (short) (lower - 0x20 + 1);
  }

  @Override
  public String decode(byte[] bytes, int offset, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = offset; i < offset + length; i++) {
      int b = bytes[i] & 0xFF;
      if (MARK_TONE[b] != null && out.length() > 0) {
        char combined = combine(out.charAt(out.length() - 1), MARK_SHAPE[b], MARK_TONE[b]);
        if (combined != 0) {
          out.setCharAt(out.length() - 1, combined);
          continue;
        }
      }
      out.append(SINGLE[b] != 0 ? SINGLE[b] : CP1252[b]);
    }
    return out.toString();
  }

  // The letter base + shape + tone, or 0 when the mark does not belong on that base.
  private static char combine(char base, int shape, Tone tone) {
    char lower = Character.toLowerCase(base);
    boolean vowel = "aeiouyơư".indexOf(lower) >= 0;
    if (!vowel || shape == 1 && "aeo".indexOf(lower) < 0 || shape == 2 && lower != 'a') {
      return 0;
    }
    String s = "" + base + (shape == 1 ? "\u0302" : shape == 2 ? "\u0306" : "");
    if (tone != Tone.NGANG) {
      s += tone.mark();
    }
    String composed = Normalizer.normalize(s, Normalizer.Form.NFC);
    return composed.length() == 1 ? composed.charAt(0) : 0;
  }

  @Override
  public byte[] encode(String nfc, int[] failedAt) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(nfc.length() + 8);
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c < 0x80) {
        out.write(c);
        continue;
      }
      if (c < Letters.TABLE_SIZE && SINGLE_ENCODE[c] != 0) {
        out.write(SINGLE_ENCODE[c] - 1);
        continue;
      }
      Tone tone = Letters.tone(c);
      char toneless = Letters.toneless(c);
      char lower = Character.toLowerCase(toneless);
      int caseShift = Character.isUpperCase(c) ? 0x20 : 0;
      int shape = "âêô".indexOf(lower) >= 0 ? 1 : lower == 'ă' ? 2 : 0;
      char base =
          shape == 0 ? toneless : Normalizer.normalize("" + toneless, Normalizer.Form.NFD).charAt(0);
      char lowerBase = Character.toLowerCase(base);
      if (tone != Tone.NGANG || shape != 0) {
        if (lowerBase == 'ơ' || lowerBase == 'ư') {
          out.write(SINGLE_ENCODE[base] - 1);
          out.write(MARK_BYTE[0][tone.ordinal()] - caseShift);
          continue;
        }
        if ("aeiouy".indexOf(lowerBase) >= 0) {
          out.write(base);
          out.write(MARK_BYTE[shape][tone.ordinal()] - caseShift);
          continue;
        }
      }
      // Other Windows-1252 characters keep their byte unless VNI gives that byte a meaning.
      int b = cp1252Byte(c);
      if (b >= 0 && MARK_TONE[b] == null && SINGLE[b] == 0) {
        out.write(b);
        continue;
      }
      failedAt[0] = i;
      return null;
    }
    return out.toByteArray();
  }

  private static int cp1252Byte(char c) {
    for (int b = 0x80; b < 0x100; b++) {
      if (CP1252[b] == c) {
        return b;
      }
    }
    return -1;
  }
}
