package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.validation.ValidationIssue;

class MarcJsonReaderTest {
  static final ReadOptions STRICT = new ReadOptions(ReadMode.STRICT, Locale.ENGLISH);
  static final ReadOptions LENIENT = new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH);

  static List<MarcRead> read(String json, ReadOptions options) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    try (MarcRecordReader r = MarcReaders.open(new ByteArrayInputStream(bytes), MarcFormat.MARC_JSON, options)) {
      return r.stream().collect(Collectors.toList());
    }
  }

  static List<String> codes(MarcRead read) {
    return read.issues().stream().map(ValidationIssue::code).toList();
  }

  /** One record on one line, as pymarc's {@code as_json()} and marc4j's MarcJsonWriter write it. */
  static String record(String id, String title) {
    return "{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":\"" + id + "\"},"
        + "{\"245\":{\"ind1\":\"1\",\"ind2\":\"0\",\"subfields\":[{\"a\":\"" + title + "\"}]}}]}";
  }

  static String title(MarcRead read) {
    return ((DataField) read.record().getVariableField("245")).getSubfield('a').getData();
  }

  @Test
  void oneBadLineOfNdjsonCostsThatLineOnlyAndNumbersStayRight() {
    String ndjson = record("J1", "Một") + "\n" + record("J2", "Hai").replace("\"fields\":", "\"fields\"") + "\n\n"
        + record("J3", "Ba") + "\n" + record("J4", "Bốn") + "\n";
    List<MarcRead> reads = read(ndjson, LENIENT);
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2, 3, 4);
    assertThat(reads).extracting(MarcRead::line).containsExactly(1L, 2L, 4L, 5L);
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("J1", null, "J3", "J4");
    ValidationIssue issue = reads.get(1).issues().get(0);
    assertThat(issue.code()).isEqualTo("MARC_JSON_SYNTAX");
    assertThat(issue.arguments().subList(0, 2)).containsExactly("2", "46");
    assertThat(issue.message()).startsWith("Line 2, column 46").contains("\"fields\"").doesNotContain("Unexpected character", "was expecting");
    assertThat(issue.localized(Messages.VIETNAMESE).message()).startsWith("Dòng 2, cột 46: JSON sai cú pháp");
    assertThatThrownBy(() -> read(ndjson, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.recordNumber()).isEqualTo(2));
  }

  @Test
  void duplicateKeysAreErrorsNamingKeyAndLineAndNothingIsLost() {
    String dupLeader = record("J2", "Hai").replace("{\"leader\"", "{\"leader\":\"00000cam a2200000 a 4500\",\"leader\"");
    String dupSubfield = record("J3", "Ba").replace("{\"a\":\"Ba\"}", "{\"a\":\"Ba\",\"a\":\"Bà\"}");
    for (String sep : List.of("\n", ",\n")) {
      String json = sep.equals("\n")
          ? record("J1", "Một") + "\n" + dupLeader + "\n" + dupSubfield + "\n" + record("J4", "Bốn") + "\n"
          : "[\n" + record("J1", "Một") + ",\n" + dupLeader + ",\n" + dupSubfield + ",\n" + record("J4", "Bốn") + "\n]\n";
      List<MarcRead> reads = read(json, LENIENT);
      assertThat(reads).as(sep).extracting(MarcRead::number).containsExactly(1, 2, 3, 4);
      assertThat(reads).allMatch(MarcRead::readable);
      assertThat(reads).extracting(MarcRead::hasErrors).containsExactly(false, true, true, false);
      ValidationIssue leader = reads.get(1).issues().get(0);
      assertThat(leader.code()).isEqualTo("MARC_JSON_DUPLICATE_KEY");
      assertThat(leader.path()).isEqualTo("leader");
      assertThat(leader.message()).contains("“leader”").contains("Line " + (sep.equals("\n") ? 2 : 3));
      // the later value, as JSON libraries read it
      assertThat(reads.get(1).record().getLeader().marshal()).isEqualTo("00000nam a2200000 a 4500");
      assertThat(reads.get(2).issues().get(0).message()).contains("“a”");
      assertThat(((DataField) reads.get(2).record().getVariableField("245")).getSubfields()).extracting(Subfield::getData)
          .containsExactly("Ba", "Bà");
      assertThat(reads.get(3).controlNumber()).isEqualTo("J4");
    }
    assertThatThrownBy(() -> read(record("J1", "x") + "\n" + dupLeader + "\n", STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.code()).isEqualTo("MARC_JSON_DUPLICATE_KEY");
          assertThat(e.recordNumber()).isEqualTo(2);
          assertThat(e.message(Messages.VIETNAMESE)).contains("khoá “leader” xuất hiện hai lần");
        });
  }

  @Test
  void everyTopLevelValueIsRead() {
    String pretty = "{\n  \"leader\": \"00000nam a2200000 a 4500\",\n  \"fields\": [\n    {\"001\": \"P1\"}\n  ]\n}\n"
        + "{\n  \"leader\": \"00000nam a2200000 a 4500\",\n  \"fields\": [\n    {\"001\": \"P2\"}\n  ]\n}\n";
    assertThat(read(pretty, STRICT)).extracting(MarcRead::controlNumber).containsExactly("P1", "P2");
    assertThat(read(pretty, STRICT)).extracting(MarcRead::line).containsExactly(1L, 7L);
    assertThat(read(record("S1", "x"), STRICT)).extracting(MarcRead::controlNumber).containsExactly("S1");
    String twoArrays = "[" + record("A1", "x") + "," + record("A2", "y") + "]\n[" + record("A3", "z") + "]";
    assertThat(read(twoArrays, STRICT)).extracting(MarcRead::controlNumber).containsExactly("A1", "A2", "A3");
    String sameLine = record("C1", "x") + record("C2", "y");
    assertThat(read(sameLine, STRICT)).extracting(MarcRead::controlNumber).containsExactly("C1", "C2");
  }

  @Test
  void aSyntaxErrorInAnArrayEndsTheReadingReportedAndKeepsWhatCameBefore() {
    String json = "[\n" + record("A1", "x") + ",\n" + record("A2", "y").replace("\"ind1\":", "\"ind1\"") + ",\n" + record("A3", "z") + "\n]";
    List<MarcRead> reads = read(json, LENIENT);
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2);
    assertThat(reads.get(0).controlNumber()).isEqualTo("A1");
    assertThat(codes(reads.get(1))).containsExactly("MARC_JSON_INVALID");
    assertThat(reads.get(1).issues().get(0).arguments().get(0)).isEqualTo("3");
    List<MarcRead> cut = read("[" + record("A1", "x") + ",\n{\"leader\":", LENIENT);
    assertThat(cut).hasSize(2);
    assertThat(codes(cut.get(1))).containsExactly("MARC_JSON_TRUNCATED");
  }

  @Test
  void recordsWithoutFieldsOrNotObjectsAreRefusedAndCounted() {
    String json = "[" + "{\"leader\":\"00000nam a2200000 a 4500\"}," + "\"stray text\"," + "42," + record("OK", "x") + "]";
    List<MarcRead> reads = read(json, LENIENT);
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2, 3, 4);
    assertThat(codes(reads.get(0))).containsExactly("MARC_JSON_FIELDS_MISSING");
    assertThat(codes(reads.get(1))).containsExactly("MARC_JSON_NOT_RECORD");
    assertThat(reads.get(1).issues().get(0).message()).contains("“stray text”");
    assertThat(codes(reads.get(2))).containsExactly("MARC_JSON_NOT_RECORD");
    assertThat(reads.get(3).controlNumber()).isEqualTo("OK");
  }

  @Test
  void fieldObjectsWithMoreThanOneKeyAreReportedAndEveryKeyKept() {
    String json = "{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":\"M1\",\"003\":\"VN-HaNTV\"},{},"
        + "{\"650\":{\"ind1\":\" \",\"ind2\":\"7\",\"subfields\":[{\"a\":\"Lịch sử\",\"2\":\"Bộ TĐCĐ\"}]}}]}";
    MarcRead read = read(json, LENIENT).get(0);
    assertThat(read.record().getVariableFields()).extracting(VariableField::getTag).containsExactly("001", "003", "650");
    DataField f = (DataField) read.record().getVariableField("650");
    assertThat(f.getSubfields()).extracting(Subfield::getCode).containsExactly('a', '2');
    assertThat(codes(read)).containsExactly("MARC_JSON_FIELD_SHAPE", "MARC_JSON_FIELD_SHAPE", "MARC_JSON_FIELD_SHAPE");
    assertThat(read.issues().get(0).arguments().get(1)).isEqualTo("2");
    assertThatThrownBy(() -> read(json, STRICT)).isInstanceOf(MarcReadException.class);
  }

  @Test
  void valuesThatAreNotStringsAreReportedAndReadAsTheirText() {
    String json = "{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":12345},"
        + "{\"300\":{\"ind1\":\" \",\"ind2\":\" \",\"subfields\":[{\"a\":412},{\"c\":null},{\"b\":{\"x\":1}}]}}]}";
    MarcRead read = read(json, LENIENT).get(0);
    assertThat(read.controlNumber()).isEqualTo("12345");
    DataField f = (DataField) read.record().getVariableField("300");
    assertThat(f.getSubfields()).extracting(Subfield::getData).containsExactly("412", "", "");
    assertThat(read.issues()).extracting(ValidationIssue::path).containsExactly("001", "300$a", "300$c", "300$b");
    assertThat(read.issues().get(0).message()).startsWith("001 (line 1, column").contains("12345 is not a string");
  }

  @Test
  void pymarcsKeyOrderControlCharactersAndRepeatedControlFieldsAreHandled() {
    // pymarc writes subfields before the indicators; JSON objects have no order
    String json = "{\"fields\":[{\"001\":\"P-1\"},{\"001\":\"P-2\"},{\"500\":{\"subfields\":[{\"a\":\"x\\u001fy\"}],\"ind1\":\" \",\"ind2\":\" \"}},"
        + "{\"245\":{\"subfields\":[{\"a\":\"Tựa\"}],\"ind2\":\"0\",\"ind1\":\"1\"}}],\"leader\":\"00000nam a2200000 a 4500\"}";
    MarcRead read = read(json, LENIENT).get(0);
    assertThat(read.record().getControlFields()).extracting(cf -> cf.getData()).containsExactly("P-1", "P-2");
    assertThat(read.record().getDataFields()).extracting(VariableField::getTag).containsExactly("500", "245");
    DataField t = (DataField) read.record().getVariableField("245");
    assertThat(t.getIndicator1()).isEqualTo('1');
    assertThat(t.getIndicator2()).isEqualTo('0');
    assertThat(((DataField) read.record().getVariableField("500")).getSubfield('a').getData()).isEqualTo("x\u001Fy");
    assertThat(codes(read)).containsExactly("MARC_VALUE_CONTROL_CHAR");
  }

  @Test
  void unknownKeysAreReportedAndAShortLeaderPadded() {
    String json = "{\"_id\":{\"$oid\":\"65a1\"},\"leader\":\"00000nam\",\"fields\":[{\"001\":\"K\"}]}";
    MarcRead read = read(json, LENIENT).get(0);
    assertThat(read.record().getLeader().marshal()).hasSize(24);
    assertThat(codes(read)).containsExactly("MARC_JSON_KEY_IGNORED", "MARCXML_LEADER_INVALID");
  }

  @Test
  void theProjectsOwnWriterIsReadBack() {
    List<org.marc4j.marc.Record> recs = MarcBytes.synthetic(5);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARC_JSON)) {
      recs.forEach(w::write);
    }
    List<MarcRead> reads = read(out.toString(StandardCharsets.UTF_8), STRICT);
    assertThat(reads).hasSize(5);
    for (int i = 0; i < 5; i++) {
      assertThat(reads.get(i).record().toString()).isEqualTo(recs.get(i).toString());
    }
  }
}
