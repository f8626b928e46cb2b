package vn.libnet.server.sru;

import java.util.Objects;

/**
 * One term of a scan answer.
 *
 * @param value the term as it is in the index (what a client searches for)
 * @param numberOfRecords how many records have it
 * @param displayTerm the term as it is shown (with its diacritics, say), or {@code null} when it is the value
 */
public record SruScanTerm(String value, long numberOfRecords, String displayTerm) {
  /** Checks the parts. */
  public SruScanTerm {
    Objects.requireNonNull(value, "value");
    if (numberOfRecords < 0) {
      throw new IllegalArgumentException("numberOfRecords cannot be negative: " + numberOfRecords);
    }
  }
}
