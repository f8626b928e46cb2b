package vn.libnet.core.signature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structured Field Values for HTTP (RFC 8941), as far as message signatures need them: parsing of
 * dictionaries, lists and items with their parameters, strictly by the RFC's algorithms, and canonical
 * serialisation. Values are {@link Long} (integer), {@link BigDecimal} (decimal), {@link String}
 * (string), {@link Token}, {@code byte[]} (byte sequence) and {@link Boolean}.
 */
final class StructuredFields {
  private StructuredFields() {}

  /** A token (an unquoted identifier such as {@code sha-256}). */
  record Token(String value) {
    @Override
    public String toString() {
      return value;
    }
  }

  /** An item: a bare value with parameters. */
  record Item(Object value, Map<String, Object> params) {}

  /** An inner list: items with parameters of their own, and parameters of the list. */
  record InnerList(List<Item> items, Map<String, Object> params) {}

  /** Thrown for text that is not a valid structured field. */
  static final class ParseException extends IllegalArgumentException {
    ParseException(String message, String input, int at) {
      // A hostile field can be huge: quote only the neighbourhood of the fault.
      super(message + " at position " + at + " of \"" + excerpt(input, at) + "\"");
    }
  }

  /** Thrown when a dictionary has more members than the caller allows. */
  static final class TooManyMembersException extends IllegalArgumentException {
    TooManyMembersException(int max) {
      super("more than " + max + " members");
    }
  }

  private static String excerpt(String input, int at) {
    if (input.length() <= 80) {
      return input;
    }
    int from = Math.max(0, Math.min(at, input.length()) - 40);
    int to = Math.min(input.length(), from + 80);
    return (from > 0 ? "…" : "") + input.substring(from, to) + (to < input.length() ? "…" : "");
  }

  // ---- parsing ------------------------------------------------------------------------------

  static Map<String, Object> parseDictionary(String input) {
    return parseDictionary(input, Integer.MAX_VALUE);
  }

  /** A dictionary of at most {@code maxMembers} members; parsing stops at the first one over. */
  static Map<String, Object> parseDictionary(String input, int maxMembers) {
    Parser p = new Parser(input);
    Map<String, Object> dict = new LinkedHashMap<>();
    p.skipSp();
    int members = 0;
    while (!p.end()) {
      if (++members > maxMembers) {
        throw new TooManyMembersException(maxMembers);
      }
      String key = p.key();
      Object member;
      if (p.peek() == '=') {
        p.pos++;
        member = p.itemOrInnerList();
      } else {
        member = new Item(Boolean.TRUE, p.params());
      }
      dict.put(key, member);
      if (!p.nextMember()) {
        break;
      }
    }
    return dict;
  }

  static List<Object> parseList(String input) {
    Parser p = new Parser(input);
    List<Object> list = new ArrayList<>();
    p.skipSp();
    while (!p.end()) {
      list.add(p.itemOrInnerList());
      if (!p.nextMember()) {
        break;
      }
    }
    return list;
  }

  static Item parseItem(String input) {
    Parser p = new Parser(input);
    p.skipSp();
    Item item = p.item();
    p.skipSp();
    if (!p.end()) {
      throw p.fail("unexpected characters after the item");
    }
    return item;
  }

  static InnerList parseInnerList(String input) {
    Parser p = new Parser(input);
    p.skipSp();
    if (p.peek() != '(') {
      throw p.fail("expected an inner list");
    }
    InnerList list = p.innerList();
    p.skipSp();
    if (!p.end()) {
      throw p.fail("unexpected characters after the inner list");
    }
    return list;
  }

  private static final class Parser {
    final String s;
    int pos;

    Parser(String s) {
      this.s = s;
      // leading and trailing spaces are discarded before parsing (RFC 8941 §4.2)
      int end = s.length();
      while (end > 0 && s.charAt(end - 1) == ' ') {
        end--;
      }
      this.limit = end;
    }

