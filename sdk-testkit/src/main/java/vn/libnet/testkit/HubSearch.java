package vn.libnet.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Subject;
import vn.libnet.core.cql.CqlBooleanClause;
import vn.libnet.core.cql.CqlClause;
import vn.libnet.core.cql.CqlLimits;
import vn.libnet.core.cql.CqlOperator;
import vn.libnet.core.cql.CqlParser;
import vn.libnet.core.cql.CqlPrefixedClause;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSearchClause;
import vn.libnet.core.cql.CqlSyntaxException;
import vn.libnet.core.cql.CqlTerm;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.sru.SruDiagnosticCode;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.marc.record.MarcFields;

/**
 * The hub's catalogue search: a CQL query, parsed by sdk-core's full CQL 1.2 parser ({@link CqlParser}),
 * matched against each record's folded indexes. Clauses {@code index relation term} with the relations
 * {@code =} (a phrase for several words), {@code ==} and {@code exact}, {@code any} and {@code all}; a bare
 * term searches every index; {@code and}, {@code or}, {@code not} and parentheses; prefix assignments. A
 * term may end in {@code *} (its words' beginnings). Indexes: {@code title}, {@code author} ({@code
 * creator}), {@code isbn}, {@code issn}, {@code identifier} (either), {@code subject}, {@code year}
 * ({@code date}), {@code holder} (a holder's ISIL), {@code anywhere} ({@code serverChoice}, {@code
 * keywords}), bare or with the prefix of a context set the hub knows ({@link #CONTEXT_SETS}: {@code
 * dc.title}, {@code bath.isbn}, {@code libnet.holder}) or the query assigns. Terms are compared folded
 * (Vietnamese diacritics and đ ignored); {@code cql.allRecords = 1} matches every record. What the hub does not do ({@code prox}, {@code sortBy},
 * modifiers, other masks, an empty term, another index, relation or prefix) is refused, never ignored: 400
 * on the API, the matching diagnostic at {@code /sru} ({@link Unsupported}).
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

    /** The indexes of a catalogue record: from its neutral form, and the holders (852 $a) of its MARC. */
    static Doc of(BibRecord bib, Record rec) {
      String title = bib.titles().stream().map(t -> t.title() + " " + (t.subtitle() == null ? "" : t.subtitle())).collect(Collectors.joining(" "));
      String author = bib.contributors().stream().map(Contributor::name).collect(Collectors.joining(" "));
      Set<String> isbns = identifiers(bib, IdentifierType.ISBN);
      Set<String> issns = identifiers(bib, IdentifierType.ISSN);
      String subject = bib.subjects().stream().map(Subject::term).collect(Collectors.joining(" "));
      String year = bib.publication() == null || bib.publication().year() == null ? "" : String.valueOf(bib.publication().year());
      Set<String> holders = new HashSet<>();
      MarcFields.data(rec, new String[] {"852"}).forEach(f -> {
        Subfield a = f.getSubfield('a');
        holders.add(a == null ? "" : a.getData().strip());
      });
      return of(title, author, isbns, issns, subject, year, holders);
    }

    private static Set<String> identifiers(BibRecord bib, IdentifierType type) {
      return bib.identifiers().stream().filter(i -> i.type() == type).map(Identifier::value).collect(Collectors.toSet());
    }

    static Doc of(String title, String author, Set<String> isbns, Set<String> issns, String subject, String year, Set<String> holders) {
      Doc d = new Doc();
      d.put(Field.TITLE, title);
      d.put(Field.AUTHOR, author);
      d.put(Field.ISBN, String.join(" ", isbns));
      d.put(Field.ISSN, String.join(" ", issns));
      d.put(Field.IDENTIFIER, String.join(" ", isbns) + " " + String.join(" ", issns));
      d.put(Field.SUBJECT, subject);
      d.put(Field.YEAR, year);
      d.put(Field.HOLDER, String.join(" ", holders));
      // An ISIL is one token, whatever its hyphens fold to: holder = VN-HaNoi-TVHN is one set lookup.
      d.words[Field.HOLDER.ordinal()] = holders.stream().map(h -> VietnameseText.fold(h == null ? "" : h)).collect(java.util.stream.Collectors.toUnmodifiableSet());
      d.put(Field.ANYWHERE, String.join(" ", title, author, subject, year, String.join(" ", isbns), String.join(" ", issns)));
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
    TITLE, AUTHOR, ISBN, ISSN, IDENTIFIER, SUBJECT, YEAR, HOLDER, ANYWHERE;

    static Field of(String index) {
      switch (index) {
        case "creator":
        case "author":
          return AUTHOR;
        case "date":
        case "year":
          return YEAR;
        case "identifier":
          return IDENTIFIER;
        case "isbn":
          return ISBN;
        case "issn":
          return ISSN;
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

  /** The context sets whose prefixes the hub knows without an assignment: dc, bath, cql and its own, libnet. */
  static final Set<String> CONTEXT_SETS = Set.of("dc", "bath", "cql", "libnet");
  private static final Set<String> INDEXES =
      Set.of("title", "author", "creator", "subject", "year", "date", "isbn", "issn", "identifier", "holder", "anywhere", "serverchoice",
          "keywords");
  /** How deep parentheses nest at most. */
  static final int MAX_DEPTH = 32;
  /** How many clauses (index, relation, term; or a bare term) a query has at most. */
  static final int MAX_CLAUSES = 128;
  /** The hub's bounds on a query: 4,096 characters, 32 levels, 128 clauses, 256 characters a term. */
  static final CqlLimits LIMITS = new CqlLimits(4096, MAX_DEPTH, MAX_CLAUSES, 256, 8);
  private static final CqlParser PARSER = CqlParser.withLimits(LIMITS);

  private HubSearch() {}

  /**
   * A query the hub parses but does not answer as asked: the key of its refusal's text (the API's 400) and
   * the SRU diagnostic that says the same at {@code /sru}.
   */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final String[] arguments;
    final SruDiagnosticCode diagnostic;
    final String details;

    Unsupported(String key, SruDiagnosticCode diagnostic, String details, String... arguments) {
      super(key, null, false, false);
      this.key = key;
      this.diagnostic = diagnostic;
      this.details = details;
      this.arguments = arguments;
    }
  }

  /** The matcher of the API's {@code query}; a bad or unsupported one is refused (400) with its reason. */
  static Predicate<Doc> parse(String query) {
    CqlQuery q;
    try {
      q = PARSER.parse(query == null ? "" : query);
    } catch (CqlSyntaxException e) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual(e.messageKey(), e.arguments().toArray(new String[0])));
    }
    try {
      return compile(q);
    } catch (Unsupported u) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad CQL query", HubTexts.bilingual(u.key, u.arguments));
    }
  }

  /**
   * The matcher of a parsed query.
   *
   * @throws Unsupported for what the hub does not do: sortBy, prox, modifiers, masks other than a final
   *     {@code *}, an empty term, an index, relation or context-set prefix it does not have
   */
  static Predicate<Doc> compile(CqlQuery q) {
    if (!q.sortKeys().isEmpty()) {
      throw new Unsupported("HUB_CQL_SORT_UNSUPPORTED", SruDiagnosticCode.SORT_NOT_SUPPORTED, "sortBy");
    }
    return compile(q.clause(), Set.of());
  }

  // The parser bounds the depth to MAX_DEPTH, and so this recursion.
  private static Predicate<Doc> compile(CqlClause c, Set<String> declared) {
    if (c instanceof CqlPrefixedClause p) {
      Set<String> inner = new HashSet<>(declared);
      p.prefixes().forEach(x -> inner.add(x.name() == null ? "" : x.name().toLowerCase(Locale.ROOT)));
      return compile(p.clause(), inner);
    }
    if (c instanceof CqlBooleanClause b) {
      if (b.operator() == CqlOperator.PROX) {
        throw new Unsupported("HUB_CQL_PROX_UNSUPPORTED", SruDiagnosticCode.PROXIMITY_NOT_SUPPORTED, "prox");
      }
      if (!b.modifiers().isEmpty()) {
        String m = b.modifiers().get(0).name();
        throw new Unsupported("HUB_CQL_MODIFIER_UNSUPPORTED", SruDiagnosticCode.UNSUPPORTED_BOOLEAN_OPERATOR, b.operator().keyword() + "/" + m,
            HubTexts.echo(m));
      }
      Predicate<Doc> left = compile(b.left(), declared);
      Predicate<Doc> right = compile(b.right(), declared);
      return switch (b.operator()) {
        case AND -> left.and(right);
        case OR -> left.or(right);
        default -> left.and(right.negate());
      };
    }
    CqlSearchClause s = (CqlSearchClause) c;
    String written = s.effectiveIndex().toLowerCase(Locale.ROOT);
    int dot = written.indexOf('.');
    String prefix = dot < 0 ? "" : written.substring(0, dot);
    if (!prefix.isEmpty() && !CONTEXT_SETS.contains(prefix) && !declared.contains(prefix)) {
      throw new Unsupported("HUB_CQL_CONTEXT_SET_UNKNOWN", SruDiagnosticCode.UNSUPPORTED_CONTEXT_SET, prefix, HubTexts.echo(prefix));
    }
    String index = written.substring(dot + 1);
    if (index.equals("allrecords") && (prefix.isEmpty() || prefix.equals("cql"))) {
      // CQL's cql.allRecords: every record, whatever the term (by convention "1").
      return d -> true;
    }
    if (!INDEXES.contains(index)) {
      throw new Unsupported("HUB_CQL_INDEX_UNKNOWN", SruDiagnosticCode.UNSUPPORTED_INDEX, s.effectiveIndex(), HubTexts.echo(s.effectiveIndex()));
    }
    String relation = s.isBareTerm() ? "all" : s.effectiveRelation().name().toLowerCase(Locale.ROOT);
    if (!Set.of("=", "==", "exact", "any", "all", "adj").contains(relation)) {
      throw new Unsupported("HUB_CQL_RELATION_UNKNOWN", SruDiagnosticCode.UNSUPPORTED_RELATION, relation, HubTexts.echo(relation));
    }
    if (!s.effectiveRelation().modifiers().isEmpty()) {
      String m = s.effectiveRelation().modifiers().get(0).name();
      throw new Unsupported("HUB_CQL_MODIFIER_UNSUPPORTED", SruDiagnosticCode.UNSUPPORTED_RELATION_MODIFIER, m, HubTexts.echo(m));
    }
    String term = s.term().text();
    boolean truncated = false;
    if (s.term().hasMasks()) {
      String raw = s.term().raw();
      if (!raw.endsWith("*") || new CqlTerm(raw.substring(0, raw.length() - 1)).hasMasks() || raw.length() == 1) {
        throw new Unsupported("HUB_CQL_MASK_UNSUPPORTED", SruDiagnosticCode.MASKING_NOT_SUPPORTED, raw);
      }
      truncated = true;
      term = term.substring(0, term.length() - 1);
    }
    if (VietnameseText.fold(term).isBlank()) {
      // An empty term would match every record (all of no words): refused rather than answered so.
      throw new Unsupported("HUB_CQL_EMPTY_TERM", SruDiagnosticCode.EMPTY_TERM_UNSUPPORTED, "");
    }
    return matcher(index, relation.equals("==") ? "exact" : relation.equals("adj") ? "=" : relation, term, truncated);
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
        if (f != Field.ISBN && f != Field.ISSN && f != Field.IDENTIFIER && f != Field.YEAR && words.size() > 1) {
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
