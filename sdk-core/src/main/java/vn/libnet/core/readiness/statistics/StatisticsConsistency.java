package vn.libnet.core.readiness.statistics;

import static vn.libnet.core.model.StatisticsIndicator.COLLECTION_ADDITIONS;
import static vn.libnet.core.model.StatisticsIndicator.COLLECTION_PHYSICAL_UNITS;
import static vn.libnet.core.model.StatisticsIndicator.DIGITIZED_DOCUMENTS;
import static vn.libnet.core.model.StatisticsIndicator.EXPENDITURE_COLLECTION_VND;
import static vn.libnet.core.model.StatisticsIndicator.EXPENDITURE_TOTAL_VND;
import static vn.libnet.core.model.StatisticsIndicator.LOANS;
import static vn.libnet.core.model.StatisticsIndicator.PROFESSIONAL_STAFF_FTE;
import static vn.libnet.core.model.StatisticsIndicator.STAFF_FTE;
import static vn.libnet.core.validation.Severity.WARNING;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;

/**
 * The consistency checks of one yearly report (TCVN 12843:2019 = ISO 2789), profile {@code
 * vn-statistics-consistency} version 1: every rule of the national profile {@code vn-statistics} (active
 * users within registered users among them), and warnings where one figure cannot be right beside
 * another: digitized documents over the physical units held ({@code STATS_DIGITIZED_EXCEEDS_HOLDINGS}),
 * loans per physical unit over {@link StatisticsLimits#maxLoansPerItem()} ({@code
 * STATS_LOANS_PER_ITEM_IMPLAUSIBLE}), additions over the collection ({@code
 * STATS_ADDITIONS_EXCEED_COLLECTION}), qualified staff over all staff ({@code
 * STATS_PROFESSIONAL_EXCEEDS_STAFF}), collection expenditure over the total ({@code
 * STATS_EXPENDITURE_PART_EXCEEDS_TOTAL}). A figure not reported is never guessed: a check needs both.
 */
public final class StatisticsConsistency {
  private StatisticsConsistency() {}

  /** The profile with {@link StatisticsLimits#defaults()}. */
  public static Profile<StatisticsReport> profile() {
    return profile(StatisticsLimits.defaults());
  }

  /** The profile with {@code limits}. */
  public static Profile<StatisticsReport> profile(StatisticsLimits limits) {
    Objects.requireNonNull(limits, "limits");
    List<Rule<StatisticsReport>> rules = new ArrayList<>(NationalProfiles.statistics().rules());
    rules.add(partOf("STATS_DIGITIZED_EXCEEDS_HOLDINGS", DIGITIZED_DOCUMENTS, COLLECTION_PHYSICAL_UNITS));
    rules.add(Rule.of("STATS_LOANS_PER_ITEM_IMPLAUSIBLE", WARNING, (r, s) -> {
      BigDecimal loans = r.values().get(LOANS);
      BigDecimal units = r.values().get(COLLECTION_PHYSICAL_UNITS);
      if (loans != null && units != null && units.signum() > 0) {
        BigDecimal perItem = loans.divide(units, MathContext.DECIMAL64);
        if (perItem.compareTo(BigDecimal.valueOf(limits.maxLoansPerItem())) > 0) {
          s.report("/values/LOANS", plain(loans), plain(units), plain(perItem.round(new MathContext(3, RoundingMode.HALF_UP))),
              plain(BigDecimal.valueOf(limits.maxLoansPerItem())));
        }
      }
    }));
    rules.add(partOf("STATS_ADDITIONS_EXCEED_COLLECTION", COLLECTION_ADDITIONS, COLLECTION_PHYSICAL_UNITS));
    rules.add(partOf("STATS_PROFESSIONAL_EXCEEDS_STAFF", PROFESSIONAL_STAFF_FTE, STAFF_FTE));
    rules.add(partOf("STATS_EXPENDITURE_PART_EXCEEDS_TOTAL", EXPENDITURE_COLLECTION_VND, EXPENDITURE_TOTAL_VND));
    return Profile.of("vn-statistics-consistency", "1", StatisticsReport.class, rules);
  }

  // A WARNING when the part is reported over the whole.
  private static Rule<StatisticsReport> partOf(String code, StatisticsIndicator part, StatisticsIndicator whole) {
    return Rule.of(code, WARNING, (r, s) -> {
      BigDecimal p = r.values().get(part);
      BigDecimal w = r.values().get(whole);
      if (p != null && w != null && p.compareTo(w) > 0) {
        s.report("/values/" + part.name(), plain(p), plain(w));
      }
    });
  }

  /** A figure as people write it, or in scientific form when the plain one would be absurdly long. */
  static String plain(BigDecimal v) {
    return v.scale() >= -30 && v.scale() <= 30 ? v.stripTrailingZeros().toPlainString() : v.toString();
  }
}
