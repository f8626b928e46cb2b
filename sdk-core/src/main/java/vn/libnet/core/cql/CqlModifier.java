package vn.libnet.core.cql;

import java.util.Objects;

/**
 * One modifier of a relation, a boolean operator or a sort key: {@code /relevant}, {@code
 * /locale=vi}, {@code /distance<=3}. The name (a CQL simple string, often prefixed: {@code
 * sort.descending}) stands alone, or with a comparison symbol and a value.
 *
 * @param name the modifier's name
 * @param comparison one of {@code = == < > <= >= <>}, or null when the modifier has no value
 * @param value the value, or null when the modifier has none
 */
public record CqlModifier(String name, String comparison, CqlTerm value) {

  /**
   * A modifier as given.
   *
   * @throws NullPointerException when {@code name} is null
   * @throws IllegalArgumentException when the name has an unescaped quote or ends in a lone backslash, the comparison is not a
   *     CQL comparison symbol, or only one of comparison and value is given
   */
  public CqlModifier {
    CqlSyntax.name(name, "modifier name");
    if ((comparison == null) != (value == null)) {
      throw new IllegalArgumentException("a CQL modifier has both a comparison and a value, or neither");
    }
    if (comparison != null) {
      CqlSyntax.comparison(comparison);
    }
  }

  /** A modifier with no value, such as {@code relevant}. */
  public static CqlModifier of(String name) {
    return new CqlModifier(name, null, null);
  }

  /** A modifier with a value taken literally ({@link CqlTerm#literal(String)}). */
  public static CqlModifier of(String name, String comparison, String value) {
    return new CqlModifier(name, comparison, CqlTerm.literal(Objects.requireNonNull(value, "value")));
  }

  /** Whether the modifier carries a comparison and a value. */
  public boolean hasValue() {
    return value != null;
  }

  /** The modifier as the canonical query writes it, starting with its slash. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    CqlWriter.modifier(b, this);
    return b.toString();
  }
}
