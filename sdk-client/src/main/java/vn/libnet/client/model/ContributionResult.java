package vn.libnet.client.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's answer to a contributed batch: one outcome per record, in the batch's order.
 *
 * @param dryRun whether the batch was only validated and matched, nothing stored
 * @param outcomes per record
 */
public record ContributionResult(boolean dryRun, List<RecordOutcome> outcomes) {
  /** Copies the outcomes. */
  public ContributionResult {
    outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
  }

  /** How many records had each status; every status is present, zero included. */
  public Map<OutcomeStatus, Integer> totals() {
    Map<OutcomeStatus, Integer> t = new EnumMap<>(OutcomeStatus.class);
    for (OutcomeStatus s : OutcomeStatus.values()) {
      t.put(s, 0);
    }
    outcomes.forEach(o -> t.merge(o.status(), 1, Integer::sum));
    return t;
  }
}
