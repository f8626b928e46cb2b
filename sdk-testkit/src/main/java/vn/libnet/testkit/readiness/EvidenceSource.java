package vn.libnet.testkit.readiness;

/** What one piece of readiness evidence was taken from. */
public enum EvidenceSource {
  /** A declared OAI-PMH 2.0 endpoint, run through {@link vn.libnet.testkit.conformance.OaiConformanceSuite}. */
  OAI_PMH,
  /** A declared SRU endpoint, run through {@link vn.libnet.testkit.conformance.SruConformanceSuite}. */
  SRU,
  /** A declared LibNet API v1 endpoint, run through {@link vn.libnet.testkit.conformance.ConformanceSuite}. */
  LIBNET,
  /** A declared Z39.50 target: never checked (the SDK speaks no Z39.50). */
  Z39_50,
  /** The hub's union catalogue: whether it holds records of the library. */
  HUB_CATALOGUE,
  /** The hub's digital objects: how many the library registered. */
  HUB_DIGITAL_OBJECTS
}
