package vn.libnet.core.model;

/** The circulation status of one copy. */
public enum ItemStatus {
  /** On the shelf and lendable. */
  AVAILABLE,
  /** For use in the library only. */
  REFERENCE_ONLY,
  /** Lent to a reader. */
  ON_LOAN,
  /** Held for a reader. */
  ON_HOLD,
  /** Moving between branches or libraries. */
  IN_TRANSIT,
  /** Being catalogued, bound or repaired. */
  IN_PROCESSING,
  /** Missing. */
  LOST,
  /** Removed from the collection. */
  WITHDRAWN
}
