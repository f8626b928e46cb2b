package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.marc.io.MarcBytes.F;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.ValidationIssue;

/** Whole .mrk files as MarcEdit and LC's MARCBreaker write them, good and damaged. */
class MrkReaderTest {
  static final ReadOptions STRICT = new ReadOptions(ReadMode.STRICT, Locale.ENGLISH);
  static final ReadOptions LENIENT = new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH);

  // A MARC-8 record as MARCBreaker writes it: CRLF, Leader/09 blank, mnemonics for every non-ASCII byte.
  static final String MARC8 =
      "=LDR  00000nam\\\\2200000\\a\\4500\r\n"
          + "=001  vn-000123\r\n"
          + "=008  250101s2020\\\\\\\\vm\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\vie\\d\r\n"
          + "=041  0\\$avie\r\n"
          + "=100  1\\$aNguy{circ}{tilde}en, V{breve}an A.\r\n"
          + "=245  10$aTi{circ}{acute}eng Vi{dotb}{circ}et v{grave}a v{breve}an h{acute}oa /$cNguy{circ}{tilde}en V{breve}an A.\r\n"
          + "=260  \\\\$aH{grave}a N{dotb}{circ}oi :$bNh{grave}a xu{circ}{acute}at b{hooka}an Tr{hooka}e,$c2020.\r\n"
          + "=500  \\\\$aGi{acute}a {dollar}5 {lcub}kho{hooka}ang{rcub} C:{bsol}thu-muc\r\n"
          + "\r\n";
  // The same record as MarcEdit writes a UTF-8 record: Leader/09 a, raw UTF-8, syntax mnemonics only.
  static final String UTF8 =
      "=LDR  00000nam\\a2200000\\a\\4500\n"
          + "=001  vn-000123\n"
          + "=008  250101s2020\\\\\\\\vm\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\vie\\d\n"
          + "=041  0\\$avie\n"
          + "=100  1\\$aNguyễn, Văn A.\n"
          + "=245  10$aTiếng Việt và văn hóa /$cNguyễn Văn A.\n"
          + "=260  \\\\$aHà Nội :$bNhà xuất bản Trẻ,$c2020.\n"
          + "=500  \\\\$aGiá {dollar}5 {lcub}khoảng{rcub} C:{bsol}thu-muc\n"
          + "\n";

  static List<MarcRead> read(byte[] bytes, ReadOptions options) {
    try (MarcRecordReader r = MarcReaders.open(new ByteArrayInputStream(bytes), MarcFormat.MRK, options)) {
      return r.stream().collect(Collectors.toList());
    }
  }

  static List<MarcRead> read(String text, ReadOptions options) {
    return read(text.getBytes(StandardCharsets.UTF_8), options);
  }

  static List<String> codes(MarcRead read) {
    return read.issues().stream().map(ValidationIssue::code).toList();
  }

  static String sub(MarcRead read, String tag, char code) {
    return ((DataField) read.record().getVariableField(tag)).getSubfield(code).getData();
  }

  static String fields(Record r) {
    return r.getVariableFields().toString();
  }

  @Test
  void marcBreakerAndMarcEditFilesOfOneRecordReadTheSame() {
    MarcRead marc8 = read(MARC8, STRICT).get(0);
    MarcRead utf8 = read(UTF8, STRICT).get(0);
    assertThat(sub(marc8, "245", 'a')).isEqualTo("Tiếng Việt và văn hóa /");
    assertThat(sub(marc8, "260", 'b')).isEqualTo("Nhà xuất bản Trẻ,");
    assertThat(sub(marc8, "500", 'a')).isEqualTo("Giá $5 {khoảng} C:\\thu-muc");
    assertThat(marc8.record().getLeader().getCharCodingScheme()).isEqualTo('a');
    assertThat(utf8.record().getLeader().getCharCodingScheme()).isEqualTo('a');
    assertThat(marc8.record().getLeader().marshal()).isEqualTo(utf8.record().getLeader().marshal());
    assertThat(fields(marc8.record())).isEqualTo(fields(utf8.record()));
    assertThat(codes(marc8)).contains("MARC8_CONVERTED").doesNotContain("MRK_MNEMONIC_UNKNOWN");
    assertThat(marc8.line()).isEqualTo(1);
  }

  @Test
  void marc8MrkFromAnotherToolReadsAsTheIso2709Record() {
    // vietnamese-marc8.mrk was written by Perl's MARC::File::MARCMaker from vietnamese-marc8.mrc.
    MarcRead mrk = read(MarcBytes.resource("vietnamese-marc8.mrk"), STRICT).get(0);
    MarcRead iso = MarcReadersTest.read(MarcBytes.resource("vietnamese-marc8.mrc"), MarcFormat.ISO2709, STRICT).get(0);
    assertThat(sub(mrk, "245", 'a')).isEqualTo("Lịch sử Việt Nam /");
    assertThat(fields(mrk.record())).isEqualTo(fields(iso.record()));
    assertThat(mrk.record().getLeader().getCharCodingScheme()).isEqualTo('a');
  }

  @Test
  void aLineThatIsNotUtf8IsReportedAndTheRestOfTheFileIsRead() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(UTF8.getBytes(StandardCharsets.UTF_8));
    // A UTF-8 record with one line saved in Windows-1252 (é = E9), then a MARC-8 record with raw MARC-8
    // bytes (E2 = combining acute before its letter), then a good record.
    out.writeBytes("=LDR  00000nam\\a2200000\\a\\4500\n=001  b\n=500  \\\\$aCaf".getBytes(StandardCharsets.US_ASCII));
    out.write(0xE9);
    out.writeBytes(" cr\n\n=LDR  00000nam\\\\2200000\\a\\4500\n=001  c\n=500  \\\\$aCaf".getBytes(StandardCharsets.US_ASCII));
    out.write(0xE2);
    out.writeBytes("e\n\n".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(UTF8.getBytes(StandardCharsets.UTF_8));
    List<MarcRead> reads = read(out.toByteArray(), LENIENT);
    assertThat(reads).hasSize(4).allMatch(MarcRead::readable);
    assertThat(sub(reads.get(1), "500", 'a')).isEqualTo("Café cr");
    ValidationIssue issue = reads.get(1).issues().stream().filter(i -> i.code().equals("MRK_NOT_UTF8")).findFirst().orElseThrow();
    long at = UTF8.getBytes(StandardCharsets.UTF_8).length + "=LDR  00000nam\\a2200000\\a\\4500\n=001  b\n=500  \\\\$aCaf".length();
    assertThat(at).isEqualTo(365);
    assertThat(issue.message()).isEqualTo("Record 2, line 12: byte 14 of the line (byte 365 of the file, 0xE9) is not UTF-8; the line was read as Windows-1252.");
    MarcRead vi = read(out.toByteArray(), LENIENT.withLocale(Locale.forLanguageTag("vi"))).get(1);
    assertThat(vi.issues().stream().filter(i -> i.code().equals("MRK_NOT_UTF8")).findFirst().orElseThrow().message())
        .startsWith("Biểu ghi 2, dòng 12: byte 14 của dòng").endsWith("đã được đọc theo Windows-1252.");
    assertThat(sub(reads.get(2), "500", 'a')).isEqualTo("Café");
    assertThat(reads.get(2).issues().stream().filter(i -> i.code().equals("MRK_NOT_UTF8")).findFirst().orElseThrow().message())
        .endsWith("read as MARC-8.");
    assertThat(sub(reads.get(3), "245", 'a')).isEqualTo("Tiếng Việt và văn hóa /");
    assertThatThrownBy(() -> read(out.toByteArray(), STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.failure()).isEqualTo(MarcFailure.MRK_NOT_UTF8);
          assertThat(e.recordNumber()).isEqualTo(2);
          assertThat(e.offset()).isEqualTo(12);
        });
  }

  @Test
  void aMissingBlankLineIsAnErrorNamingBothRecords() {
    String two = MARC8.replace("\r\n\r\n", "\r\n") + UTF8.replace("vn-000123", "vn-000124") + UTF8.replace("vn-000123", "vn-000125");
    List<MarcRead> reads = read(two, LENIENT);
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("vn-000123", "vn-000124", "vn-000125");
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2, 3);
    ValidationIssue issue = reads.get(0).issues().stream().filter(i -> i.code().equals("MRK_RECORD_BOUNDARY_MISSING")).findFirst().orElseThrow();
    assertThat(issue.severity()).isEqualTo(vn.libnet.core.validation.Severity.ERROR);
    assertThat(issue.message()).isEqualTo("Record 1 (from line 1) has no blank line before the leader at line 9, where record 2 starts; they were read as two records.");
    assertThat(reads.get(1).line()).isEqualTo(9);
    assertThat(fields(reads.get(1).record())).isEqualTo(fields(read(UTF8.replace("vn-000123", "vn-000124"), STRICT).get(0).record()));
    assertThatThrownBy(() -> read(two, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.failure()).isEqualTo(MarcFailure.MRK_RECORD_BOUNDARY_MISSING);
          assertThat(e.recordNumber()).isEqualTo(1);
          assertThat(e.getMessage()).startsWith("Record 1:").contains("record 2 starts");
        });
  }

  @Test
  void lineEndsByteOrderMarkAndBlankLinesDoNotMatter() {
    String lf = MARC8.replace("\r\n", "\n");
    String expected = fields(read(lf, STRICT).get(0).record());
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    for (byte[] variant :
        new byte[][] {
          MARC8.getBytes(StandardCharsets.US_ASCII),
          MarcBytes.concat(bom, MARC8.getBytes(StandardCharsets.US_ASCII)),
          MARC8.replace("\r\n", "\r").getBytes(StandardCharsets.US_ASCII),
          ("\n\n  \n" + lf + "\n\n").getBytes(StandardCharsets.US_ASCII),
        }) {
      List<MarcRead> reads = read(variant, STRICT);
      assertThat(reads).hasSize(1);
      assertThat(fields(reads.get(0).record())).isEqualTo(expected);
      assertThat(reads.get(0).controlNumber()).isEqualTo("vn-000123");
    }
  }

  @Test
  void aShortLeaderIsPaddedReportedAndNeverWrittenShort() {
    List<MarcRead> reads = read("=LDR  00000nam\\a22\n=245  10$aT\n\n=LDR  00000nam\\a2200000\\a\\4500XX\n=245  10$aU\n\n", LENIENT);
    assertThat(reads).hasSize(2);
    assertThat(codes(reads.get(0))).contains("MRK_LEADER_INVALID");
    assertThat(reads.get(0).issues().get(0).message()).isEqualTo("The leader at line 1 has 12 characters instead of 24; it was padded with blanks or cut.");
    assertThat(codes(reads.get(1))).contains("MRK_LEADER_INVALID");
    assertThat(reads.get(0).record().getLeader().marshal()).isEqualTo("00000nam a2200000   4500");
    assertThat(reads.get(1).record().getLeader().marshal()).isEqualTo("00000nam a2200000 a 4500");
    for (MarcRead r : reads) {
      assertThat(r.record().getLeader().marshal()).hasSize(24);
      byte[] mrk = MarcReadersTest.write(List.of(r.record()), MarcFormat.MRK);
      String leaderLine = new String(mrk, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
      assertThat(leaderLine).hasSize(6 + 24);
      byte[] iso = MarcReadersTest.write(List.of(r.record()), MarcFormat.ISO2709);
      assertThat(MarcReadersTest.read(iso, MarcFormat.ISO2709, STRICT).get(0).record().getLeader().getTypeOfRecord()).isEqualTo('a');
    }
  }

  @Test
  void aLeaderWithLettersWhereDigitsBelongIsRepairedNotShifted() {
    MarcRead r = read("=LDR  nam a22  ....nam\\a2200000\\a\\4\n=245  10$aT\n\n".replace("nam a22  ....", ""), LENIENT).get(0);
    assertThat(r.record().getLeader().marshal()).hasSize(24);
    MarcRead bad = read("=LDR  ABCDEnam\\a22XXXXX\\a\\4500\n=245  10$aT\n\n", LENIENT).get(0);
    assertThat(bad.record().getLeader().marshal()).isEqualTo("00000nam a2200000 a 4500");
    assertThat(codes(bad)).contains("MRK_LEADER_REPAIRED");
  }

  @Test
  void badTagsAndStrayLinesAreReportedAndTheRestIsRead() {
    String text =
        "=LDR  00000nam\\a2200000\\a\\4500\n"
            + "=24  10$aTwo-character tag\n"
            + "=24510$aNo blanks after the tag\n"
            + "=245  10$aTitle /$cby A.\n"
            + "=500  \\\\text before any subfield$aNote\n"
            + "\n";
    MarcRead r = read(text, LENIENT).get(0);
    assertThat(r.record().getDataFields()).hasSize(2);
    assertThat(sub(r, "245", 'c')).isEqualTo("by A.");
    assertThat(codes(r).stream().filter(c -> c.equals("MRK_LINE_INVALID"))).hasSize(3);
    assertThat(r.issues().get(0).message()).isEqualTo("Line 2 is not a mnemonic MARC line: =24  10$aTwo-character tag");
    assertThatThrownBy(() -> read(text, STRICT)).isInstanceOf(MarcReadException.class);
  }

  @Test
  void wrappedFieldsAreJoinedAndCommentsSkipped() {
    // LC's MARCBreaker breaks long fields; the continuation keeps its leading blank.
    String text =
        "=LDR  00000nam\\a2200000\\a\\4500\n"
            + "# MarcEdit: a comment line\n"
            + "=245  10$aPolitical tides in America /$cby John W. Smith III\n"
            + " ; with an introduction by Spencer Yarborough.\n"
            + "\n";
    MarcRead r = read(text, STRICT).get(0);
    assertThat(sub(r, "245", 'c')).isEqualTo("by John W. Smith III ; with an introduction by Spencer Yarborough.");
    assertThat(codes(r)).containsExactly("MRK_COMMENT_SKIPPED", "MRK_LINE_CONTINUED");
  }

  @Test
  void linesWithoutFieldsAreNeverAnInventedRecord() {
    List<MarcRead> reads = read("# exported by MarcEdit\n\n" + UTF8 + "stray text\nmore stray text\n\n# end\n", LENIENT);
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).controlNumber()).isEqualTo("vn-000123");
    assertThat(reads.get(1).readable()).isFalse();
    assertThat(reads.get(1).number()).isEqualTo(2);
    assertThat(codes(reads.get(1))).containsExactly("MRK_LINE_INVALID", "MRK_LINE_INVALID", "MRK_NO_FIELDS");
    assertThat(reads.get(1).issues().get(2).message()).isEqualTo("Lines 12 to 13 hold no field of a record; they were skipped.");
  }

  @Test
  void recordsWrittenEitherWayReadBackTheSame() {
    Record r = F.newRecord("00000nam a2200000 a 4500");
    r.addVariableField(F.newControlField("001", "vn-1"));
    r.addVariableField(F.newControlField("008", "250101s2025    vm            000 0 vie d"));
    String[] texts = {
      "Tiếng Việt: Lịch sử Đại Việt, Trường Đại học Quốc gia Hà Nội, ưu tiên, Nguyễn Trãi",
      "São Leopoldo ; Mały słownik ; Þórbergur ; Dvořák ; Şişli ; Győr ; Ñandú ; Œuvres ; Straße",
      "Giá $5 {khoảng} C:\\thu-muc \\ & &#x41; 中文 §",
    };
    for (String t : texts) {
      DataField f = F.newDataField("500", ' ', ' ');
      f.addSubfield(F.newSubfield('a', t));
      r.addVariableField(f);
    }
    String expected = fields(r);
    byte[] utf8 = MarcReadersTest.write(List.of(r), MarcFormat.MRK);
    ByteArrayOutputStream marc8 = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.openMrkMarc8(marc8)) {
      w.write(r);
    }
    String marc8Text = marc8.toString(StandardCharsets.UTF_8);
    assertThat(marc8Text).startsWith("=LDR  00000nam\\\\2200000\\a\\4500\n").contains("Ti{circ}{acute}eng Vi{dotb}{circ}et");
    assertThat(marc8Text.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(r.getLeader().getCharCodingScheme()).isEqualTo('a');
    for (byte[] written : new byte[][] {utf8, marc8.toByteArray()}) {
      MarcRead back = read(written, STRICT).get(0);
      assertThat(fields(back.record())).isEqualTo(expected);
      assertThat(back.record().getLeader().getCharCodingScheme()).isEqualTo('a');
      assertThat(codes(back)).doesNotContain("MRK_MNEMONIC_UNKNOWN", "MRK_MARC8_INVALID");
    }
  }

  @Test
  void aLineLongerThanTheReaderKeepsIsCutReportedAndTheNextRecordRead() {
    String huge = "=500  \\\\$a" + "x".repeat((1 << 20) + 10) + "\n";
    String text = "=LDR  00000nam\\a2200000\\a\\4500\n" + huge + "\n" + UTF8;
    List<MarcRead> reads = read(text, LENIENT);
    assertThat(reads).hasSize(2);
    assertThat(codes(reads.get(0))).contains("MRK_LINE_TOO_LONG");
    assertThat(sub(reads.get(0), "500", 'a')).hasSize((1 << 20) - 10);
    assertThat(reads.get(1).controlNumber()).isEqualTo("vn-000123");
  }

  @Test
  void mutatedFilesNeverThrowInLenientModeAndOnlyMarcReadExceptionInStrict() {
    byte[] base = (MARC8 + UTF8 + MARC8).getBytes(StandardCharsets.UTF_8);
    java.util.Random random = new java.util.Random(12);
    byte[] interesting = {'{', '}', '$', '=', '\\', '\n', '\r', 0x1B, (byte) 0xE2, (byte) 0xC3, (byte) 0xFF, '&', '#', ' '};
    for (int round = 0; round < 3000; round++) {
      byte[] b = base.clone();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        b[random.nextInt(b.length)] = random.nextBoolean() ? interesting[random.nextInt(interesting.length)] : (byte) random.nextInt(256);
      }
      if (round % 7 == 0) {
        b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
      }
      List<MarcRead> reads = read(b, LENIENT);
      assertThat(reads).allMatch(r -> r.readable() || r.hasErrors());
      byte[] input = b;
      try {
        read(input, STRICT);
      } catch (MarcReadException expected) {
        assertThat(expected.getMessage()).doesNotContain("Exception").doesNotContain("out of bounds");
      }
    }
  }

  /**
   * LC's MARCBreaker test records as marc4j keeps them (brkrtest.mrk/.mrc, brkrtest.mrk8 and
   * brkrtest_UTF8.mrc in marc4j's test/resources): not in this project for their licence, so read
   * from {@code LIBNET_MRK_CORPUS} when it names a folder holding them.
   */
  @Test
  void lcBreakerTestRecordsAgreeWithTheirIso2709() throws Exception {
    String dir = System.getenv("LIBNET_MRK_CORPUS");
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir)), "LIBNET_MRK_CORPUS is not set; LC's MARCBreaker test records are not read");
    String[][] pairs = {{"brkrtest.mrk", "brkrtest.mrc"}, {"brkrtest.mrk8", "brkrtest_UTF8.mrc"}};
    List<String> report = new ArrayList<>();
    for (String[] pair : pairs) {
      List<MarcRead> mrk = read(Files.readAllBytes(Path.of(dir, pair[0])), LENIENT);
      List<MarcRead> iso = MarcReadersTest.read(Files.readAllBytes(Path.of(dir, pair[1])), MarcFormat.ISO2709, LENIENT);
      int equal = 0;
      for (int i = 0; i < Math.min(mrk.size(), iso.size()); i++) {
        boolean same = fields(mrk.get(i).record()).equals(fields(iso.get(i).record()));
        equal += same ? 1 : 0;
        if (!same) {
          report.add(pair[0] + " record " + (i + 1) + ": " + codes(mrk.get(i)));
        }
      }
      report.add(pair[0] + ": " + mrk.size() + " records, " + iso.size() + " in ISO 2709, " + equal + " equal");
    }
    System.err.println(String.join("\n", report));
    assertThat(report).isNotEmpty();
  }
}
