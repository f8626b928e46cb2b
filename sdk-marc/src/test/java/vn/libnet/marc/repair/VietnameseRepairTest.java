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
import vn.libnet.core.text.SourceEncoding;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.internal.SyntheticRecords.Synthetic;
import vn.libnet.marc.internal.SyntheticRecords.Variant;

class VietnameseRepairTest {
  static final MarcFactory F = MarcFactory.newInstance();

  static String misread(LegacyEncoding e, String text) {
    return new String(e.encode(text), Charset.forName("windows-1252"));
  }

  static Record record(String f008Language, String[]... fields) {
    Record r = F.newRecord("00000nam  2200000 a 4500");
    if (f008Language != null) {
      r.addVariableField(F.newControlField("008", "240101s2017    vm            000 0 " + f008Language + " d"));
    }
    for (String[] f : fields) {
      DataField df = F.newDataField(f[0], '1', '0');
      for (int i = 1; i < f.length; i += 2) {
        df.addSubfield(F.newSubfield(f[i].charAt(0), f[i + 1]));
      }
      r.addVariableField(df);
    }
    return r;
  }

  static String value(Record r, String tag, char code) {
    return ((DataField) r.getVariableField(tag)).getSubfield(code).getData();
  }

  @Test
  void repairsEachSubfieldAndReportsTagSubfieldBeforeAndAfter() {
    Record r = F.newRecord("00000nam  2200000 a 4500");
    DataField f245 = F.newDataField("245", '1', '0');
    f245.addSubfield(F.newSubfield('a', misread(LegacyEncoding.TCVN3, "Truyện Kiều /")));
    f245.addSubfield(F.newSubfield('c', misread(LegacyEncoding.TCVN3, "Nguyễn Du.")));
    r.addVariableField(f245);
    DataField f650 = F.newDataField("650", ' ', '7');
    f650.addSubfield(F.newSubfield('a', Normalizer.normalize("Văn học Việt Nam", Normalizer.Form.NFD)));
    f650.addSubfield(F.newSubfield('2', "Bộ TĐCĐ"));
    r.addVariableField(f650);

    RecordRepair repair = VietnameseRepair.forSource(SourceEncoding.learning()).repairRecord(r);
    List<RepairChange> changes = repair.changes();
    assertThat(changes).extracting(RepairChange::path).containsExactly("245$a", "245$c", "650$a");
    assertThat(changes.get(0).encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(changes.get(1).encoding()).isEqualTo(LegacyEncoding.TCVN3);
    assertThat(changes.get(2).encoding()).isNull();
    assertThat(f245.getSubfield('a').getData()).isEqualTo("Truyện Kiều /");
    assertThat(f245.getSubfield('c').getData()).isEqualTo("Nguyễn Du.");
    assertThat(f650.getSubfield('a').getData()).isEqualTo("Văn học Việt Nam");
    assertThat(r.getLeader().getCharCodingScheme()).isEqualTo('a');
    assertThat(changes.get(0).toIssue(Locale.ENGLISH).message())
        .contains("245$a").contains("TCVN").contains("\"Truyện Kiều /\"").contains(changes.get(0).before());
    assertThat(changes.get(0).toIssue(Locale.forLanguageTag("vi")).message()).contains("bị đọc nhầm");
    assertThat(repair.decision().basis()).isEqualTo(RepairDecision.Basis.RECORD);
    assertThat(repair.decision().votes()).containsEntry(LegacyEncoding.TCVN3, 2);
    assertThat(repair.issues(Locale.ENGLISH).get(0).code()).isEqualTo("MARC_REPAIR_DECIDED");
    assertThat(repair.issues(Locale.ENGLISH).get(0).message()).contains("TCVN", "record's own values");
    assertThat(repair.issues(Locale.forLanguageTag("vi")).get(0).message()).contains("do chính các giá trị");

    assertThat(VietnameseRepair.repair(r)).as("idempotent").isEmpty();
  }

  @Test
  void properUnicodeThatAlsoReadsAsVniIsNeverRewrittenButReported() {
    // The defects of the first release: a VNI record's proper Unicode names were re-read as VNI.
    Record r = record("vie",
        new String[] {"100", "a", "Ngô Hà"},
        new String[] {"245", "a", misread(LegacyEncoding.VNI, "Lịch sử Việt Nam"), "c", "Bùi Nam"},
        new String[] {"700", "a", misread(LegacyEncoding.VNI, "Nguyễn Thị Minh Khai")});
    RecordRepair repair = VietnameseRepair.forSource(SourceEncoding.declared(LegacyEncoding.VNI)).repairRecord(r);
    assertThat(value(r, "100", 'a')).isEqualTo("Ngô Hà");
    assertThat(value(r, "245", 'c')).isEqualTo("Bùi Nam");
    assertThat(value(r, "245", 'a')).isEqualTo("Lịch sử Việt Nam");
    assertThat(value(r, "700", 'a')).isEqualTo("Nguyễn Thị Minh Khai");
    assertThat(repair.decision().basis()).isEqualTo(RepairDecision.Basis.DECLARED);
    // "Ngô Hà" would be "Ngơ Hà" in VNI: a person decides; "Bùi Nam" has no other Vietnamese reading.
    assertThat(repair.suspicions()).extracting(LegacySuspicion::path, LegacySuspicion::reading)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("100$a", "Ngơ Hà"));
    assertThat(repair.suspicions().get(0).toIssue(Locale.ENGLISH).code()).isEqualTo("TEXT_LEGACY_SUSPECTED");
  }

