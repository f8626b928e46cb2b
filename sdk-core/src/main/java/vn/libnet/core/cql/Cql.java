package vn.libnet.core.cql;

import java.util.Objects;

/**
 * The entry point to CQL: {@link #parse(String)} a query, or build one in a program with {@link
 * #index(String)} and {@link #term(String)}:
 *
 * <pre>{@code
 * CqlQuery q = Cql.index("dc.title").is("lịch sử")
 *     .and(Cql.index("dc.creator").any("Nguyễn Du"))
 *     .not(Cql.index("dc.date").lessThan("1900"))
 *     .sortBy(CqlSortKey.of("dc.date").descending());
 * q.toCql();  // dc.title = "lịch sử" and dc.creator any "Nguyễn Du" not dc.date < 1900 sortBy dc.date/sort.descending
 * }</pre>
 *
 * <p>A builder term is literal: quotes, backslashes and the masking characters {@code * ? ^} are
 * escaped, so {@code is("C++*")} searches for those four characters. Ask for masks with {@link
 * Index#matches(String)} or {@link #pattern(String)}. Bad names (an index with a space in it) are
 * programming errors: {@link IllegalArgumentException}.
 */
public final class Cql {
  private Cql() {}

  /**
   * Parses {@code query} with the {@link CqlLimits#DEFAULTS}.
   *
   * @throws NullPointerException when {@code query} is null
   * @throws CqlSyntaxException when it is not a CQL query or is over the limits
   */
  public static CqlQuery parse(String query) {
    return CqlParser.create().parse(query);
  }

  /**
   * The start of a search clause on {@code index}, such as {@code dc.title}.
   *
   * @throws NullPointerException when {@code index} is null
   * @throws IllegalArgumentException when it has an unescaped quote or ends in a lone backslash
   *     (other characters are quoted as needed)
   */
  public static Index index(String index) {
    return new Index(CqlSyntax.name(index, "index"));
  }

  /** A bare term, searched in the server's choice of index; taken literally. */
  public static CqlSearchClause term(String text) {
    return CqlSearchClause.of(CqlTerm.literal(text));
  }

  /** A bare term whose {@code * ? ^} are masking characters. */
  public static CqlSearchClause pattern(String text) {
    return CqlSearchClause.of(CqlTerm.pattern(text));
  }

  /** An index waiting for its relation and term; each method gives the finished clause. */
  public static final class Index {
    private final String name;

    private Index(String name) {
      this.name = name;
    }

    /** {@code index = term}, the term taken literally. */
    public CqlSearchClause is(String term) {
      return relation("=", term);
    }

    /** {@code index == term}: exact equality of the whole value. */
    public CqlSearchClause exactly(String term) {
      return relation("==", term);
    }

    /** {@code index <> term}. */
    public CqlSearchClause isNot(String term) {
      return relation("<>", term);
    }

    /** {@code index any term}: any of the words. */
    public CqlSearchClause any(String term) {
      return relation("any", term);
    }

    /** {@code index all term}: all of the words. */
    public CqlSearchClause all(String term) {
      return relation("all", term);
    }

    /** {@code index adj term}: the words next to each other, in order. */
    public CqlSearchClause adj(String term) {
      return relation("adj", term);
    }

    /** {@code index < term}. */
    public CqlSearchClause lessThan(String term) {
      return relation("<", term);
    }

    /** {@code index <= term}. */
    public CqlSearchClause atMost(String term) {
      return relation("<=", term);
    }

    /** {@code index > term}. */
    public CqlSearchClause greaterThan(String term) {
      return relation(">", term);
    }

    /** {@code index >= term}. */
    public CqlSearchClause atLeast(String term) {
      return relation(">=", term);
    }

    /** {@code index within "low high"}. */
    public CqlSearchClause within(String low, String high) {
      return relation("within", Objects.requireNonNull(low, "low") + " " + Objects.requireNonNull(high, "high"));
    }

    /** {@code index = pattern}, with {@code * ? ^} as masking characters. */
    public CqlSearchClause matches(String pattern) {
      return relation(CqlRelation.EQUALS, CqlTerm.pattern(pattern));
    }

    /**
     * {@code index relation term}, the term taken literally.
     *
     * @throws IllegalArgumentException when {@code relation} is not a comparison symbol or a simple
     *     string
     */
    public CqlSearchClause relation(String relation, String term) {
      return relation(CqlRelation.of(relation), CqlTerm.literal(term));
    }

    /** {@code index relation term} from parts built by hand (a relation with modifiers, a pattern). */
    public CqlSearchClause relation(CqlRelation relation, CqlTerm term) {
      return new CqlSearchClause(name, Objects.requireNonNull(relation, "relation"), term);
    }
  }
}
