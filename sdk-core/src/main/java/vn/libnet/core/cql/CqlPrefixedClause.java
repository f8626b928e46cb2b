package vn.libnet.core.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prefix assignments and the clause they scope: {@code > dc = "info:srw/cql-context-set/1/dc-v1.1"
 * dc.title = hoa}. Directly nested assignments are merged, outer first, so that {@code > a = "x" > b =
 * "y" q} and {@code > a = "x" (> b = "y" q)} give one node with two prefixes.
 *
 * @param prefixes the assignments in order, at least one
 * @param clause the clause they apply to, never itself a prefixed clause
 */
public record CqlPrefixedClause(List<CqlPrefix> prefixes, CqlClause clause) implements CqlClause {

  /**
   * Assignments over a clause.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when {@code prefixes} is empty
   */
  public CqlPrefixedClause {
    Objects.requireNonNull(clause, "clause");
    if (prefixes.isEmpty()) {
      throw new IllegalArgumentException("a prefixed CQL clause needs at least one prefix assignment");
    }
    if (clause instanceof CqlPrefixedClause inner) {
      List<CqlPrefix> all = new ArrayList<>(prefixes);
      all.addAll(inner.prefixes());
      prefixes = all;
      clause = inner.clause();
    }
    prefixes = List.copyOf(prefixes);
  }

  @Override
  public String toString() {
    return toCql();
  }
}
