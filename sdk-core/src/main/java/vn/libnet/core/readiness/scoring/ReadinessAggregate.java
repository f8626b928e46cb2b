package vn.libnet.core.readiness.scoring;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Readiness over a set of libraries: a province, a library type, or all.
 *
 * @param key the province's code (of the units in force since 1 July 2025), the library type's name, or
 *     {@code ALL}; {@link ReadinessAggregator#UNPLACED} for libraries whose province is unknown
 * @param name the province's name, or the key again
 * @param libraries how many libraries the set has
 * @param answered how many of them sent a response
 * @param notAnswered the ISILs of those that did not, in the order given
 * @param indicators each indicator of the criteria, in their order
 * @param meanScore the mean score of the libraries that have one; absent when none has
 * @param bands how many libraries are in each band, every band present
 */
public record ReadinessAggregate(
    String key,
    String name,
    int libraries,
    int answered,
    List<String> notAnswered,
    List<IndicatorAggregate> indicators,
    Double meanScore,
    Map<ReadinessBand, Integer> bands) {
  /** Copies the collections; absent ones become empty. */
  public ReadinessAggregate {
    notAnswered = notAnswered == null ? List.of() : List.copyOf(notAnswered);
    indicators = indicators == null ? List.of() : List.copyOf(indicators);
    Map<ReadinessBand, Integer> copy = new EnumMap<>(ReadinessBand.class);
    for (ReadinessBand b : ReadinessBand.values()) {
      copy.put(b, bands == null ? 0 : bands.getOrDefault(b, 0));
    }
    bands = Collections.unmodifiableMap(copy);
  }

  /** The aggregate of {@code indicatorId}, if the criteria have it. */
  public Optional<IndicatorAggregate> indicator(String indicatorId) {
    return indicators.stream().filter(i -> i.indicator().equals(indicatorId)).findFirst();
  }
}
