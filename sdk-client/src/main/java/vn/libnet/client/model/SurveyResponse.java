package vn.libnet.client.model;

import java.util.Map;

/**
 * Answers to a survey for one library (ISIL) or one locality (province code).
 *
 * @param surveyId the survey answered
 * @param respondent the library's ISIL or the province's statistics-office code
 * @param answers the level chosen for each question id
 */
public record SurveyResponse(String surveyId, String respondent, Map<String, Integer> answers) {
  /** Copies the answers. */
  public SurveyResponse {
    answers = answers == null ? Map.of() : Map.copyOf(answers);
  }
}
