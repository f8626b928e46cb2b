package vn.libnet.testkit.readiness;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/**
 * What the network showed of one library: every check made, and the values measured from them for the
 * questions of the readiness questionnaire.
 *
 * @param isil the library's ISIL
 * @param at when the checks started
 * @param checks every check, in the order made
 * @param measurements the values measured, at most one per question
 */
public record EvidenceReport(String isil, Instant at, List<EvidenceCheck> checks, List<Measurement> measurements) {
  /** Copies the lists. */
  public EvidenceReport {
    Objects.requireNonNull(isil, "isil");
    Objects.requireNonNull(at, "at");
    checks = List.copyOf(checks);
    measurements = List.copyOf(measurements);
  }

  /**
   * {@code response} with these measurements merged in: the measured values are the ones scored, and where
   * the library declared something else the scoring reports the contradiction.
   *
   * @throws IllegalArgumentException when the response is another library's
   */
  public ReadinessResponse applyTo(ReadinessResponse response) {
    if (!isil.equals(response.isil())) {
      throw new IllegalArgumentException("The evidence is of " + isil + ", the response of " + response.isil());
    }
    ReadinessResponse out = response;
    for (Measurement m : measurements) {
      out = out.withMeasurement(m);
    }
    return out;
  }
}
