package vn.libnet.marc.io;

import org.marc4j.converter.impl.CodeTableGenerated;

/**
 * MARC-8 to Unicode for one field at a time, after "MARC 21 Specifications for Record Structure,
 * Character Sets, and Exchange Media", part 3: G0 starts as ASCII and G1 as ANSEL at the start of every
 * field, escape sequences designate other sets (technique 1, {@code ESC ( F}, {@code ESC ) F}, {@code
 * ESC $ F} for the multibyte East Asian set) or lock G0 to Greek symbols, subscripts or superscripts
 * (technique 2, {@code ESC g}, {@code ESC b}, {@code ESC p}, back with {@code ESC s}), and combining
 * marks come before the character they modify, where Unicode puts them after.
 *
 * <p>The character tables are the Library of Congress code tables as marc4j compiles them; the decoding
 * around them is this class's, because a record must survive one bad byte: an undefined code, an
 * unknown or cut escape sequence, or a mark with nothing to combine with is reported through {@link
 * Problems} with its position, and decoding goes on with the next byte. Nothing is ever written in the
 * place of what could not be decoded.
 *
 * <p>Not thread-safe: one decoder per reader. {@link #startField()} resets the escape state; the reader
 * calls it for every value, as yaz and marc4j do.
 */
final class Marc8Decoder {
  /** Where decoding found something wrong: the index of the byte in the value and what it was. */
  interface Problems {
    void at(int index, Marc8Problem problem, int value);
  }

  /** What can be wrong in MARC-8 bytes. */
  enum Marc8Problem {
    /** A byte that no character set in effect defines. */
    UNDEFINED_CODE,
    /** An escape sequence that designates no MARC-8 set. */
    UNKNOWN_ESCAPE,
    /** An escape sequence or a multibyte character cut off by the end of the value. */
    CUT_OFF,
    /** A combining mark at the end of a value, with nothing after it to combine with. */
    MARK_WITHOUT_BASE
  }

  private static final CodeTableGenerated TABLE = new CodeTableGenerated();
  private static final int ASCII = 0x42;
  private static final int ANSEL = 0x45;
  private static final int EACC = 0x31;

  private int g0 = ASCII;
  private int g1 = ANSEL;
  private final StringBuilder out = new StringBuilder(64);
  private final StringBuilder marks = new StringBuilder(4);

  /** Resets the character sets to the defaults every field starts with. */
  void startField() {
    g0 = ASCII;
    g1 = ANSEL;
  }

