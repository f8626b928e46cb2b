package vn.libnet.marc.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.text.SourceEncoding;

/**
 * Review of issue 13 (precision): proper Unicode foreign words made of Windows-1252 letters are rewritten
 * as Vietnamese although the record holds no legacy text at all. Found with {@code libnet marc convert
 * --repair} on an MRK file whose only fields were {@code =245 10$aTø} and {@code =650 \0$aTØ}.
 */
class ReviewForeignWordsTest {
  static final MarcFactory F = MarcFactory.newInstance();

  static Record record(String f008Language, String tag, String value) {
    Record r = F.newRecord("00000nam  2200000 a 4500");
    if (f008Language != null) {
      r.addVariableField(F.newControlField("008", "240101s2017    no            000 0 " + f008Language + " d"));
    }
    DataField df = F.newDataField(tag, '1', '0');
    df.addSubfield(F.newSubfield('a', value));
    r.addVariableField(df);
    return r;
  }

  static String value(Record r, String tag) {
    return ((DataField) r.getVariableField(tag)).getSubfield('a').getData();
  }

  /** Danish, Norwegian, Swedish, German, Turkish and French words; none is legacy Vietnamese. */
  @ParameterizedTest
  @ValueSource(strings = {"Tø", "TØ", "Kø", "Ø", "Så", "Må", "Hü", "Gün", "GÜN", "Où", "Søn"})
  void aForeignWordAloneInARecordWithoutLegacyTextIsNotRewritten(String word) {
    Record r = record(null, "245", word);
    RecordRepair repair = VietnameseRepair.forRecordOnly().repairRecord(r);
    assertThat(value(r, "245")).as("245$a %s, changes %s", word, repair.changes()).isEqualTo(word);
  }

  /** The same with a learning source, as {@code libnet marc convert --repair} runs without --encoding. */
  @ParameterizedTest
  @ValueSource(strings = {"Tø", "Så", "Gün", "Où"})
  void aForeignWordIsNotRewrittenByALearningSource(String word) {
    Record r = record(null, "245", word);
    VietnameseRepair.forSource(SourceEncoding.learning()).repairRecord(r);
    assertThat(value(r, "245")).isEqualTo(word);
  }

  /** A Vietnamese-language record (008/35-37 vie) citing the Danish author Sø: the name stays. */
  @Test
  void aScandinavianNameInAVietnameseRecordIsNotRewritten() {
    Record r = record("vie", "700", "Sø");
    DataField f245 = F.newDataField("245", '1', '0');
    f245.addSubfield(F.newSubfield('a', "Thế giới của Sophie"));
    r.addVariableField(f245);
    VietnameseRepair.forRecordOnly().repairRecord(r);
    assertThat(value(r, "700")).isEqualTo("Sø");
  }

  /** 008 says Norwegian: a record-level decision must not rewrite it, and neither may the value alone. */
  @Test
  void aNorwegianRecordKeepsItsWord() {
    Record r = record("nor", "245", "Tø");
    VietnameseRepair.forRecordOnly().repairRecord(r);
    assertThat(value(r, "245")).isEqualTo("Tø");
  }
}
