package vn.libnet.core.readiness.scoring;

/** How far a library (or an aggregate) is from the targets, by its score (see {@link ScoringMethod}). */
public enum ReadinessBand {
  /** Every target met: score 1. */
  MET,
  /** Near: at least the method's near threshold (0.7 by default). */
  NEAR,
  /** Partly there: at least the partial threshold (0.4 by default). */
  PARTIAL,
  /** Far from the targets. */
  FAR
}
