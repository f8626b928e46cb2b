package vn.libnet.marc.io;

import vn.libnet.core.error.ErrorCode;

/**
 * Why a record could not be read or written: the codes of {@link MarcReadException} and {@link
 * MarcWriteException}. A lenient reader reports the reading ones as validation issues under the same
 * code instead of throwing.
 */
public enum MarcFailure implements ErrorCode {
  /** Bytes between records that belong to none (ISO 2709). */
  MARC_JUNK_SKIPPED,
  /** The input ends inside a record (ISO 2709). */
  MARC_RECORD_TRUNCATED,
  /** The leader's record length is not five digits of at least 00024 (ISO 2709). */
  MARC_RECORD_LENGTH_INVALID,
  /** The leader's record length does not end at a record terminator (ISO 2709). */
  MARC_RECORD_LENGTH_WRONG,
  /** The leader or directory cannot be read (ISO 2709). */
  MARC_STRUCTURE_INVALID,
  /** The last record has no record terminator (ISO 2709). */
  MARC_TERMINATOR_MISSING,
  /** A field declared UTF-8 (Leader/09 = a) is not. */
  MARC_UTF8_INVALID,
  /** A field declared MARC-8 (Leader/09 blank) is not. */
  MARC8_INVALID,
  /** MARCXML with a DOCTYPE, refused: DTDs and external entities are never read. */
  MARCXML_DOCTYPE,
  /** MARCXML that refers to an entity, refused. */
  MARCXML_ENTITY,
  /** Not well-formed XML. */
  MARCXML_INVALID,
  /** A MARCXML leader that is not 24 characters. */
  MARCXML_LEADER_INVALID,
  /** A MARCXML field that is not valid MARC (tag, indicators, subfield codes). */
  MARCXML_FIELD_INVALID,
  /** Not valid MARC-in-JSON. */
  MARC_JSON_INVALID,
  /** A line that is not a mnemonic MARC (.mrk) line. */
  MRK_LINE_INVALID,
  /** A record could not be written (the underlying writer failed). */
  MARC_WRITE_FAILED,
  /** A record longer than ISO 2709's 99,999 bytes. */
  MARC_RECORD_TOO_LONG,
  /** A field longer than ISO 2709's 9,999 bytes. */
  MARC_FIELD_TOO_LONG,
  // ---- issue 12: ISO 2709 structure and characters ----
  /** The base address of data (Leader/12-16) does not end the directory; the real end was used. */
  MARC_BASE_ADDRESS_WRONG,
  /** No directory can be found in the record (ISO 2709). */
  MARC_DIRECTORY_UNREADABLE,
  /** A directory entry's length or start is wrong; the field was found where it really is. */
  MARC_DIRECTORY_ENTRY_INVALID,
  /** A directory entry points at no field; that field is lost, the rest of the record is read. */
  MARC_FIELD_LOST,
  /** Bytes of a data field before its first subfield delimiter, which belong to no subfield. */
  MARC_DATA_OUTSIDE_SUBFIELD,
  /** A data field without its two indicators. */
  MARC_INDICATORS_MISSING,
  /** A subfield delimiter with no subfield code after it. */
  MARC_SUBFIELD_CODE_MISSING,
  /** A tag that is not three ASCII characters cannot be written as ISO 2709. */
  MARC_TAG_UNWRITABLE,
  /** A value holding a record terminator, field terminator or subfield delimiter cannot be written as ISO 2709. */
  MARC_VALUE_UNWRITABLE,
  // ---- issue 12: MRK ----
  /** A leader line while a record is open: the blank line between two records is missing (MRK). */
  MRK_RECORD_BOUNDARY_MISSING,
  /** A line that is not UTF-8 (MRK). */
  MRK_NOT_UTF8,
  /** A leader that is not 24 characters (MRK). */
  MRK_LEADER_INVALID,
  /** A record with no leader line (MRK). */
  MRK_LEADER_MISSING,
  /** A line longer than the reader keeps (MRK). */
  MRK_LINE_TOO_LONG,
  /** A record longer than the reader keeps (MRK). */
  MRK_RECORD_TOO_LONG
}
