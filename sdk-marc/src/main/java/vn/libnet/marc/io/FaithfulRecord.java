package vn.libnet.marc.io;

import java.util.ArrayList;
import java.util.List;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import org.marc4j.marc.impl.MarcFactoryImpl;
import org.marc4j.marc.impl.RecordImpl;

/**
 * A marc4j record that keeps its fields as they were read. marc4j's own record puts every control
 * field before the data fields and lets a second 001 replace the first; a record read from a file must
 * come out as the file has it (the directory's order, repeated control fields kept), so that writing it
 * back changes nothing and validation can see, and report, what is really there.
 */
final class FaithfulRecord extends RecordImpl {
  private static final long serialVersionUID = 1L;

  /** The factory every reader builds records with. */
  static final MarcFactory FACTORY =
      new MarcFactoryImpl() {
        @Override
        public Record newRecord() {
          return new FaithfulRecord();
        }

        @Override
        public Record newRecord(org.marc4j.marc.Leader leader) {
          Record record = new FaithfulRecord();
          record.setLeader(leader);
          return record;
        }

        @Override
        public Record newRecord(String leader) {
          return newRecord(newLeader(leader));
        }
      };

  private final List<VariableField> ordered = new ArrayList<>();

  @Override
  public void addVariableField(VariableField field) {
    if (field instanceof ControlField cf) {
      controlFields.add(cf);
    } else if (field instanceof DataField df) {
      dataFields.add(df);
    } else {
      throw new IllegalArgumentException("a variable field is a control field or a data field");
    }
    ordered.add(field);
  }

  @Override
  public void removeVariableField(VariableField field) {
    removeSame(ordered, field);
    removeSame(controlFields, field);
    removeSame(dataFields, field);
  }

  // marc4j's fields compare by content, so two equal 650s would be confused; remove this very one.
  private static void removeSame(List<?> list, Object item) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == item) {
        list.remove(i);
        return;
      }
    }
  }

  // marc4j's answer is the first control field whenever some 001 exists, which is the 003 of a record
  // whose 003 comes first; the control number is the first 001.
  @Override
  public ControlField getControlNumberField() {
    for (ControlField cf : controlFields) {
      if ("001".equals(cf.getTag())) {
        return cf;
      }
    }
    return null;
  }

  @Override
  public String getControlNumber() {
    ControlField cf = getControlNumberField();
    return cf == null ? null : cf.getData();
  }

  @Override
  public List<VariableField> getVariableFields() {
    return new ArrayList<>(ordered);
  }
}
