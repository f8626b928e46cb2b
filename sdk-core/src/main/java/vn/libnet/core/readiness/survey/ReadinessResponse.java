package vn.libnet.core.readiness.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One library's answers to a readiness questionnaire, with any values measured from the network.
 *
 * <p>Answers are kept as text, as the library gave them ({@code "yes"}, {@code "1200"}, {@code "85.5"}),
 * so that a wrong one reaches the checks of {@link ResponseProfile} and is reported with its path instead
 * of failing while reading. Measurements are merged in with {@link #withMeasurement(Measurement)}; a
 * measured value overrides the declared one when scoring, and a disagreement is reported.
 *
 * @param questionnaireId the questionnaire answered, e.g. {@code qd206-2021}
 * @param isil the library's ISIL
 * @param year the year the answers describe, if given
 * @param answers the declared answer of each question id
 * @param measured values measured from the network, in the order they were added
 */
public record ReadinessResponse(
    String questionnaireId, String isil, Integer year, Map<String, String> answers, List<Measurement> measured) {
  /** Copies the answers (in their order) and measurements; entries or elements that are null are dropped. */
  public ReadinessResponse {
    Map<String, String> copy = new LinkedHashMap<>();
    if (answers != null) {
      answers.forEach((k, v) -> {
        if (k != null && v != null) {
          copy.put(k, v);
        }
      });
    }
    answers = java.util.Collections.unmodifiableMap(copy);
    measured = measured == null ? List.of() : measured.stream().filter(java.util.Objects::nonNull).toList();
  }

  /** Declared answers only. */
  public static ReadinessResponse declared(String questionnaireId, String isil, Map<String, String> answers) {
    return new ReadinessResponse(questionnaireId, isil, null, answers, List.of());
  }

  /** A copy with {@code measurement} added; a later measurement of the same question wins. */
  public ReadinessResponse withMeasurement(Measurement measurement) {
    List<Measurement> more = new ArrayList<>(measured);
    more.add(java.util.Objects.requireNonNull(measurement, "measurement"));
    return new ReadinessResponse(questionnaireId, isil, year, answers, more);
  }
}
