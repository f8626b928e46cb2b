package vn.libnet.core.readiness.statistics;

/**
 * The bounds the statistics checks use. ISO 2789 defines the counts, not what is plausible: these are the
 * SDK's defaults, to be tuned by whoever runs the checks.
 *
 * @param maxLoansPerItem the most loans per physical unit of the collection in a year before the figure
 *     is flagged (default 20)
 * @param yearOverYearFactor by how many times a value may grow or shrink from one reported year to the
 *     next before it is flagged (default 3)
 * @param trendFloor values below this on both years are never flagged, so that 2 → 7 events is no anomaly
 *     (default 10)
 */
public record StatisticsLimits(double maxLoansPerItem, double yearOverYearFactor, double trendFloor) {
  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException when a bound is not positive, or the factor is not over 1
   */
  public StatisticsLimits {
    if (!(maxLoansPerItem > 0) || !(yearOverYearFactor > 1) || !(trendFloor >= 0)) {
      throw new IllegalArgumentException("Limits out of range: " + maxLoansPerItem + ", " + yearOverYearFactor
          + ", " + trendFloor);
    }
  }

  /** 20 loans per item, a factor of 3, a floor of 10. */
  public static StatisticsLimits defaults() {
    return new StatisticsLimits(20, 3, 10);
  }
}
