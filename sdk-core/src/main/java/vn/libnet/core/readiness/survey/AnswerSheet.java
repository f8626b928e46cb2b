package vn.libnet.core.readiness.survey;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.criteria.LibraryGroup;

/**
 * One library's response read against a questionnaire: which questions are shown to it, and the answer
 * of each shown question once declared and measured values are merged. What {@link ResponseProfile}
 * checks and what scoring reads.
 *
 * <p>Questions are decided in order: a question is shown when it has no condition, or when its condition
 * holds for the library's {@linkplain LibraryGroup groups} and for the answer of the earlier question it
 * names (a hidden or unanswered question shows nothing). A hidden question's answer is ignored. A value
 * that does not fit the question's kind (text for a number) counts as not given; the profile reports it.
 * When a question has both a declared and a measured value, the measured one is used and whether they
 * agree is kept; numbers agree within the measurement's tolerance, other values when equal.
 *
 * <p>Decided once when made; immutable and thread-safe after that.
 */
public final class AnswerSheet {
  private final Questionnaire questionnaire;
  private final Library library;
  private final ReadinessResponse response;
  private final Set<LibraryGroup> groups;
  private final Map<String, Boolean> shown = new LinkedHashMap<>();
  private final Map<String, ResolvedAnswer> answers = new LinkedHashMap<>();

  private AnswerSheet(Questionnaire questionnaire, Library library, ReadinessResponse response) {
    this.questionnaire = questionnaire;
    this.library = library;
    this.response = response;
    this.groups = LibraryGroup.of(library);
    Map<String, Measurement> measured = new HashMap<>();
    response.measured().forEach(m -> measured.put(m.question(), m));
    for (QuestionnaireQuestion q : questionnaire.questions()) {
      boolean visible = holds(q.showIf());
      shown.put(q.id(), visible);
      if (visible) {
        resolve(q, response.answers().get(q.id()), measured.get(q.id())).ifPresent(a -> answers.put(q.id(), a));
      }
    }
  }

  /**
   * Reads {@code response} of {@code library} against {@code questionnaire}.
   *
   * @throws NullPointerException when a part is null
   */
  public static AnswerSheet of(Questionnaire questionnaire, Library library, ReadinessResponse response) {
    return new AnswerSheet(Objects.requireNonNull(questionnaire, "questionnaire"),
        Objects.requireNonNull(library, "library"), Objects.requireNonNull(response, "response"));
  }

  /** The questionnaire. */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The library that answered. */
  public Library library() {
    return library;
  }

  /** The response as given. */
  public ReadinessResponse response() {
    return response;
  }

  /** The library's groups. */
  public Set<LibraryGroup> groups() {
    return Collections.unmodifiableSet(groups);
  }

  /** Whether question {@code questionId} is shown to this library (false for an unknown question). */
  public boolean isShown(String questionId) {
    return shown.getOrDefault(questionId, false);
  }

  /** The answer of a shown question, if it has a usable one. */
  public Optional<ResolvedAnswer> answer(String questionId) {
    return Optional.ofNullable(answers.get(questionId));
  }

  /** Every usable answer, in question order. */
  public List<ResolvedAnswer> answers() {
    return List.copyOf(answers.values());
  }

  private boolean holds(ShowCondition c) {
    if (c == null) {
      return true;
    }
    if (!c.groups().isEmpty() && c.groups().stream().noneMatch(groups::contains)) {
      return false;
    }
    if (c.question() == null) {
      return true;
    }
    ResolvedAnswer a = answers.get(c.question());
    if (a == null) {
      return false;
    }
    if (!c.anyOf().isEmpty() && !c.anyOf().contains(a.value())) {
      return false;
    }
    return c.above() == null || (a.number() != null && a.number().compareTo(c.above()) > 0);
  }

  private static Optional<ResolvedAnswer> resolve(QuestionnaireQuestion q, String declaredText, Measurement m) {
    String declared = declaredText == null ? null : normalise(q, declaredText);
    String measured = m == null ? null : normalise(q, m.value());
    if (declared == null && measured == null) {
      return Optional.empty();
    }
    String value = measured != null ? measured : declared;
    Provenance provenance = declared == null ? Provenance.MEASURED
        : measured == null ? Provenance.DECLARED : Provenance.BOTH;
    boolean agrees = provenance != Provenance.BOTH || agree(q, declared, measured, m.tolerance());
    return Optional.of(new ResolvedAnswer(q.id(), value, number(q.kind(), value), provenance, agrees, declared,
        measured, m == null ? null : m.source()));
  }

  private static boolean agree(QuestionnaireQuestion q, String declared, String measured, BigDecimal tolerance) {
    BigDecimal d = number(q.kind(), declared);
    BigDecimal m = number(q.kind(), measured);
    if (d == null || m == null) {
      return declared.equals(measured);
    }
    return d.subtract(m).abs().compareTo(tolerance == null ? BigDecimal.ZERO : tolerance) <= 0;
  }

  /** The value in its normal form for {@code q}'s kind, or null when it does not fit the kind or the choices. */
  static String normalise(QuestionnaireQuestion q, String text) {
    String s = text.strip();
    switch (q.kind()) {
      case YES_NO:
        return yesNo(s);
      case NUMBER:
      case SHARE:
        BigDecimal n = parseNumber(s);
        return n == null ? null : n.toPlainString();
      case CHOICE:
        return q.offers(s) ? s : null;
      default:
        return s.isEmpty() ? null : s;
    }
  }

  static String yesNo(String s) {
    switch (s.toLowerCase(Locale.ROOT)) {
      case "yes": case "true": case "có": case "1":
        return "yes";
      case "no": case "false": case "không": case "0":
        return "no";
      default:
        return null;
    }
  }

  static BigDecimal parseNumber(String s) {
    // Plain decimals only: no exponent, so that "1e999999999" cannot cost anything to compare.
    if (s.isEmpty() || s.length() > 40 || !s.matches("-?[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return new BigDecimal(s);
  }

  private static BigDecimal number(QuestionKind kind, String value) {
    switch (kind) {
      case YES_NO:
        return "yes".equals(value) ? BigDecimal.ONE : BigDecimal.ZERO;
      case NUMBER:
      case SHARE:
        return new BigDecimal(value);
      default:
        return null;
    }
  }
}
