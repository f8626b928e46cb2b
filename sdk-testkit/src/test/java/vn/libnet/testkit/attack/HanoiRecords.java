package vn.libnet.testkit.attack;

import java.util.List;
import java.util.stream.Collectors;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.marc.internal.SyntheticRecords;

/** Synthetic records made Hà Nội's own (its 001 prefix and its holdings' 852 $a), for the attack tests' contributions. */
final class HanoiRecords {
  static final String HANOI = "VN-HaNoi-TVHN";

  private HanoiRecords() {}

  static List<Record> of(long seed, int n) {
    return SyntheticRecords.builder().seed(seed).build().stream(n).map(s -> {
      Record r = s.record();
      r.getControlNumberField().setData("TVHN-" + r.getControlNumber());
      for (DataField f : r.getDataFields()) {
        if (f.getTag().equals("852")) {
          f.getSubfield('a').setData(HANOI);
        }
      }
      return r;
    }).collect(Collectors.toList());
  }
}
