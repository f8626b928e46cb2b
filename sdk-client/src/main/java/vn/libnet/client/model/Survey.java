package vn.libnet.client.model;

import java.util.List;

/**
 * A digital-transformation readiness questionnaire of the national programme.
 *
 * @param id the survey id, e.g. {@code readiness-2026}
 * @param title the title in Vietnamese
 * @param titleEn the title in English
 * @param questions the questions
 */
public record Survey(String id, String title, String titleEn, List<SurveyQuestion> questions) {
  /** Copies the questions. */
  public Survey {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
