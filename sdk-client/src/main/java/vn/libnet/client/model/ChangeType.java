package vn.libnet.client.model;

/** The kinds of event in the union catalogue's changes feed. */
public enum ChangeType {
  /** A record was stored as a new cluster. */
  RECORD_ADDED,
  /** A record was stored and merged into an existing cluster. */
  RECORD_MERGED,
  /** A library set a holding. */
  HOLDING_SET,
  /** A library removed a holding. */
  HOLDING_UNSET,
  /** A library profile was created or changed. */
  LIBRARY_UPDATED,
  /** A digitized object was registered. */
  DIGITAL_OBJECT_REGISTERED,
  /** A version of a digitized object's IIIF Presentation 3.0 manifest was stored. */
  DIGITAL_OBJECT_MANIFEST_SET
}
