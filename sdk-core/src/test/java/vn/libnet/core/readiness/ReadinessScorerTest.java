package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.libnet.core.readiness.ReadinessFixtures.CRITERIA;
import static vn.libnet.core.readiness.ReadinessFixtures.QUESTIONNAIRE;
import static vn.libnet.core.readiness.ReadinessFixtures.keyProvincial;
import static vn.libnet.core.readiness.ReadinessFixtures.library;
import static vn.libnet.core.readiness.ReadinessFixtures.listedUniversity;
import static vn.libnet.core.readiness.ReadinessFixtures.otherUniversity;
import static vn.libnet.core.readiness.ReadinessFixtures.provincial;
import static vn.libnet.core.readiness.ReadinessFixtures.response;
import static vn.libnet.core.readiness.ReadinessFixtures.school;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.readiness.criteria.LibraryGroup;
import vn.libnet.core.readiness.scoring.IndicatorResult;
import vn.libnet.core.readiness.scoring.IndicatorStatus;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessBand;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.Provenance;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/** Scores worked out by hand from the targets of QĐ 206 (qd206-2021 v1) and written here. */
class ReadinessScorerTest {
  private static final ReadinessScorer SCORER = new ReadinessScorer(CRITERIA, QUESTIONNAIRE, ScoringMethod.defaults());

  private static LibraryScore score(Library l, ReadinessResponse r) {
    return SCORER.score(l, r);
  }

  private static IndicatorResult result(LibraryScore s, String id) {
    return s.indicator(id).orElseThrow(() -> new AssertionError(id + " does not apply"));
  }

  @Test
  void provincialLibraryWithAHiddenAnswer() {
    // Groups ALL + PROVINCIAL: infra_data_interop, online_services, staff_trained apply.
    // infra: ILS yes, digital data yes, liên thông no -> 0. online: website, services, open data yes -> 1.
    // staff: 15 of 20 trained = 75 % against 100 % -> 0.75. Score (0 + 1 + 0.75) / 3 = 0.58333 -> PARTIAL.
    // rare_held is only shown to key libraries: its answer is ignored.
    LibraryScore s = score(provincial("VN-A", "01"), response("VN-A", "infra_ils", "yes", "infra_digital_data", "yes",
        "infra_interop", "no", "has_website", "yes", "website_online_services", "yes", "website_open_data", "có",
        "staff_total", "20", "staff_trained", "15", "rare_held", "100"));
    assertThat(s.indicators()).extracting(IndicatorResult::indicator)
        .containsExactly("infra_data_interop", "online_services", "staff_trained");
    assertThat(result(s, "infra_data_interop").status()).isEqualTo(IndicatorStatus.GAP);
    assertThat(result(s, "infra_data_interop").value()).isEqualTo(0.0);
    assertThat(result(s, "online_services").status()).isEqualTo(IndicatorStatus.MET);
    assertThat(result(s, "staff_trained").value()).isEqualTo(75.0);
    assertThat(result(s, "staff_trained").gap()).isEqualTo(25.0);
    assertThat(result(s, "staff_trained").attainment()).isEqualTo(0.75);
    assertThat(s.score()).isCloseTo(1.75 / 3, within(1e-12));
    assertThat(s.band()).isEqualTo(ReadinessBand.PARTIAL);
    assertThat(s.provinceCode()).isEqualTo("01");
    assertThat(s.groups()).containsExactly(LibraryGroup.PROVINCIAL, LibraryGroup.ALL);
  }

