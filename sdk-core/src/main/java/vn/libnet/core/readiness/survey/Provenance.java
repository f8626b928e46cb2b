package vn.libnet.core.readiness.survey;

/** Where a value comes from. */
public enum Provenance {
  /** The library declared it in its response. */
  DECLARED,
  /** It was measured from the network (an endpoint's conformance, the hub's catalogue or digital objects). */
  MEASURED,
  /** Both: the measured value is used, and whether the two agree is kept. */
  BOTH
}
