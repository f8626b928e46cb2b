package vn.libnet.testkit.readiness;

/** How one check of readiness evidence ended. */
public enum EvidenceOutcome {
  /** The endpoint met every requirement of its suite, or the hub was read (what it holds is in the check's message). */
  PASSED,
  /** The endpoint answered but failed at least one requirement. */
  FAILED,
  /** Nothing usable came back: no connection, a timeout, or an answer that could not be read. */
  UNREACHABLE,
  /** Not checked, and why is in the check's message (no key for a LibNet suite, a Z39.50 target). */
  NOT_CHECKED
}
