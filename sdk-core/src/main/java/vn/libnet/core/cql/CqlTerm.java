package vn.libnet.core.cql;

import java.util.Objects;

/**
 * A search term, modifier value or context set URI as CQL writes it: {@link #raw()} is the text
 * between the quotes (or the simple string), with its backslash escapes, so that {@code *}, {@code ?}
 * and {@code ^} written bare are masking characters and {@code \*}, {@code \?}, {@code \^} stand for
 * themselves. {@link #text()} removes the escapes, {@link #hasMasks()} says whether a bare mask is
 * there.
 *
 * <p>Build one from program text with {@link #literal(String)} (every character stands for itself,
 * Vietnamese included) or {@link #pattern(String)} (masks kept); {@link #of(String)} takes CQL's own
 * escaped form.
 *
 * @param raw the term as written between quotes, escapes included
 */
public record CqlTerm(String raw) {

  /**
   * A term in CQL's escaped form.
   *
   * @throws NullPointerException when {@code raw} is null
   * @throws IllegalArgumentException when it holds an unescaped double quote or ends in a lone
   *     backslash
   */
  public CqlTerm {
    Objects.requireNonNull(raw, "raw");
    if (!CqlSyntax.isQuotable(raw)) {
      throw new IllegalArgumentException("not a CQL term (an unescaped \" or a trailing \\): " + raw);
    }
  }

  /** The term in CQL's escaped form; the same as the constructor. */
  public static CqlTerm of(String raw) {
    return new CqlTerm(raw);
  }

  /**
   * A term that matches {@code text} exactly: backslashes, quotes and the masking characters {@code *
   * ? ^} are escaped.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static CqlTerm literal(String text) {
    return new CqlTerm(escape(text, "\\\"*?^"));
  }

  /**
   * A term whose {@code *}, {@code ?} and {@code ^} are masking characters; backslashes and quotes are
   * escaped, so they stand for themselves.
   *
   * @throws NullPointerException when {@code text} is null
   */
  public static CqlTerm pattern(String text) {
    return new CqlTerm(escape(text, "\\\""));
  }

  /** The term without its escapes: {@code a\*b} gives {@code a*b}, as does {@code a*b}. */
  public String text() {
    if (raw.indexOf('\\') < 0) {
      return raw;
    }
    StringBuilder b = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      b.append(c == '\\' ? raw.charAt(++i) : c);
    }
    return b.toString();
  }

  /** Whether the term has an unescaped masking character ({@code *}, {@code ?} or {@code ^}). */
  public boolean hasMasks() {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '*' || c == '?' || c == '^') {
        return true;
      }
    }
    return false;
  }

  /** Whether the term is the empty string ({@code ""}). */
  public boolean isEmpty() {
    return raw.isEmpty();
  }

  /** The term as the canonical query writes it: bare when it can be, otherwise between quotes. */
  @Override
  public String toString() {
    return CqlWriter.term(this);
  }

  private static String escape(String text, String special) {
    Objects.requireNonNull(text, "text");
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (special.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
