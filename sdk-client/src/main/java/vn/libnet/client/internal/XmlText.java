package vn.libnet.client.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * A page's bytes as XML 1.0 text a parser accepts: a byte sequence that is not UTF-8 becomes U+FFFD and a
 * character XML 1.0 forbids (a C0 control other than tab, newline and return, U+FFFE, U+FFFF, a lone
 * surrogate) is dropped, so that one bad record does not cost the page. Where each repair was made (an
 * offset in {@link #text()}) is kept, so the record it fell in can carry an issue. Internal: not part of the
 * SDK's API.
 */
public final class XmlText {
  /** What a repair was. */
  public enum Fix { BAD_UTF8, INVALID_CHAR }

  private final String text;
  private final int[] offsets;
  private final Fix[] fixes;

  private XmlText(String text, int[] offsets, Fix[] fixes) {
    this.text = text;
    this.offsets = offsets;
    this.fixes = fixes;
  }

  /** Decodes {@code bytes} as UTF-8 (the only encoding of OAI-PMH, and the one SRU servers send), a leading byte-order mark dropped. */
  public static XmlText of(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer decoded = CharBuffer.allocate(bytes.length + 1);
    StringBuilder out = new StringBuilder(bytes.length);
    Repairs repairs = new Repairs();
    while (true) {
      CoderResult r = decoder.decode(in, decoded, true);
      decoded.flip();
      append(decoded, out, repairs);
      decoded.clear();
      if (r.isError()) {
        repairs.add(out.length(), Fix.BAD_UTF8);
        out.append('\uFFFD');
        in.position(in.position() + r.length());
      } else if (r.isUnderflow()) {
        break;
      }
    }
    decoder.flush(decoded);
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.deleteCharAt(0);
      repairs.shift();
    }
    return new XmlText(out.toString(), Arrays.copyOf(repairs.offsets, repairs.size), Arrays.copyOf(repairs.fixes, repairs.size));
  }

  private static void append(CharBuffer chars, StringBuilder out, Repairs repairs) {
    while (chars.hasRemaining()) {
      char c = chars.get();
      if (Character.isHighSurrogate(c) && chars.hasRemaining() && Character.isLowSurrogate(chars.get(chars.position()))) {
        out.append(c).append(chars.get());
      } else if (allowed(c)) {
        out.append(c);
      } else {
        repairs.add(out.length(), Fix.INVALID_CHAR);
      }
    }
  }

  private static boolean allowed(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
  }

  /** The repaired text. */
  public String text() {
    return text;
  }

  /** How many repairs of {@code kind} lie in {@code [from, to)}. */
  public int count(Fix kind, long from, long to) {
    // Offsets are ascending: find the first at or after from, then count up to to.
    int i = Arrays.binarySearch(offsets, (int) Math.min(from, Integer.MAX_VALUE));
    if (i < 0) {
      i = -i - 1;
    }
    while (i > 0 && offsets[i - 1] >= from) {
      i--;
    }
    int n = 0;
    for (; i < offsets.length && offsets[i] < to; i++) {
      if (fixes[i] == kind) {
        n++;
      }
    }
    return n;
  }

  /**
   * The warnings for the repairs in {@code [from, to)}, the item {@code subject} named in them: {@code
   * <prefix>_BAD_UTF8} and {@code <prefix>_INVALID_XML_CHAR} (the catalogue's keys), each with the item and
   * the count; none when nothing was repaired there.
   */
  public List<ValidationIssue> issues(long from, long to, String prefix, String subject, Locale locale) {
    List<ValidationIssue> issues = new ArrayList<>(2);
    if (offsets.length == 0) {
      return issues;
    }
    int utf8 = count(Fix.BAD_UTF8, from, to);
    int invalid = count(Fix.INVALID_CHAR, from, to);
    if (utf8 > 0) {
      issues.add(ValidationIssue.of(prefix + "_BAD_UTF8", Severity.WARNING, "record", locale, subject, utf8));
    }
    if (invalid > 0) {
      issues.add(ValidationIssue.of(prefix + "_INVALID_XML_CHAR", Severity.WARNING, "record", locale, subject, invalid));
    }
    return issues;
  }

  /** How many repairs there were in all. */
  public int repairs() {
    return offsets.length;
  }

  private static final class Repairs {
    int[] offsets = new int[4];
    Fix[] fixes = new Fix[4];
    int size;

    void add(int offset, Fix fix) {
      if (size == offsets.length) {
        offsets = Arrays.copyOf(offsets, size * 2);
        fixes = Arrays.copyOf(fixes, size * 2);
      }
      offsets[size] = offset;
      fixes[size++] = fix;
    }

    void shift() {
      for (int i = 0; i < size; i++) {
        offsets[i] = Math.max(0, offsets[i] - 1);
      }
    }
  }
}
