package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.readiness.criteria.LibraryGroup;
import vn.libnet.core.readiness.scoring.IndicatorResult;
import vn.libnet.core.readiness.scoring.IndicatorStatus;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.Provenance;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.validation.ValidationIssue;

/** The hub's readiness surveys through the real client: who may answer for whom, checks, scores, aggregates. */
class HubReadinessSurveysTest {
  /** Hoàn Kiếm's commune library, in Hà Nội (01), and the provincial library of Hà Nội. */
  private static final String HANOI_COMMUNE = "VN-HaNoi-TVHK";
  private static final String HANOI_PROVINCIAL = "VN-HaNoi-TVTP";
  private static final String HCM_PROVINCIAL = "VN-HCM-TVTP";

  private LibnetTestHub hub;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.start();
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private static LibnetProblemException refused(Runnable call) {
    try {
      call.run();
    } catch (LibnetProblemException e) {
      return e;
    }
    throw new AssertionError("the hub accepted it");
  }

  private void seedHanoiAndHcm() {
    hub.seedLibrary(HubFixtures.library(HANOI_COMMUNE, "Thư viện quận Hoàn Kiếm", "01"));
    hub.seedLibrary(HubFixtures.provincialLibrary(HANOI_PROVINCIAL, "Thư viện thành phố Hà Nội", "01"));
    hub.seedLibrary(HubFixtures.provincialLibrary(HCM_PROVINCIAL, "Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh", "79"));
    hub.seedLibrary(HubFixtures.library(HCM, "Thư viện quận 1", "79"));
  }

  @Test
  void theHubServesTheCoreQuestionnaireAndNoOther() {
    try (LibnetClient c = hub.clientFor(HANOI).build()) {
      var q = c.getQuestionnaire(HubState.SURVEY_ID);
      assertThat(q.id()).isEqualTo("qd206-2021");
      assertThat(q.criteriaId()).isEqualTo("qd206-2021");
      assertThat(q.question("staff_trained")).isPresent();
      assertThat(refused(() -> c.getQuestionnaire("readiness-2026")).problemCode()).isEqualTo(ProblemCode.NOT_FOUND);
      assertThat(refused(() -> c.submitReadinessResponse(ReadinessResponse.declared("readiness-2026", HANOI, Map.of())))
          .problemCode()).isEqualTo(ProblemCode.NOT_FOUND);
      assertThat(refused(() -> c.listReadinessScores("readiness-2026", null).count()).problemCode()).isEqualTo(ProblemCode.NOT_FOUND);
    }
  }

  @Test
  void aLibraryItsProvincialLibraryAndTheAdministratorAnswerOthersAreRefused() {
    seedHanoiAndHcm();
    ReadinessResponse commune = HubFixtures.readiness(HANOI_COMMUNE);
    try (LibnetClient self = hub.clientFor(HANOI_COMMUNE).build(); LibnetClient other = hub.clientFor(HCM).build();
        LibnetClient hanoiProvincial = hub.clientFor(HANOI_PROVINCIAL).build();
        LibnetClient hcmProvincial = hub.clientFor(HCM_PROVINCIAL).build(); LibnetClient admin = hub.adminClient().build()) {
      LibnetProblemException byOther = refused(() -> other.submitReadinessResponse(commune));
      assertThat(byOther.problemCode()).isEqualTo(ProblemCode.FORBIDDEN);
      assertThat(byOther.problem().detail()).contains(HCM, HANOI_COMMUNE);
      LibnetProblemException byOtherProvince = refused(() -> hcmProvincial.submitReadinessResponse(commune));
      assertThat(byOtherProvince.problemCode()).isEqualTo(ProblemCode.FORBIDDEN);
      assertThat(byOtherProvince.problem().detail()).contains("provincial library", "province 79", "province 01", "Thư viện cấp tỉnh");
      assertThat(self.listReadinessScores(HubState.SURVEY_ID, HANOI_COMMUNE)).as("nothing stored").isEmpty();

      LibraryScore collected = hanoiProvincial.submitReadinessResponse(commune);
      assertThat(collected.isil()).isEqualTo(HANOI_COMMUNE);
      assertThat(collected.answered()).isTrue();
      LibraryScore own = self.submitReadinessResponse(commune);
      assertThat(own).isEqualTo(collected);
      LibraryScore byAdmin = admin.submitReadinessResponse(HubFixtures.readiness(HCM));
      assertThat(byAdmin.provinceCode()).isEqualTo("79");
      // A provincial library answers for itself too, and for no library of another province.
      assertThat(hanoiProvincial.submitReadinessResponse(HubFixtures.readiness(HANOI_PROVINCIAL)).groups())
          .contains(LibraryGroup.PROVINCIAL);
      assertThat(refused(() -> hanoiProvincial.submitReadinessResponse(HubFixtures.readiness(HCM))).problemCode())
          .isEqualTo(ProblemCode.FORBIDDEN);
      assertThat(self.listReadinessScores(HubState.SURVEY_ID, null).map(LibraryScore::isil))
          .as("in ISIL order").containsExactly(HCM, HANOI_COMMUNE, HANOI_PROVINCIAL);
    }
  }

