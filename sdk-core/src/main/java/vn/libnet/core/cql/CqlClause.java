package vn.libnet.core.cql;

import java.util.List;
import java.util.Objects;

/**
 * A node of a parsed CQL query: a {@link CqlSearchClause}, a {@link CqlBooleanClause} joining two
 * clauses, or a {@link CqlPrefixedClause} scoping prefix assignments over a clause. Immutable; the
 * default methods build larger clauses ({@code a.and(b).or(c)}), and {@link #toCql()} writes the
 * canonical query.
 *
 * <p>A tree built by hand may nest as deep as its builder likes; the serializers recurse once per
 * level, so keep trees within {@link CqlLimits}-like sizes (the parser never makes deeper ones).
 */
public sealed interface CqlClause permits CqlSearchClause, CqlBooleanClause, CqlPrefixedClause {

  /** {@code this and other}. */
  default CqlBooleanClause and(CqlClause other) {
    return new CqlBooleanClause(this, CqlOperator.AND, List.of(), other);
  }

  /** {@code this or other}. */
  default CqlBooleanClause or(CqlClause other) {
    return new CqlBooleanClause(this, CqlOperator.OR, List.of(), other);
  }

  /** {@code this not other}: what matches this and not the other. */
  default CqlBooleanClause not(CqlClause other) {
    return new CqlBooleanClause(this, CqlOperator.NOT, List.of(), other);
  }

  /** {@code this prox/modifiers other}, e.g. with {@code CqlModifier.of("unit", "=", "word")}. */
  default CqlBooleanClause prox(CqlClause other, CqlModifier... modifiers) {
    return new CqlBooleanClause(this, CqlOperator.PROX, List.of(modifiers), other);
  }

  /** A query of this clause, sorted by {@code keys} (none: unsorted). */
  default CqlQuery sortBy(CqlSortKey... keys) {
    return new CqlQuery(this, List.of(keys));
  }

  /** A query of this clause, unsorted. */
  default CqlQuery toQuery() {
    return new CqlQuery(this, List.of());
  }

  /** The canonical CQL text of this clause; parsing it gives this clause back. */
  default String toCql() {
    return CqlWriter.cql(new CqlQuery(Objects.requireNonNull(this), List.of()));
  }
}
