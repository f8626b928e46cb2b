package vn.libnet.client.model;

import java.util.List;
import vn.libnet.core.validation.ValidationIssue;

/**
 * The outcome of one record of a contributed batch.
 *
 * @param index the record's 0-based position in the batch
 * @param controlNumber the record's 001, if it had one
 * @param status accepted, merged or rejected
 * @param recordId the catalogue id of the stored record ({@code null} when rejected or in a dry run)
 * @param clusterId the cluster the record belongs (or would belong) to; {@code null} when rejected
 * @param issues the validation issues: the reasons of a rejection, warnings otherwise
 */
public record RecordOutcome(
    int index, String controlNumber, OutcomeStatus status, String recordId, String clusterId, List<ValidationIssue> issues) {
  /** Copies the issues. */
  public RecordOutcome {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }
}
