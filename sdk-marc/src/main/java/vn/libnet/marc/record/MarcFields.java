package vn.libnet.marc.record;

import java.util.ArrayList;
import java.util.List;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

/**
 * Fast field lookup on marc4j records. marc4j's {@code Record.getVariableField(tag)} and {@code
 * getVariableFields(tags)} format the whole leader as text on every call (through {@code
 * DecimalFormat}); these helpers walk the control and data fields directly, which matters when every
 * record of a large file is validated, matched or crosswalked.
 */
public final class MarcFields {
  private MarcFields() {}

  /** The first control field with {@code tag}, or {@code null}. */
  public static ControlField control(Record record, String tag) {
    for (ControlField f : record.getControlFields()) {
      if (f.getTag().equals(tag)) {
        return f;
      }
    }
    return null;
  }

  /** The data of the first control field with {@code tag}, or {@code null}. */
  public static String controlData(Record record, String tag) {
    ControlField f = control(record, tag);
    return f == null ? null : f.getData();
  }

  /** The first data field with {@code tag}, or {@code null}. */
  public static DataField data(Record record, String tag) {
    for (DataField f : record.getDataFields()) {
      if (f.getTag().equals(tag)) {
        return f;
      }
    }
    return null;
  }

  /** Every data field whose tag is one of {@code tags}, in record order. */
  public static List<DataField> data(Record record, String... tags) {
    List<DataField> out = new ArrayList<>(4);
    for (DataField f : record.getDataFields()) {
      for (String tag : tags) {
        if (f.getTag().equals(tag)) {
          out.add(f);
          break;
        }
      }
    }
    return out;
  }

  /** Whether the record has a field (control or data) with {@code tag}. */
  public static boolean has(Record record, String tag) {
    return control(record, tag) != null || data(record, tag) != null;
  }
}
