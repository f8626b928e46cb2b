package vn.libnet.testkit.conformance;

import java.time.Instant;
import java.util.List;

/**
 * The results of a conformance run against one hub.
 *
 * @param baseUrl the hub checked
 * @param keyId the library key used
 * @param at when the run started
 * @param results one per requirement, in the order of {@link Requirement}
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
