package vn.libnet.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.client.model.Survey;
import vn.libnet.client.model.SurveyQuestion;
import vn.libnet.client.model.SurveyResponse;
import vn.libnet.client.model.SurveyScores;
import vn.libnet.core.validation.ValidationIssue;

/**
 * The hub's readiness survey: its questionnaire, who may answer for whom, the checks of a response and its
 * scores. A respondent is a province (its two-digit statistics-office code) or a library (its ISIL). A
 * province's answers are written only by the administrator or a library of that province, as its
 * registered profile says (a signer without a profile cannot speak for any province); a library's only by
 * that library or the administrator. Anything else is 403 FORBIDDEN, and the scores stay as they were. A
 * response must answer every question, with a level from 0 to its maximum: one issue per missing, unknown
 * or out-of-range answer (codes {@code SURVEY_ANSWER_MISSING}, {@code SURVEY_UNKNOWN_QUESTION}, {@code
 * SURVEY_LEVEL_RANGE}, texts in both languages), 422. A score of a dimension is the mean of its
 * questions' levels as percentages of their maximum, the total the mean of the dimensions, each rounded
 * half up to one decimal. Keeps nothing: the scores are kept by {@link SurveysHandler}.
 */
final class HubSurveys {
  static final String SURVEY_ID = "readiness-2026";

  private final Survey survey = readinessSurvey();
  private final Function<String, Optional<String>> provinceOf;

  /** @param provinceOf the province code of a library's registered profile, by ISIL (empty when it has none) */
  HubSurveys(Function<String, Optional<String>> provinceOf) {
    this.provinceOf = provinceOf;
  }

  boolean runs(String id) {
    return SURVEY_ID.equals(id);
  }

  Answer get(String id) {
    return runs(id) ? Answer.json(200, survey)
        : Answer.problem(ProblemCode.NOT_FOUND, "No such survey", "The hub runs the survey " + SURVEY_ID + ", not " + id);
  }

  /** Checks who may answer, then the answers; the scores of the response. */
  SurveyScores score(Call c, SurveyResponse r) {
    authorize(c, r.respondent());
    List<ValidationIssue> issues = check(r.answers() == null ? Map.of() : r.answers());
    if (!issues.isEmpty()) {
      throw new Answer.Refusal(Answer.problem(ProblemCode.VALIDATION_FAILED, "Invalid survey response", issues.size() + " error(s)", issues));
    }
    Map<String, List<BigDecimal>> byDimension = new TreeMap<>();
    for (SurveyQuestion q : survey.questions()) {
      int level = r.answers().get(q.id());
      byDimension.computeIfAbsent(q.dimension(), k -> new ArrayList<>())
          .add(BigDecimal.valueOf(level * 100L).divide(BigDecimal.valueOf(q.maxLevel()), 1, RoundingMode.HALF_UP));
    }
    Map<String, BigDecimal> dims = new TreeMap<>();
    byDimension.forEach((d, s) -> dims.put(d, mean(s)));
    return new SurveyScores(SURVEY_ID, r.respondent(), dims, mean(new ArrayList<>(dims.values())));
  }

  private void authorize(Call c, String respondent) {
    if (respondent == null || respondent.isBlank()) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "No respondent", "A survey response names its respondent: a province code or an ISIL");
    }
    if (c.admin()) {
      return;
    }
    if (respondent.matches("[0-9]{2}")) {
      Optional<String> province = provinceOf.apply(c.signer());
      if (province.map(respondent::equals).orElse(false)) {
        return;
      }
      throw new Answer.Refusal(ProblemCode.FORBIDDEN, "Forbidden", province.isEmpty()
          ? c.signer() + " has no registered library profile, so it cannot answer for province " + respondent
          : "A library of province " + province.get() + " (" + c.signer() + ") cannot answer for province " + respondent);
    }
    if (!respondent.equals(c.signer())) {
      throw new Answer.Refusal(ProblemCode.FORBIDDEN, "Forbidden", "A key of " + c.signer() + " cannot answer for " + respondent);
    }
  }

  private List<ValidationIssue> check(Map<String, Integer> answers) {
    List<ValidationIssue> issues = new ArrayList<>();
    Map<String, SurveyQuestion> byId = survey.questions().stream().collect(Collectors.toMap(SurveyQuestion::id, q -> q));
    // In question-id order: the answers come in a map whose order changes from one JVM to the next.
    new TreeMap<>(answers).forEach((q, level) -> {
      SurveyQuestion question = byId.get(q);
      if (question == null) {
        issues.add(issue("SURVEY_UNKNOWN_QUESTION", q, q, SURVEY_ID));
      } else if (level == null || level < 0 || level > question.maxLevel()) {
        issues.add(issue("SURVEY_LEVEL_RANGE", q, q, question.maxLevel(), level));
      }
    });
    for (SurveyQuestion q : survey.questions()) {
      if (!answers.containsKey(q.id())) {
        issues.add(issue("SURVEY_ANSWER_MISSING", q.id(), q.id(), q.textEn(), q.text()));
      }
    }
    return issues;
  }

  private static ValidationIssue issue(String code, String question, Object... args) {
    return HubTexts.issue(code, "/answers/" + question, args);
  }

  private static BigDecimal mean(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(Math.max(1, values.size())), 1, RoundingMode.HALF_UP);
  }

  private static Survey readinessSurvey() {
    return new Survey(SURVEY_ID, "Đánh giá mức độ sẵn sàng chuyển đổi số của thư viện 2026",
        "Library digital-transformation readiness 2026", List.of(
        new SurveyQuestion("INF-1", "infrastructure", "Mức độ trang bị máy tính và mạng cho bạn đọc", "Computers and network for readers", 4),
        new SurveyQuestion("INF-2", "infrastructure", "Hệ thống quản lý thư viện tích hợp (ILS)", "Integrated library system", 4),
        new SurveyQuestion("DAT-1", "data", "Tỷ lệ tài liệu có biểu ghi MARC 21", "Share of holdings catalogued in MARC 21", 4),
        new SurveyQuestion("DAT-2", "data", "Tỷ lệ tài liệu quý hiếm đã số hoá", "Share of rare materials digitized", 4),
        new SurveyQuestion("HUM-1", "people", "Cán bộ được đào tạo kỹ năng số", "Staff trained in digital skills", 4),
        new SurveyQuestion("SVC-1", "services", "Dịch vụ trực tuyến cho bạn đọc", "Online services for readers", 4)));
  }
}