  @Test
  void keyLibraryOnTheNearBoundaryWithAHiddenWebsiteSection() {
    // Groups ALL + KEY + PROVINCIAL: infra, online_services, digitized_rare, staff_trained.
    // infra all yes -> 1; no website -> online_services 0 (its other questions hidden);
    // rare: 560 of 1000 = 56 % against 70 % -> 0.8; staff 10 of 10 -> 1. Score 2.8 / 4 = 0.7 -> NEAR.
    LibraryScore s = score(keyProvincial("VN-B", "79"), response("VN-B", "infra_ils", "yes", "infra_digital_data", "yes",
        "infra_interop", "yes", "has_website", "no", "rare_has_collection", "yes", "rare_held", "1000",
        "rare_digitized", "560", "staff_total", "10", "staff_trained", "10"));
    assertThat(s.indicators()).extracting(IndicatorResult::indicator)
        .containsExactly("infra_data_interop", "online_services", "digitized_rare", "staff_trained");
    assertThat(result(s, "online_services").value()).isEqualTo(0.0);
    assertThat(result(s, "digitized_rare").value()).isEqualTo(56.0);
    assertThat(result(s, "digitized_rare").gap()).isEqualTo(14.0);
    assertThat(result(s, "digitized_rare").attainment()).isCloseTo(0.8, within(1e-12));
    assertThat(s.score()).isCloseTo(0.7, within(1e-12));
    assertThat(s.band()).isEqualTo(ReadinessBand.NEAR);
  }

  @Test
  void schoolLibraryWithAMissingAnswer() {
    // Groups ALL + SCHOOL: online_services_school (60 % of school libraries), staff_trained.
    // website with online services -> 1; staff_trained not answered -> missing, counts 0. Score 0.5 -> PARTIAL.
    LibraryScore s = score(school("VN-C", "38"), response("VN-C", "has_website", "yes", "website_online_services", "yes",
        "staff_total", "2"));
    assertThat(result(s, "online_services_school").status()).isEqualTo(IndicatorStatus.MET);
    assertThat(result(s, "online_services_school").target().librariesShare2025()).isEqualTo(60.0);
    assertThat(result(s, "staff_trained").status()).isEqualTo(IndicatorStatus.MISSING);
    assertThat(result(s, "staff_trained").value()).isNull();
    assertThat(s.score()).isEqualTo(0.5);
    assertThat(s.band()).isEqualTo(ReadinessBand.PARTIAL);
  }

  @Test
  void otherUniversityLibraryAndConfigurableWeights() {
    // Groups ALL + UNIVERSITY_OTHER: online_services_other (80 %), digitized_own_research (70 %), staff_trained.
    // website + services + multi-device -> 1; own research 100 of 400 = 25 % -> 25/70 = 0.357142857;
    // staff 8 of 8 -> 1. Score (1 + 0.357142857 + 1) / 3 = 0.785714286 -> NEAR.
    Library d = otherUniversity("VN-D", "48");
    ReadinessResponse r = response("VN-D", "has_website", "yes", "website_online_services", "yes",
        "website_multi_device", "yes", "own_research_held", "400", "own_research_digitized", "100",
        "staff_total", "8", "staff_trained", "8");
    LibraryScore s = score(d, r);
    assertThat(s.indicators()).extracting(IndicatorResult::indicator)
        .containsExactly("online_services_other", "digitized_own_research", "staff_trained");
    assertThat(result(s, "online_services_other").target().librariesShare2025()).isEqualTo(80.0);
    assertThat(s.score()).isCloseTo(0.785714286, within(1e-9));
    assertThat(s.band()).isEqualTo(ReadinessBand.NEAR);
    // Research output weighing 2: (1 + 2 × 0.357142857 + 1) / 4 = 0.678571429 -> PARTIAL.
    ReadinessScorer weighted = new ReadinessScorer(CRITERIA, QUESTIONNAIRE,
        ScoringMethod.defaults().withWeight("digitized_own_research", 2));
    LibraryScore w = weighted.score(d, r);
    assertThat(w.score()).isCloseTo(0.678571429, within(1e-9));
    assertThat(w.band()).isEqualTo(ReadinessBand.PARTIAL);
  }

