package vn.libnet.core.readiness.criteria;

/** What one library's value of an indicator is. */
public enum IndicatorUnit {
  /** The library has it or not: 1 or 0, against a per-library target of 1. */
  YES_NO,
  /** A percentage from 0 to 100, such as the share of rare documents digitized. */
  SHARE,
  /** A number of things, zero or more. */
  COUNT
}
