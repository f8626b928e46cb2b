package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.core.readiness.ReadinessFixtures.QUESTIONNAIRE;
import static vn.libnet.core.readiness.ReadinessFixtures.keyProvincial;
import static vn.libnet.core.readiness.ReadinessFixtures.provincial;
import static vn.libnet.core.readiness.ReadinessFixtures.response;
import static vn.libnet.core.readiness.ReadinessFixtures.school;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.survey.AnswerSheet;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.readiness.survey.ResponseProfile;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

class ResponseValidationTest {
  private static final String[] COMPLETE_SCHOOL = {"has_website", "yes", "website_online_services", "no",
      "staff_total", "3", "staff_trained", "2"};

  private static ValidationReport check(Library l, ReadinessResponse r, Locale locale) {
    return ResponseProfile.v1().validate(AnswerSheet.of(QUESTIONNAIRE, l, r), ValidationContext.of(locale));
  }

  private static ValidationReport check(Library l, ReadinessResponse r) {
    return check(l, r, Locale.ENGLISH);
  }

  @Test
  void aCompleteResponseHasNoIssue() {
    assertThat(check(school("VN-S", "38"), response("VN-S", COMPLETE_SCHOOL)).issues()).isEmpty();
  }

  @Test
  void requiredAnswersOfShownQuestionsOnly() {
    // A school library: website questions and staff are required; infra and rare questions are hidden.
    ValidationReport r = check(school("VN-S", "38"), response("VN-S", "has_website", "yes"));
    assertThat(r.issues()).extracting(ValidationIssue::path)
        .containsExactly("/answers/website_online_services", "/answers/staff_total", "/answers/staff_trained");
    assertThat(r.issues()).extracting(ValidationIssue::code).containsOnly("READINESS_ANSWER_MISSING");
    assertThat(r.isValid()).isFalse();
    // A blank answer is no answer.
    assertThat(check(school("VN-S", "38"), response("VN-S", "has_website", " ", "staff_total", "1", "staff_trained", "1"))
        .issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactly(
            org.assertj.core.groups.Tuple.tuple("READINESS_ANSWER_MISSING", "/answers/has_website"));
    // A key provincial library must also say whether it holds rare documents.
    assertThat(check(keyProvincial("VN-K", "01"), response("VN-K", COMPLETE_SCHOOL)).issues())
        .extracting(ValidationIssue::path)
        .containsExactly("/answers/infra_ils", "/answers/infra_digital_data", "/answers/infra_interop",
            "/answers/website_open_data", "/answers/rare_has_collection");
  }

  @Test
  void aHiddenQuestionsAnswerIsIgnoredWithARemark() {
    ValidationReport r = check(school("VN-S", "38"), response("VN-S", "has_website", "no", "website_url", "x",
        "staff_total", "3", "staff_trained", "2", "rare_held", "-5"));
    assertThat(r.issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("READINESS_HIDDEN_ANSWER_IGNORED", "/answers/website_url"),
        org.assertj.core.groups.Tuple.tuple("READINESS_HIDDEN_ANSWER_IGNORED", "/answers/rare_held"));
    assertThat(r.issues()).extracting(ValidationIssue::severity).containsOnly(Severity.INFO);
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void rangesTypesAndChoices() {
    ValidationReport r = check(provincial("VN-P", "01"), response("VN-P", "infra_ils", "maybe",
        "infra_digital_data", "yes", "infra_interop", "no", "has_website", "no", "catalogue_online_share", "120",
        "staff_total", "-1", "staff_trained", "two"));
    assertThat(r.issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("READINESS_NOT_YES_NO", "/answers/infra_ils"),
        org.assertj.core.groups.Tuple.tuple("READINESS_SHARE_RANGE", "/answers/catalogue_online_share"),
        org.assertj.core.groups.Tuple.tuple("READINESS_NEGATIVE", "/answers/staff_total"),
        org.assertj.core.groups.Tuple.tuple("READINESS_NOT_A_NUMBER", "/answers/staff_trained"));
    ValidationReport choice = check(provincial("VN-P", "01"), response("VN-P", "infra_ils", "yes",
        "infra_system", "dspace", "infra_digital_data", "yes", "infra_interop", "no", "has_website", "no",
        "staff_total", "1", "staff_trained", "1", "catalogue_online_share", "0"));
    assertThat(choice.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("READINESS_CHOICE_UNKNOWN");
      assertThat(i.message()).isEqualTo(
          "The answer to question infra_system is \"dspace\", which is not one of its choices (koha, libol, vebrary, other).");
    });
  }

  @Test
  void aPartCannotExceedItsWhole() {
    ValidationReport r = check(keyProvincial("VN-K", "01"), response("VN-K", "infra_ils", "yes",
        "infra_digital_data", "yes", "infra_interop", "yes", "has_website", "no", "rare_has_collection", "yes",
        "rare_held", "100", "rare_digitized", "120", "staff_total", "4", "staff_trained", "5"), Messages.VIETNAMESE);
    assertThat(r.issues(("READINESS_PART_EXCEEDS_WHOLE"))).extracting(ValidationIssue::path)
        .containsExactly("/answers/rare_digitized", "/answers/staff_trained");
    ValidationIssue staff = r.issues("READINESS_PART_EXCEEDS_WHOLE").get(1);
    assertThat(staff.message())
        .isEqualTo("Câu trả lời cho câu hỏi staff_trained (5) lớn hơn câu trả lời cho câu hỏi staff_total (4) mà nó là một phần.");
    assertThat(staff.suggestion()).startsWith("Kiểm tra lại hai số liệu");
    assertThat(staff.localized(Locale.ENGLISH).message())
        .isEqualTo("The answer to question staff_trained (5) is more than the answer to question staff_total (4) it is a part of.");
  }

  @Test
  void declaredYesMeasuredNoIsAContradiction() {
    ReadinessResponse r = response("VN-S", COMPLETE_SCHOOL)
        .withMeasurement(new Measurement("has_website", "no", "no answer from https://s.example.vn/", null))
        .withMeasurement(new Measurement("staff_total", "3.5", "HR register", new java.math.BigDecimal("1")));
    ValidationReport report = check(school("VN-S", "38"), r);
    // The website is measured absent: its follow-up question is hidden now, and its answer ignored; the
    // staff count agrees within the measurement's tolerance of 1.
    assertThat(report.issues()).extracting(ValidationIssue::code)
        .containsExactly("READINESS_HIDDEN_ANSWER_IGNORED", "READINESS_EVIDENCE_CONTRADICTS");
    assertThat(report.issues("READINESS_EVIDENCE_CONTRADICTS")).singleElement().satisfies(i -> {
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.message()).isEqualTo("Question has_website: the library declared \"yes\", but the network measured"
          + " \"no\" (no answer from https://s.example.vn/); the measured value is used.");
    });
    assertThat(AnswerSheet.of(QUESTIONNAIRE, school("VN-S", "38"), r).isShown("website_online_services")).isFalse();
  }

  @Test
  void unknownQuestionsWrongQuestionnaireAndLibrary() {
    ReadinessResponse r = new ReadinessResponse("readiness-2026", "VN-X", 2026,
        Map.of("has_website", "no", "staff_total", "1", "staff_trained", "1", "INF-1", "3"),
        List.of(new Measurement("nothing", "1", "", null)));
    ValidationReport report = check(school("VN-S", "38"), r);
    assertThat(report.issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("READINESS_WRONG_QUESTIONNAIRE", "/questionnaireId"),
        org.assertj.core.groups.Tuple.tuple("READINESS_WRONG_LIBRARY", "/isil"),
        org.assertj.core.groups.Tuple.tuple("READINESS_UNKNOWN_QUESTION", "/answers/INF-1"),
        org.assertj.core.groups.Tuple.tuple("READINESS_UNKNOWN_QUESTION", "/measured/0"));
    assertThat(report.profile()).isEqualTo("vn-readiness-response/1");
  }
}
