package vn.libnet.marc.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import vn.libnet.core.validation.Severity;

/**
 * A record chunk that did not parse, made parseable where the damage is of the kinds real exports have,
 * and only then: bytes that are not UTF-8 (read as Windows-1252, which is what they almost always are),
 * control characters that XML 1.0 cannot carry, raw or as character references (written as references
 * of XML 1.1, which can, so that they reach the values and are reported there), and a bare {@code &}
 * (read as the character). A reference to an undeclared entity ({@code &nbsp;}) is not repaired: its
 * text is unknown. Used only after a parse failed, so intact records pay nothing for it.
 */
final class MarcXmlRepair {
  private final StringBuilder text = new StringBuilder();
  private boolean changed;
  private boolean xml11;
  private int badBytes;
  private int firstBad = -1;
  private long badLine;
  private int ampersands;
  private long ampersandLine;
  private String entity;
  private long entityLine;

  private MarcXmlRepair() {}

  /** The repair of UTF-8 bytes, some of which are not UTF-8. */
  static MarcXmlRepair of(byte[] b, int from, int to, long firstLine) {
    MarcXmlRepair r = new MarcXmlRepair();
    String decoded = r.decode(b, from, to, StandardCharsets.UTF_8, firstLine);
    r.escape(decoded, firstLine);
    return r;
  }

  /** The repair of text that was decoded without fault. */
  static MarcXmlRepair of(String decoded, long firstLine) {
    MarcXmlRepair r = new MarcXmlRepair();
    r.escape(decoded, firstLine);
    return r;
  }

  private String decode(byte[] b, int from, int to, Charset charset, long firstLine) {
    if (!StandardCharsets.UTF_8.equals(charset)) {
      return new String(b, from, to - from, charset);
    }
    StringBuilder out = new StringBuilder(to - from);
    long line = firstLine;
    int i = from;
    while (i < to) {
      int bad = Utf8.firstInvalid(b, i, to);
      int end = bad < 0 ? to : bad;
      String good = new String(b, i, end - i, StandardCharsets.UTF_8);
      out.append(good);
      if (bad < 0) {
        break;
      }
      line += count(good, '\n');
      if (badBytes++ == 0) {
        firstBad = b[bad] & 0xFF;
        badLine = line;
      }
      out.append(Utf8.windows1252(b, bad, bad + 1));
      changed = true;
      i = bad + 1;
    }
    return out.toString();
  }

  private void escape(String s, long firstLine) {
    long line = firstLine;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        text.append("&#x").append(Integer.toHexString(c)).append(';');
        changed = true;
        xml11 = true;
      } else if (c >= 0x7F && c <= 0x9F || c == '\u2028') {
        // XML 1.1 wants these as references (and would read U+0085 and U+2028 as line ends)
        text.append("&#x").append(Integer.toHexString(c)).append(';');
      } else if (c == '&') {
        int end = reference(s, i + 1);
        if (end < 0) {
          text.append("&amp;");
          changed = true;
          if (ampersands++ == 0) {
            ampersandLine = line;
          }
        } else {
          String ref = s.substring(i + 1, end);
          if (ref.startsWith("#")) {
            int cp = codePoint(ref);
            if (cp >= 0 && cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') {
              changed = true;
              xml11 = true;
            }
          } else if (!isPredefined(ref) && entity == null) {
            entity = ref;
            entityLine = line;
          }
          text.append(s, i, end + 1);
          i = end;
        }
      } else {
        text.append(c);
      }
    }
  }

  // The index of the ';' ending a reference that starts after '&' at from, or -1 when it is no reference.
  private static int reference(String s, int from) {
    int limit = Math.min(s.length(), from + 40);
    int i = from;
    if (i < limit && s.charAt(i) == '#') {
      i++;
      boolean hex = i < limit && (s.charAt(i) == 'x');
      if (hex) {
        i++;
      }
      int digits = i;
      while (i < limit && (hex ? Character.digit(s.charAt(i), 16) >= 0 : Character.isDigit(s.charAt(i)))) {
        i++;
      }
      return i > digits && i < limit && s.charAt(i) == ';' ? i : -1;
    }
    int start = i;
    while (i < limit && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-' || s.charAt(i) == '.' || s.charAt(i) == ':')) {
      i++;
    }
    return i > start && i < limit && s.charAt(i) == ';' && Character.isLetter(s.charAt(start)) ? i : -1;
  }

  private static int codePoint(String ref) {
    try {
      return ref.startsWith("#x") ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static boolean isPredefined(String name) {
    return name.equals("amp") || name.equals("lt") || name.equals("gt") || name.equals("quot") || name.equals("apos");
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  boolean changed() {
    return changed;
  }

  boolean needsXml11() {
    return xml11;
  }

  String text() {
    return text.toString();
  }

  /** The first reference to an entity that is not predefined, or null. */
  String entity() {
    return entity;
  }

  long entityLine() {
    return entityLine;
  }

  /** Reports the repairs (control characters are reported where they land, in their values). */
  void report(ReadContext ctx) {
    if (badBytes > 0) {
      ctx.damage(MarcFailure.MARCXML_UTF8_INVALID, Severity.WARNING, "", badLine, badLine, String.format("%02X", firstBad), badBytes);
    }
    if (ampersands > 0) {
      ctx.damage(MarcFailure.MARCXML_BARE_AMPERSAND, Severity.WARNING, "", ampersandLine, ampersandLine, ampersands);
    }
  }

  /**
   * Up to 40 characters of {@code text} around {@code column} of its line {@code lineIndex} (0-based), as
   * data for a message: what the input holds where the parser stopped.
   */
  static String near(String text, int lineIndex, int column) {
    int start = 0;
    for (int l = 0; l < lineIndex && start >= 0; l++) {
      start = text.indexOf('\n', start);
      start = start < 0 ? -1 : start + 1;
    }
    if (start < 0) {
      return "";
    }
    int end = text.indexOf('\n', start);
    String lineText = text.substring(start, end < 0 ? text.length() : end);
    int col = Math.max(0, Math.min(lineText.length(), column - 1));
    String s = lineText.substring(Math.max(0, col - 30), Math.min(lineText.length(), col + 10)).strip();
    StringBuilder clean = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      clean.append(c < 0x20 || c >= 0x7F && c <= 0x9F ? ' ' : c);
    }
    return clean.toString();
  }
}
