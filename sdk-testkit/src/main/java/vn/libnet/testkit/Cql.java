package vn.libnet.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.text.VietnameseText;

/**
 * The part of CQL (SRU 2.0, Contextual Query Language) the test hub's search understands: clauses {@code
 * index relation term} with the relations {@code =}, {@code any}, {@code all} and {@code exact}, a bare
 * term (any index), {@code and}, {@code or}, {@code not} and parentheses. Indexes: {@code title}, {@code
 * author}, {@code isbn}, {@code subject}, {@code year}, {@code holder}, {@code anywhere} ({@code cql.} and
 * {@code dc.} prefixes are accepted). Terms are compared folded (Vietnamese diacritics and đ ignored).
 * A query it cannot read is refused with the position of the problem.
 *
 * <p>A query is data from anyone: its length, the nesting of its parentheses, its number of clauses and
 * the length of each term are bounded ({@link #MAX_QUERY_CHARS}, {@link #MAX_DEPTH}, {@link
 * #MAX_CLAUSES}, {@link #MAX_TERM_CHARS}), each checked as soon as it is exceeded, so that a hostile query
 * is refused (400, naming the limit in both languages) in time proportional to the limit, and neither
 * the parse nor the match of a query that passes can exhaust the stack.
 */
final class Cql {
  /** What a query is matched against: each index folded once, as text and as a set of words. */
  static final class Doc {
    // By field, so that matching a document is an array read, not a map lookup by name.
    private final String[] text = new String[Field.values().length];
    @SuppressWarnings("unchecked")
    private final Set<String>[] words = new Set[Field.values().length];

    static Doc of(String title, String author, Set<String> isbns, String subject, String year, Set<String> holders) {
      Doc d = new Doc();
      d.put(Field.TITLE, title);
      d.put(Field.AUTHOR, author);
      d.put(Field.ISBN, String.join(" ", isbns));
      d.put(Field.SUBJECT, subject);
      d.put(Field.YEAR, year);
      d.put(Field.HOLDER, String.join(" ", holders));
      // An ISIL is one token, whatever its hyphens fold to: holder = VN-HaNoi-TVHN is one set lookup.
      d.words[Field.HOLDER.ordinal()] = holders.stream().map(h -> VietnameseText.fold(h == null ? "" : h)).collect(java.util.stream.Collectors.toUnmodifiableSet());
      d.put(Field.ANYWHERE, String.join(" ", title, author, subject, year, String.join(" ", isbns)));
      return d;
    }

    private void put(Field f, String value) {
      String folded = VietnameseText.fold(value == null ? "" : value);
      text[f.ordinal()] = folded;
      words[f.ordinal()] = folded.isEmpty() ? Set.of() : Set.copyOf(java.util.Arrays.asList(folded.split(" ")));
    }

    String text(Field f) {
      return text[f.ordinal()];
    }

    Set<String> words(Field f) {
      return words[f.ordinal()];
    }
  }

  /** The indexes a document has; the query's index names map onto them once, when the query is parsed. */
  enum Field {
    TITLE, AUTHOR, ISBN, SUBJECT, YEAR, HOLDER, ANYWHERE;

    static Field of(String index) {
      switch (index) {
        case "creator":
        case "author":
          return AUTHOR;
        case "date":
        case "year":
          return YEAR;
        case "identifier":
        case "isbn":
          return ISBN;
        case "title":
          return TITLE;
        case "subject":
          return SUBJECT;
        case "holder":
          return HOLDER;
        default:
          return ANYWHERE;
      }
    }
  }

  private static final Set<String> INDEXES =
      Set.of("title", "author", "creator", "subject", "year", "date", "isbn", "identifier", "holder", "anywhere", "serverchoice", "keywords");
  /** The longest query read, in characters; a longer one is refused before it is looked at. */
  static final int MAX_QUERY_CHARS = 4096;
  /** How deep parentheses nest at most. */
  static final int MAX_DEPTH = 32;
  /** How many clauses (index, relation, term; or a bare term) a query has at most. */
  static final int MAX_CLAUSES = 128;
  /** The longest term (or index name), in characters. */
  static final int MAX_TERM_CHARS = 256;

  private final List<String> tokens;
  private int pos;
  private int depth;
  private int clauses;

  private Cql(List<String> tokens) {
    this.tokens = tokens;
  }

  static Predicate<Doc> parse(String query) {
    if (query == null || query.isBlank()) {
      throw bad("The query is empty", 0);
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw limit("HUB_CQL_TOO_LONG", query.length(), MAX_QUERY_CHARS);
    }
    Cql p = new Cql(tokenize(query));
    Predicate<Doc> q = p.or();
    if (p.pos < p.tokens.size()) {
      throw bad("Unexpected \"" + p.tokens.get(p.pos) + "\"", p.pos + 1);
    }
    return q;
  }

