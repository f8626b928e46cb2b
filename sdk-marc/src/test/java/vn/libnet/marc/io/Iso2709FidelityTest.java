package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.marc.io.MarcReadersTest.LENIENT;
import static vn.libnet.marc.io.MarcReadersTest.STRICT;
import static vn.libnet.marc.io.MarcReadersTest.codes;
import static vn.libnet.marc.io.MarcReadersTest.read;
import static vn.libnet.marc.io.MarcReadersTest.write;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.validation.Marc21Validator;

/**
 * Issue 12 for ISO 2709: correct text in any language comes out unchanged, mislabelled encodings are
 * read right, the record keeps what it has in the order it has it, and damage loses at most the damaged
 * field. The MARC-8 and mislabelled inputs were made by YAZ and the TCVN3 ones with iconv (see
 * src/test/scripts/make-foreign-fixtures.sh), not by the code under test.
 */
class Iso2709FidelityTest {
  private static final List<String> INTERNAL_TEXTS =
      List.of("For input string", "out of bounds", "EOFException", "Illegal Capacity", "Exception", "null");

  /** Every record of a fixture as tag/indicators/subfields lines, values in NFC, Leader/09 left out. */
  private static List<String> lines(Record r) {
    List<String> out = new ArrayList<>();
    for (VariableField f : r.getVariableFields()) {
      if (f instanceof ControlField cf) {
        out.add(cf.getTag() + " " + cf.getData());
      } else {
        DataField df = (DataField) f;
        out.add(df.getTag() + " " + df.getIndicator1() + df.getIndicator2() + " "
            + df.getSubfields().stream().map(s -> "$" + s.getCode() + Normalizer.normalize(s.getData(), Normalizer.Form.NFC)).collect(Collectors.joining()));
      }
    }
    return out;
  }

  private static List<List<String>> expected() {
    return read(MarcBytes.resource("foreign/foreign-utf8.xml"), MarcFormat.MARCXML, STRICT).stream()
        .map(r -> lines(r.record())).toList();
  }

  @Test
  void marc8TextInEveryLanguageComesOutAsWritten() {
    for (ReadOptions mode : List.of(LENIENT, STRICT)) {
      List<MarcRead> reads = read(MarcBytes.resource("foreign/foreign-marc8.mrc"), MarcFormat.ISO2709, mode);
      assertThat(reads.stream().map(r -> lines(r.record())).toList()).isEqualTo(expected());
      // "São Leopoldo" and "Mały" are not legacy Vietnamese, and nothing says they might be.
      assertThat(reads).allSatisfy(r -> assertThat(codes(r)).doesNotContain("MARC_LEGACY_ENCODING", "MARC8_INVALID", "MARC_ENCODING_MISLABELLED"));
      assertThat(reads).allSatisfy(r -> assertThat(r.record().getLeader().getCharCodingScheme()).isEqualTo('a'));
    }
  }

