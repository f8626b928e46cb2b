package vn.libnet.core.readiness.survey;

import java.util.List;
import java.util.Objects;
import vn.libnet.core.readiness.Bilingual;

/**
 * One question of a readiness questionnaire.
 *
 * @param id the stable id answers are keyed by, e.g. {@code rare_digitized}
 * @param kind the kind of answer it takes
 * @param text the question, in Vietnamese and English
 * @param required whether a response must answer it when it is shown
 * @param choices for a {@link QuestionKind#CHOICE} question, the answers it offers
 * @param showIf when it is shown; absent for always
 * @param feeds the indicators its answer feeds
 */
public record QuestionnaireQuestion(
    String id,
    QuestionKind kind,
    Bilingual text,
    boolean required,
    List<QuestionChoice> choices,
    ShowCondition showIf,
    List<IndicatorFeed> feeds) {
  /**
   * Checks the parts and copies the lists.
   *
   * @throws IllegalArgumentException when the id is blank, or a choice question offers no choice
   */
  public QuestionnaireQuestion {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("A question needs an id");
    }
    Objects.requireNonNull(kind, "kind of question " + id);
    choices = choices == null ? List.of() : List.copyOf(choices);
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    if (kind == QuestionKind.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("Choice question " + id + " offers no choice");
    }
    text = text == null ? new Bilingual(id, id) : text;
  }

  /** Whether {@code value} is one of the choices. */
  public boolean offers(String value) {
    return choices.stream().anyMatch(c -> c.value().equals(value));
  }
}
