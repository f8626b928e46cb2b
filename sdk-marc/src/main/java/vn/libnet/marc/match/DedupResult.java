package vn.libnet.marc.match;

import java.util.List;

/**
 * The outcome of deduplication.
 *
 * @param records how many records were compared
 * @param works how many distinct works they describe (clusters, single records included)
 * @param clusters the clusters of more than one record, each as record ids in the order added
 * @param links the decisions that joined records, with their evidence
 * @param comparisons how many pairs were scored
 */
public record DedupResult(int records, int works, List<List<String>> clusters, List<MatchDecision> links, long comparisons) {
  /** Copies the lists. */
  public DedupResult {
    clusters = List.copyOf(clusters);
    links = List.copyOf(links);
  }

  /** How many records are duplicates of an earlier record. */
  public int duplicates() {
    return records - works;
  }
}
