package vn.libnet.core.cql;

import java.util.Objects;

/**
 * A search clause: {@code index relation term} ({@code dc.title = "lịch sử"}), or a term alone, which
 * CQL reads as {@code cql.serverChoice = term} (then {@link #index()} and {@link #relation()} are null).
 *
 * @param index the index, or null for a bare term
 * @param relation the relation, null exactly when the index is
 * @param term the search term
 */
public record CqlSearchClause(String index, CqlRelation relation, CqlTerm term) implements CqlClause {

  /**
   * A clause as given.
   *
   * @throws NullPointerException when {@code term} is null
   * @throws IllegalArgumentException when only one of index and relation is given, or the index has an
   *     unescaped quote or ends in a lone backslash
   */
  public CqlSearchClause {
    Objects.requireNonNull(term, "term");
    if ((index == null) != (relation == null)) {
      throw new IllegalArgumentException("a CQL search clause has both an index and a relation, or neither");
    }
    if (index != null) {
      CqlSyntax.name(index, "index");
    }
  }

  /** A bare term, searched in the server's choice of index. */
  public static CqlSearchClause of(CqlTerm term) {
    return new CqlSearchClause(null, null, term);
  }

  /** Whether this is a bare term with no index. */
  public boolean isBareTerm() {
    return index == null;
  }

  /** The index, {@code cql.serverChoice} for a bare term. */
  public String effectiveIndex() {
    return index == null ? "cql.serverChoice" : index;
  }

  /** The relation, {@code =} for a bare term. */
  public CqlRelation effectiveRelation() {
    return relation == null ? CqlRelation.EQUALS : relation;
  }

  @Override
  public String toString() {
    return toCql();
  }
}
