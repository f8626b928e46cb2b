package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.core.model.StatisticsIndicator.ACTIVE_USERS;
import static vn.libnet.core.model.StatisticsIndicator.COLLECTION_ADDITIONS;
import static vn.libnet.core.model.StatisticsIndicator.COLLECTION_PHYSICAL_UNITS;
import static vn.libnet.core.model.StatisticsIndicator.DIGITIZED_DOCUMENTS;
import static vn.libnet.core.model.StatisticsIndicator.EVENTS;
import static vn.libnet.core.model.StatisticsIndicator.LOANS;
import static vn.libnet.core.model.StatisticsIndicator.OPENING_HOURS_PER_WEEK;
import static vn.libnet.core.model.StatisticsIndicator.PROFESSIONAL_STAFF_FTE;
import static vn.libnet.core.model.StatisticsIndicator.REGISTERED_USERS;
import static vn.libnet.core.model.StatisticsIndicator.STAFF_FTE;
import static vn.libnet.core.model.StatisticsIndicator.VISITS;
import static vn.libnet.core.readiness.ReadinessFixtures.provincial;
import static vn.libnet.core.readiness.ReadinessFixtures.school;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.statistics.ProvinceStatistics;
import vn.libnet.core.readiness.statistics.StatisticsAggregation;
import vn.libnet.core.readiness.statistics.StatisticsConsistency;
import vn.libnet.core.readiness.statistics.StatisticsLimits;
import vn.libnet.core.readiness.statistics.StatisticsTrends;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

class StatisticsChecksTest {
  private static StatisticsReport report(String isil, int year, Object... pairs) {
    Map<StatisticsIndicator, BigDecimal> values = new EnumMap<>(StatisticsIndicator.class);
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((StatisticsIndicator) pairs[i], new BigDecimal(pairs[i + 1].toString()));
    }
    return new StatisticsReport(isil, year, values);
  }

  @Test
  void figuresThatCannotStandBesideEachOther() {
    StatisticsReport r = report("VN-HaNoi-TVHN", 2024, COLLECTION_PHYSICAL_UNITS, 1000, DIGITIZED_DOCUMENTS, 1200,
        LOANS, 25000, REGISTERED_USERS, 300, ACTIVE_USERS, 400, STAFF_FTE, 5, PROFESSIONAL_STAFF_FTE, 6,
        COLLECTION_ADDITIONS, 50);
    ValidationReport v = StatisticsConsistency.profile().validate(r, ValidationContext.of(Locale.ENGLISH));
    assertThat(v.issues()).extracting(ValidationIssue::code).containsExactly("STATS_ACTIVE_EXCEEDS_REGISTERED",
        "STATS_DIGITIZED_EXCEEDS_HOLDINGS", "STATS_LOANS_PER_ITEM_IMPLAUSIBLE", "STATS_PROFESSIONAL_EXCEEDS_STAFF");
    assertThat(v.issues("STATS_LOANS_PER_ITEM_IMPLAUSIBLE").get(0).message())
        .isEqualTo("25000 loans for 1000 physical units is 25 loans per unit, more than the plausible 20.");
    assertThat(v.isValid()).isTrue();
    // A looser bound: 25 loans per item is plausible for a small lending library.
    assertThat(StatisticsConsistency.profile(new StatisticsLimits(30, 3, 10)).validate(r).has("STATS_LOANS_PER_ITEM_IMPLAUSIBLE"))
        .isFalse();
    assertThat(StatisticsConsistency.profile().validate(report("VN-HaNoi-TVHN", 2024, LOANS, 5)).issues()).isEmpty();
  }

  @Test
  void yearOverYearAnomaliesAndRepeatedYears() {
    List<StatisticsReport> reports = List.of(
        report("VN-A", 2023, LOANS, 10000, VISITS, 5000, EVENTS, 2),
        report("VN-A", 2024, LOANS, 12000, VISITS, 20000, EVENTS, 7),
        report("VN-A", 2025, LOANS, 3000, VISITS, 19000),
        report("VN-A", 2025, LOANS, 1),
        report("VN-B", 2024, LOANS, 0),
        report("VN-B", 2025, LOANS, 50));
    ValidationReport v = StatisticsTrends.check(reports, StatisticsLimits.defaults(), Messages.VIETNAMESE);
    // visits ×4 in 2024; loans ÷4 in 2025; B from 0 to 50; events 2 -> 7 stay under the floor of 10.
    assertThat(v.issues()).extracting(ValidationIssue::path).containsExactly(
        "/VN-A/2024/values/VISITS", "/VN-A/2025", "/VN-A/2025/values/LOANS", "/VN-B/2025/values/LOANS");
    assertThat(v.issues().get(0).message())
        .isEqualTo("VISITS thay đổi từ 5000 năm 2023 thành 20000 năm 2024: kiểm tra lại số liệu hoặc giải thích sự thay đổi.");
    assertThat(v.issues().get(1).code()).isEqualTo("STATS_YEAR_REPEATED");
    // With a factor of 5 only the jump from 0 remains.
    assertThat(StatisticsTrends.check(reports, new StatisticsLimits(20, 5, 10), Locale.ENGLISH).issues())
        .extracting(ValidationIssue::code).containsExactly("STATS_YEAR_REPEATED", "STATS_YEAR_OVER_YEAR_JUMP");
  }

  @Test
  void totalsPerProvinceOfTheUnitsOf2025() {
    // Bắc Ninh 24 since 2025 includes the former Bắc Giang 24 and Bắc Ninh 27.
    List<ProvinceStatistics> totals = StatisticsAggregation.byProvince(
        List.of(provincial("VN-BG", "24"), school("VN-BN", "27"), school("VN-HN", "01"), school("VN-Q", null)),
        List.of(report("VN-BG", 2024, LOANS, 1000, OPENING_HOURS_PER_WEEK, 40),
            report("VN-BN", 2024, LOANS, 250.5, VISITS, 10),
            report("VN-BN", 2023, LOANS, 99999),
            report("VN-HN", 2024, LOANS, 7),
            report("VN-NONE", 2024, LOANS, 3)),
        2024);
    assertThat(totals).hasSize(35);
    ProvinceStatistics bn = totals.stream().filter(p -> p.provinceCode().equals("24")).findFirst().orElseThrow();
    assertThat(bn.libraries()).isEqualTo(2);
    assertThat(bn.reporting()).containsExactly("VN-BG", "VN-BN");
    assertThat(bn.totals()).containsOnlyKeys(LOANS, VISITS);
    assertThat(bn.totals().get(LOANS)).isEqualByComparingTo("1250.5");
    ProvinceStatistics unplaced = totals.get(34);
    assertThat(unplaced.provinceCode()).isEqualTo(StatisticsAggregation.UNPLACED);
    assertThat(unplaced.libraries()).isEqualTo(1);
    assertThat(unplaced.reporting()).containsExactly("VN-NONE");
  }
}
