package vn.libnet.core.readiness.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.Province;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.criteria.GroupTarget;
import vn.libnet.core.readiness.criteria.Indicator;
import vn.libnet.core.readiness.criteria.IndicatorUnit;
import vn.libnet.core.readiness.criteria.LibraryGroup;
import vn.libnet.core.readiness.survey.AnswerSheet;
import vn.libnet.core.readiness.survey.IndicatorFeed;
import vn.libnet.core.readiness.survey.Provenance;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.QuestionnaireQuestion;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.readiness.survey.ResolvedAnswer;

/**
 * Scores libraries' responses against criteria, with a {@link ScoringMethod}.
 *
 * <p>For each indicator that applies to the library (by its {@linkplain LibraryGroup groups}) the value
 * is made from the answers that feed it ({@link IndicatorFeed.Role}): a {@code VALUE} answer as it is; a
 * {@code NUMERATOR} over its {@code DENOMINATOR} as a percentage (a whole of 0 makes the indicator not
 * applicable); {@code ALL_OF} answers yes only if all are yes. When every question feeding an indicator
 * is hidden, it is not applicable; when a shown one is unanswered, it is missing and counts 0. Scoring
 * never throws on bad answers: an answer that does not fit its question counts as not given, a negative
 * value as 0 (the {@link vn.libnet.core.readiness.survey.ResponseProfile profile} reports both).
 *
 * <p>Immutable and thread-safe.
 */
public final class ReadinessScorer {
  private final Criteria criteria;
  private final Questionnaire questionnaire;
  private final ScoringMethod method;

  /**
   * A scorer of answers to {@code questionnaire} against {@code criteria}.
   *
   * @throws IllegalArgumentException when the questionnaire is not for these criteria
   */
  public ReadinessScorer(Criteria criteria, Questionnaire questionnaire, ScoringMethod method) {
    this.criteria = Objects.requireNonNull(criteria, "criteria");
    this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
    this.method = Objects.requireNonNull(method, "method");
    questionnaire.requireFor(criteria);
  }

  /** The method scores are computed with. */
  public ScoringMethod method() {
    return method;
  }

  /** The score of {@code library}; {@code response} null when it did not answer. */
  public LibraryScore score(Library library, ReadinessResponse response) {
    Set<LibraryGroup> groups = LibraryGroup.of(library);
    AnswerSheet sheet = response == null ? null : AnswerSheet.of(questionnaire, library, response);
    List<IndicatorResult> results = new ArrayList<>();
    double weighted = 0;
    double weights = 0;
    for (Indicator indicator : criteria.indicators()) {
      Optional<GroupTarget> target = indicator.targetFor(groups);
      if (target.isEmpty()) {
        continue;
      }
      IndicatorResult r = sheet == null ? missing(indicator, target.get())
          : result(indicator, target.get(), sheet);
      results.add(r);
      if (sheet != null && r.status() != IndicatorStatus.NOT_APPLICABLE) {
        weighted += method.weight(indicator.id()) * r.attainment();
        weights += method.weight(indicator.id());
      }
    }
    Double score = weights > 0 ? weighted / weights : null;
    return new LibraryScore(library.isil(), provinceOf(library), library.type(), groups, response != null, results,
        score, score == null ? null : method.band(score));
  }

  /**
   * Scores every library in {@code libraries} with its response among {@code responses} (matched by ISIL;
   * a library without one did not answer, a response of a library not listed is left out).
   */
  public List<LibraryScore> scoreAll(Collection<Library> libraries, Collection<ReadinessResponse> responses) {
    Map<String, ReadinessResponse> byIsil = new HashMap<>();
    responses.forEach(r -> byIsil.put(r.isil(), r));
    return libraries.stream().map(l -> score(l, byIsil.get(l.isil()))).toList();
  }

  /** The code of the 2025 unit the library's address is in, a former code mapped to its successor. */
  static String provinceOf(Library library) {
    return library.provinceCode().flatMap(Province::currentCodeOf).orElse(null);
  }

  private static IndicatorResult missing(Indicator indicator, GroupTarget target) {
    return new IndicatorResult(indicator.id(), indicator.unit(), target, null, IndicatorStatus.MISSING, null, 0,
        null, true);
  }

