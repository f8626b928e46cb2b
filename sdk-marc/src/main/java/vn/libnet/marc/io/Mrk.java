package vn.libnet.marc.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import vn.libnet.core.validation.Severity;

/**
 * The characters of the mnemonic text form (.mrk) as LC's MARCMaker/MARCBreaker and MarcEdit write it:
 * blanks in the leader, control fields and indicators as {@code \}; the characters that would be read as
 * syntax as {@code {dollar}}, {@code {bsol}}, {@code {lcub}} and {@code {rcub}}; and MARC-8 text as
 * LC's mnemonics ({@code {hooka}}, {@code {uhorn}}, {@code {esc}}, ...), whose table is the resource
 * {@code mrk-mnemonics.tsv} beside this class (its header says where it comes from).
 *
 * <p>Reading: a mnemonic stands for its MARC-8 bytes, and a run of ASCII text and mnemonics is read as
 * MARC-8 by the same decoder as MARC-8 ISO 2709 records (combining marks come before their letter
 * and keep their order; escape sequences switch character sets). {@code {U+XXXX}} is the code point.
 * In a MARC-8 record (Leader/09 blank) LC's lossless form {@code &#xXXXX;} is the character too. A
 * brace that starts no mnemonic in LC's list, and MARC-8 that cannot be converted, are kept exactly as
 * written and reported: nothing is guessed.
 */
final class Mrk {
  private Mrk() {}

  /** What the SDK does with a mnemonic; the {@code use} column of the table. */
  enum Use {
    /** MARCBreaker's mnemonic for its byte: read as MARC-8, and written in MARC-8 mnemonic mode. */
    WRITE,
    /** Read as its MARC-8 bytes, never written. */
    READ,
    /** LC's bytes are an ASCII stand-in; the named character is read instead. */
    SUBSTITUTE,
    /** No character (a byte MARC-8 does not define, or a separator): kept as written, reported. */
    NONE
  }

  /** One row of the table. */
  record Mnemonic(String name, byte[] marc8, String unicode, Use use) {}

  /** Mnemonics by their name without braces; case matters. */
  static final Map<String, Mnemonic> BY_NAME;
  /** The mnemonic written for a non-ASCII code point that MARC-8 has. */
  private static final Map<Integer, String> WRITE_BY_CODE_POINT;
  /** The combining marks of MARC-8 (bytes E0-FE) in Unicode, by byte. */
  private static final Map<Integer, String> COMBINING_BY_BYTE;

