package vn.libnet.core.readiness.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.Province;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;

/**
 * Totals of yearly statistics per province (the 34 units in force since 1 July 2025; a library whose
 * address has a former code is counted in its successor). Only additive indicators are summed: opening
 * hours per week are a property of each library, not a quantity of the province, and are left out.
 * Negative values (which the national profile refuses) and values of absurd magnitude are left out too. A report of a library not in
 * the list, or whose province is not known, counts under {@link #UNPLACED}.
 */
public final class StatisticsAggregation {
  /** The key of reports that cannot be placed in a province. */
  public static final String UNPLACED = "unplaced";

  private static final Set<StatisticsIndicator> NOT_ADDITIVE = EnumSet.of(StatisticsIndicator.OPENING_HOURS_PER_WEEK);

  private StatisticsAggregation() {}

  /**
   * One entry per province in force, in code order, each present; then {@link #UNPLACED} if some report
   * could not be placed. Only reports of {@code year} count; a library's second report for the year is
   * left out.
   */
  public static List<ProvinceStatistics> byProvince(Collection<Library> libraries, Collection<StatisticsReport> reports,
      int year) {
    Map<String, String> provinceOf = new HashMap<>();
    Map<String, Integer> known = new HashMap<>();
    for (Library l : libraries) {
      String code = l.provinceCode().flatMap(Province::currentCodeOf).orElse(UNPLACED);
      provinceOf.put(l.isil(), code);
      known.merge(code, 1, Integer::sum);
    }
    Map<String, List<String>> reporting = new LinkedHashMap<>();
    Map<String, Map<StatisticsIndicator, BigDecimal>> totals = new HashMap<>();
    Set<String> seen = new java.util.HashSet<>();
    for (StatisticsReport r : reports) {
      if (r.year() == null || r.year() != year || r.isil() == null || !seen.add(r.isil())) {
        continue;
      }
      String code = provinceOf.getOrDefault(r.isil(), UNPLACED);
      reporting.computeIfAbsent(code, k -> new ArrayList<>()).add(r.isil());
      Map<StatisticsIndicator, BigDecimal> sum = totals.computeIfAbsent(code, k -> new EnumMap<>(StatisticsIndicator.class));
      r.values().forEach((k, v) -> {
        // A value of absurd magnitude (1E+900000000) would cost gigabytes to add: left out like a negative one.
        if (!NOT_ADDITIVE.contains(k) && v.signum() >= 0 && Math.abs(v.scale()) <= 30 && v.precision() <= 40) {
          sum.merge(k, v, BigDecimal::add);
        }
      });
    }
    List<ProvinceStatistics> out = new ArrayList<>();
    for (Province p : Province.current()) {
      out.add(entry(p.code(), p.name(), known, reporting, totals));
    }
    if (known.containsKey(UNPLACED) || reporting.containsKey(UNPLACED)) {
      out.add(entry(UNPLACED, UNPLACED, known, reporting, totals));
    }
    return out;
  }

  private static ProvinceStatistics entry(String code, String name, Map<String, Integer> known,
      Map<String, List<String>> reporting, Map<String, Map<StatisticsIndicator, BigDecimal>> totals) {
    return new ProvinceStatistics(code, name, known.getOrDefault(code, 0), reporting.getOrDefault(code, List.of()),
        totals.getOrDefault(code, Map.of()));
  }
}
