package vn.libnet.core.readiness.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/**
 * Year-over-year anomalies in the yearly reports of libraries (TCVN 12843:2019 = ISO 2789). For each
 * library (by ISIL), each report is compared with the one of the closest earlier year: a value that grew
 * or shrank more than {@link StatisticsLimits#yearOverYearFactor()} times ({@code
 * STATS_YEAR_OVER_YEAR_JUMP}, a value going from 0 included) is flagged, unless both values are below
 * {@link StatisticsLimits#trendFloor()}; two reports for the same year are flagged ({@code
 * STATS_YEAR_REPEATED}) and the later one is left out. Reports without an ISIL or a year cannot be placed
 * and are skipped (the national profile reports them). Issues are warnings; their path is {@code
 * /ISIL/YEAR/values/INDICATOR}. The report's profile is {@code vn-statistics-trends/1}.
 */
public final class StatisticsTrends {
  private StatisticsTrends() {}

  /** Compares {@code reports} with {@code limits}, messages in {@code locale}. */
  public static ValidationReport check(List<StatisticsReport> reports, StatisticsLimits limits, Locale locale) {
    Objects.requireNonNull(limits, "limits");
    Map<String, TreeMap<Integer, StatisticsReport>> byLibrary = new TreeMap<>();
    List<ValidationIssue> issues = new ArrayList<>();
    for (StatisticsReport r : reports) {
      if (r.isil() == null || r.year() == null) {
        continue;
      }
      TreeMap<Integer, StatisticsReport> years = byLibrary.computeIfAbsent(r.isil(), k -> new TreeMap<>());
      if (years.putIfAbsent(r.year(), r) != null) {
        issues.add(ValidationIssue.of("STATS_YEAR_REPEATED", Severity.WARNING, "/" + r.isil() + "/" + r.year(),
            locale, r.isil(), r.year()));
      }
    }
    BigDecimal factor = BigDecimal.valueOf(limits.yearOverYearFactor());
    BigDecimal floor = BigDecimal.valueOf(limits.trendFloor());
    byLibrary.forEach((isil, years) -> {
      StatisticsReport previous = null;
      for (StatisticsReport current : years.values()) {
        if (previous != null) {
          compare(isil, previous, current, factor, floor, locale, issues);
        }
        previous = current;
      }
    });
    issues.sort(Comparator.comparing(ValidationIssue::path));
    return new ValidationReport("vn-statistics-trends/1", issues);
  }

  private static void compare(String isil, StatisticsReport before, StatisticsReport after, BigDecimal factor,
      BigDecimal floor, Locale locale, List<ValidationIssue> issues) {
    for (StatisticsIndicator indicator : StatisticsIndicator.values()) {
      BigDecimal a = before.values().get(indicator);
      BigDecimal b = after.values().get(indicator);
      if (a == null || b == null || a.signum() < 0 || b.signum() < 0) {
        continue;
      }
      BigDecimal high = a.max(b);
      BigDecimal low = a.min(b);
      if (high.compareTo(floor) < 0) {
        continue;
      }
      if (low.multiply(factor).compareTo(high) < 0) {
        issues.add(ValidationIssue.of("STATS_YEAR_OVER_YEAR_JUMP", Severity.WARNING,
            "/" + isil + "/" + after.year() + "/values/" + indicator.name(), locale, indicator.name(),
            before.year(), StatisticsConsistency.plain(a), after.year(), StatisticsConsistency.plain(b)));
      }
    }
  }
}