  static {
    Map<String, Mnemonic> byName = new HashMap<>();
    Map<Integer, String> write = new HashMap<>();
    Map<Integer, String> combining = new HashMap<>();
    try (InputStream in = Mrk.class.getResourceAsStream("mrk-mnemonics.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.startsWith("mnemonic\t") || line.isBlank()) {
          continue;
        }
        String[] col = line.split("\t");
        String name = col[0].substring(1, col[0].length() - 1);
        String[] hex = col[1].split(" ");
        byte[] bytes = new byte[hex.length];
        for (int i = 0; i < hex.length; i++) {
          bytes[i] = (byte) Integer.parseInt(hex[i], 16);
        }
        String unicode = col[2].equals("-") ? null : codePoints(col[2]);
        Use use = Use.valueOf(col[3].toUpperCase(java.util.Locale.ROOT));
        byName.put(name, new Mnemonic(name, bytes, unicode, use));
        if (unicode != null && use != Use.NONE && bytes.length == 1 && (bytes[0] & 0xFF) >= 0xE0) {
          combining.put(bytes[0] & 0xFF, unicode);
        }
        // Double diacritics (U+0360, U+0361) need both halves around the letter; they are written as
        // character references instead.
        if (use == Use.WRITE && unicode != null && unicode.codePointCount(0, unicode.length()) == 1) {
          int cp = unicode.codePointAt(0);
          if (cp >= 0x80 && cp != 0x0360 && cp != 0x0361) {
            write.put(cp, "{" + name + "}");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    BY_NAME = Map.copyOf(byName);
    WRITE_BY_CODE_POINT = Map.copyOf(write);
    COMBINING_BY_BYTE = Map.copyOf(combining);
  }

  private static String codePoints(String column) {
    StringBuilder sb = new StringBuilder();
    for (String cp : column.split(" ")) {
      sb.appendCodePoint(Integer.parseInt(cp.substring(2), 16));
    }
    return sb.toString();
  }

  // ---- syntax escapes (the UTF-8 form) ----

  static String escapeData(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '$' -> out.append("{dollar}");
        case '\\' -> out.append("{bsol}");
        case '{' -> out.append("{lcub}");
        case '}' -> out.append("{rcub}");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Fixed-length data: blanks written as backslashes, and the data escapes. */
  static String escapeFixed(String s) {
    return escapeData(s).replace(' ', '\\');
  }

  // ---- the MARC-8 mnemonic form ----

  /**
   * {@code value} as MARCBreaker writes MARC-8: every character MARC-8 has as its mnemonic, combining
   * marks before their letter in Unicode order ("ế" is {@code {circ}{acute}e}), the syntax characters
   * escaped, and characters MARC-8 lacks as LC's lossless form {@code &#xXXXX;}.
   */
  static String escapeMarc8(String value) {
    String s = Normalizer.normalize(value, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(s.length() + 16);
    int i = 0;
    while (i < s.length()) {
      int end = i + Character.charCount(s.codePointAt(i));
      while (end < s.length() && isMark(s.codePointAt(end))) {
        end += Character.charCount(s.codePointAt(end));
      }
      String cluster = s.substring(i, end);
      if (cluster.length() == 1 && cluster.charAt(0) < 0x80) {
        appendAscii(out, cluster.charAt(0), s, end);
      } else if (!appendMarc8Cluster(out, cluster, s, end)) {
        cluster.codePoints().forEach(cp -> out.append(String.format("&#x%04X;", cp)));
      }
      i = end;
    }
    return out.toString();
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  private static void appendAscii(StringBuilder out, char c, String s, int next) {
    switch (c) {
      case '$' -> out.append("{dollar}");
      case '\\' -> out.append("{bsol}");
      case '{' -> out.append("{lcub}");
      case '}' -> out.append("{rcub}");
      case '\u001B' -> out.append("{esc}");
      // An ampersand that would start a character reference is written as a mnemonic, so that text
      // such as "&#x41;" in data is read back as itself.
      case '&' -> out.append(s.startsWith("#x", next) || s.startsWith("#X", next) ? "{amp}" : "&");
      default -> out.append(c);
    }
  }

  // A letter with marks as the longest precomposed head MARC-8 has (ư in ừ) and the rest of its marks.
  private static boolean appendMarc8Cluster(StringBuilder out, String cluster, String s, int next) {
    String nfd = Normalizer.normalize(cluster, Normalizer.Form.NFD);
    int[] cps = nfd.codePoints().toArray();
    for (int head = cps.length; head >= 1; head--) {
      String h = Normalizer.normalize(new String(cps, 0, head), Normalizer.Form.NFC);
      if (h.codePointCount(0, h.length()) != 1) {
        continue;
      }
      int base = h.codePointAt(0);
      String baseText = base < 0x80 ? null : WRITE_BY_CODE_POINT.get(base);
      if (base >= 0x80 && baseText == null) {
        continue;
      }
      StringBuilder marks = new StringBuilder();
      boolean all = true;
      for (int k = head; k < cps.length && all; k++) {
        String m = WRITE_BY_CODE_POINT.get(cps[k]);
        all = m != null && isMark(cps[k]);
        if (all) {
          marks.append(m);
        }
      }
      if (!all) {
        continue;
      }
      out.append(marks);
      if (baseText != null) {
        out.append(baseText);
      } else {
        appendAscii(out, (char) base, s, next);
      }
      return true;
    }
    return false;
  }

  // ---- reading ----

  /**
   * {@code b[from, to)} converted from MARC-8 by the decoder of MARC-8 ISO 2709 records ({@link
   * Marc8Decoder}, LC's code tables), or {@code null} when it is not valid MARC-8 (an undefined code,
   * an unknown or cut escape sequence, a mark with no letter), so that the caller keeps what was
   * written.
   */
  static String marc8(byte[] b, int from, int to) {
    boolean[] failed = {false};
    String s = new Marc8Decoder().decode(b, from, to, (index, problem, value) -> failed[0] = true);
    return failed[0] ? null : s;
  }

  /** Fixed-length data: backslashes are blanks, then the mnemonics. */
  static String decodeFixed(String s, boolean marc8Record, String path, ReadContext ctx) {
    return decode(s.replace('\\', ' '), marc8Record, path, ctx);
  }

  /**
   * The Unicode text of a value as written in a .mrk file; issues go to {@code ctx} under {@code path}.
   * {@code marc8Record}: the record's Leader/09 is blank, so {@code &#xXXXX;} is a character.
   */
  static String decode(String s, boolean marc8Record, String path, ReadContext ctx) {
    if (!needsDecoding(s, marc8Record)) {
      return s;
    }
    return new Decoder(s, marc8Record, path, ctx).run();
  }

  private static boolean needsDecoding(String s, boolean marc8Record) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '\u001B' || marc8Record && c == '&') {
        return true;
      }
    }
    return false;
  }

  /** One value's decoding: runs of MARC-8 bytes (ASCII and mnemonics) between literal characters. */
  private static final class Decoder {
    private final String s;
    private final boolean marc8Record;
    private final String path;
    private final ReadContext ctx;
    private final StringBuilder out;
    private byte[] run = new byte[64];
    // the index in s of the token each byte of the run was read from, and the end of the last token
    private int[] source = new int[64];
    private int runLength;
    private int runEnd;
    private boolean escapeReported;

    Decoder(String s, boolean marc8Record, String path, ReadContext ctx) {
      this.s = s;
      this.marc8Record = marc8Record;
      this.path = path;
      this.ctx = ctx;
      this.out = new StringBuilder(s.length());
    }

    String run() {
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '{') {
          i = brace(i);
        } else if (c == '&' && marc8Record && characterReference(i) > 0) {
          int end = characterReference(i);
          literal(new String(Character.toChars(Integer.parseInt(s.substring(i + 3, end - 1), 16))));
          i = end;
        } else if (c == '\u001B' || c >= 0x20 && c < 0x7F) {
          add(new byte[] {(byte) c}, i, i + 1);
          i++;
        } else {
          int cp = s.codePointAt(i);
          literal(new String(Character.toChars(cp)));
          i += Character.charCount(cp);
        }
      }
      flush();
      return out.toString();
    }

    private int brace(int i) {
      int close = s.indexOf('}', i + 1);
      String inner = close > i && close - i <= 33 ? s.substring(i + 1, close) : null;
      if (inner != null && inner.indexOf('{') >= 0) {
        inner = null; // "{{dollar}": the first brace is alone, the mnemonic after it is read
      }
      Mnemonic m = inner == null ? null : BY_NAME.get(inner);
      if (m != null && (m.use() == Use.READ || m.use() == Use.WRITE)) {
        add(m.marc8(), i, close + 1);
        return close + 1;
      }
      if (m != null && m.use() == Use.SUBSTITUTE) {
        literal(m.unicode());
        return close + 1;
      }
      int cp = inner == null ? -1 : unicodeEscape(inner);
      if (cp >= 0) {
        literal(new String(Character.toChars(cp)));
        return close + 1;
      }
      // Not a mnemonic of LC's list (or one with no character): kept as written, never guessed.
      String text = inner == null ? "{" : "{" + inner + "}";
      flush();
      out.append(text);
      ctx.report(m == null ? "MRK_MNEMONIC_UNKNOWN" : "MRK_MNEMONIC_NO_CHARACTER", Severity.WARNING, path, path, text);
      return i + text.length();
    }

    // {U+XXXX}: a code point, 4 to 6 hex digits, not a surrogate.
    private static int unicodeEscape(String inner) {
      if (inner.length() < 6 || inner.length() > 8 || !inner.startsWith("U+")) {
        return -1;
      }
      for (int k = 2; k < inner.length(); k++) {
        if (Character.digit(inner.charAt(k), 16) < 0) {
          return -1;
        }
      }
      int cp = Integer.parseInt(inner.substring(2), 16);
      return cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF || cp < 0x20 ? -1 : cp;
    }

    // The end of "&#xXXXX;" (1 to 6 hex digits, a Unicode scalar value) starting at i, or -1.
    private int characterReference(int i) {
      if (!s.startsWith("&#x", i) && !s.startsWith("&#X", i)) {
        return -1;
      }
      int k = i + 3;
      while (k < s.length() && k - i - 3 < 7 && Character.digit(s.charAt(k), 16) >= 0) {
        k++;
      }
      int digits = k - i - 3;
      if (digits < 1 || digits > 6 || k >= s.length() || s.charAt(k) != ';') {
        return -1;
      }
      int cp = Integer.parseInt(s.substring(i + 3, k), 16);
      return cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF ? -1 : k + 1;
    }

    private void add(byte[] bytes, int at, int end) {
      if (runLength + bytes.length > run.length) {
        int size = Math.max(run.length * 2, runLength + bytes.length);
        run = java.util.Arrays.copyOf(run, size);
        source = java.util.Arrays.copyOf(source, size);
      }
      System.arraycopy(bytes, 0, run, runLength, bytes.length);
      java.util.Arrays.fill(source, runLength, runLength + bytes.length, at);
      runLength += bytes.length;
      runEnd = end;
    }

    /** A character as it is (raw text, a code point, a substitute): it ends the MARC-8 run before it. */
    private void literal(String text) {
      // MARC-8 marks written before a literal letter ("{acute}ư" in a UTF-8 file) go after it, as
      // they would after a MARC-8 letter.
      int marks = 0;
      while (marks < runLength && COMBINING_BY_BYTE.containsKey(run[runLength - 1 - marks] & 0xFF)) {
        marks++;
      }
      if (marks == 0 || hasByte(run, runLength, (byte) 0x1B)) {
        flush();
        out.append(text);
        return;
      }
      StringBuilder after = new StringBuilder();
      for (int k = runLength - marks; k < runLength; k++) {
        after.append(COMBINING_BY_BYTE.get(run[k] & 0xFF));
      }
      runEnd = source[runLength - marks];
      runLength -= marks;
      flush();
      out.append(text).append(after);
    }

    /** Converts the run so far from MARC-8; on any error keeps the text it was read from. */
    private void flush() {
      int length = runLength;
      runLength = 0;
      if (length == 0) {
        return;
      }
      byte[] bytes = java.util.Arrays.copyOf(run, length);
      boolean plain = true;
      for (byte b : bytes) {
        plain &= b >= 0x20 && b < 0x7F;
      }
      if (plain) {
        out.append(new String(bytes, StandardCharsets.US_ASCII));
        return;
      }
      String converted = marc8(bytes, 0, length);
      if (converted == null) {
        String text = s.substring(source[0], runEnd);
        out.append(text);
        ctx.report("MRK_MARC8_INVALID", Severity.WARNING, path, path, text);
        return;
      }
      if (!marc8Record && !escapeReported && hasByte(bytes, length, (byte) 0x1B)) {
        escapeReported = true;
        ctx.report("MRK_MARC8_ESCAPE", Severity.WARNING, path, path);
      }
      out.append(converted);
    }

    private static boolean hasByte(byte[] bytes, int length, byte v) {
      for (int k = 0; k < length; k++) {
        if (bytes[k] == v) {
          return true;
        }
      }
      return false;
    }
  }
}
