package vn.libnet.core.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The relation of a search clause: a comparison symbol ({@code = == < > <= >= <>}) or a named relation
 * ({@code any}, {@code all}, {@code adj}, {@code within}, {@code encloses}, {@code exact}, or a
 * prefixed one such as {@code cql.within}), with its modifiers ({@code =/relevant}, {@code
 * within/locale=vi}). Names keep the case they were written in.
 *
 * @param name the symbol or the relation's name
 * @param modifiers the modifiers in order, possibly none
 */
public record CqlRelation(String name, List<CqlModifier> modifiers) {

  /** The relation {@code =}. */
  public static final CqlRelation EQUALS = new CqlRelation("=", List.of());

  /**
   * A relation as given.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the name is neither a comparison symbol nor a simple string,
   *     or is a boolean operator or {@code sortBy}
   */
  public CqlRelation {
    Objects.requireNonNull(name, "name");
    if (!CqlSyntax.COMPARISONS.contains(name)) {
      CqlSyntax.relationName(name);
    }
    modifiers = List.copyOf(modifiers);
  }

  /** The relation {@code name} without modifiers. */
  public static CqlRelation of(String name) {
    return new CqlRelation(name, List.of());
  }

  /** This relation with one more modifier at the end. */
  public CqlRelation with(CqlModifier modifier) {
    List<CqlModifier> all = new ArrayList<>(modifiers);
    all.add(Objects.requireNonNull(modifier, "modifier"));
    return new CqlRelation(name, all);
  }

  /** This relation with one more modifier without a value, such as {@code relevant}. */
  public CqlRelation with(String modifierName) {
    return with(CqlModifier.of(modifierName));
  }

  /** The relation as the canonical query writes it. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(name);
    modifiers.forEach(m -> CqlWriter.modifier(b, m));
    return b.toString();
  }
}