  @Test
  void marc8BytesLabelledUtf8AreReadAsMarc8AndReported() {
    List<MarcRead> reads = read(MarcBytes.resource("foreign/foreign-marc8-labelled-utf8.mrc"), MarcFormat.ISO2709, LENIENT);
    assertThat(reads.stream().map(r -> lines(r.record())).toList()).isEqualTo(expected());
    assertThat(reads).allSatisfy(r -> assertThat(r.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("MARC_ENCODING_MISLABELLED");
      assertThat(i.message()).contains("UTF-8", "MARC-8");
    }));
    assertThat(reads).noneMatch(r -> codes(r).contains("MARC_UTF8_INVALID"));
    // Written out, Leader/09 is right: read again, nothing is mislabelled any more.
    byte[] again = write(MarcReadersTest.records(reads), MarcFormat.ISO2709);
    assertThat(again[9]).isEqualTo((byte) 'a');
    List<MarcRead> back = read(again, MarcFormat.ISO2709, STRICT);
    assertThat(back).allSatisfy(r -> assertThat(r.issues()).isEmpty());
    assertThat(back.stream().map(r -> lines(r.record())).toList()).isEqualTo(expected());
  }

  @Test
  void utf8BytesLabelledMarc8AreReadAsUtf8AndReported() {
    for (ReadOptions mode : List.of(LENIENT, STRICT)) {
      List<MarcRead> reads = read(MarcBytes.resource("foreign/foreign-utf8-labelled-marc8.mrc"), MarcFormat.ISO2709, mode);
      assertThat(reads.stream().map(r -> lines(r.record())).toList()).isEqualTo(expected());
      assertThat(reads).allSatisfy(r -> assertThat(codes(r)).contains("MARC_ENCODING_MISLABELLED"));
      assertThat(reads).allSatisfy(r -> assertThat(r.record().getLeader().getCharCodingScheme()).isEqualTo('a'));
    }
  }

  @Test
  void tcvn3RecordsAreConvertedOnlyWhenTheRecordIsCertain() {
    List<MarcRead> reads = read(MarcBytes.resource("foreign/vietnamese-tcvn3.mrc"), MarcFormat.ISO2709, LENIENT);
    assertThat(reads).hasSize(4);
    assertThat(field(reads.get(0), "245")).isEqualTo("Lịch sử Việt Nam thời kỳ đổi mới");
    assertThat(field(reads.get(0), "100")).isEqualTo("Nguyễn Văn Hưởng");
    assertThat(field(reads.get(1), "245")).isEqualTo("Tiếng Việt trong trường học");
    // Without language codes, the damaged MARC-8 reading and a fully Vietnamese TCVN3 reading decide.
    assertThat(field(reads.get(2), "245")).isEqualTo("Văn hoá Việt Nam tìm tòi và suy ngẫm");
    assertThat(field(reads.get(3), "245")).isEqualTo("Đường về dân ca");
    assertThat(reads).allSatisfy(r -> assertThat(codes(r)).contains("MARC_LEGACY_ENCODING").doesNotContain("MARC8_INVALID"));
    // Strict mode never guesses: the first damaged MARC-8 value stops it, naming record and field.
    assertThatThrownBy(() -> read(MarcBytes.resource("foreign/vietnamese-tcvn3.mrc"), MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.code()).isEqualTo("MARC8_INVALID");
          assertThat(e.recordNumber()).isEqualTo(1);
          assertThat(e.getMessage()).contains("100$a");
        });
  }

  @Test
  void tcvn3BytesInARecordOfAnotherLanguageAreNotRewritten() {
    byte[] tcvn = vn.libnet.core.text.LegacyEncoding.TCVN3.encode("Mảy");
    byte[] file = IsoBuilder.record().leader09(' ').control("001", "pl1")
        .control("008", "201201s2001    pl            000 0 pol d").dataRaw("245", "10", 'a', tcvn).build();
    MarcRead read = read(file, MarcFormat.ISO2709, LENIENT).get(0);
    assertThat(codes(read)).doesNotContain("MARC_LEGACY_ENCODING");
    assertThat(field(read, "245")).isNotEqualTo("Mảy");
  }

  @Test
  void fieldOrderAndRepeatedControlFieldsAreKept() {
    byte[] file = IsoBuilder.record().control("003", "VN-HaNoi-TVHN").control("001", "first").data("245", "10", "a", "Tên sách")
        .control("005", "20260101120000.0").control("001", "second").data("100", "1 ", "a", "Lê Quý Đôn").build();
    MarcRead read = read(file, MarcFormat.ISO2709, STRICT).get(0);
    List<String> order = read.record().getVariableFields().stream().map(VariableField::getTag).toList();
    assertThat(order).containsExactly("003", "001", "245", "005", "001", "100");
    assertThat(read.controlNumber()).isEqualTo("first");
    // Validation sees, and reports, the second 001.
    assertThat(Marc21Validator.standard().validate(read.record()).issues())
        .anySatisfy(i -> assertThat(i.code()).isEqualTo("MARC_FIELD_NOT_REPEATABLE"));
    // Every writer keeps the order, and ISO 2709 gives back the same bytes.
    assertThat(write(List.of(read.record()), MarcFormat.ISO2709)).isEqualTo(file);
    for (MarcFormat format : List.of(MarcFormat.MARCXML, MarcFormat.MARC_JSON, MarcFormat.MRK)) {
      Record back = read(write(List.of(read.record()), format), format, STRICT).get(0).record();
      assertThat(back.getVariableFields().stream().map(VariableField::getTag).toList()).as(format.name()).isEqualTo(order);
    }
  }

  @Test
  void controlCharactersInControlFieldsAreReportedAndKept() {
    byte[] file = IsoBuilder.record().control("001", "cc1").control("008", "201201s2001\u001Fxx").data("245", "10", "a", "X").build();
    MarcRead read = read(file, MarcFormat.ISO2709, STRICT).get(0);
    assertThat(((ControlField) read.record().getVariableField("008")).getData()).isEqualTo("201201s2001\u001Fxx");
    assertThat(read.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("MARC_CONTROL_CHARACTER");
      assertThat(i.path()).isEqualTo("008");
      assertThat(i.message()).contains("0x1F");
    });
  }

  @Test
  void lengthsCountedInCharactersLoseNothing() {
    byte[] file = IsoBuilder.record().lengthsInCharacters().control("001", "ch1")
        .data("245", "10", "a", "Lịch sử Việt Nam", "c", "Nguyễn Văn A").data("260", "  ", "a", "Hà Nội")
        .data("650", " 7", "a", "Lịch sử").build();
    MarcRead read = read(file, MarcFormat.ISO2709, LENIENT).get(0);
    assertThat(lines(read.record())).containsExactly(
        "001 ch1", "245 10 $aLịch sử Việt Nam$cNguyễn Văn A", "260    $aHà Nội", "650  7 $aLịch sử");
    assertThat(codes(read)).contains("MARC_DIRECTORY_ENTRY_INVALID").doesNotContain("MARC_FIELD_LOST");
  }

  @Test
  void aStatedLengthThatRunsOverTheNextRecordIsCaught() {
    byte[] one = IsoBuilder.record().control("001", "r1").data("245", "10", "a", "One").build();
    byte[] two = IsoBuilder.record().control("001", "r2").data("245", "10", "a", "Two").build();
    byte[] three = IsoBuilder.record().control("001", "r3").data("245", "10", "a", "Three").build();
    byte[] damaged = MarcBytes.concat(one, two, three);
    // Record 1 claims itself and record 2: its stated end is record 2's terminator.
    System.arraycopy(String.format("%05d", one.length + two.length).getBytes(StandardCharsets.US_ASCII), 0, damaged, 0, 5);
    List<MarcRead> reads = read(damaged, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("r1", "r2", "r3");
    assertThat(codes(reads.get(0))).contains("MARC_RECORD_LENGTH_WRONG");
    assertThatThrownBy(() -> read(damaged, MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.recordNumber()).isEqualTo(1));
  }

  @Test
  void oneBadMarc8EscapeLosesNothingElse() {
    byte[] bad = {'A', 'b', 'c', 0x1B, 'Z', 'd', 'e', (byte) 0xE2, 'e'};
    byte[] file = IsoBuilder.record().leader09(' ').control("001", "esc1").dataRaw("245", "10", 'a', bad)
        .data("260", "  ", "a", "Paris").build();
    MarcRead read = read(file, MarcFormat.ISO2709, LENIENT).get(0);
    assertThat(field(read, "245")).isEqualTo("AbcZdeé");
    assertThat(field(read, "260")).isEqualTo("Paris");
    ValidationIssue issue = read.issues().stream().filter(i -> i.code().equals("MARC8_INVALID")).findFirst().orElseThrow();
    assertThat(issue.path()).isEqualTo("245$a");
    assertThat(issue.message()).contains("escape", "0x5A");
    assertThat(read(file, MarcFormat.ISO2709, LENIENT.withLocale(Locale.forLanguageTag("vi"))).get(0).issues())
        .anySatisfy(i -> assertThat(i.message()).contains("chuỗi thoát"));
    assertThatThrownBy(() -> read(file, MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.code()).isEqualTo("MARC8_INVALID"));
  }

  @Test
  void leadingFillerAndAWrongBaseAddressLoseNoRecord() {
    byte[] one = IsoBuilder.record().control("001", "f1").data("245", "10", "a", "One").build();
    byte[] two = IsoBuilder.record().control("001", "f2").data("245", "10", "a", "Two").build();
    byte[] wrongBase = two.clone();
    System.arraycopy("00099".getBytes(StandardCharsets.US_ASCII), 0, wrongBase, 12, 5);
    // NUL block padding is filler and passes unremarked; other bytes that belong to no record are reported.
    byte[] file = MarcBytes.concat(new byte[] {0, 0, 'x', '#', 0}, one, wrongBase);
    List<MarcRead> reads = read(file, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("f1", "f2");
    assertThat(codes(reads.get(0))).contains("MARC_JUNK_SKIPPED");
    assertThat(codes(reads.get(1))).containsExactly("MARC_BASE_ADDRESS_WRONG");
    assertThat(field(reads.get(1), "245")).isEqualTo("Two");
  }

  @Test
  void noInternalExceptionTextReachesAMessage() {
    byte[] good = IsoBuilder.record().control("001", "g").data("245", "10", "a", "Good").build();
    java.util.Map<String, byte[]> damaged = new java.util.LinkedHashMap<>();
    for (int at : new int[] {5, 10, 12, 20, 24, 27, 31, 40, good.length - 8, good.length - 1}) {
      for (byte value : new byte[] {'x', 0x1E, 0x1D, 0x1F, (byte) 0xFF, '9'}) {
        byte[] copy = good.clone();
        copy[at] = value;
        damaged.put("byte " + at + " = 0x" + Integer.toHexString(value & 0xFF), copy);
      }
    }
    damaged.put("cut at 30", Arrays.copyOf(good, 30));
    damaged.put("cut at 3", Arrays.copyOf(good, 3));
    damaged.forEach((what, bytes) -> {
      byte[] file = MarcBytes.concat(bytes, good);
      for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"))) {
        List<MarcRead> reads = read(file, MarcFormat.ISO2709, LENIENT.withLocale(locale));
        assertThat(reads.get(reads.size() - 1).controlNumber()).as(what).isEqualTo("g");
        for (MarcRead r : reads) {
          for (ValidationIssue i : r.issues()) {
            assertThat(INTERNAL_TEXTS).as(what + ": " + i.message()).noneMatch(t -> i.message().contains(t));
          }
        }
      }
    });
  }

  private static String field(MarcRead read, String tag) {
    return ((DataField) read.record().getVariableField(tag)).getSubfield('a').getData();
  }
}
