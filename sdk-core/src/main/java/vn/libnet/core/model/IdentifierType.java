package vn.libnet.core.model;

/** The schemes of standard and local identifiers a record can carry. */
public enum IdentifierType {
  /** ISBN (ISO 2108), MARC 020. */
  ISBN,
  /** ISSN (ISO 3297), MARC 022. */
  ISSN,
  /** ISMN (ISO 10957), MARC 024 first indicator 2. */
  ISMN,
  /** Digital Object Identifier, MARC 024 $2 doi. */
  DOI,
  /** Library of Congress Control Number, MARC 010. */
  LCCN,
  /** A system control number such as an OCLC number, MARC 035. */
  SYSTEM_CONTROL_NUMBER,
  /** The contributing library's own record number, MARC 001. */
  LOCAL,
  /** Anything else. */
  OTHER
}
