package vn.libnet.client.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The scores the hub computed from a survey response: per dimension and overall, each from 0 to 100.
 *
 * @param surveyId the survey
 * @param respondent the library's ISIL or the province's code
 * @param dimensions score per dimension
 * @param overall the mean of the dimensions
 */
public record SurveyScores(String surveyId, String respondent, Map<String, BigDecimal> dimensions, BigDecimal overall) {
  /** Copies the scores. */
  public SurveyScores {
    dimensions = dimensions == null ? Map.of() : Map.copyOf(dimensions);
  }
}
