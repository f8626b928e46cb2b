package vn.libnet.marc.match;

import java.util.List;

/**
 * Why two records were, or were not, judged the same work.
 *
 * @param first the first record's id
 * @param second the second record's id
 * @param score the sum of the evidence
 * @param matched whether the score reached the threshold and no element vetoed the match
 * @param evidence each element's contribution
 */
public record MatchDecision(String first, String second, double score, boolean matched, List<Evidence> evidence) {
  /** Copies the evidence. */
  public MatchDecision {
    evidence = List.copyOf(evidence);
  }
}
