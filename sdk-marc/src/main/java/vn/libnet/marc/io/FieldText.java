package vn.libnet.marc.io;

import java.text.Normalizer;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.text.VietnameseText;

/** The last step of reading in every format: every value of a record put in Unicode NFC. */
final class FieldText {
  private FieldText() {}

  /** Puts every value of {@code record} in NFC; returns how many values changed. */
  static int normalize(Record record) {
    int changed = 0;
    for (ControlField cf : record.getControlFields()) {
      String nfc = nfc(cf.getData());
      if (nfc != null) {
        cf.setData(nfc);
        changed++;
      }
    }
    for (DataField df : record.getDataFields()) {
      for (Subfield sf : df.getSubfields()) {
        String nfc = nfc(sf.getData());
        if (nfc != null) {
          sf.setData(nfc);
          changed++;
        }
      }
    }
    return changed;
  }

  // The NFC form, or null when the value is already NFC (the common case costs one quick check).
  private static String nfc(String value) {
    if (value == null || VietnameseText.isNfc(value)) {
      return null;
    }
    return Normalizer.normalize(value, Normalizer.Form.NFC);
  }
}
