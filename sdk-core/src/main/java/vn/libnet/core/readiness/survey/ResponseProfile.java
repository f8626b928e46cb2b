package vn.libnet.core.readiness.survey;

import static vn.libnet.core.validation.Severity.ERROR;
import static vn.libnet.core.validation.Severity.INFO;
import static vn.libnet.core.validation.Severity.WARNING;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;

/**
 * The checks of a readiness response, profile {@code vn-readiness-response} version 1, over an {@link
 * AnswerSheet} (the response read against its questionnaire and library). Never throws on bad data: every
 * problem is an issue with a stable code, its path a JSON Pointer into the response ({@code
 * /answers/rare_held}) and its texts in Vietnamese and English.
 *
 * <table>
 *   <caption>Codes</caption>
 *   <tr><th>code</th><th>severity</th><th>when</th></tr>
 *   <tr><td>{@code READINESS_WRONG_QUESTIONNAIRE}</td><td>ERROR</td><td>the response names another questionnaire</td></tr>
 *   <tr><td>{@code READINESS_WRONG_LIBRARY}</td><td>ERROR</td><td>the response is for another ISIL</td></tr>
 *   <tr><td>{@code READINESS_UNKNOWN_QUESTION}</td><td>WARNING</td><td>an answer or measurement to no question</td></tr>
 *   <tr><td>{@code READINESS_HIDDEN_ANSWER_IGNORED}</td><td>INFO</td><td>an answer to a question not shown to the library</td></tr>
 *   <tr><td>{@code READINESS_ANSWER_MISSING}</td><td>ERROR</td><td>a shown, required question without answer</td></tr>
 *   <tr><td>{@code READINESS_NOT_YES_NO}, {@code READINESS_NOT_A_NUMBER}, {@code READINESS_CHOICE_UNKNOWN}</td><td>ERROR</td><td>an answer that does not fit its question</td></tr>
 *   <tr><td>{@code READINESS_SHARE_RANGE}, {@code READINESS_NEGATIVE}</td><td>ERROR</td><td>a share outside 0..100, a count under 0</td></tr>
 *   <tr><td>{@code READINESS_PART_EXCEEDS_WHOLE}</td><td>ERROR</td><td>a part larger than its whole (digitized over held, trained staff over staff)</td></tr>
 *   <tr><td>{@code READINESS_EVIDENCE_CONTRADICTS}</td><td>WARNING</td><td>the declared value disagrees with the measured one</td></tr>
 * </table>
 */
public final class ResponseProfile {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Profile<AnswerSheet> PROFILE = build();

  private ResponseProfile() {}

  /** {@code vn-readiness-response} v1. */
  public static Profile<AnswerSheet> v1() {
    return PROFILE;
  }

  private static Profile<AnswerSheet> build() {
    List<Rule<AnswerSheet>> rules = List.of(
        Rule.of("READINESS_WRONG_QUESTIONNAIRE", ERROR, (s, sink) -> {
          if (!Objects.equals(s.response().questionnaireId(), s.questionnaire().id())) {
            sink.report("/questionnaireId", s.response().questionnaireId(), s.questionnaire().id());
          }
        }),
        Rule.of("READINESS_WRONG_LIBRARY", ERROR, (s, sink) -> {
          if (!Objects.equals(s.response().isil(), s.library().isil())) {
            sink.report("/isil", s.response().isil(), s.library().isil());
          }
        }),
        Rule.of("READINESS_UNKNOWN_QUESTION", WARNING, (s, sink) -> {
          s.response().answers().keySet().stream().filter(q -> s.questionnaire().question(q).isEmpty())
              .forEach(q -> sink.report("/answers/" + q, q, s.questionnaire().id()));
          List<Measurement> measured = s.response().measured();
          for (int i = 0; i < measured.size(); i++) {
            String q = measured.get(i).question();
            if (s.questionnaire().question(q).isEmpty()) {
              sink.report("/measured/" + i, q, s.questionnaire().id());
            }
          }
        }),
        Rule.of("READINESS_HIDDEN_ANSWER_IGNORED", INFO, (s, sink) ->
            s.response().answers().keySet().stream()
                .filter(q -> s.questionnaire().question(q).isPresent() && !s.isShown(q))
                .forEach(q -> sink.report("/answers/" + q, q))),
        Rule.of("READINESS_ANSWER_MISSING", ERROR, (s, sink) -> {
          for (QuestionnaireQuestion q : s.questionnaire().questions()) {
            String given = s.response().answers().get(q.id());
            if (q.required() && s.isShown(q.id()) && s.answer(q.id()).isEmpty() && (given == null || given.isBlank())) {
              sink.report("/answers/" + q.id(), q.id());
            }
          }
        }),
        kind("READINESS_NOT_YES_NO", QuestionKind.YES_NO, (q, v) -> AnswerSheet.yesNo(v) == null),
        kind("READINESS_NOT_A_NUMBER", null, (q, v) -> AnswerSheet.parseNumber(v) == null),
        Rule.of("READINESS_CHOICE_UNKNOWN", ERROR, (s, sink) -> declared(s, (q, v) -> {
          if (q.kind() == QuestionKind.CHOICE && !q.offers(v)) {
            sink.report("/answers/" + q.id(), q.id(), v,
                q.choices().stream().map(QuestionChoice::value).collect(Collectors.joining(", ")));
          }
        })),
        range("READINESS_SHARE_RANGE", QuestionKind.SHARE, n -> n.signum() < 0 || n.compareTo(HUNDRED) > 0),
        range("READINESS_NEGATIVE", QuestionKind.NUMBER, n -> n.signum() < 0),
        Rule.of("READINESS_PART_EXCEEDS_WHOLE", ERROR, ResponseProfile::partsWithinWholes),
        Rule.of("READINESS_EVIDENCE_CONTRADICTS", WARNING, (s, sink) -> {
          for (ResolvedAnswer a : s.answers()) {
            if (!a.agrees()) {
              sink.report("/answers/" + a.question(), a.question(), a.declared(), a.measured(), a.source());
            }
          }
        }));
    return Profile.of("vn-readiness-response", "1", AnswerSheet.class, rules);
  }

