package vn.libnet.core.text;

import java.text.Normalizer;
import java.util.Comparator;

/**
 * Vietnamese text as libraries need it: normalised for storage, folded for matching, and ordered for
 * display.
 *
 * <ul>
 *   <li>{@link #normalize(String)}: Unicode NFC (the form the national profiles require), white space
 *       trimmed and collapsed, and one tone-placement convention ({@link TonePlacement#TRADITIONAL} by
 *       default).
 *   <li>{@link #fold(String)}: the matching form: lower case, no diacritics, {@code đ} as {@code d},
 *       punctuation gone. {@code "Hoà bình, Đà Nẵng"} and {@code "hoa binh da nang"} fold alike.
 *   <li>{@link #comparator()} and {@link #collationKey(String)}: Vietnamese alphabetical order
 *       ({@code a ă â b c d đ e ê …}), tones ordered ngang, huyền, hỏi, ngã, sắc, nặng, lower case before
 *       upper case, spaces and punctuation ignored unless all else is equal: the order of
 *       {@link java.text.Collator} for {@code vi}, but also correct for NFD input.
 * </ul>
 *
 * <p>All methods accept any string, including NFD input and non-Vietnamese text, and never throw for
 * text; {@code null} raises {@link NullPointerException}.
 */
public final class VietnameseText {
  private static final String ALPHABET = "0123456789aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
  private static final char SEPARATOR = '\u0001';
  private static final Comparator<String> COMPARATOR =
      Comparator.comparing(VietnameseText::collationKey);

  private VietnameseText() {}

  /** {@link #normalize(String, TonePlacement)} with {@link TonePlacement#TRADITIONAL}. */
  public static String normalize(String text) {
    return normalize(text, TonePlacement.TRADITIONAL);
  }

