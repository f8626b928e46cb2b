package vn.libnet.core.id;

import java.text.Normalizer;

/** Clean-up of identifiers as people type them: shared by ISBN, ISSN and ISIL parsing. */
final class IdentifierText {
  private IdentifierText() {}

  /** NFKC (full-width digits become ASCII), dashes of every kind become '-', spaces of every kind ' '. */
  static String clean(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u00AD') {
        continue; // soft hyphen: invisible, pasted from word processors
      }
      if (c >= '\u2010' && c <= '\u2015' || c == '\u2212') {
        out.append('-');
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString().trim();
  }

  /**
   * Removes a leading label such as "ISBN", "ISBN-13:", "isbn 10" or "ISSN:" (case-insensitive).
   * The optional "-10"/"-13" is only taken when a separator follows it, so "ISBN 1043..." keeps its digits.
   */
  static String stripLabel(String s, String label) {
    if (!s.regionMatches(true, 0, label, 0, label.length())) {
      return s;
    }
    String rest = s.substring(label.length());
    rest = rest.replaceFirst("^[- ]?(10|13)(?=[: ])", "");
    rest = rest.replaceFirst("^ *:? *", "");
    return rest;
  }
}