  private Predicate<Doc> or() {
    Predicate<Doc> left = and();
    while (peekWord("or")) {
      pos++;
      left = left.or(and());
    }
    return left;
  }

  private Predicate<Doc> and() {
    Predicate<Doc> left = clause();
    while (peekWord("and") || peekWord("not")) {
      boolean not = tokens.get(pos++).equalsIgnoreCase("not");
      Predicate<Doc> right = clause();
      left = not ? left.and(right.negate()) : left.and(right);
    }
    return left;
  }

  private Predicate<Doc> clause() {
    if (pos >= tokens.size()) {
      throw bad("The query ends too early", pos + 1);
    }
    String t = tokens.get(pos);
    if (t.equals("(")) {
      if (++depth > MAX_DEPTH) {
        throw limit("HUB_CQL_TOO_DEEP", MAX_DEPTH, pos + 1);
      }
      pos++;
      Predicate<Doc> inner = or();
      depth--;
      if (pos >= tokens.size() || !tokens.get(pos).equals(")")) {
        throw bad("A \"(\" is not closed", pos + 1);
      }
      pos++;
      return inner;
    }
    if (t.equals(")")) {
      // Never a term: read as one, "( ) and ( ) and (" would nest without a limit.
      throw bad("Unexpected \")\"", pos + 1);
    }
    if (++clauses > MAX_CLAUSES) {
      throw limit("HUB_CQL_TOO_MANY_CLAUSES", MAX_CLAUSES, pos + 1);
    }
    if (pos + 2 < tokens.size() && isRelation(tokens.get(pos + 1))) {
      String index = t.toLowerCase(Locale.ROOT).replaceFirst("^(cql|dc|bath)\\.", "");
      if (!INDEXES.contains(index)) {
        throw bad("Unknown index \"" + t + "\"; use title, author, isbn, subject, year, holder or anywhere", pos + 1);
      }
      String relation = tokens.get(pos + 1).toLowerCase(Locale.ROOT);
      String term = unquote(tokens.get(pos + 2));
      pos += 3;
      return matcher(index, relation, term);
    }
    pos++;
    return matcher("anywhere", "all", unquote(t));
  }

  private static Predicate<Doc> matcher(String index, String relation, String term) {
    String folded = VietnameseText.fold(term);
    List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    Field f = Field.of(index);
    switch (relation) {
      case "exact":
        return d -> d.text(f).equals(folded);
      case "any":
        return d -> words.stream().anyMatch(d.words(f)::contains);
      case "=":
        if (f == Field.HOLDER) {
          return d -> d.words(f).contains(folded);
        }
        if (f != Field.ISBN && f != Field.YEAR && f != Field.HOLDER && words.size() > 1) {
          // A phrase: the words in this order.
          String phrase = " " + folded + " ";
          return d -> (" " + d.text(f) + " ").contains(phrase);
        }
        return all(f, words);
      default:
        return f == Field.HOLDER ? d -> d.words(f).contains(folded) : all(f, words);
    }
  }

  private static Predicate<Doc> all(Field f, List<String> words) {
    if (words.size() == 1) {
      String w = words.get(0);
      return d -> d.words(f).contains(w);
    }
    return d -> d.words(f).containsAll(words);
  }

  private boolean peekWord(String w) {
    return pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(w);
  }

  private static boolean isRelation(String t) {
    return t.equals("=") || t.equals("==") || t.equalsIgnoreCase("any") || t.equalsIgnoreCase("all") || t.equalsIgnoreCase("exact");
  }

  private static String unquote(String t) {
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
  }

  private static List<String> tokenize(String q) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < q.length()) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        out.add(String.valueOf(c));
        i++;
      } else if (c == '"') {
        int end = q.indexOf('"', i + 1);
        if (end < 0) {
          throw bad("A quoted term is not closed", i + 1);
        }
        checkLength(end - i - 1, out.size());
        out.add(q.substring(i, end + 1));
        i = end + 1;
      } else if (c == '=') {
        int j = i + 1 < q.length() && q.charAt(i + 1) == '=' ? i + 2 : i + 1;
        out.add(q.substring(i, j));
        i = j;
      } else {
        int j = i;
        while (j < q.length() && !Character.isWhitespace(q.charAt(j)) && "()=\"".indexOf(q.charAt(j)) < 0) {
          j++;
        }
        checkLength(j - i, out.size());
        out.add(q.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  private static void checkLength(int chars, int tokensBefore) {
    if (chars > MAX_TERM_CHARS) {
      throw limit("HUB_CQL_TERM_TOO_LONG", MAX_TERM_CHARS, tokensBefore + 1);
    }
  }

  // Numbers as text: a limit reads the same in both languages, without a thousands separator.
  private static Answer.Refusal limit(String key, int a, int b) {
    return new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual(key, String.valueOf(a), String.valueOf(b)));
  }

  private static Answer.Refusal bad(String why, int position) {
    return new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", why + " (token " + position + ")");
  }
}
