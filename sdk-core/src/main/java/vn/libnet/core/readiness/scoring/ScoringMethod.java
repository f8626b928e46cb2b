package vn.libnet.core.readiness.scoring;

import java.util.HashMap;
import java.util.Map;

/**
 * How scores are computed: the weight of each indicator (1 unless given) and the thresholds of the bands.
 * A library's score is the weighted mean, over the indicators that apply to it, of min(value / target,
 * 1); a yes/no value is 1 or 0 against a target of 1. {@link ReadinessBand#MET} is a score of 1, {@link
 * ReadinessBand#NEAR} at least {@code nearThreshold}, {@link ReadinessBand#PARTIAL} at least {@code
 * partialThreshold}, {@link ReadinessBand#FAR} below.
 *
 * @param weights the weight of each indicator id; an indicator not named weighs 1
 * @param nearThreshold the lowest score of the near band
 * @param partialThreshold the lowest score of the partial band
 */
public record ScoringMethod(Map<String, Double> weights, double nearThreshold, double partialThreshold) {
  /** The scores of within this much of 1 count as 1, so that 0.7 / 0.7 is met despite rounding. */
  private static final double EPSILON = 1e-9;

  /**
   * Checks the thresholds and weights, and copies the weights.
   *
   * @throws IllegalArgumentException when a weight is negative or not a number, or the thresholds are
   *     not 0 &lt; partial &lt;= near &lt; 1
   */
  public ScoringMethod {
    weights = weights == null ? Map.of() : Map.copyOf(weights);
    weights.forEach((k, w) -> {
      if (w == null || !(w >= 0) || w.isInfinite()) {
        throw new IllegalArgumentException("Weight of " + k + " must be 0 or more: " + w);
      }
    });
    if (!(partialThreshold > 0 && partialThreshold <= nearThreshold && nearThreshold < 1)) {
      throw new IllegalArgumentException("Thresholds must be 0 < partial <= near < 1: " + partialThreshold + ", " + nearThreshold);
    }
  }

  /** Equal weights; near from 0.7, partial from 0.4. */
  public static ScoringMethod defaults() {
    return new ScoringMethod(Map.of(), 0.7, 0.4);
  }

  /** A copy in which {@code indicator} weighs {@code weight} (0 leaves it out of the score). */
  public ScoringMethod withWeight(String indicator, double weight) {
    Map<String, Double> copy = new HashMap<>(weights);
    copy.put(indicator, weight);
    return new ScoringMethod(copy, nearThreshold, partialThreshold);
  }

  /** The weight of {@code indicator}. */
  public double weight(String indicator) {
    return weights.getOrDefault(indicator, 1.0);
  }

  /** The band of {@code score}. */
  public ReadinessBand band(double score) {
    if (score >= 1 - EPSILON) {
      return ReadinessBand.MET;
    }
    if (score >= nearThreshold - EPSILON) {
      return ReadinessBand.NEAR;
    }
    return score >= partialThreshold - EPSILON ? ReadinessBand.PARTIAL : ReadinessBand.FAR;
  }
}
