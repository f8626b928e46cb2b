package vn.libnet.marc.validation;

import java.util.HashSet;
import java.util.Set;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.validation.Rule;

/**
 * 880 linkage: every 880 has a $6 "TAG-NN" naming the field it pairs with, and every field whose $6 is
 * "880-NN" has that 880, both ways ("NN" = "00" marks an 880 with no counterpart).
 */
final class Linkage {
  private Linkage() {}

  static void check(Record r, Rule.IssueSink s) {
    Set<String> fromFields = new HashSet<>();
    Set<String> from880 = new HashSet<>();
    for (DataField df : r.getDataFields()) {
      Subfield six = df.getSubfield('6');
      if (df.getTag().equals("880")) {
        if (six == null || !six.getData().matches("\\d{3}-\\d{2}.*")) {
          s.report("880$6", six == null ? "" : six.getData(), "TAG-NN");
          continue;
        }
        String occurrence = six.getData().substring(4, 6);
        if (!occurrence.equals("00")) {
          from880.add(six.getData().substring(0, 3) + "-" + occurrence);
        }
      } else if (six != null && six.getData().startsWith("880-")) {
        if (!six.getData().matches("880-\\d{2}.*")) {
          s.report(df.getTag() + "$6", six.getData(), "880-NN");
          continue;
        }
        fromFields.add(df.getTag() + "-" + six.getData().substring(4, 6));
      }
    }
    for (String link : from880) {
      if (!fromFields.contains(link)) {
        s.report("880$6", link, "880-" + link.substring(4));
      }
    }
    for (String link : fromFields) {
      if (!from880.contains(link)) {
        s.report(link.substring(0, 3) + "$6", "880-" + link.substring(4), link);
      }
    }
  }
}
