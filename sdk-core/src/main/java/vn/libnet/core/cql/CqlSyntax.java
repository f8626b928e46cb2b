package vn.libnet.core.cql;

import java.util.List;
import java.util.Objects;

/** The lexical rules the parser, the tree's checks and the serializer share. */
final class CqlSyntax {
  static final List<String> COMPARISONS = List.of("=", "==", "<", ">", "<=", ">=", "<>");

  private CqlSyntax() {}

  /** A character that ends a simple (unquoted) string: white space, ( ) = < > " and /. */
  static boolean isSpecial(char c) {
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == '=' || c == '<' || c == '>' || c == '"'
        || c == '/';
  }

  /** and, or, not, prox and sortBy, in any case (ASCII only: no locale folds "ſ" into "s"). */
  static boolean isKeyword(String word) {
    if (word.length() > 6) {
      return false;
    }
    String w = asciiLower(word);
    return w.equals("and") || w.equals("or") || w.equals("not") || w.equals("prox") || w.equals("sortby");
  }

  static String asciiLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }

  /** Whether {@code raw} reads back as one simple string: not empty, specials only after a backslash. */
  static boolean isSimpleString(String raw) {
    if (raw.isEmpty()) {
      return false;
    }
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        if (++i == raw.length()) {
          return false;
        }
      } else if (isSpecial(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code raw} can stand between double quotes: every quote escaped, no backslash at the end. */
  static boolean isQuotable(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\') {
        if (++i == raw.length()) {
          return false;
        }
      } else if (c == '"') {
        return false;
      }
    }
    return true;
  }

  /** An index, modifier or prefix name: CQL 1.2 allows a quoted one, so any text a term could be. */
  static String name(String value, String what) {
    Objects.requireNonNull(value, what);
    if (!isQuotable(value)) {
      throw new IllegalArgumentException(what + " has an unescaped \" or a trailing \\: " + value);
    }
    return value;
  }

  /** A named relation: a simple string that is not a keyword. */
  static String relationName(String value) {
    if (!isSimpleString(value) || isKeyword(value)) {
      throw new IllegalArgumentException("not a CQL relation: " + value);
    }
    return value;
  }

  static String comparison(String value) {
    if (!COMPARISONS.contains(value)) {
      throw new IllegalArgumentException("not a CQL comparison symbol: " + value);
    }
    return value;
  }
}