  @Test
  void aNameThatReadsInTwoEncodingsTakesTheRecordsEncoding() {
    // "Leâ Thò Khoa" is VNI "Lê Thị Khoa" or TCVN3 "Leõ Thũ Khoa"; the title is VNI only.
    Record r = record("vie",
        new String[] {"100", "a", misread(LegacyEncoding.VNI, "Lê Thị Khoa")},
        new String[] {"245", "a", misread(LegacyEncoding.VNI, "Địa chí Hà Tĩnh")});
    assertThat(value(r, "100", 'a')).isEqualTo("Leâ Thò Khoa");
    RecordRepair repair = VietnameseRepair.forSource(SourceEncoding.learning()).repairRecord(r);
    assertThat(value(r, "100", 'a')).isEqualTo("Lê Thị Khoa");
    assertThat(value(r, "245", 'a')).isEqualTo("Địa chí Hà Tĩnh");
    assertThat(repair.decision().encoding()).isEqualTo(LegacyEncoding.VNI);
    assertThat(repair.decision().votes().get(LegacyEncoding.VNI))
        .isGreaterThan(repair.decision().votes().getOrDefault(LegacyEncoding.TCVN3, 0));
  }

  @Test
  void aRecordThatCannotDecideAloneTakesTheSourcesLearnedEncoding() {
    SourceEncoding source = SourceEncoding.learning(10);
    VietnameseRepair repair = VietnameseRepair.forSource(source);
    Record alone = record("vie", new String[] {"100", "a", misread(LegacyEncoding.VNI, "Lê Thị Khoa")});
    assertThat(VietnameseRepair.forSource(SourceEncoding.learning()).repairRecord(alone).decision().basis())
        .isEqualTo(RepairDecision.Basis.NONE);
    assertThat(value(alone, "100", 'a')).as("a tie with nothing to break it changes nothing").isEqualTo("Leâ Thò Khoa");
    for (String title : new String[] {"Địa chí Hà Tĩnh", "Lịch sử Việt Nam", "Truyện Kiều"}) {
      repair.repairRecord(record("vie", new String[] {"245", "a", misread(LegacyEncoding.VNI, title)}));
    }
    assertThat(source.encoding()).contains(LegacyEncoding.VNI);
    RecordRepair r = repair.repairRecord(alone);
    assertThat(r.decision().basis()).isEqualTo(RepairDecision.Basis.SOURCE);
    assertThat(value(alone, "100", 'a')).isEqualTo("Lê Thị Khoa");
  }

  @Test
  void aForeignLanguageRecordIsRewrittenOnlyOnTheSourcesWord() {
    String tcvn3 = misread(LegacyEncoding.TCVN3, "Truyện Kiều");
    Record english = record("eng", new String[] {"245", "a", tcvn3});
    RecordRepair repair = VietnameseRepair.forSource(SourceEncoding.learning()).repairRecord(english);
    assertThat(value(english, "245", 'a')).isEqualTo(tcvn3);
    assertThat(repair.suspicions()).extracting(LegacySuspicion::reading).containsExactly("Truyện Kiều");
    Record declared = record("eng", new String[] {"245", "a", tcvn3});
    VietnameseRepair.forSource(SourceEncoding.declared(LegacyEncoding.TCVN3)).repairRecord(declared);
    assertThat(value(declared, "245", 'a')).isEqualTo("Truyện Kiều");
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
  void repairsTheGeneratorsLegacyRecordsBackToTheirCleanFormOrSaysWhy() {
    SyntheticRecords dirty = SyntheticRecords.builder().seed(3).legacyRate(0.5).nfdRate(0.2).build();
    SyntheticRecords clean = SyntheticRecords.builder().seed(3).build();
    var d = dirty.iterator(200);
    var c = clean.iterator(200);
    int repairedRecords = 0;
    int suspected = 0;
    VietnameseRepair repair = VietnameseRepair.forSource(SourceEncoding.learning());
    while (d.hasNext()) {
      Synthetic s = d.next();
      Record expected = c.next().record();
      RecordRepair result = repair.repairRecord(s.record());
      if (s.variant() != Variant.CLEAN) {
        assertThat(result.changes()).as(s.variant() + " " + s.record().getDataFields() + " " + result.decision() + result.suspicions()).isNotEmpty();
        repairedRecords++;
      }
      List<DataField> got = s.record().getDataFields();
      List<DataField> want = expected.getDataFields();
      assertThat(got).hasSameSizeAs(want);
      for (int i = 0; i < got.size(); i++) {
        for (int j = 0; j < got.get(i).getSubfields().size(); j++) {
          String path = got.get(i).getTag() + "$" + got.get(i).getSubfields().get(j).getCode();
          String value = got.get(i).getSubfields().get(j).getData();
          String meant = want.get(i).getSubfields().get(j).getData();
          if (!value.equals(meant)) {
            // Left as it was only because it reads as Vietnamese as it stands, and reported with the fix.
            assertThat(result.suspicions()).as(path + " " + value)
                .anyMatch(x -> x.path().equals(path) && x.text().equals(value) && x.reading().equals(meant));
            suspected++;
          }
        }
      }
    }
    assertThat(repairedRecords).isGreaterThan(100);
    assertThat(suspected).isLessThan(repairedRecords);
  }
}
