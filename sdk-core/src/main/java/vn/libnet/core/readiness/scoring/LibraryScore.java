package vn.libnet.core.readiness.scoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.readiness.criteria.LibraryGroup;

/**
 * One library's readiness.
 *
 * @param isil the library's ISIL
 * @param provinceCode the code of the province in force since 1 July 2025 that the library is in (a former
 *     code mapped to its successor); absent when the address has none or names a unit that was split
 * @param type the library's type
 * @param groups the programme's groups the library is in
 * @param answered whether the library sent a response
 * @param indicators the indicators that apply to it, in the order of the criteria
 * @param score the score from 0 to 1; absent when it did not answer or no indicator could be scored
 * @param band the band of the score; absent with it
 */
public record LibraryScore(
    String isil,
    String provinceCode,
    LibraryType type,
    Set<LibraryGroup> groups,
    boolean answered,
    List<IndicatorResult> indicators,
    Double score,
    ReadinessBand band) {
  /** Copies the collections (the groups in their declared order); absent ones become empty. */
  public LibraryScore {
    groups = groups == null || groups.isEmpty() ? Set.of()
        : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(groups));
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
  }

  /** The result for {@code indicatorId}, if it applies. */
  public Optional<IndicatorResult> indicator(String indicatorId) {
    return indicators.stream().filter(r -> r.indicator().equals(indicatorId)).findFirst();
  }
}