    final int limit;

    boolean end() {
      return pos >= limit;
    }

    char peek() {
      return end() ? '\0' : s.charAt(pos);
    }

    ParseException fail(String why) {
      return new ParseException(why, s, pos);
    }

    void expect(char c) {
      if (peek() != c) {
        throw fail("expected '" + c + "'");
      }
      pos++;
    }

    void skipSp() {
      while (!end() && s.charAt(pos) == ' ') {
        pos++;
      }
    }

    /**
     * After a member of a list or dictionary: true when a comma and another member follow, false at the
     * end; a trailing comma is an error (RFC 8941 §4.2.1).
     */
    boolean nextMember() {
      skipOws();
      if (end()) {
        return false;
      }
      expect(',');
      skipOws();
      if (end()) {
        throw fail("trailing comma");
      }
      return true;
    }

    void skipOws() {
      while (!end() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
        pos++;
      }
    }

    Object itemOrInnerList() {
      return peek() == '(' ? innerList() : item();
    }

    InnerList innerList() {
      expect('(');
      List<Item> items = new ArrayList<>();
      while (!end()) {
        skipSp();
        if (peek() == ')') {
          pos++;
          return new InnerList(items, params());
        }
        items.add(item());
        char c = peek();
        if (c != ' ' && c != ')') {
          throw fail("expected a space or ')' in an inner list");
        }
      }
      throw fail("unterminated inner list");
    }

    Item item() {
      Object value = bareItem();
      return new Item(value, params());
    }

    Map<String, Object> params() {
      Map<String, Object> params = new LinkedHashMap<>();
      while (peek() == ';') {
        pos++;
        skipSp();
        String key = key();
        Object value = Boolean.TRUE;
        if (peek() == '=') {
          pos++;
          value = bareItem();
        }
        params.put(key, value);
      }
      return params;
    }

    String key() {
      char c = peek();
      if (!(c >= 'a' && c <= 'z' || c == '*')) {
        throw fail("a key starts with a lower-case letter or '*'");
      }
      int start = pos;
      while (!end()) {
        c = s.charAt(pos);
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == '*') {
          pos++;
        } else {
          break;
        }
      }
      return s.substring(start, pos);
    }

    Object bareItem() {
      char c = peek();
      if (c == '-' || c >= '0' && c <= '9') {
        return number();
      }
      if (c == '"') {
        return string();
      }
      if (c == '*' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
        return token();
      }
      if (c == ':') {
        return bytes();
      }
      if (c == '?') {
        pos++;
        char b = peek();
        if (b != '0' && b != '1') {
          throw fail("a boolean is ?0 or ?1");
        }
        pos++;
        return b == '1';
      }
      throw fail("unexpected character '" + c + "'");
    }

