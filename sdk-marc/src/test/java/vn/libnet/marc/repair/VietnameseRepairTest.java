package vn.libnet.marc.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.internal.SyntheticRecords.Synthetic;
import vn.libnet.marc.internal.SyntheticRecords.Variant;

class VietnameseRepairTest {
  static final MarcFactory F = MarcFactory.newInstance();

  static String misread(LegacyEncoding e, String text) {
    return new String(e.encode(text), Charset.forName("windows-1252"));
  }

  @Test
  void repairsEachSubfieldAndReportsTagSubfieldBeforeAndAfter() {
    Record r = F.newRecord("00000nam  2200000 a 4500");
    DataField f245 = F.newDataField("245", '1', '0');
    f245.addSubfield(F.newSubfield('a', misread(LegacyEncoding.TCVN3, "Truyện Kiều /")));
    f245.addSubfield(F.newSubfield('c', misread(LegacyEncoding.VNI, "Nguyễn Du.")));
    r.addVariableField(f245);
    DataField f650 = F.newDataField("650", ' ', '7');
    f650.addSubfield(F.newSubfield('a', Normalizer.normalize("Văn học Việt Nam", Normalizer.Form.NFD)));
    f650.addSubfield(F.newSubfield('2', "Bộ TĐCĐ"));
    r.addVariableField(f650);

    List<RepairChange> changes = VietnameseRepair.repair(r);
    assertThat(changes).extracting(RepairChange::path).containsExactly("245$a", "245$c", "650$a");
    assertThat(changes.get(0).encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(changes.get(1).encoding()).isEqualTo(LegacyEncoding.VNI);
    assertThat(changes.get(2).encoding()).isNull();
    assertThat(f245.getSubfield('a').getData()).isEqualTo("Truyện Kiều /");
    assertThat(f245.getSubfield('c').getData()).isEqualTo("Nguyễn Du.");
    assertThat(f650.getSubfield('a').getData()).isEqualTo("Văn học Việt Nam");
    assertThat(r.getLeader().getCharCodingScheme()).isEqualTo('a');
    assertThat(changes.get(0).toIssue(Locale.ENGLISH).message())
        .contains("245$a").contains("TCVN").contains("\"Truyện Kiều /\"").contains(changes.get(0).before());
    assertThat(changes.get(0).toIssue(Locale.forLanguageTag("vi")).message()).contains("bị đọc nhầm");

    assertThat(VietnameseRepair.repair(r)).as("idempotent").isEmpty();
  }

  @Test
  void leavesCodesAndEnglishAlone() {
    Record r = F.newRecord("00000nam a2200000 a 4500");
    DataField f = F.newDataField("500", ' ', ' ');
    f.addSubfield(F.newSubfield('a', "Café au lait, naïve résumé"));
    f.addSubfield(F.newSubfield('2', "Hµ"));
    r.addVariableField(f);
    assertThat(VietnameseRepair.repair(r)).isEmpty();
  }

  @Test
  void repairsTheGeneratorsLegacyRecordsBackToTheirCleanForm() {
    SyntheticRecords dirty = SyntheticRecords.builder().seed(3).legacyRate(0.5).nfdRate(0.2).build();
    SyntheticRecords clean = SyntheticRecords.builder().seed(3).build();
    var d = dirty.iterator(200);
    var c = clean.iterator(200);
    int repairedRecords = 0;
    while (d.hasNext()) {
      Synthetic s = d.next();
      Record expected = c.next().record();
      List<RepairChange> changes = VietnameseRepair.repair(s.record());
      if (s.variant() != Variant.CLEAN) {
        assertThat(changes).as(s.variant() + " " + s.record().getControlNumber()).isNotEmpty();
        repairedRecords++;
      }
      assertThat(s.record().getDataFields().toString()).isEqualTo(expected.getDataFields().toString());
    }
    assertThat(repairedRecords).isGreaterThan(100);
  }
}