  /**
   * NFC, trimmed, each run of white space (including no-break spaces) collapsed to one space, and the
   * tone marks of {@code oa}/{@code oe}/{@code uy} syllables placed after {@code placement}.
   */
  public static String normalize(String text, TonePlacement placement) {
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    boolean pendingSpace = false;
    int wordStart = -1;
    for (int i = 0; i <= nfc.length(); i++) {
      char c = i < nfc.length() ? nfc.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (wordStart < 0) {
          if (pendingSpace && out.length() > 0) {
            out.append(' ');
          }
          pendingSpace = false;
          wordStart = out.length();
        }
        out.append(c);
        continue;
      }
      if (wordStart >= 0) {
        placeTone(out, wordStart, placement);
        wordStart = -1;
      }
      if (i == nfc.length()) {
        break;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = true;
      } else {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  // The Vietnamese letter that base + shape mark make (â ă ê ô ơ ư), or the composition of others.
  private static char shaped(char base, char mark) {
    switch (base) {
      case 'a':
        return mark == '\u0302' ? 'â' : mark == '\u0306' ? 'ă' : compose(base, mark);
      case 'e':
        return mark == '\u0302' ? 'ê' : compose(base, mark);
      case 'o':
        return mark == '\u0302' ? 'ô' : mark == '\u031B' ? 'ơ' : compose(base, mark);
      case 'u':
        return mark == '\u031B' ? 'ư' : compose(base, mark);
      default:
        return compose(base, mark);
    }
  }

  private static char compose(char base, char mark) {
    String s = Normalizer.normalize("" + base + mark, Normalizer.Form.NFC);
    return s.length() == 1 ? s.charAt(0) : base;
  }

  // Moves the tone between the two vowels of an open oa/oe/uy syllable at buf[start..].
  private static void placeTone(StringBuilder buf, int start, TonePlacement placement) {
    int end = buf.length();
    int length = end - start;
    if (length < 2 || length > 6) {
      return;
    }
    int toned = -1;
    StringBuilder plain = new StringBuilder(length);
    for (int i = start; i < end; i++) {
      char c = buf.charAt(i);
      if (Letters.tone(c) != Tone.NGANG) {
        if (toned >= 0) {
          return;
        }
        toned = i;
      }
      plain.append(Character.toLowerCase(Letters.toneless(c)));
    }
    if (toned < 0) {
      return;
    }
    String p = plain.toString();
    int onset = 0;
    while (onset < p.length() && "aăâeêioôơuưy".indexOf(p.charAt(onset)) < 0) {
      onset++;
    }
    if (onset > 0 && p.charAt(onset - 1) == 'q' && onset < p.length() && p.charAt(onset) == 'u') {
      onset++; // the u of qu belongs to the initial
    }
    String rhyme = p.substring(onset);
    if (!rhyme.equals("oa") && !rhyme.equals("oe") && !rhyme.equals("uy")) {
      return;
    }
    int first = start + onset;
    int target = placement == TonePlacement.TRADITIONAL ? first : first + 1;
    if (toned == target || toned != first && toned != first + 1) {
      return;
    }
    Tone tone = Letters.tone(buf.charAt(toned));
    buf.setCharAt(toned, Letters.toneless(buf.charAt(toned)));
    buf.setCharAt(target, Letters.withTone(buf.charAt(target), tone));
  }

  /**
   * The matching form of {@code text}: lower case, diacritics and tone marks removed, {@code đ}/{@code
   * Đ} as {@code d}, every run of punctuation and white space one space, trimmed. Works on NFC and NFD
   * input alike.
   */
  public static String fold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char f = Letters.fold(text.charAt(i));
      if (f == Letters.DROP) {
        continue;
      }
      if (f == ' ') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(f);
      }
    }
    return out.toString();
  }

  /**
   * How Vietnamese {@code text} looks: +1 for each word with a non-ASCII letter that is a well-formed
   * Vietnamese syllable, −1 for each word with non-ASCII characters that is not, 0 for ASCII words. Used
   * to choose between readings of bytes whose encoding is uncertain; the higher, the more plausible.
   */
  public static int syllableScore(String text) {
    return Syllables.score(text);
  }

  /**
   * Whether every word of {@code text} that has a non-ASCII letter is a well-formed Vietnamese syllable
   * (true for ASCII text). No re-reading of such text's bytes in another encoding can read better, which
   * lets a caller skip trying.
   */
  public static boolean readsAsVietnamese(String text) {
    return Syllables.fullyPlausible(text);
  }

  /**
   * Whether {@code c} is a letter of the Vietnamese alphabet, diacritics included, in either case: an ASCII
   * letter, đ, or a vowel with the shapes and tones Vietnamese writes (the 134 precomposed letters).
   */
  public static boolean isVietnameseLetter(char c) {
    return Letters.isVietnamese(c);
  }

  /**
   * Whether every non-ASCII character of {@code text} is a {@linkplain #isVietnameseLetter letter of the
   * Vietnamese alphabet}: what any reading of legacy bytes in the right encoding gives, even for names
   * that are not Vietnamese syllables ("Y Êban").
   */
  public static boolean hasOnlyVietnameseLetters(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !Letters.isVietnamese(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code text} reads as Vietnamese at least in part: it has a word with a non-ASCII letter that
   * is a Vietnamese syllable, more such words are syllables than not, and every non-ASCII character in it
   * is a letter of the Vietnamese alphabet. Names of places in minority languages ("Đắk Lắk") and
   * loanwords are not syllables of Vietnamese proper, so this is the test for text whose encoding is
   * already known from other evidence; {@link #readsAsVietnamese(String)} is the test for text alone.
   */
  public static boolean readsPartlyAsVietnamese(String text) {
    return hasOnlyVietnameseLetters(text) && Syllables.score(text) > 0;
  }

  /**
   * Whether {@code text} is already in Unicode NFC. Fast for the common case: text made only of
   * characters below U+0300 and of precomposed Latin letters (U+1E00-U+1EFF, where all of Vietnamese
   * lives) is NFC by definition and is answered without the JDK's normaliser.
   */
  public static boolean isNfc(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x0300 && (c < 0x1E00 || c > 0x1EFF)) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC);
      }
    }
    return true;
  }

  /** A comparator in Vietnamese alphabetical order; see {@link #collationKey(String)}. Thread-safe. */
  public static Comparator<String> comparator() {
    return COMPARATOR;
  }

  /**
   * A key whose natural {@link String} order is Vietnamese alphabetical order: first the letters
   * (ă, â, đ, ê, ô, ơ, ư are letters of their own), then the tones, then case, then spaces and
   * punctuation. When sorting many strings, compute each key once.
   */
  public static String collationKey(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder primary = new StringBuilder(s.length());
    StringBuilder secondary = new StringBuilder(s.length());
    StringBuilder tertiary = new StringBuilder(s.length());
    StringBuilder ignorables = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (!Character.isLetterOrDigit(c)) {
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          ignorables.append((char) (0x100 + primary.length())).append(c);
        }
        continue;
      }
      char lower = Character.toLowerCase(c);
      int tone = 0;
      int otherMarks = 0;
      while (i < s.length() && Character.getType(s.charAt(i)) == Character.NON_SPACING_MARK) {
        char mark = s.charAt(i++);
        Tone t = Tone.ofMark(mark);
        if (t != null) {
          tone = t.ordinal();
        } else if (mark == '\u0302' || mark == '\u0306' || mark == '\u031B') {
          lower = shaped(lower, mark);
        } else {
          otherMarks = otherMarks * 8 + (mark & 7) + 1;
        }
      }
      int index = ALPHABET.indexOf(lower);
      primary.append(index >= 0 ? (char) (0x30 + index) : (char) (0x100 + Math.min(lower, 0xFEFF)));
      secondary.append((char) (0x10 + tone + 8 * Math.min(otherMarks, 0x1000)));
      tertiary.append(Character.isUpperCase(c) ? '\u0003' : '\u0002');
    }
    return primary
        .append(SEPARATOR)
        .append(secondary)
        .append(SEPARATOR)
        .append(tertiary)
        .append(SEPARATOR)
        .append(ignorables)
        .toString();
  }
}
