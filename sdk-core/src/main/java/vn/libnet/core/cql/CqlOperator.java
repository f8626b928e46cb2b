package vn.libnet.core.cql;

/** The boolean operators of CQL; the parser accepts them in any case, the serializer writes them in lower case. */
public enum CqlOperator {
  /** Both operands. */
  AND,
  /** Either operand. */
  OR,
  /** The left operand without the right. */
  NOT,
  /** Both operands near each other, as its modifiers ({@code unit}, {@code distance}) say. */
  PROX;

  /** The operator as CQL writes it: {@code and}, {@code or}, {@code not}, {@code prox}. */
  public String keyword() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
