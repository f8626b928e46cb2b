package vn.libnet.core.cql;

import java.util.List;
import java.util.Objects;

/**
 * Two clauses joined by a boolean operator with its modifiers ({@code a prox/unit=word b}). CQL's
 * operators have equal precedence and group to the left: {@code a or b and c} is {@code (a or b) and c}.
 *
 * @param left the left operand
 * @param operator the operator
 * @param modifiers the operator's modifiers in order, possibly none
 * @param right the right operand
 */
public record CqlBooleanClause(CqlClause left, CqlOperator operator, List<CqlModifier> modifiers, CqlClause right)
    implements CqlClause {

  /**
   * A boolean clause as given.
   *
   * @throws NullPointerException when an argument is null
   */
  public CqlBooleanClause {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(right, "right");
    modifiers = List.copyOf(modifiers);
  }

  @Override
  public String toString() {
    return toCql();
  }
}
