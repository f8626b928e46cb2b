package vn.libnet.core.model;

/** Who may see a digitized object. */
public enum AccessLevel {
  /** Anyone, online. */
  OPEN,
  /** Registered readers of any library in the network, online. */
  REGISTERED_USERS,
  /** Only on the premises of the holding library. */
  ON_SITE,
  /** Nobody but the holding library (rights not cleared, fragile, confidential). */
  RESTRICTED
}