  /** Decodes {@code b[from, to)}, reporting each problem with its index relative to {@code from}. */
  String decode(byte[] b, int from, int to, Problems problems) {
    out.setLength(0);
    marks.setLength(0);
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c == 0x1B) {
        i = escape(b, i, to, from, problems);
        continue;
      }
      if (c < 0x20 || c == 0x7F) {
        // C0 controls are not MARC-8 graphics; they are kept for the structure check to report.
        base((char) c);
        i++;
        continue;
      }
      if (c == 0x20) {
        base(' ');
        i++;
        continue;
      }
      if (c >= 0x80 && c < 0xA1) {
        char special = c1(c);
        if (special == 0) {
          problems.at(i - from, Marc8Problem.UNDEFINED_CODE, c);
        } else {
          out.append(special);
        }
        i++;
        continue;
      }
      int set = c < 0x80 ? g0 : g1;
      if (set == EACC) {
        if (i + 3 > to) {
          problems.at(i - from, Marc8Problem.CUT_OFF, c);
          i = to;
          continue;
        }
        int code = (c & 0x7F) << 16 | (b[i + 1] & 0x7F) << 8 | (b[i + 2] & 0x7F);
        char ch = TABLE.getChar(code, EACC);
        if (ch == 0) {
          // Most often a byte lost or added before: one byte further on the characters line up again.
          problems.at(i - from, Marc8Problem.UNDEFINED_CODE, code);
          i++;
        } else {
          base(ch);
          i += 3;
        }
        continue;
      }
      if (set == ANSEL && (c == 0xEC || c == 0xFB)) {
        // The second halves of the double diacritics: Unicode's one combining character (U+0361,
        // U+0360), written with the first half, already covers both letters.
        i++;
        continue;
      }
      char ch = c == 0xFF ? 0 : TABLE.getChar(c, set);
      if (ch == 0) {
        problems.at(i - from, Marc8Problem.UNDEFINED_CODE, c);
      } else if (TABLE.isCombining(c, g0, g1)) {
        marks.append(ch);
      } else {
        base(ch);
      }
      i++;
    }
    if (marks.length() > 0) {
      // Kept, so no letter of the value is lost; the mark combines with what comes before it.
      problems.at(to - from - 1, Marc8Problem.MARK_WITHOUT_BASE, marks.charAt(0));
      out.append(marks);
      marks.setLength(0);
    }
    return out.toString();
  }

  private void base(char ch) {
    out.append(ch);
    if (marks.length() > 0) {
      out.append(marks);
      marks.setLength(0);
    }
  }

  // The C1 codes MARC-8 defines: non-sort markers and the (non-)joiners.
  private static char c1(int c) {
    switch (c) {
      case 0x88:
        return '\u0098';
      case 0x89:
        return '\u009C';
      case 0x8D:
        return '\u200D';
      case 0x8E:
        return '\u200C';
      default:
        return 0;
    }
  }

  // Reads the escape sequence at b[i]; returns the index after it.
  private int escape(byte[] b, int i, int to, int from, Problems problems) {
    if (i + 1 >= to) {
      problems.at(i - from, Marc8Problem.CUT_OFF, 0x1B);
      return to;
    }
    int n1 = b[i + 1] & 0xFF;
    switch (n1) {
      case 0x67: // Greek symbols, subscripts, superscripts: technique 2, into G0
      case 0x62:
      case 0x70:
        g0 = n1;
        return i + 2;
      case 0x73:
        g0 = ASCII;
        return i + 2;
      case '(':
      case ',':
      case ')':
      case '-':
      case '$':
        break;
      default:
        problems.at(i - from, Marc8Problem.UNKNOWN_ESCAPE, n1);
        return i + 1; // the byte after ESC is read as data: it is most likely a character
    }
    int j = i + 1;
    boolean multibyte = false;
    if (n1 == '$') {
      multibyte = true;
      j++;
    }
    if (j >= to) {
      problems.at(i - from, Marc8Problem.CUT_OFF, 0x1B);
      return to;
    }
    int intermediate = b[j] & 0xFF;
    boolean toG1;
    if (intermediate == '(' || intermediate == ',') {
      toG1 = false;
      j++;
    } else if (intermediate == ')' || intermediate == '-') {
      toG1 = true;
      j++;
    } else if (multibyte) {
      toG1 = false; // ESC $ F: the multibyte set into G0
    } else {
      problems.at(i - from, Marc8Problem.UNKNOWN_ESCAPE, intermediate);
      return i + 1;
    }
    if (j < to && b[j] == '!') {
      j++; // ESC ) ! E: the registered form of ANSEL
    }
    if (j >= to) {
      problems.at(i - from, Marc8Problem.CUT_OFF, 0x1B);
      return to;
    }
    int fin = b[j] & 0xFF;
    if (!known(fin, multibyte)) {
      problems.at(i - from, Marc8Problem.UNKNOWN_ESCAPE, fin);
      return j + 1;
    }
    if (toG1) {
      g1 = fin;
    } else {
      g0 = fin;
    }
    return j + 1;
  }

  private static boolean known(int fin, boolean multibyte) {
    if (multibyte) {
      return fin == EACC;
    }
    switch (fin) {
      case ASCII:
      case ANSEL:
      case 0x32: // Hebrew
      case 0x4E: // basic Cyrillic
      case 0x51: // extended Cyrillic
      case 0x33: // basic Arabic
      case 0x34: // extended Arabic
      case 0x53: // Greek
      case 0x67:
      case 0x62:
      case 0x70:
        return true;
      default:
        return false;
    }
  }
}
