package vn.libnet.marc.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/**
 * One record reduced to what the differential test compares: the leader and the fields in order, every
 * string in Unicode NFC, so that yaz's reading (decomposed MARC-8 diacritics) and the SDK's (NFC) meet.
 *
 * @param leader the leader as read (not padded)
 * @param fields the fields in the order the reader gives them
 * @param warnings what the reader said about this record (yaz: the XML comments inside it)
 */
record CorpusRecord(String leader, List<Field> fields, List<String> warnings) {

  CorpusRecord {
    leader = nfc(leader);
    fields = List.copyOf(fields);
    warnings = List.copyOf(warnings);
  }

  /** A control field ({@code subfields} empty, {@code value} set) or a data field. */
  record Field(String tag, String value, String ind1, String ind2, List<Sub> subfields) {
    Field {
      tag = nfc(tag);
      value = value == null ? null : nfc(value);
      ind1 = ind1 == null ? null : nfc(ind1);
      ind2 = ind2 == null ? null : nfc(ind2);
      subfields = List.copyOf(subfields);
    }

    static Field control(String tag, String value) {
      return new Field(tag, value, null, null, List.of());
    }

    boolean isControl() {
      return value != null;
    }

    @Override
    public String toString() {
      if (isControl()) {
        return tag + " " + value;
      }
      StringBuilder b = new StringBuilder(tag).append(' ').append(ind1).append(ind2);
      for (Sub s : subfields) {
        b.append(" $").append(s.code()).append(s.value());
      }
      return b.toString();
    }
  }

  /** One subfield. */
  record Sub(String code, String value) {
    Sub {
      code = nfc(code);
      value = nfc(value);
    }
  }

  /** The control number (first 001), or {@code null}. */
  String controlNumber() {
    for (Field f : fields) {
      if (f.tag().equals("001") && f.isControl()) {
        return f.value().strip();
      }
    }
    return null;
  }

  /** Every 001 value (a damaged record can have two; the SDK and yaz may keep different ones). */
  List<String> controlNumbers() {
    List<String> out = new ArrayList<>();
    for (Field f : fields) {
      if (f.tag().equals("001") && f.isControl()) {
        out.add(f.value().strip());
      }
    }
    return out;
  }

  /** The SDK's record (marc4j model) reduced the same way. */
  static CorpusRecord of(Record record) {
    List<Field> fields = new ArrayList<>();
    for (VariableField v : record.getVariableFields()) {
      if (v instanceof ControlField c) {
        fields.add(Field.control(c.getTag(), c.getData() == null ? "" : c.getData()));
      } else if (v instanceof DataField d) {
        List<Sub> subs = new ArrayList<>();
        for (Subfield s : d.getSubfields()) {
          subs.add(new Sub(String.valueOf(s.getCode()), s.getData() == null ? "" : s.getData()));
        }
        fields.add(new Field(d.getTag(), null, String.valueOf(d.getIndicator1()), String.valueOf(d.getIndicator2()), subs));
      }
    }
    String leader = record.getLeader() == null ? "" : record.getLeader().marshal();
    return new CorpusRecord(leader, fields, List.of());
  }

  static String nfc(String s) {
    return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