  /** Worked by hand: a public library (group ALL): website 1, online services yes, 15 of 20 staff trained = 75 %. */
  @Test
  void aResponseIsScoredAgainstTheRegisteredProfileAndReplacesTheEarlierOne() {
    seedHanoiAndHcm();
    try (LibnetClient c = hub.clientFor(HANOI_COMMUNE).build()) {
      LibraryScore first = c.submitReadinessResponse(HubFixtures.readiness(HANOI_COMMUNE));
      assertThat(first.type()).isEqualTo(LibraryType.PUBLIC);
      assertThat(first.groups()).containsExactly(LibraryGroup.ALL);
      assertThat(first.indicator("staff_trained").map(IndicatorResult::value)).contains(75.0);
      assertThat(first.indicator("staff_trained").map(IndicatorResult::status)).contains(IndicatorStatus.GAP);
      Map<String, String> all = new LinkedHashMap<>(HubFixtures.readiness(HANOI_COMMUNE).answers());
      all.put("staff_trained", "20");
      LibraryScore second = c.submitReadinessResponse(ReadinessResponse.declared(HubState.SURVEY_ID, HANOI_COMMUNE, all));
      assertThat(second.indicator("staff_trained").map(IndicatorResult::status)).contains(IndicatorStatus.MET);
      assertThat(second.score()).isGreaterThan(first.score());
      assertThat(c.listReadinessScores(HubState.SURVEY_ID, HANOI_COMMUNE)).containsExactly(second);
    }
  }

