package vn.libnet.testkit.conformance;

import java.time.Instant;
import java.util.List;

/**
 * The results of a conformance run against one endpoint: a hub ({@link ConformanceSuite}) or an OAI-PMH
 * repository ({@link OaiConformanceSuite}).
 *
 * @param baseUrl the endpoint checked
 * @param keyId the library key used, or {@code null} for a suite of an open protocol, which needs none
 * @param at when the run started
 * @param results one per requirement, in the order of the suite's requirements
 */
public record ConformanceReport(String baseUrl, String keyId, Instant at, List<CheckResult> results) {
  /** Copies the results. */
  public ConformanceReport {
    results = List.copyOf(results);
  }

  /** Whether every requirement passed. */
  public boolean passed() {
    return results.stream().allMatch(CheckResult::passed);
  }

  /** How many requirements failed. */
  public long failures() {
    return results.stream().filter(r -> !r.passed()).count();
  }
}