  /** Each declared, non-blank answer of a shown question: the question and the text as given (stripped). */
  private static void declared(AnswerSheet s, java.util.function.BiConsumer<QuestionnaireQuestion, String> each) {
    for (Map.Entry<String, String> e : s.response().answers().entrySet()) {
      // A blank answer is no answer: READINESS_ANSWER_MISSING when the question is required.
      if (s.isShown(e.getKey()) && !e.getValue().isBlank()) {
        s.questionnaire().question(e.getKey()).ifPresent(q -> each.accept(q, e.getValue().strip()));
      }
    }
  }

  // A declared value that does not parse as its kind: yes/no for YES_NO, a plain number for NUMBER and SHARE (kind null).
  private static Rule<AnswerSheet> kind(String code, QuestionKind only,
      java.util.function.BiPredicate<QuestionnaireQuestion, String> wrong) {
    return Rule.of(code, ERROR, (s, sink) -> declared(s, (q, v) -> {
      boolean applies = only == null ? q.kind() == QuestionKind.NUMBER || q.kind() == QuestionKind.SHARE : q.kind() == only;
      if (applies && wrong.test(q, v)) {
        sink.report("/answers/" + q.id(), q.id(), v);
      }
    }));
  }

  private static Rule<AnswerSheet> range(String code, QuestionKind kind, java.util.function.Predicate<BigDecimal> out) {
    return Rule.of(code, ERROR, (s, sink) -> declared(s, (q, v) -> {
      BigDecimal n = q.kind() == kind ? AnswerSheet.parseNumber(v) : null;
      if (n != null && out.test(n)) {
        sink.report("/answers/" + q.id(), q.id(), v);
      }
    }));
  }

  // For each indicator fed by a NUMERATOR and a DENOMINATOR, the part must not exceed the whole.
  private static void partsWithinWholes(AnswerSheet s, Rule.IssueSink sink) {
    for (QuestionnaireQuestion part : s.questionnaire().questions()) {
      for (IndicatorFeed f : part.feeds()) {
        if (f.role() != IndicatorFeed.Role.NUMERATOR) {
          continue;
        }
        for (QuestionnaireQuestion whole : s.questionnaire().feeding(f.indicator())) {
          boolean isWhole = whole.feeds().stream()
              .anyMatch(w -> w.indicator().equals(f.indicator()) && w.role() == IndicatorFeed.Role.DENOMINATOR);
          ResolvedAnswer p = s.answer(part.id()).orElse(null);
          ResolvedAnswer w = s.answer(whole.id()).orElse(null);
          if (isWhole && p != null && w != null && p.number() != null && w.number() != null
              && p.number().compareTo(w.number()) > 0) {
            sink.report("/answers/" + part.id(), part.id(), p.value(), whole.id(), w.value());
          }
        }
      }
    }
  }
}