  @Test
  void listedUniversityWithNothingToDigitizeAndTheNationalLibraryWithoutRareHoldings() {
    // Groups ALL + UNIVERSITY: online_services (100 %, open data needed), digitized_own_research, staff.
    // open data no -> 0; own research held 0 -> not applicable, left out; staff 5 of 5 -> 1. Score 1/2 = 0.5.
    LibraryScore e = score(listedUniversity("VN-E", "01"), response("VN-E", "has_website", "yes",
        "website_online_services", "yes", "website_open_data", "no", "own_research_held", "0",
        "own_research_digitized", "0", "staff_total", "5", "staff_trained", "5"));
    assertThat(result(e, "digitized_own_research").status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(e.score()).isEqualTo(0.5);
    // National Library: KEY by its type. No rare holdings -> the rare questions are hidden -> not applicable.
    // infra 1, online 1, staff 1 -> score 1 -> MET.
    LibraryScore f = score(library("VN-F", LibraryType.NATIONAL, "01", null), response("VN-F", "infra_ils", "yes",
        "infra_digital_data", "yes", "infra_interop", "yes", "has_website", "yes", "website_online_services", "yes",
        "website_open_data", "yes", "rare_has_collection", "no", "rare_held", "5", "staff_total", "100",
        "staff_trained", "100"));
    assertThat(result(f, "digitized_rare").status()).isEqualTo(IndicatorStatus.NOT_APPLICABLE);
    assertThat(f.score()).isEqualTo(1.0);
    assertThat(f.band()).isEqualTo(ReadinessBand.MET);
  }

  @Test
  void aLibraryThatDidNotAnswerHasNoScore() {
    LibraryScore g = score(school("VN-G", "38"), null);
    assertThat(g.answered()).isFalse();
    assertThat(g.score()).isNull();
    assertThat(g.band()).isNull();
    assertThat(g.indicators()).extracting(IndicatorResult::status).containsOnly(IndicatorStatus.MISSING);
  }

  @Test
  void measuredValuesOverrideDeclaredOnesAndKeepTheirProvenance() {
    // Declared liên thông yes, measured no (its OAI-PMH endpoint fails): the measured value counts, so
    // infra is 0 as in the first case and the score is again (0 + 1 + 0.75) / 3.
    ReadinessResponse r = response("VN-A", "infra_ils", "yes", "infra_digital_data", "yes", "infra_interop", "yes",
        "has_website", "yes", "website_online_services", "yes", "website_open_data", "yes", "staff_total", "20",
        "staff_trained", "15")
        .withMeasurement(new Measurement("infra_interop", "no", "OAI-PMH conformance of https://a.example.vn/oai", null))
        .withMeasurement(new Measurement("has_website", "yes", "HTTP 200 from https://a.example.vn/", null));
    LibraryScore s = score(provincial("VN-A", "01"), r);
    IndicatorResult infra = result(s, "infra_data_interop");
    assertThat(infra.value()).isEqualTo(0.0);
    assertThat(infra.provenance()).isEqualTo(Provenance.BOTH);
    assertThat(infra.agrees()).isFalse();
    IndicatorResult online = result(s, "online_services");
    assertThat(online.provenance()).isEqualTo(Provenance.BOTH);
    assertThat(online.agrees()).isTrue();
    assertThat(result(s, "staff_trained").provenance()).isEqualTo(Provenance.DECLARED);
    assertThat(s.score()).isCloseTo(1.75 / 3, within(1e-12));
    // Staff counted from the network alone.
    LibraryScore m = score(school("VN-M", "38"), response("VN-M", "has_website", "no")
        .withMeasurement(new Measurement("staff_total", "4", "HR register", null))
        .withMeasurement(new Measurement("staff_trained", "1", "HR register", null)));
    assertThat(result(m, "staff_trained").provenance()).isEqualTo(Provenance.MEASURED);
    assertThat(result(m, "staff_trained").value()).isEqualTo(25.0);
    // (0 + 0.25) / 2
    assertThat(m.score()).isEqualTo(0.125);
    assertThat(m.band()).isEqualTo(ReadinessBand.FAR);
  }

  @Test
  void scoreAllMatchesResponsesByIsil() {
    List<LibraryScore> all = SCORER.scoreAll(List.of(school("VN-1", "38"), school("VN-2", "38")),
        List.of(response("VN-2", "has_website", "no", "staff_total", "1", "staff_trained", "1"),
            response("VN-9", "has_website", "yes")));
    assertThat(all).extracting(LibraryScore::isil).containsExactly("VN-1", "VN-2");
    assertThat(all).extracting(LibraryScore::answered).containsExactly(false, true);
    assertThat(all.get(1).score()).isEqualTo(0.5);
  }
}
