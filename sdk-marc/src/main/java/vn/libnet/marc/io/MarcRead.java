package vn.libnet.marc.io;

import java.util.List;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * One record as read, with what the reader found and did: a MARC-8 conversion, a repaired length, bytes
 * that were not UTF-8. In lenient mode a record that could not be read at all comes as a {@code
 * MarcRead} with no record and an issue saying why and where.
 *
 * @param number the record's 1-based position in the input, unreadable records included
 * @param offset the byte offset of the record's first byte (ISO 2709), or -1 where the format is text
 * @param line the line where the record starts (MARCXML, MARC-in-JSON, MRK), or 0 for ISO 2709
 * @param record the record, UTF-8 (Leader/09 {@code a}) and every value in Unicode NFC; {@code null}
 *     when it could not be read
 * @param issues what was found and done, in order
 */
public record MarcRead(int number, long offset, long line, Record record, List<ValidationIssue> issues) {
  /** Copies the issues. */
  public MarcRead {
    issues = List.copyOf(issues);
  }

  /** Whether a record was read. */
  public boolean readable() {
    return record != null;
  }

  /** Whether some issue is an error (the record is unreadable or damaged beyond repair). */
  public boolean hasErrors() {
    return issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
  }

  /** The control number (001), or {@code null}. */
  public String controlNumber() {
    return record == null ? null : record.getControlNumber();
  }
}
