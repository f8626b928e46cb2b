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
  MRK_RECORD_TOO_LONG,
  // ---- issue 12: MARCXML and MARC-in-JSON readers ----
  /** A {@code record} element that is not a MARC 21 slim record (OAI-PMH Dublin Core, another namespace). */
  MARCXML_NOT_MARC,
  /** A MARCXML record with no leader and no field. */
  MARCXML_RECORD_EMPTY,
  /** The input ends inside a MARCXML record. */
  MARCXML_RECORD_TRUNCATED,
  /** A MARCXML record larger than the reader keeps in memory. */
  MARCXML_RECORD_TOO_LARGE,
  /** A MARCXML record without its end tag, ended where the next record starts. */
  MARCXML_RECORD_UNCLOSED,
  /** An element inside a MARCXML record that MARCXML does not define. */
  MARCXML_ELEMENT_IGNORED,
  /** Bytes in a MARCXML record that are not UTF-8, read as Windows-1252. */
  MARCXML_UTF8_INVALID,
  /** An {@code &} in MARCXML that starts no reference, read as the character. */
  MARCXML_BARE_AMPERSAND,
  /** A second leader in one record (MARCXML, MARC-in-JSON). */
  MARC_LEADER_REPEATED,
  /** A leader with a character that is not ASCII. */
  MARC_LEADER_NON_ASCII,
  /** A record without a leader (MARCXML, MARC-in-JSON). */
  MARC_LEADER_ABSENT,
  /** A control field with a data field's tag, or the other way round. */
  MARC_FIELD_KIND_MISMATCH,
  /** A subfield code that is not one character. */
  MARC_SUBFIELD_CODE_LENGTH,
  /** A tag that is not three characters. */
  MARC_TAG_LENGTH,
  /** A MARCXML data field with a third (or later) indicator, which MARC 21 does not have. */
  MARCXML_INDICATOR_EXTRA,
  /** An indicator that is not one character. */
  MARC_INDICATOR_LENGTH,
  /** A control character inside a value, kept. */
  MARC_VALUE_CONTROL_CHAR,
  /** MARC-in-JSON that is not well-formed JSON. */
  MARC_JSON_SYNTAX,
  /** The input ends inside a MARC-in-JSON record. */
  MARC_JSON_TRUNCATED,
  /** A key that occurs twice in one MARC-in-JSON object. */
  MARC_JSON_DUPLICATE_KEY,
  /** A top-level MARC-in-JSON value that is not a record object. */
  MARC_JSON_NOT_RECORD,
  /** A MARC-in-JSON record without a {@code fields} array. */
  MARC_JSON_FIELDS_MISSING,
  /** A MARC-in-JSON field or subfield object without exactly one key. */
  MARC_JSON_FIELD_SHAPE,
  /** A MARC-in-JSON value that is not a string. */
  MARC_JSON_VALUE_NOT_TEXT,
  /** A key that MARC-in-JSON does not define, ignored. */
  MARC_JSON_KEY_IGNORED,
  /** A line of newline-delimited MARC-in-JSON longer than the reader keeps in memory. */
  MARC_JSON_LINE_TOO_LONG,
  /** MARC-in-JSON whose bytes are not UTF-8 (RFC 8259), which nothing can be read past. */
  MARC_JSON_NOT_UTF8,
  /** A comment or CDATA section in MARCXML that is never closed, hiding the rest of the input. */
  MARCXML_MARKUP_UNCLOSED
}
