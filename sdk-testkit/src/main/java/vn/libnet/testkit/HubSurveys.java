package vn.libnet.testkit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryDesignation;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.Province;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.readiness.ReadinessCatalog;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;
import vn.libnet.core.readiness.survey.AnswerSheet;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.readiness.survey.ResponseProfile;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/**
 * The hub's readiness surveys (Decision 206/QĐ-TTg): the questionnaires of {@link ReadinessCatalog#standard()}
 * by id (the newest criteria version of each), who may answer for which library, the checks of a response
 * ({@link ResponseProfile#v1()} against the library's registered profile) and its score ({@link
 * ReadinessScorer} with {@link ScoringMethod#defaults()}).
 *
 * <p>A response names the library it answers for by its ISIL. It may be sent by that library, by the
 * administrator, or by the provincial public library of the same province (a registered profile of type
 * {@code PUBLIC} designated {@code governingLevel PROVINCIAL}; provinces compared as the units of 2025,
 * former codes mapped): provincial departments collect their libraries' surveys. Anyone else: 403. A
 * library without a registered profile: 422, since its groups, and so its questions and targets, are not
 * known. Values {@code measured} sent by a client are refused (422): measurements are the hub's own. A
 * response with errors is 422 with every error (code, JSON Pointer, message in English and Vietnamese);
 * warnings do not refuse it. Keeps nothing: the scores are kept by {@link SurveysHandler}.
 */
final class HubSurveys {
  /** The questionnaire the SDK ships, for the criteria of Decision 206/QĐ-TTg. */
  static final String QUESTIONNAIRE_ID = "qd206-2021";

  /** A questionnaire and the criteria it is scored against. */
  record Survey(Criteria criteria, Questionnaire questionnaire, ReadinessScorer scorer) {}

  private final Map<String, Survey> surveys = new LinkedHashMap<>();
  private final HubStore store;

  HubSurveys(HubStore store) {
    this.store = store;
    ReadinessCatalog catalog = ReadinessCatalog.standard();
    for (Criteria c : catalog.all()) {
      catalog.questionnaire(c).ifPresent(q -> {
        Survey old = surveys.get(q.id());
        if (old == null || old.criteria().version() < c.version()) {
          surveys.put(q.id(), new Survey(c, q, new ReadinessScorer(c, q, ScoringMethod.defaults())));
        }
      });
    }
  }

  /** The survey {@code id}; a 404 refusal when the hub has none. */
  Survey survey(String id) {
    Survey s = surveys.get(id);
    if (s == null) {
      throw new Answer.Refusal(ProblemCode.NOT_FOUND, "No such questionnaire",
          "The hub serves the questionnaires " + String.join(", ", surveys.keySet()) + ", not " + HubTexts.echo(id));
    }
    return s;
  }

  /** Checks who may answer, the library's profile and the answers; the library's score. */
  LibraryScore score(Call c, Survey survey, ReadinessResponse r) {
    String isil = r.isil();
    if (isil == null || isil.isBlank()) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "No library",
          "A readiness response names the library it answers for by its ISIL (isil)");
    }
    if (!survey.questionnaire().id().equals(r.questionnaireId())) {
      throw refusal("Wrong questionnaire", List.of(HubTexts.issue("READINESS_WRONG_QUESTIONNAIRE", "/questionnaireId",
          HubTexts.echo(String.valueOf(r.questionnaireId())), survey.questionnaire().id())));
    }
    authorize(c, isil);
    Library library = store.library(isil).map(HubStore.Versioned::value).orElseThrow(() ->
        new Answer.Refusal(ProblemCode.VALIDATION_FAILED, "No library profile",
            HubTexts.bilingual("HUB_READINESS_NO_PROFILE", HubTexts.echo(isil))));
    if (!r.measured().isEmpty()) {
      throw refusal("Measurements are made by the hub",
          List.of(HubTexts.issue("HUB_READINESS_MEASURED_BY_CLIENT", "/measured", r.measured().size())));
    }
    ReadinessResponse measured = HubMeasurements.applyTo(store, r);
    ValidationReport report = ResponseProfile.v1().validate(AnswerSheet.of(survey.questionnaire(), library, measured));
    List<ValidationIssue> errors = report.issues().stream().filter(i -> i.severity() == Severity.ERROR)
        .map(HubSurveys::bilingual).toList();
    if (!errors.isEmpty()) {
      throw refusal("Invalid readiness response", errors);
    }
    return survey.scorer().score(library, measured);
  }

  private void authorize(Call c, String isil) {
    if (c.admin() || isil.equals(c.signer())) {
      return;
    }
    Optional<Library> signer = store.library(c.signer()).map(HubStore.Versioned::value);
    if (signer.isPresent() && isProvincialLibrary(signer.get())) {
      Optional<String> province = provinceOf(signer.get());
      Optional<String> theirs = store.library(isil).flatMap(v -> provinceOf(v.value()));
      if (province.isPresent() && province.equals(theirs)) {
        return;
      }
      throw new Answer.Refusal(ProblemCode.FORBIDDEN, "Forbidden", HubTexts.bilingual("HUB_READINESS_OTHER_PROVINCE",
          c.signer(), province.orElse("?"), HubTexts.echo(isil), theirs.orElse("?")));
    }
    throw new Answer.Refusal(ProblemCode.FORBIDDEN, "Forbidden",
        HubTexts.bilingual("HUB_READINESS_FORBIDDEN", c.signer(), HubTexts.echo(isil)));
  }

  /** A public library designated at the provincial level: the one that collects its province's surveys. */
  static boolean isProvincialLibrary(Library l) {
    return l.type() == LibraryType.PUBLIC && l.designation() != null
        && l.designation().governingLevel() == LibraryDesignation.GoverningLevel.PROVINCIAL;
  }

  /** The code of the 2025 unit the library is in, a former code mapped as the core maps it. */
  static Optional<String> provinceOf(Library l) {
    return l.provinceCode().flatMap(Province::currentCodeOf);
  }

  private static Answer.Refusal refusal(String title, List<ValidationIssue> issues) {
    return new Answer.Refusal(Answer.problem(ProblemCode.VALIDATION_FAILED, title, issues.size() + " error(s)", issues));
  }

  private static ValidationIssue bilingual(ValidationIssue i) {
    ValidationIssue en = i.localized(Locale.ENGLISH);
    ValidationIssue vi = i.localized(Messages.VIETNAMESE);
    return new ValidationIssue(i.code(), i.severity(), i.path(), en.message() + " / " + vi.message(), "", i.arguments());
  }
}