  @Test
  void anInvalidResponseIsRefusedWithItsIssuesAndNothingIsStored() {
    seedHanoiAndHcm();
    Map<String, String> bad = new LinkedHashMap<>(HubFixtures.readiness(HANOI_COMMUNE).answers());
    bad.remove("has_website");
    bad.put("staff_trained", "25");
    try (LibnetClient c = hub.clientFor(HANOI_COMMUNE).build()) {
      LibnetProblemException e = refused(() -> c.submitReadinessResponse(
          ReadinessResponse.declared(HubState.SURVEY_ID, HANOI_COMMUNE, bad)));
      assertThat(e.problemCode()).isEqualTo(ProblemCode.VALIDATION_FAILED);
      assertThat(e.issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactly(
          org.assertj.core.groups.Tuple.tuple("READINESS_ANSWER_MISSING", "/answers/has_website"),
          org.assertj.core.groups.Tuple.tuple("READINESS_PART_EXCEEDS_WHOLE", "/answers/staff_trained"));
      assertThat(e.issues().get(1).message()).contains("staff_trained", "25", "20", " / ", "lớn hơn");
      LibnetProblemException wrong = refused(() -> c.submitReadinessResponse(
          new ReadinessResponse("other", HANOI_COMMUNE, null, Map.of(), List.of())));
      assertThat(wrong.problemCode()).as("the path names the survey, the body another").isEqualTo(ProblemCode.NOT_FOUND);
      assertThat(c.listReadinessScores(HubState.SURVEY_ID, null)).isEmpty();
    }
  }

  @Test
  void measurementsSentByAClientAreRefused() {
    seedHanoiAndHcm();
    ReadinessResponse faked = HubFixtures.readiness(HANOI_COMMUNE)
        .withMeasurement(new Measurement("digital_objects_registered", "5000", "trust me", null));
    try (LibnetClient c = hub.clientFor(HANOI_COMMUNE).build(); LibnetClient admin = hub.adminClient().build()) {
      for (LibnetClient sender : List.of(c, admin)) {
        LibnetProblemException e = refused(() -> sender.submitReadinessResponse(faked));
        assertThat(e.problemCode()).isEqualTo(ProblemCode.VALIDATION_FAILED);
        assertThat(e.issues()).extracting(ValidationIssue::code).containsExactly("HUB_READINESS_MEASURED_BY_CLIENT");
        assertThat(e.issues().get(0).message()).contains("measurements are made by the hub", "do hub tự đo");
      }
      assertThat(c.listReadinessScores(HubState.SURVEY_ID, null)).isEmpty();
    }
  }

  @Test
  void aLibraryWithoutARegisteredProfileIsAskedToRegisterFirst() {
    try (LibnetClient c = hub.clientFor(HANOI).build()) {
      LibnetProblemException e = refused(() -> c.submitReadinessResponse(HubFixtures.readiness(HANOI)));
      assertThat(e.problemCode()).isEqualTo(ProblemCode.VALIDATION_FAILED);
      assertThat(e.problem().detail()).contains("register the library profile first", "đăng ký hồ sơ thư viện trước");
    }
  }

  @Test
  void onlyTheAdministratorMakesALibraryTheProvincialLibrary() {
    try (LibnetClient c = hub.clientFor(HANOI).build(); LibnetClient admin = hub.adminClient().build()) {
      assertThat(refused(() -> c.saveLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện Hà Nội", "01"), null))
          .problemCode()).isEqualTo(ProblemCode.FORBIDDEN);
      var v1 = c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      assertThat(refused(() -> c.saveLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện Hà Nội", "01"), v1.etag()))
          .problemCode()).isEqualTo(ProblemCode.FORBIDDEN);
      var v2 = admin.saveLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện Hà Nội", "01"), v1.etag());
      assertThat(c.saveLibrary(HubFixtures.provincialLibrary(HANOI, "Thư viện thành phố Hà Nội", "01"), v2.etag()).etag())
          .as("a provincial library keeps its designation when it edits its profile").isEqualTo("\"v3\"");
    }
  }

  /** Hà Giang (02) became part of Tuyên Quang (08) on 1 July 2025: a profile with the former code is counted there. */
  @Test
  void aggregatesCoverEveryRegisteredLibraryWithFormerProvinceCodesMapped() {
    seedHanoiAndHcm();
    hub.seedLibrary(HubFixtures.library("VN-HaGiang-TV", "Thư viện tỉnh Hà Giang", "02"));
    try (LibnetClient admin = hub.adminClient().build()) {
      admin.submitReadinessResponse(HubFixtures.readiness(HANOI_COMMUNE));
      admin.submitReadinessResponse(HubFixtures.readiness("VN-HaGiang-TV"));
      List<ReadinessAggregate> byProvince = admin.readinessAggregates(HubState.SURVEY_ID, "province");
      ReadinessAggregate hanoi = byProvince.stream().filter(a -> a.key().equals("01")).findFirst().orElseThrow();
      assertThat(hanoi.libraries()).isEqualTo(2);
      assertThat(hanoi.answered()).isEqualTo(1);
      assertThat(hanoi.notAnswered()).containsExactly(HANOI_PROVINCIAL);
      ReadinessAggregate tuyenQuang = byProvince.stream().filter(a -> a.key().equals("08")).findFirst().orElseThrow();
      assertThat(tuyenQuang.libraries()).as("Hà Giang (02) is counted in Tuyên Quang (08)").isEqualTo(1);
      assertThat(tuyenQuang.answered()).isEqualTo(1);
      assertThat(byProvince.stream().filter(a -> a.key().equals("02"))).as("no aggregate of a former unit").isEmpty();
      assertThat(byProvince.stream().mapToInt(ReadinessAggregate::libraries).sum()).isEqualTo(5);

      List<ReadinessAggregate> byType = admin.readinessAggregates(HubState.SURVEY_ID, "type");
      ReadinessAggregate pub = byType.stream().filter(a -> a.key().equals("PUBLIC")).findFirst().orElseThrow();
      assertThat(pub.libraries()).isEqualTo(5);
      assertThat(pub.notAnswered()).containsExactly(HCM, HCM_PROVINCIAL, HANOI_PROVINCIAL);
      assertThat(pub.bands().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
      assertThat(refused(() -> admin.readinessAggregates(HubState.SURVEY_ID, "commune")).problemCode())
          .isEqualTo(ProblemCode.BAD_REQUEST);
    }
  }

  /**
   * The provincial library of Hà Nội declares no liên thông (infra_interop no); the hub holds records it
   * contributed, so it measures yes: the score uses the measured value and shows the disagreement. Hồ Chí
   * Minh's contributed nothing: its declared value stands, nothing is measured as "no".
   */
  @Test
  void theHubAddsWhatItMeasuresAndTheScoreShowsDeclaredBesideMeasured() {
    seedHanoiAndHcm();
    hub.seedRecords(HANOI_PROVINCIAL, HubFixtures.records(5, 2, HANOI_PROVINCIAL));
    try (LibnetClient admin = hub.adminClient().build()) {
      IndicatorResult hanoi = admin.submitReadinessResponse(HubFixtures.readiness(HANOI_PROVINCIAL))
          .indicator("infra_data_interop").orElseThrow();
      assertThat(hanoi.provenance()).isEqualTo(Provenance.BOTH);
      assertThat(hanoi.agrees()).isFalse();
      assertThat(hanoi.value()).as("infrastructure yes, digital data yes, liên thông measured yes").isEqualTo(1.0);
      assertThat(hanoi.status()).isEqualTo(IndicatorStatus.MET);
      IndicatorResult hcm = admin.submitReadinessResponse(HubFixtures.readiness(HCM_PROVINCIAL))
          .indicator("infra_data_interop").orElseThrow();
      assertThat(hcm.provenance()).isEqualTo(Provenance.DECLARED);
      assertThat(hcm.value()).isEqualTo(0.0);
      assertThat(admin.listReadinessScores(HubState.SURVEY_ID, HANOI_PROVINCIAL).findFirst().orElseThrow()
          .indicator("infra_data_interop").orElseThrow().agrees()).as("stored as scored").isFalse();
    }
  }

  @Test
  void aHubRestartedOnItsFolderKeepsTheScores(@TempDir Path dir) {
    LibraryScore before;
    try (LibnetTestHub h = LibnetTestHub.builder().dataDirectory(dir).start(); LibnetClient admin = h.adminClient().build()) {
      h.seedLibrary(HubFixtures.library(HANOI_COMMUNE, "Thư viện quận Hoàn Kiếm", "01"));
      before = admin.submitReadinessResponse(HubFixtures.readiness(HANOI_COMMUNE));
    }
    try (LibnetTestHub h = LibnetTestHub.builder().dataDirectory(dir).start(); LibnetClient admin = h.adminClient().build()) {
      assertThat(admin.listReadinessScores(HubState.SURVEY_ID, null)).containsExactly(before);
      assertThat(admin.readinessAggregates(HubState.SURVEY_ID, "province").stream().filter(a -> a.key().equals("01"))
          .findFirst().orElseThrow().answered()).isEqualTo(1);
    }
  }
}
