package vn.libnet.client.sru;

import java.util.Objects;

/**
 * One term of a scan answer.
 *
 * @param value the term as it is searched
 * @param numberOfRecords how many records hold it, -1 when the server did not say
 * @param displayTerm the term as it is shown, empty when the server sent none
 * @param whereInList {@code first}, {@code last}, {@code only} or {@code inner} when the server said, else empty
 */
public record SruTerm(String value, long numberOfRecords, String displayTerm, String whereInList) {
  /** Checks the parts. */
  public SruTerm {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(displayTerm, "displayTerm");
    Objects.requireNonNull(whereInList, "whereInList");
  }
}
