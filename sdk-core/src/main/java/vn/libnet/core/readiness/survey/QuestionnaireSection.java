package vn.libnet.core.readiness.survey;

import java.util.List;
import vn.libnet.core.readiness.Bilingual;

/**
 * A section of a questionnaire, such as "Digital infrastructure".
 *
 * @param id the section's id
 * @param title its title
 * @param questions its questions, in order
 */
public record QuestionnaireSection(String id, Bilingual title, List<QuestionnaireQuestion> questions) {
  /** Copies the questions. */
  public QuestionnaireSection {
    questions = questions == null ? List.of() : List.copyOf(questions);
  }
}
