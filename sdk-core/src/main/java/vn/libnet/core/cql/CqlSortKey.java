package vn.libnet.core.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One key of a {@code sortBy} specification (CQL 1.2): an index and its modifiers, such as {@code
 * dc.date/sort.descending}.
 *
 * @param index the index to sort by
 * @param modifiers its modifiers in order, possibly none
 */
public record CqlSortKey(String index, List<CqlModifier> modifiers) {

  /**
   * A sort key as given.
   *
   * @throws NullPointerException when an argument is null
   * @throws IllegalArgumentException when the index has an unescaped quote or ends in a lone backslash
   */
  public CqlSortKey {
    CqlSyntax.name(index, "sort index");
    modifiers = List.copyOf(modifiers);
  }

  /** The key {@code index} with no modifiers. */
  public static CqlSortKey of(String index) {
    return new CqlSortKey(index, List.of());
  }

  /** This key with one more modifier at the end, such as {@code sort.descending}. */
  public CqlSortKey with(CqlModifier modifier) {
    List<CqlModifier> all = new ArrayList<>(modifiers);
    all.add(Objects.requireNonNull(modifier, "modifier"));
    return new CqlSortKey(index, all);
  }

  /** This key with the modifier {@code sort.descending}. */
  public CqlSortKey descending() {
    return with(CqlModifier.of("sort.descending"));
  }
}
