package vn.libnet.core.id;

import vn.libnet.core.error.ErrorCode;

/**
 * Why a text is not an ISBN (ISO 2108), ISSN (ISO 3297) or ISIL (ISO 15511): the codes of {@link
 * InvalidIdentifierException}. Each code's message quotes the text given as its first argument.
 */
public enum IdentifierFailure implements ErrorCode {
  /** Nothing was given. */
  ISBN_EMPTY,
  /** A character that no ISBN has (X only as an ISBN-10's check digit). */
  ISBN_CHARACTER,
  /** Neither 10 nor 13 digits. */
  ISBN_LENGTH,
  /** An ISBN-13 that does not start with 978 or 979. */
  ISBN_PREFIX,
  /** The check digit does not match the others. */
  ISBN_CHECKSUM,
  /** Nothing was given. */
  ISSN_EMPTY,
  /** A character that no ISSN has (X only as the check digit). */
  ISSN_CHARACTER,
  /** Not 8 characters. */
  ISSN_LENGTH,
  /** The check digit does not match the others. */
  ISSN_CHECKSUM,
  /** Nothing was given. */
  ISIL_EMPTY,
  /** A character ISO 15511 does not allow. */
  ISIL_CHARACTER,
  /** No country or agency prefix before the hyphen. */
  ISIL_PREFIX,
  /** More than 16 characters. */
  ISIL_TOO_LONG
}
