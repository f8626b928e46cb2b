package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.libnet.core.readiness.ReadinessFixtures.CRITERIA;
import static vn.libnet.core.readiness.ReadinessFixtures.QUESTIONNAIRE;
import static vn.libnet.core.readiness.ReadinessFixtures.provincial;
import static vn.libnet.core.readiness.ReadinessFixtures.response;
import static vn.libnet.core.readiness.ReadinessFixtures.school;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.Province;
import vn.libnet.core.readiness.scoring.IndicatorAggregate;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessAggregator;
import vn.libnet.core.readiness.scoring.ReadinessBand;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;
import vn.libnet.core.readiness.survey.ReadinessResponse;

class ReadinessAggregatorTest {
  private static final ReadinessScorer SCORER = new ReadinessScorer(CRITERIA, QUESTIONNAIRE, ScoringMethod.defaults());
  private static final ReadinessAggregator AGGREGATOR = new ReadinessAggregator(CRITERIA);

  private static ReadinessAggregate of(List<ReadinessAggregate> all, String key) {
    return all.stream().filter(a -> a.key().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void oneProvinceWorkedOutByHandWithFormerCodes() {
    // Tuyên Quang (08) since 2025 took in Hà Giang (02). Four school libraries:
    // S1 (02): website with services, 4 of 4 staff trained -> score 1.
    // S2 (08): no website, 2 of 4 trained -> (0 + 0.5) / 2 = 0.25 -> FAR.
    // S3 (02): did not answer. S4 (08): website with services, 3 of 3 -> 1.
    List<Library> libraries = List.of(school("VN-S1", "02"), school("VN-S2", "08"), school("VN-S3", "2"),
        school("VN-S4", "08"));
    List<ReadinessResponse> responses = List.of(
        response("VN-S1", "has_website", "yes", "website_online_services", "yes", "staff_total", "4", "staff_trained", "4"),
        response("VN-S2", "has_website", "no", "staff_total", "4", "staff_trained", "2"),
        response("VN-S4", "has_website", "yes", "website_online_services", "yes", "staff_total", "3", "staff_trained", "3"));
    List<ReadinessAggregate> byProvince = AGGREGATOR.byProvince(SCORER.scoreAll(libraries, responses));
    assertThat(byProvince).hasSize(34);
    ReadinessAggregate tq = of(byProvince, "08");
    assertThat(tq.name()).isEqualTo("Tỉnh Tuyên Quang");
    assertThat(tq.libraries()).isEqualTo(4);
    assertThat(tq.answered()).isEqualTo(3);
    assertThat(tq.notAnswered()).containsExactly("VN-S3");
    // (1 + 0.25 + 1) / 3
    assertThat(tq.meanScore()).isCloseTo(0.75, within(1e-12));
    assertThat(tq.bands()).containsEntry(ReadinessBand.MET, 2).containsEntry(ReadinessBand.FAR, 1)
        .containsEntry(ReadinessBand.NEAR, 0);
    // Website: 2 of the 3 that answered = 66.7 %, against 60 % of school libraries: met.
    IndicatorAggregate web = tq.indicator("online_services_school").orElseThrow();
    assertThat(web.applicable()).isEqualTo(4);
    assertThat(web.assessed()).isEqualTo(3);
    assertThat(web.met()).isEqualTo(2);
    assertThat(web.shareMet()).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(web.targetShare()).isEqualTo(60.0);
    assertThat(web.targetMet()).isTrue();
    // Staff: 2 of 3 against 100 %: not met.
    IndicatorAggregate staff = tq.indicator("staff_trained").orElseThrow();
    assertThat(staff.met()).isEqualTo(2);
    assertThat(staff.targetMet()).isFalse();
    // No provincial library answered here: the indicator has no share.
    IndicatorAggregate infra = tq.indicator("infra_data_interop").orElseThrow();
    assertThat(infra.applicable()).isZero();
    assertThat(infra.shareMet()).isNull();
    assertThat(infra.targetMet()).isNull();
    assertThat(of(byProvince, "01").libraries()).isZero();
    assertThat(of(byProvince, "01").meanScore()).isNull();
  }

  @Test
  void everyFormerUnitLandsInItsSuccessorAndUnknownOnesAreUnplaced() {
    // One provincial library per former unit (63), each answering the same: score (1 + 1 + 0.5) / 3.
    List<Library> libraries = new ArrayList<>();
    List<ReadinessResponse> responses = new ArrayList<>();
    for (Province p : Province.former()) {
      String isil = "VN-T" + p.code();
      libraries.add(provincial(isil, p.code()));
      responses.add(response(isil, "infra_ils", "yes", "infra_digital_data", "yes", "infra_interop", "yes",
          "has_website", "yes", "website_online_services", "yes", "website_open_data", "yes",
          "staff_total", "2", "staff_trained", "1"));
    }
    libraries.add(provincial("VN-X1", "99"));
    libraries.add(provincial("VN-X2", null));
    List<LibraryScore> scores = SCORER.scoreAll(libraries, responses);
    List<ReadinessAggregate> byProvince = AGGREGATOR.byProvince(scores);
    assertThat(byProvince).hasSize(35);
    Map<String, Integer> counts = byProvince.stream()
        .collect(Collectors.toMap(ReadinessAggregate::key, ReadinessAggregate::libraries));
    // From provinces-before-2025.tsv, counted by hand: Phú Thọ 25 took Hòa Bình 17 and Vĩnh Phúc 26;
    // Hồ Chí Minh City 79 took Bình Dương 74 and Bà Rịa–Vũng Tàu 77; Hà Nội 01 alone; Tây Ninh 80 is the former
    // Tây Ninh 72 and Long An 80; 82 is in force (Đồng Tháp), so the 82 of the former Tiền Giang stays there, with Đồng Tháp 87.
    assertThat(counts).containsEntry("25", 3).containsEntry("79", 3).containsEntry("37", 3).containsEntry("01", 1)
        .containsEntry("80", 2).containsEntry("82", 2).containsEntry(ReadinessAggregator.UNPLACED, 2);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(65);
    assertThat(byProvince.subList(0, 34)).allSatisfy(a -> assertThat(a.libraries()).isPositive());
    ReadinessAggregate hcm = of(byProvince, "79");
    assertThat(hcm.meanScore()).isCloseTo(2.5 / 3, within(1e-12));
    assertThat(hcm.indicator("online_services").orElseThrow().shareMet()).isEqualTo(100.0);
    assertThat(hcm.indicator("staff_trained").orElseThrow().shareMet()).isEqualTo(0.0);
    ReadinessAggregate unplaced = of(byProvince, ReadinessAggregator.UNPLACED);
    assertThat(unplaced.notAnswered()).containsExactly("VN-X1", "VN-X2");

    ReadinessAggregate all = AGGREGATOR.overall(scores);
    assertThat(all.libraries()).isEqualTo(65);
    assertThat(all.answered()).isEqualTo(63);
    assertThat(all.bands()).containsEntry(ReadinessBand.NEAR, 63);
    List<ReadinessAggregate> byType = AGGREGATOR.byType(scores);
    assertThat(byType).extracting(ReadinessAggregate::key).containsExactly(
        java.util.Arrays.stream(LibraryType.values()).map(Enum::name).toArray(String[]::new));
    assertThat(of(byType, "PUBLIC").libraries()).isEqualTo(65);
    assertThat(of(byType, "SCHOOL").libraries()).isZero();
  }
}
