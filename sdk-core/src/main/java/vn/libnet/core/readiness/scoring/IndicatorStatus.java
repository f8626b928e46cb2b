package vn.libnet.core.readiness.scoring;

/** Where one library stands on one indicator. */
public enum IndicatorStatus {
  /** The value reaches the target. */
  MET,
  /** The value is below the target; the result says by how much. */
  GAP,
  /** The library did not answer what the indicator needs; it counts as 0 in the score. */
  MISSING,
  /** The questionnaire hid every question feeding it, or the whole is 0 (nothing to digitize): left out of the score. */
  NOT_APPLICABLE
}