  private IndicatorResult result(Indicator indicator, GroupTarget target, AnswerSheet sheet) {
    Map<IndicatorFeed.Role, List<QuestionnaireQuestion>> byRole = new HashMap<>();
    boolean anyShown = false;
    for (QuestionnaireQuestion q : questionnaire.feeding(indicator.id())) {
      for (IndicatorFeed f : q.feeds()) {
        if (f.indicator().equals(indicator.id()) && sheet.isShown(q.id())) {
          byRole.computeIfAbsent(f.role(), k -> new ArrayList<>()).add(q);
          anyShown = true;
        }
      }
    }
    if (!anyShown) {
      return notApplicable(indicator, target);
    }
    List<ResolvedAnswer> used = new ArrayList<>();
    Double value = value(byRole, sheet, used);
    if (value == null) {
      return missing(indicator, target);
    }
    if (value.isNaN()) {
      return notApplicable(indicator, target);
    }
    double v = Math.max(value, 0);
    double t = indicator.unit() == IndicatorUnit.YES_NO ? 1 : target.libraryTarget2025();
    double attainment = t <= 0 ? 1 : Math.min(v / t, 1);
    boolean met = attainment >= 1 - 1e-9;
    return new IndicatorResult(indicator.id(), indicator.unit(), target, v,
        met ? IndicatorStatus.MET : IndicatorStatus.GAP, Math.max(t - v, 0), attainment, provenance(used),
        used.stream().allMatch(ResolvedAnswer::agrees));
  }

  private static IndicatorResult notApplicable(Indicator indicator, GroupTarget target) {
    return new IndicatorResult(indicator.id(), indicator.unit(), target, null, IndicatorStatus.NOT_APPLICABLE, null,
        0, null, true);
  }

  // The value from the shown questions: null when missing, NaN when the whole is 0 (not applicable).
  private static Double value(Map<IndicatorFeed.Role, List<QuestionnaireQuestion>> byRole, AnswerSheet sheet,
      List<ResolvedAnswer> used) {
    for (QuestionnaireQuestion q : byRole.getOrDefault(IndicatorFeed.Role.VALUE, List.of())) {
      Optional<ResolvedAnswer> a = sheet.answer(q.id());
      if (a.isPresent() && a.get().number() != null) {
        used.add(a.get());
        return a.get().number().doubleValue();
      }
    }
    List<QuestionnaireQuestion> all = byRole.getOrDefault(IndicatorFeed.Role.ALL_OF, List.of());
    if (!all.isEmpty()) {
      boolean complete = true;
      for (QuestionnaireQuestion q : all) {
        Optional<ResolvedAnswer> a = sheet.answer(q.id());
        if (a.isEmpty()) {
          complete = false;
        } else if ("no".equals(a.get().value())) {
          used.clear();
          used.add(a.get());
          return 0.0;
        } else {
          used.add(a.get());
        }
      }
      return complete ? 1.0 : null;
    }
    List<QuestionnaireQuestion> parts = byRole.getOrDefault(IndicatorFeed.Role.NUMERATOR, List.of());
    List<QuestionnaireQuestion> wholes = byRole.getOrDefault(IndicatorFeed.Role.DENOMINATOR, List.of());
    if (parts.isEmpty() || wholes.isEmpty()) {
      return null;
    }
    Optional<ResolvedAnswer> part = sheet.answer(parts.get(0).id());
    Optional<ResolvedAnswer> whole = sheet.answer(wholes.get(0).id());
    if (part.isEmpty() || whole.isEmpty()) {
      return null;
    }
    used.add(part.get());
    used.add(whole.get());
    BigDecimal w = whole.get().number();
    if (w.signum() <= 0) {
      return Double.NaN;
    }
    return part.get().number().multiply(BigDecimal.valueOf(100)).divide(w, MathContext.DECIMAL64).doubleValue();
  }

  private static Provenance provenance(List<ResolvedAnswer> used) {
    Set<Provenance> kinds = EnumSet.noneOf(Provenance.class);
    used.forEach(a -> kinds.add(a.provenance()));
    if (kinds.size() == 1) {
      return kinds.iterator().next();
    }
    return kinds.isEmpty() ? Provenance.DECLARED : Provenance.BOTH;
  }
}
