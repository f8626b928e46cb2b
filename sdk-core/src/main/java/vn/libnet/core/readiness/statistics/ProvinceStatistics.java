package vn.libnet.core.readiness.statistics;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.libnet.core.model.StatisticsIndicator;

/**
 * One province's statistics for a year: the totals of its libraries' reports.
 *
 * @param provinceCode the code of the unit in force since 1 July 2025, or {@link
 *     StatisticsAggregation#UNPLACED}
 * @param name the province's name
 * @param libraries how many libraries of the province are known
 * @param reporting the ISILs of those that reported for the year
 * @param totals the sum of each additive indicator over the reports (an indicator no library reported is
 *     absent)
 */
public record ProvinceStatistics(
    String provinceCode, String name, int libraries, List<String> reporting, Map<StatisticsIndicator, BigDecimal> totals) {
  /** Copies the collections; absent ones become empty. */
  public ProvinceStatistics {
    reporting = reporting == null ? List.of() : List.copyOf(reporting);
    totals = totals == null || totals.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(totals));
  }
}
