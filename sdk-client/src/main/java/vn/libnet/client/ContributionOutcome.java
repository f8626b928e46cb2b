package vn.libnet.client;

import java.util.List;
import vn.libnet.core.validation.ValidationIssue;

/**
 * What became of one input record in a {@link BatchContributor} run, given to the listener set with
 * {@link BatchContributor.Builder#outcomes}: enough for a cataloguer to find the record again (its place
 * in the input and its 001) and to see why it was rejected.
 *
 * @param record the record's 1-based position in the input
 * @param controlNumber its 001, {@code null} when it has none or could not be read
 * @param status what happened to it
 * @param batch the 0-based batch it was in; -1 for an unreadable record, which is in no batch
 * @param clusterId the cluster it belongs to when accepted or merged, else {@code null}
 * @param recordId the catalogue's id for it when accepted or merged, else {@code null}
 * @param issues the hub's reasons for a rejection (warnings otherwise), the reader's for an unreadable
 *     record, or the batch's failure for a record not sent
 */
public record ContributionOutcome(
    long record, String controlNumber, Status status, long batch, String clusterId, String recordId, List<ValidationIssue> issues) {
  /** Copies the issues; none when absent. */
  public ContributionOutcome {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** What happened to a record. */
  public enum Status {
    /** Stored as a new cluster. */
    ACCEPTED,
    /** Stored and merged into an existing cluster. */
    MERGED,
    /** Not stored: the hub refused it with issues. */
    REJECTED,
    /** Could not be read from the input; never sent. */
    UNREADABLE,
    /** In a batch that failed or was not sent because the run stopped; the next run sends it. */
    NOT_SENT,
    /**
     * In a batch an earlier run of the same checkpoint finished. The checkpoint keeps only each batch's
     * totals, not its records' outcomes (they would make it grow with the catalogue), so the outcome is the
     * one the earlier run reported.
     */
    DONE_EARLIER
  }
}
