package vn.libnet.client;

import java.util.List;
import java.util.Locale;
import vn.libnet.core.error.LibnetException;

/**
 * What a {@link BatchContributor} run did, counting the batches finished by earlier runs of the same
 * checkpoint too.
 *
 * @param records records read from the input (unreadable ones included)
 * @param unreadable records that could not be read and were not sent
 * @param batches batches in the input
 * @param resumedBatches batches an earlier run had finished, not sent again
 * @param accepted records stored as new clusters
 * @param merged records stored and merged into existing clusters
 * @param rejected records the hub rejected with issues
 * @param failures batches that failed after every retry (sent again by the next run)
 */
public record BatchSummary(
    long records, long unreadable, long batches, long resumedBatches, long accepted, long merged, long rejected,
    List<Failure> failures) {
  /** Copies the failures; none when absent. */
  public BatchSummary {
    failures = failures == null ? List.of() : List.copyOf(failures);
  }

  /** Whether every batch was acknowledged by the hub. */
  public boolean complete() {
    return failures.isEmpty();
  }

  /**
   * A batch that could not be contributed.
   *
   * @param batch the batch number (0-based)
   * @param firstRecord the input position (1-based) of its first record
   * @param code the error's stable code
   * @param message the error's message in English
   * @param cause the SDK exception that ended the batch, for its message in another language ({@code null}
   *     when there was none, as for an interrupted run)
   */
  public record Failure(long batch, long firstRecord, String code, String message, LibnetException cause) {
    /** The message in {@code locale} (English when the failure has no SDK exception behind it). */
    public String message(Locale locale) {
      return cause == null ? message : cause.message(locale);
    }
  }
}
