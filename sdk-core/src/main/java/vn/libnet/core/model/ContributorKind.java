package vn.libnet.core.model;

/** Whether a contributor is a person, an organisation or a meeting (MARC 21 X00, X10, X11). */
public enum ContributorKind {
  /** A person. Vietnamese names are written in natural order, family name first, uninverted. */
  PERSON,
  /** A corporate body. */
  ORGANIZATION,
  /** A meeting or conference. */
  MEETING
}
