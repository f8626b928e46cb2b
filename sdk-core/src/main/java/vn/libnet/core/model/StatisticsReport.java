package vn.libnet.core.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A library's statistics for one year, after TCVN 12843:2019 (ISO 2789).
 *
 * @param isil the reporting library
 * @param year the reporting year
 * @param values the indicators reported; an indicator not reported is absent, not zero
 */
public record StatisticsReport(String isil, Integer year, Map<StatisticsIndicator, BigDecimal> values) {
  /** Copies the values into an immutable map in indicator order. */
  public StatisticsReport {
    EnumMap<StatisticsIndicator, BigDecimal> copy = new EnumMap<>(StatisticsIndicator.class);
    if (values != null) {
      values.forEach(
          (k, v) -> {
            if (k != null && v != null) {
              copy.put(k, v);
            }
          });
    }
    values = Collections.unmodifiableMap(copy);
  }
}
