package vn.libnet.core.cql;

import java.util.List;
import java.util.Objects;

/**
 * A whole CQL query: its clause and, as CQL 1.2 allows, a {@code sortBy} specification. Immutable. It
 * writes itself as the canonical query ({@link #toCql()}; parsing that gives an equal query back, and
 * writing again gives the same text) and as XCQL ({@link #toXcql()}).
 *
 * @param clause the query's clause
 * @param sortKeys the sort keys in order, none when unsorted
 */
public record CqlQuery(CqlClause clause, List<CqlSortKey> sortKeys) {

  /**
   * A query as given.
   *
   * @throws NullPointerException when an argument is null
   */
  public CqlQuery {
    Objects.requireNonNull(clause, "clause");
    sortKeys = List.copyOf(sortKeys);
  }

  /** The canonical CQL text: single spaces, lower-case operators, quotes only where needed, {@code sortBy}. */
  public String toCql() {
    return CqlWriter.cql(this);
  }

  /** The query as XCQL of searchRetrieve 1.0 (SRU 2.0); see {@link #toXcql(XcqlSchema)}. */
  public String toXcql() {
    return toXcql(XcqlSchema.OASIS);
  }

  /**
   * The query as an XCQL document of {@code schema}, indented, without an XML declaration. Characters
   * XML 1.0 cannot carry (control characters other than tab and line feed, lone surrogates) are written
   * as U+FFFD; a carriage return as {@code &#13;}.
   *
   * @throws NullPointerException when {@code schema} is null
   */
  public String toXcql(XcqlSchema schema) {
    return XcqlWriter.write(this, Objects.requireNonNull(schema, "schema"));
  }

  @Override
  public String toString() {
    return toCql();
  }
}
