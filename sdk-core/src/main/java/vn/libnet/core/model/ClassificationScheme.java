package vn.libnet.core.model;

/** Classification schemes in use in Vietnamese libraries. */
public enum ClassificationScheme {
  /** Dewey Decimal Classification (MARC 082), the national standard for new cataloguing. */
  DDC,
  /** Universal Decimal Classification (MARC 080). */
  UDC,
  /** Library of Congress Classification (MARC 050). */
  LCC,
  /** The 19-class Soviet-era scheme (BBK) still found in older Vietnamese catalogues (MARC 084). */
  BBK,
  /** Any other scheme (MARC 084). */
  OTHER
}
