package vn.libnet.core.text;

import java.text.Normalizer;

/**
 * Per-character facts for Vietnamese processing, computed once from Unicode decompositions: a
 * precomposed letter's tone, the letter without its tone (keeping ă â ê ô ơ ư), and the matching form
 * used by {@link VietnameseText#fold(String)}.
 */
final class Letters {
  /** Characters below this bound are looked up in the tables; above it, Unicode properties decide. */
  static final int TABLE_SIZE = 0x1F00;

  /** Marker in {@link #FOLD}: drop the character. */
  static final char DROP = '\uFFFF';

  private static final char[] TONELESS = new char[TABLE_SIZE];
  private static final byte[] TONE = new byte[TABLE_SIZE];
  private static final char[] FOLD = new char[TABLE_SIZE];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      char ch = (char) c;
      TONELESS[c] = ch;
      String nfd = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
      if (nfd.length() > 1) {
        StringBuilder rest = new StringBuilder(nfd.length());
        for (int i = 0; i < nfd.length(); i++) {
          Tone tone = Tone.ofMark(nfd.charAt(i));
          if (tone != null && i > 0) {
            TONE[c] = (byte) tone.ordinal();
          } else {
            rest.append(nfd.charAt(i));
          }
        }
        String composed = Normalizer.normalize(rest, Normalizer.Form.NFC);
        if (TONE[c] != 0 && composed.length() == 1) {
          TONELESS[c] = composed.charAt(0);
        } else {
          TONE[c] = 0;
        }
      }
      FOLD[c] = foldOf(ch, nfd);
    }
  }

  private Letters() {}

  private static char foldOf(char ch, String nfd) {
    if (ch == 'đ' || ch == 'Đ') {
      return 'd';
    }
    int type = Character.getType(ch);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return DROP;
    }
    if (Character.isLetterOrDigit(ch)) {
      char base = nfd.charAt(0);
      return Character.toLowerCase(Character.isLetterOrDigit(base) ? base : ch);
    }
    return ' ';
  }

  /**
   * Whether {@code c} is a letter of the Vietnamese alphabet with its diacritics, in either case (the 134
   * precomposed letters and đ; plain ASCII letters too).
   */
  static boolean isVietnamese(char c) {
    if (c < 0x80) {
      return Character.isLetter(c);
    }
    char base = Character.toLowerCase(toneless(c));
    return "ăâđêôơư".indexOf(base) >= 0 || base != Character.toLowerCase(c) && "aeiouy".indexOf(base) >= 0;
  }

  /** The tone of precomposed letter {@code c}. */
  static Tone tone(char c) {
    return c < TABLE_SIZE ? Tone.values()[TONE[c]] : Tone.NGANG;
  }

  /** {@code c} without its tone mark, keeping the other diacritics: {@code ấ} gives {@code â}. */
  static char toneless(char c) {
    return c < TABLE_SIZE ? TONELESS[c] : c;
  }

  /** {@code c} with {@code tone} added; {@code c} must be toneless. */
  static char withTone(char c, Tone tone) {
    if (tone == Tone.NGANG) {
      return c;
    }
    String composed = Normalizer.normalize("" + c + tone.mark(), Normalizer.Form.NFC);
    return composed.length() == 1 ? composed.charAt(0) : c;
  }

  /** The matching form of {@code c}: a lower-case base letter or digit, ' ' for separators, or {@link #DROP}. */
  static char fold(char c) {
    if (c < TABLE_SIZE) {
      return FOLD[c];
    }
    int type = Character.getType(c);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return DROP;
    }
    if (Character.isSurrogate(c)) {
      return c;
    }
    return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
  }
}
