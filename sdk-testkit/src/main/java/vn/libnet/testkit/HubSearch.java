package vn.libnet.testkit;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import vn.libnet.core.cql.CqlBooleanClause;
import vn.libnet.core.cql.CqlClause;
import vn.libnet.core.cql.CqlLimits;
import vn.libnet.core.cql.CqlParser;
import vn.libnet.core.cql.CqlPrefixedClause;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSearchClause;
import vn.libnet.core.cql.CqlSyntaxException;
import vn.libnet.core.cql.CqlTerm;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.text.VietnameseText;

/**
 * The hub's catalogue search: a CQL query, parsed by sdk-core's full CQL 1.2 parser ({@link CqlParser}),
 * matched against each record's folded indexes. Clauses {@code index relation term} with the relations
 * {@code =} (a phrase for several words), {@code ==} and {@code exact}, {@code any} and {@code all}; a bare
 * term searches every index; {@code and}, {@code or}, {@code not} and parentheses; prefix assignments. A
 * term may end in {@code *} (its words' beginnings). Indexes: {@code title}, {@code author} ({@code
 * creator}), {@code isbn} ({@code identifier}), {@code subject}, {@code year} ({@code date}), {@code
 * holder}, {@code anywhere} ({@code serverChoice}, {@code keywords}), with any context-set prefix ({@code
 * dc.title}). Terms are compared folded (Vietnamese diacritics and đ ignored). What the hub does not do
 * ({@code prox}, {@code sortBy}, other masks, another index or relation) is refused (400), never ignored.
 *
 * <p>A query is data from anyone: its length, nesting, clause count and term length are bounded ({@link
 * #LIMITS}), so that a hostile query is refused (400, naming the limit in both languages) in time
 * proportional to the limit, and neither the parse nor the match of a query that passes can exhaust the stack.
 */
final class HubSearch {
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
  /** How deep parentheses nest at most. */
  static final int MAX_DEPTH = 32;
  /** How many clauses (index, relation, term; or a bare term) a query has at most. */
  static final int MAX_CLAUSES = 128;
  /** The hub's bounds on a query: 4,096 characters, 32 levels, 128 clauses, 256 characters a term. */
  static final CqlLimits LIMITS = new CqlLimits(4096, MAX_DEPTH, MAX_CLAUSES, 256, 8);
  private static final CqlParser PARSER = CqlParser.withLimits(LIMITS);

  private HubSearch() {}

  static Predicate<Doc> parse(String query) {
    CqlQuery q;
    try {
      q = PARSER.parse(query == null ? "" : query);
    } catch (CqlSyntaxException e) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual(e.messageKey(), e.arguments().toArray(new String[0])));
    }
    if (!q.sortKeys().isEmpty()) {
      throw unsupported("HUB_CQL_SORT_UNSUPPORTED");
    }
    return compile(q.clause(), 0);
  }

  // The parser bounds the depth to MAX_DEPTH, and so this recursion.
  private static Predicate<Doc> compile(CqlClause c, int depth) {
    if (c instanceof CqlPrefixedClause p) {
      return compile(p.clause(), depth + 1);
    }
    if (c instanceof CqlBooleanClause b) {
      Predicate<Doc> left = compile(b.left(), depth + 1);
      Predicate<Doc> right = compile(b.right(), depth + 1);
      return switch (b.operator()) {
        case AND -> left.and(right);
        case OR -> left.or(right);
        case NOT -> left.and(right.negate());
        case PROX -> throw unsupported("HUB_CQL_PROX_UNSUPPORTED");
      };
    }
    CqlSearchClause s = (CqlSearchClause) c;
    String index = s.effectiveIndex().toLowerCase(Locale.ROOT).replaceFirst("^[^.]*\\.", "");
    if (!INDEXES.contains(index)) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual("HUB_CQL_INDEX_UNKNOWN", HubTexts.echo(s.effectiveIndex())));
    }
    String relation = s.isBareTerm() ? "all" : s.effectiveRelation().name().toLowerCase(Locale.ROOT);
    if (!Set.of("=", "==", "exact", "any", "all", "adj").contains(relation)) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual("HUB_CQL_RELATION_UNKNOWN", relation));
    }
    String term = s.term().text();
    boolean truncated = false;
    if (s.term().hasMasks()) {
      String raw = s.term().raw();
      if (!raw.endsWith("*") || new CqlTerm(raw.substring(0, raw.length() - 1)).hasMasks() || raw.length() == 1) {
        throw unsupported("HUB_CQL_MASK_UNSUPPORTED");
      }
      truncated = true;
      term = term.substring(0, term.length() - 1);
    }
    return matcher(index, relation.equals("==") ? "exact" : relation.equals("adj") ? "=" : relation, term, truncated);
  }

  private static Answer.Refusal unsupported(String key) {
    return new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual(key));
  }

  private static Predicate<Doc> matcher(String index, String relation, String term, boolean truncated) {
    String folded = VietnameseText.fold(term);
    List<String> words = folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    Field f = Field.of(index);
    if (truncated) {
      // "Nguyễn Du*": every word but the last whole, the last one's beginning.
      String last = words.isEmpty() ? "" : words.get(words.size() - 1);
      List<String> whole = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
      return d -> d.words(f).containsAll(whole) && d.words(f).stream().anyMatch(w -> w.startsWith(last));
    }
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

}
