package vn.libnet.marc.io;

/**
 * The escapes of the mnemonic text form (as MarcEdit writes it): blanks in the leader, control fields
 * and indicators as {@code \}, and in data the characters that would be read as syntax as {@code
 * {dollar}}, {@code {bsol}}, {@code {lcub}} and {@code {rcub}}.
 */
final class Mrk {
  private Mrk() {}

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

  static String unescapeData(String s) {
    if (s.indexOf('{') < 0) {
      return s;
    }
    return s.replace("{dollar}", "$").replace("{bsol}", "\\").replace("{lcub}", "{").replace("{rcub}", "}");
  }

  /** Fixed-length data: blanks written as backslashes, and the data escapes. */
  static String escapeFixed(String s) {
    return escapeData(s).replace(' ', '\\');
  }

  static String unescapeFixed(String s) {
    return unescapeData(s.replace('\\', ' '));
  }
}
