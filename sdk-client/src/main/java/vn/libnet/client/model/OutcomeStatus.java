package vn.libnet.client.model;

/** What the union catalogue did with one contributed record. */
public enum OutcomeStatus {
  /** Stored as a new cluster (a work the catalogue did not have). */
  ACCEPTED,
  /** Stored and merged into an existing cluster of the same work. */
  MERGED,
  /** Not stored: the record breaks the national profile; the outcome lists the issues. */
  REJECTED
}
