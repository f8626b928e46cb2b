package vn.libnet.marc.repair;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.RepairedText;
import vn.libnet.core.text.VietnameseText;

/**
 * Repairs the Vietnamese text of a MARC record, value by value: text that is TCVN3, VNI, VISCII or
 * CP1258 read as Windows-1252 (see {@link LegacyEncoding#repair(String)}) becomes proper Unicode, and
 * every value is put in NFC. Each change is returned with its field, subfield and the text before and
 * after.
 *
 * <p>A value can be ambiguous: the VNI bytes of "Hồ Thị" read as Windows-1252 give "Hoà Thò", which
 * is Vietnamese too. Such a value is re-read in the encoding the record's unambiguous values were found
 * in, when that reading is at least as plausible; a record with no unambiguous value is left as it is.
 *
 * <p>The record is changed in place. Repair is idempotent: repairing a repaired record changes nothing
 * and returns no change. Fixed-length control fields (001-009) and subfield codes are never touched, nor
 * are subfields that hold codes rather than text ($2, $4, $6, $8 and the identifier subfields $0, $1).
 */
public final class VietnameseRepair {
  private VietnameseRepair() {}

  /** Repairs {@code record} in place and lists what changed. */
  public static List<RepairChange> repair(Record record) {
    List<RepairChange> changes = new ArrayList<>();
    for (ControlField cf : record.getControlFields()) {
      String nfc = Normalizer.normalize(cf.getData(), Normalizer.Form.NFC);
      if (!nfc.equals(cf.getData())) {
        changes.add(new RepairChange(cf.getTag(), cf.getData(), nfc, null));
        cf.setData(nfc);
      }
    }
    // First the values whose encoding is clear, counting which encoding the record is in.
    Map<LegacyEncoding, Integer> votes = new EnumMap<>(LegacyEncoding.class);
    List<Subfield> undecided = new ArrayList<>();
    List<String> undecidedPaths = new ArrayList<>();
    for (DataField df : record.getDataFields()) {
      for (Subfield sf : df.getSubfields()) {
        String before = sf.getData();
        if (isCode(sf.getCode()) || before == null || before.isEmpty()) {
          continue;
        }
        String path = df.getTag() + "$" + sf.getCode();
        RepairedText repaired = LegacyEncoding.repair(before).orElse(null);
        if (repaired != null) {
          changes.add(new RepairChange(path, before, repaired.text(), repaired.encoding()));
          sf.setData(repaired.text());
          votes.merge(repaired.encoding(), 1, Integer::sum);
        } else {
          undecided.add(sf);
          undecidedPaths.add(path);
        }
      }
    }
    LegacyEncoding dominant =
        votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    for (int i = 0; i < undecided.size(); i++) {
      Subfield sf = undecided.get(i);
      String before = sf.getData();
      String reread = dominant == null || isAscii(before) ? null : dominant.fromMisread(before).orElse(null);
      if (reread != null && !reread.equals(before)
          && VietnameseText.syllableScore(reread) >= VietnameseText.syllableScore(before)) {
        changes.add(new RepairChange(undecidedPaths.get(i), before, reread, dominant));
        sf.setData(reread);
        continue;
      }
      String nfc = Normalizer.normalize(before, Normalizer.Form.NFC);
      if (!nfc.equals(before)) {
        changes.add(new RepairChange(undecidedPaths.get(i), before, nfc, null));
        sf.setData(nfc);
      }
    }
    if (record.getLeader().getCharCodingScheme() != 'a') {
      record.getLeader().setCharCodingScheme('a');
    }
    return changes;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCode(char code) {
    return code == '0' || code == '1' || code == '2' || code == '4' || code == '6' || code == '8';
  }
}
