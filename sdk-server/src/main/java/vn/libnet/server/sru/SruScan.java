package vn.libnet.server.sru;

import java.util.Objects;

/**
 * A scan the provider asks of its {@link SruRecordSource}: the terms of an index around a start term (SRU
 * scan; {@code scanClause} as {@code index relation term}).
 *
 * @param index the index, as the client named it (with its context-set prefix, e.g. {@code dc.title})
 * @param relation the relation of the scan clause ({@code =} when the client gave none)
 * @param term the start term, unescaped
 * @param responsePosition where the start term (or the place it would be) stands in the answer, 1-based;
 *     0 puts it just before the first term given
 * @param maximumTerms the most terms wanted, at least 1
 */
public record SruScan(String index, String relation, String term, int responsePosition, int maximumTerms) {
  /** Checks the parts. */
  public SruScan {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(term, "term");
    if (responsePosition < 0 || maximumTerms < 1) {
      throw new IllegalArgumentException("responsePosition >= 0 and maximumTerms >= 1: " + responsePosition + ", " + maximumTerms);
    }
  }
}
