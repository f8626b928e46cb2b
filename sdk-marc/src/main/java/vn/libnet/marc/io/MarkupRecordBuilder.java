package vn.libnet.marc.io;

import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * Builds one record from the pieces a text format (MARCXML, MARC-in-JSON) gives, field by field in the
 * order of the input, and reports what does not fit MARC 21 instead of hiding it: a leader that is not
 * 24 ASCII characters, tags and indicators of the wrong length, subfield codes that are not one
 * character, control characters inside values.
 *
 * <p>Records are the readers' {@link FaithfulRecord}s: fields stay in the input's order and repeated
 * control fields (two 001s) stay, for validation to report.
 */
final class MarkupRecordBuilder {
  /** The leader used when a record has none, as marc4j's writers would make it. */
  static final String DEFAULT_LEADER = "00000nam a2200000 a 4500";

  private final ReadContext ctx;
  private final Record record = AbstractRecordReader.MARC.newRecord();
  private boolean leaderSeen;
  private int fields;

  MarkupRecordBuilder(ReadContext ctx) {
    this.ctx = ctx;
  }

  /** Whether the record has a leader or any field yet. */
  boolean isEmpty() {
    return !leaderSeen && fields == 0;
  }

  /** The leader: padded with blanks or cut to 24 characters (reported), non-ASCII characters reported. */
  void leader(String text, long line) {
    String value = text == null ? "" : text;
    if (leaderSeen) {
      ctx.damage(MarcFailure.MARC_LEADER_REPEATED, Severity.WARNING, "leader", line, line);
      return;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        ctx.damage(MarcFailure.MARC_LEADER_NON_ASCII, Severity.WARNING, "leader/" + pos2(i), line, pos2(i), hex(c), line);
        break;
      }
    }
    if (value.length() != 24) {
      ctx.damage(MarcFailure.MARCXML_LEADER_INVALID, Severity.WARNING, "leader", line, line, value.length());
      value = value.length() > 24 ? value.substring(0, 24) : value + " ".repeat(24 - value.length());
    }
    record.setLeader(AbstractRecordReader.MARC.newLeader(value));
    leaderSeen = true;
  }

  void controlField(String rawTag, String data, long line) {
    String tag = tag(rawTag, line);
    if (!isControlTag(tag)) {
      ctx.damage(MarcFailure.MARC_FIELD_KIND_MISMATCH, Severity.WARNING, tag, line, tag, line);
    }
    String value = data == null ? "" : data;
    controls(value, tag, line);
    // the reader's record keeps fields in the order they are added, a second 001 included
    record.addVariableField(AbstractRecordReader.MARC.newControlField(tag, value));
    fields++;
  }

  DataField dataField(String rawTag, String ind1, String ind2, long line) {
    String tag = tag(rawTag, line);
    if (isControlTag(tag)) {
      ctx.damage(MarcFailure.MARC_FIELD_KIND_MISMATCH, Severity.WARNING, tag, line, tag, line);
    }
    DataField df =
        AbstractRecordReader.MARC.newDataField(tag, indicator(ind1, tag, 1, line), indicator(ind2, tag, 2, line));
    record.addVariableField(df);
    fields++;
    return df;
  }

  /**
   * A subfield. A code of more than one character is read as ISO 2709 would carry it (the first
   * character is the code, the rest starts the data); an empty or missing code becomes a blank code.
   * Both are reported with what was made of them.
   */
  void subfield(DataField field, String code, String data, long line) {
    String value = data == null ? "" : data;
    char c;
    if (code != null && code.length() == 1) {
      c = code.charAt(0);
    } else if (code == null || code.isEmpty()) {
      c = ' ';
      ctx.damage(MarcFailure.MARC_SUBFIELD_CODE_LENGTH, Severity.WARNING, field.getTag(), line, line, field.getTag(), code == null ? "" : code, " ", "");
    } else {
      c = code.charAt(0);
      value = code.substring(1) + value;
      ctx.damage(MarcFailure.MARC_SUBFIELD_CODE_LENGTH, Severity.WARNING, field.getTag(), line, line, field.getTag(), code, String.valueOf(c), code.substring(1));
    }
    controls(value, field.getTag() + "$" + c, line);
    field.addSubfield(AbstractRecordReader.MARC.newSubfield(c, value));
  }

  /** The record; a record without a leader gets the default one, reported. Leader/09 is set to {@code a}. */
  Record build(long line) {
    if (!leaderSeen) {
      ctx.damage(MarcFailure.MARC_LEADER_ABSENT, Severity.WARNING, "leader", line, line);
      record.setLeader(AbstractRecordReader.MARC.newLeader(DEFAULT_LEADER));
    }
    // MARCXML and MARC-in-JSON are Unicode whatever Leader/09 says
    record.getLeader().setCharCodingScheme('a');
    return record;
  }

  // A tag that is not three characters is kept as it is, reported (the ISO 2709 writer refuses it by name).
  private String tag(String tag, long line) {
    if (tag != null && tag.length() == 3) {
      return tag;
    }
    String kept = tag == null ? "" : tag;
    ctx.damage(MarcFailure.MARC_TAG_LENGTH, Severity.WARNING, kept, line, line, kept);
    return kept;
  }

  private char indicator(String value, String tag, int which, long line) {
    if (value != null && value.length() == 1) {
      return value.charAt(0);
    }
    if (value == null || value.isEmpty()) {
      // MARCXML requires both indicators; a missing one is read as blank, which is what it almost always means
      ctx.report(MarcFailure.MARC_INDICATOR_LENGTH.code(), Severity.INFO, tag + "/ind" + which, line, tag, which, value == null ? "" : value, " ");
      return ' ';
    }
    ctx.damage(MarcFailure.MARC_INDICATOR_LENGTH, Severity.WARNING, tag + "/ind" + which, line, line, tag, which, value, value.substring(0, 1));
    return value.charAt(0);
  }

  // C0 and C1 controls in a value are kept (they may be real data, such as a subfield delimiter typed
  // into a control field) and reported once per value, with the first one found.
  private void controls(String value, String path, long line) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
        if (c == '\t' || c == '\n' || c == '\r') {
          // line breaks and tabs in notes are common in MARCXML and harmless: noted, never refused
          ctx.report(MarcFailure.MARC_VALUE_CONTROL_CHAR.code(), Severity.INFO, path, path, hex(c), line);
        } else {
          ctx.damage(MarcFailure.MARC_VALUE_CONTROL_CHAR, Severity.WARNING, path, line, path, hex(c), line);
        }
        return;
      }
    }
  }

  static boolean isControlTag(String tag) {
    return tag.length() >= 2 && tag.charAt(0) == '0' && tag.charAt(1) == '0';
  }

  private static String hex(char c) {
    return String.format("%04X", (int) c);
  }

  private static String pos2(int i) {
    return String.format("%02d", i);
  }
}