    Object number() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (!Character.isDigit(peek())) {
        throw fail("a number needs a digit");
      }
      boolean decimal = false;
      while (!end()) {
        char c = s.charAt(pos);
        if (Character.isDigit(c)) {
          pos++;
        } else if (c == '.' && !decimal) {
          decimal = true;
          pos++;
        } else {
          break;
        }
      }
      String text = s.substring(start, pos);
      String digits = text.startsWith("-") ? text.substring(1) : text;
      if (decimal) {
        int dot = digits.indexOf('.');
        if (dot > 12 || digits.length() - dot - 1 < 1 || digits.length() - dot - 1 > 3) {
          throw fail("a decimal has at most 12 integer and 1 to 3 fraction digits");
        }
        return new BigDecimal(text);
      }
      if (digits.length() > 15) {
        throw fail("an integer has at most 15 digits");
      }
      return Long.parseLong(text);
    }

    String string() {
      expect('"');
      StringBuilder out = new StringBuilder();
      while (!end()) {
        char c = s.charAt(pos++);
        if (c == '\\') {
          char next = peek();
          if (next != '"' && next != '\\') {
            throw fail("only \\\" and \\\\ are escapes in a string");
          }
          out.append(next);
          pos++;
        } else if (c == '"') {
          return out.toString();
        } else if (c < 0x20 || c > 0x7E) {
          throw fail("strings hold visible ASCII only");
        } else {
          out.append(c);
        }
      }
      throw fail("unterminated string");
    }

    Token token() {
      int start = pos;
      pos++;
      while (!end()) {
        char c = s.charAt(pos);
        if (isTchar(c) || c == ':' || c == '/') {
          pos++;
        } else {
          break;
        }
      }
      return new Token(s.substring(start, pos));
    }

    byte[] bytes() {
      expect(':');
      int start = pos;
      while (!end() && s.charAt(pos) != ':') {
        char c = s.charAt(pos);
        if (!(Character.isLetterOrDigit(c) && c < 0x80 || c == '+' || c == '/' || c == '=')) {
          throw fail("not base64");
        }
        pos++;
      }
      if (end()) {
        throw fail("unterminated byte sequence");
      }
      String b64 = s.substring(start, pos);
      pos++;
      try {
        return Base64.getDecoder().decode(b64);
      } catch (IllegalArgumentException e) {
        throw fail("not base64: " + e.getMessage());
      }
    }

    private static boolean isTchar(char c) {
      return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
    }
  }

  // ---- serialisation ------------------------------------------------------------------------

  static String serialize(Object member) {
    StringBuilder sb = new StringBuilder();
    writeMember(sb, member);
    return sb.toString();
  }

  static String serializeDictionary(Map<String, Object> dict) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Object> e : dict.entrySet()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(e.getKey());
      if (e.getValue() instanceof Item item && Boolean.TRUE.equals(item.value())) {
        writeParams(sb, item.params());
      } else {
        sb.append('=');
        writeMember(sb, e.getValue());
      }
    }
    return sb.toString();
  }

  static String serializeList(List<Object> list) {
    StringBuilder sb = new StringBuilder();
    for (Object m : list) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      writeMember(sb, m);
    }
    return sb.toString();
  }

  private static void writeMember(StringBuilder sb, Object member) {
    if (member instanceof InnerList list) {
      sb.append('(');
      for (int i = 0; i < list.items().size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        writeItem(sb, list.items().get(i));
      }
      sb.append(')');
      writeParams(sb, list.params());
    } else {
      writeItem(sb, (Item) member);
    }
  }

  static void writeItem(StringBuilder sb, Item item) {
    writeBare(sb, item.value());
    writeParams(sb, item.params());
  }

  static void writeParams(StringBuilder sb, Map<String, Object> params) {
    for (Map.Entry<String, Object> p : params.entrySet()) {
      sb.append(';').append(p.getKey());
      if (!Boolean.TRUE.equals(p.getValue())) {
        sb.append('=');
        writeBare(sb, p.getValue());
      }
    }
  }

  static void writeBare(StringBuilder sb, Object v) {
    if (v instanceof Long || v instanceof Integer) {
      sb.append(v);
    } else if (v instanceof BigDecimal d) {
      BigDecimal r = d.setScale(Math.min(3, Math.max(1, d.stripTrailingZeros().scale())), java.math.RoundingMode.HALF_EVEN);
      sb.append(r.toPlainString());
    } else if (v instanceof String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 0x20 || c > 0x7E) {
          throw new IllegalArgumentException("A structured-field string holds visible ASCII only: " + s);
        }
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
      sb.append('"');
    } else if (v instanceof Token t) {
      sb.append(t.value());
    } else if (v instanceof byte[] b) {
      sb.append(':').append(Base64.getEncoder().encodeToString(b)).append(':');
    } else if (v instanceof Boolean b) {
      sb.append(b ? "?1" : "?0");
    } else {
      throw new IllegalArgumentException("Not a structured-field value: " + v);
    }
  }
}
