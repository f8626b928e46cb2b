package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.marc.io.MarcBytes.F;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.libnet.core.error.LibnetExceptions;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.validation.ValidationIssue;

class MarcReadersTest {
  static final ReadOptions STRICT = new ReadOptions(ReadMode.STRICT, Locale.ENGLISH);
  static final ReadOptions LENIENT = new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH);

  @TempDir Path dir;

  static List<MarcRead> read(byte[] bytes, MarcFormat format, ReadOptions options) {
    try (MarcRecordReader r = MarcReaders.open(new ByteArrayInputStream(bytes), format, options)) {
      return r.stream().collect(Collectors.toList());
    }
  }

  static byte[] write(List<Record> records, MarcFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, format)) {
      records.forEach(w::write);
    }
    return out.toByteArray();
  }

  static List<Record> records(List<MarcRead> reads) {
    return reads.stream().map(MarcRead::record).toList();
  }

  static List<String> codes(MarcRead read) {
    return read.issues().stream().map(ValidationIssue::code).toList();
  }

  static String title(MarcRead read) {
    return ((DataField) read.record().getVariableField("245")).getSubfield('a').getData();
  }

  @Test
  void roundTripThroughEveryFormatGivesTheSameBytes() {
    byte[] original = MarcBytes.iso(MarcBytes.synthetic(60));
    List<Record> fromIso = records(read(original, MarcFormat.ISO2709, STRICT));
    List<Record> fromXml = records(read(write(fromIso, MarcFormat.MARCXML), MarcFormat.MARCXML, STRICT));
    List<Record> fromJson = records(read(write(fromXml, MarcFormat.MARC_JSON), MarcFormat.MARC_JSON, STRICT));
    List<Record> fromMrk = records(read(write(fromJson, MarcFormat.MRK), MarcFormat.MRK, STRICT));
    assertThat(write(fromMrk, MarcFormat.ISO2709)).isEqualTo(original);
  }

  @Test
  void formatIsDetectedFromTheFirstBytes() {
    List<Record> recs = MarcBytes.synthetic(3);
    for (MarcFormat format : MarcFormat.values()) {
      List<MarcRead> reads = read(write(recs, format), null, STRICT);
      assertThat(reads).as(format.name()).hasSize(3).allMatch(MarcRead::readable);
    }
    assertThatThrownBy(() -> read("hello".getBytes(StandardCharsets.US_ASCII), null, STRICT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot tell the MARC format");
  }

  @Test
  void marc8RecordComesOutAsUtf8NfcWithLeader09Set() {
    MarcRead marc8 = read(MarcBytes.resource("vietnamese-marc8.mrc"), null, STRICT).get(0);
    MarcRead utf8 = read(MarcBytes.resource("vietnamese-utf8.mrc"), null, STRICT).get(0);
    assertThat(marc8.record().getLeader().getCharCodingScheme()).isEqualTo('a');
    assertThat(title(marc8)).isEqualTo("Lịch sử Việt Nam /");
    assertThat(Normalizer.isNormalized(title(marc8), Normalizer.Form.NFC)).isTrue();
    assertThat(codes(marc8)).contains("MARC8_CONVERTED", "MARC_NFC_APPLIED");
    assertThat(marc8.record().getDataFields().toString()).isEqualTo(utf8.record().getDataFields().toString());
    assertThat(((DataField) marc8.record().getVariableField("500")).getSubfield('a').getData())
        .isEqualTo("Café crème über Ñandú");
  }

  @Test
  void nfdUtf8RecordIsComposed() {
    Record r = MarcBytes.synthetic(1).get(0);
    DataField f245 = (DataField) r.getVariableField("245");
    f245.getSubfield('a').setData(Normalizer.normalize("Đắk Lắk và Huế", Normalizer.Form.NFD));
    MarcRead read = read(MarcBytes.iso(List.of(r)), MarcFormat.ISO2709, STRICT).get(0);
    assertThat(title(read)).isEqualTo("Đắk Lắk và Huế");
    assertThat(read.issues()).anySatisfy(i -> assertThat(i.code()).isEqualTo("MARC_NFC_APPLIED"));
  }

  @Test
  void tcvn3BytesInARecordDeclaredMarc8AreRecognisedInLenientMode() {
    byte[] bytes = MarcBytes.withRawTitle("T1", LegacyEncoding.TCVN3.encode("Lịch sử Việt Nam thời kỳ đổi mới"), ' ');
    MarcRead read = read(bytes, MarcFormat.ISO2709, LENIENT).get(0);
    assertThat(title(read)).isEqualTo("Lịch sử Việt Nam thời kỳ đổi mới");
    assertThat(read.issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("MARC_LEGACY_ENCODING");
      assertThat(i.path()).isEqualTo("245$a");
      assertThat(i.message()).contains("TCVN3");
    });
    assertThat(read.record().getLeader().getCharCodingScheme()).isEqualTo('a');
  }

  @Test
  void aDeclaredSourceEncodingDecidesRecordsTheirOwnEvidenceCannot() {
    // Short values in a record that says nothing of its language: not certain alone.
    byte[] name = MarcBytes.withRawTitle("S1", LegacyEncoding.TCVN3.encode("Hà Nội"), ' ');
    byte[] utf8 = MarcBytes.withRawTitle("S2", "Hà Nội".getBytes(java.nio.charset.StandardCharsets.UTF_8), 'a');
    byte[] file = MarcBytes.concat(name, utf8);
    assertThat(title(read(file, MarcFormat.ISO2709, LENIENT).get(0))).isNotEqualTo("Hà Nội");

    ReadOptions declared = LENIENT.withSourceEncoding(LegacyEncoding.TCVN3);
    List<MarcRead> reads = read(file, MarcFormat.ISO2709, declared);
    assertThat(title(reads.get(0))).isEqualTo("Hà Nội");
    assertThat(codes(reads.get(0))).contains("MARC_LEGACY_DECIDED");
    assertThat(reads.get(0).issues().get(0).message()).contains("given for the source");
    assertThat(title(reads.get(1))).as("UTF-8 stays UTF-8 whatever the source").isEqualTo("Hà Nội");
    // Declared, the legacy reading holds in strict mode too: the caller said what the bytes are.
    assertThat(title(read(file, MarcFormat.ISO2709, STRICT.withSourceEncoding(LegacyEncoding.TCVN3)).get(0)))
        .isEqualTo("Hà Nội");
  }

  @Test
  void aRecordThatLeansTheWayTheSourceDecidedIsReadSo() {
    List<byte[]> records = new java.util.ArrayList<>();
    String[] titles = {"Lịch sử Việt Nam thời kỳ đổi mới", "Truyện Kiều của Nguyễn Du", "Địa chí Hà Tĩnh và Nghệ An"};
    for (int i = 0; i < titles.length; i++) {
      records.add(MarcBytes.withRawTitle("T" + i, LegacyEncoding.TCVN3.encode(titles[i]), 'a'));
    }
    byte[] shortOne = MarcBytes.withRawTitle("T9", LegacyEncoding.TCVN3.encode("Hà Nội"), ' ');
    assertThat(title(read(shortOne, MarcFormat.ISO2709, LENIENT).get(0))).as("alone").isNotEqualTo("Hà Nội");
    records.add(shortOne);
    List<MarcRead> reads = read(MarcBytes.concat(records.toArray(new byte[0][])), MarcFormat.ISO2709, LENIENT);
    assertThat(reads).extracting(MarcReadersTest::title).containsExactly(
        titles[0], titles[1], titles[2], "Hà Nội");
    assertThat(reads.get(3).issues()).anySatisfy(i -> {
      assertThat(i.code()).isEqualTo("MARC_LEGACY_DECIDED");
      assertThat(i.message()).contains("source");
    });
  }

  @Test
  void vniBytesInARecordDeclaredUtf8() {
    byte[] good = MarcBytes.iso(MarcBytes.synthetic(1));
    byte[] vni = MarcBytes.withRawTitle("V1", LegacyEncoding.VNI.encode("Nhà xuất bản Giáo dục Việt Nam"), 'a');
    byte[] file = MarcBytes.concat(good, vni);

    MarcRead lenient = read(file, MarcFormat.ISO2709, LENIENT).get(1);
    assertThat(title(lenient)).isEqualTo("Nhà xuất bản Giáo dục Việt Nam");
    // The whole record reads as VNI, so its value is converted, not reported as bad UTF-8 as well; the
    // decision comes with its evidence.
    assertThat(codes(lenient)).containsExactly("MARC_LEGACY_DECIDED", "MARC_LEGACY_ENCODING");
    assertThat(lenient.issues().get(0).message()).contains("VNI", "1 of 1");

    // Strict: the exception names the record, the field and the exact byte offset of the first bad byte.
    int titleStart = good.length + indexOf(vni, (byte) 0x1F) + 2;
    int firstBad = titleStart + firstNonAscii(Arrays.copyOfRange(file, titleStart, file.length));
    assertThatThrownBy(() -> read(file, MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.code()).isEqualTo("MARC_UTF8_INVALID");
          assertThat(e.recordNumber()).isEqualTo(2);
          assertThat(e.offset()).isEqualTo((long) firstBad);
          assertThat(e.getMessage()).startsWith("Record 2: Field 245$a is not valid UTF-8 at byte " + firstBad);
          assertThat(e.message(Locale.forLanguageTag("vi"))).startsWith("Biểu ghi 2: Trường 245$a");
          // Serialised (a job queue, an RMI call), it keeps the record, the offset and both languages.
          MarcReadException back = LibnetExceptions.assertSurvivesSerialization(e);
          assertThat(back.failure()).isEqualTo(MarcFailure.MARC_UTF8_INVALID);
          assertThat(back.recordNumber()).isEqualTo(2);
          assertThat(back.offset()).isEqualTo((long) firstBad);
          assertThat(back.message(Locale.forLanguageTag("vi"))).startsWith("Biểu ghi 2: Trường 245$a");
        });
  }

  @Test
  void wrongRecordLengthIsRepairedInLenientAndNamedInStrict() {
    byte[] file = MarcBytes.iso(MarcBytes.synthetic(3));
    List<Integer> starts = MarcBytes.offsets(file);
    int second = starts.get(1);
    // Claim 10 bytes fewer than the record has.
    int real = Integer.parseInt(new String(file, second, 5, StandardCharsets.US_ASCII));
    byte[] damaged = file.clone();
    System.arraycopy(String.format("%05d", real - 10).getBytes(StandardCharsets.US_ASCII), 0, damaged, second, 5);

    List<MarcRead> reads = read(damaged, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).hasSize(3).allMatch(MarcRead::readable);
    assertThat(codes(reads.get(1))).contains("MARC_RECORD_LENGTH_WRONG");
    assertThat(reads.get(2).offset()).isEqualTo((long) starts.get(2));
    assertThat(reads.get(2).issues()).noneMatch(i -> i.code().startsWith("MARC_RECORD"));

    assertThatThrownBy(() -> read(damaged, MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.code()).isEqualTo("MARC_RECORD_LENGTH_WRONG");
          assertThat(e.recordNumber()).isEqualTo(2);
          assertThat(e.offset()).isEqualTo((long) second + real - 10 - 1);
        });
  }

  @Test
  void badDirectoryIsRepairedOrSkippedAndTheFileGoesOn() {
    byte[] file = MarcBytes.iso(MarcBytes.synthetic(3));
    int second = MarcBytes.offsets(file).get(1);
    byte[] damaged = file.clone();
    // The first directory entry's length and start become letters.
    for (int i = 24 + 3; i < 24 + 12; i++) {
      damaged[second + i] = 'x';
    }
    List<MarcRead> reads = read(damaged, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).hasSize(3);
    assertThat(reads.get(0).readable()).isTrue();
    // The field follows the directory, as fields do: it is found there, and nothing of record 2 is lost.
    assertThat(codes(reads.get(1))).containsExactly("MARC_DIRECTORY_ENTRY_INVALID");
    assertThat(reads.get(1).record().getVariableFields()).hasSameSizeAs(reads.get(0).record().getVariableFields());
    assertThat(reads.get(2).readable()).isTrue();
    assertThat(reads.get(2).controlNumber()).isEqualTo(reads.get(2).record().getControlNumber());

    assertThatThrownBy(() -> read(damaged, MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.code()).isEqualTo("MARC_DIRECTORY_ENTRY_INVALID");
          assertThat(e.recordNumber()).isEqualTo(2);
          assertThat(e.offset()).isEqualTo((long) second + 24); // the damaged entry itself
        });
  }

  @Test
  void missingTerminatorsAreFoundOrReported() {
    byte[] file = MarcBytes.iso(MarcBytes.synthetic(3));
    List<Integer> starts = MarcBytes.offsets(file);
    // Drop the record terminator of record 2: its stated length now ends inside record 3.
    int end2 = starts.get(2) - 1;
    byte[] damaged = MarcBytes.concat(Arrays.copyOfRange(file, 0, end2), Arrays.copyOfRange(file, end2 + 1, file.length));
    List<MarcRead> reads = read(damaged, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).hasSize(3).allMatch(MarcRead::readable);
    assertThat(codes(reads.get(1))).contains("MARC_TERMINATOR_MISSING");
    assertThat(reads.get(1).issues().get(0).message()).contains("byte " + end2);
    assertThat(reads.get(2).controlNumber()).isEqualTo(MarcBytes.synthetic(3).get(2).getControlNumber());
    assertThatThrownBy(() -> read(damaged, MarcFormat.ISO2709, STRICT)).isInstanceOf(MarcReadException.class);
  }

  @Test
  void truncatedFileKeepsEveryWholeRecord() {
    byte[] file = MarcBytes.iso(MarcBytes.synthetic(5));
    int last = MarcBytes.offsets(file).get(4);
    byte[] cut = Arrays.copyOf(file, last + 40);
    List<MarcRead> reads = read(cut, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).hasSize(5);
    assertThat(reads.subList(0, 4)).allMatch(MarcRead::readable);
    assertThat(reads.get(4).readable()).isFalse();
    assertThat(reads.get(4).offset()).isEqualTo((long) last);
    assertThat(reads.get(4).issues().get(0).code()).isEqualTo("MARC_RECORD_TRUNCATED");
    assertThat(reads.get(4).issues().get(0).message()).contains("byte " + last).contains("40 bytes left");

    assertThatThrownBy(() -> read(cut, MarcFormat.ISO2709, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.code()).isEqualTo("MARC_RECORD_TRUNCATED");
          assertThat(e.recordNumber()).isEqualTo(5);
        });
    // a file cut inside the five length digits
    assertThat(read(Arrays.copyOf(file, last + 3), MarcFormat.ISO2709, LENIENT).get(4).issues().get(0).code())
        .isEqualTo("MARC_RECORD_TRUNCATED");
  }

  @Test
  void lineEndsBetweenRecordsAreHarmlessAndJunkIsSkippedLeniently() {
    List<Record> recs = MarcBytes.synthetic(2);
    byte[] a = MarcBytes.iso(recs.subList(0, 1));
    byte[] b = MarcBytes.iso(recs.subList(1, 2));
    assertThat(read(MarcBytes.concat(a, "\r\n".getBytes(StandardCharsets.US_ASCII), b, "\n".getBytes(StandardCharsets.US_ASCII)), MarcFormat.ISO2709, STRICT))
        .hasSize(2).allMatch(MarcRead::readable);
    byte[] junk = MarcBytes.concat(a, "GARBAGE".getBytes(StandardCharsets.US_ASCII), b);
    List<MarcRead> reads = read(junk, MarcFormat.ISO2709, LENIENT);
    assertThat(reads).hasSize(2).allMatch(MarcRead::readable);
    assertThat(codes(reads.get(1))).contains("MARC_JUNK_SKIPPED");
    assertThat(reads.get(1).issues().get(0).message()).contains("7 bytes").contains("byte " + a.length);
    assertThatThrownBy(() -> read(junk, MarcFormat.ISO2709, STRICT)).isInstanceOf(MarcReadException.class);
  }

  @Test
  void aFieldTooLongForIso2709IsRefusedByNameButWrittenInXml() {
    Record r = MarcBytes.synthetic(1).get(0);
    DataField note = F.newDataField("520", ' ', ' ');
    note.addSubfield(F.newSubfield('a', "Tóm tắt ".repeat(12_500).substring(0, 99_999)));
    r.addVariableField(note);
    byte[] xml = write(List.of(r), MarcFormat.MARCXML);
    Record back = read(xml, MarcFormat.MARCXML, STRICT).get(0).record();
    assertThat(((DataField) back.getVariableField("520")).getSubfield('a').getData()).hasSize(99_999);
    assertThat(read(write(List.of(back), MarcFormat.MARC_JSON), MarcFormat.MARC_JSON, STRICT).get(0).readable()).isTrue();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.ISO2709)) {
      assertThatThrownBy(() -> w.write(back))
          .isInstanceOfSatisfying(MarcWriteException.class, e -> {
            assertThat(e.code()).isEqualTo("MARC_FIELD_TOO_LONG");
            assertThat(e.getMessage()).contains("Record 1").contains("field 520").contains("9999");
            assertThat(LibnetExceptions.assertSurvivesSerialization(e).failure()).isEqualTo(MarcFailure.MARC_FIELD_TOO_LONG);
          });
      w.write(MarcBytes.synthetic(1).get(0));
    }
    assertThat(read(out.toByteArray(), MarcFormat.ISO2709, STRICT)).hasSize(1);
  }

  @Test
  void xmlWithADoctypeOrEntitiesIsRefusedAndNothingIsFetched() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a2200000 a 4500</leader>"
            + "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">&x;</subfield></datafield></record></collection>";
    for (ReadOptions options : List.of(STRICT, LENIENT)) {
      assertThatThrownBy(() -> read(xxe.getBytes(StandardCharsets.UTF_8), null, options))
          .isInstanceOfSatisfying(MarcReadException.class, e -> {
            assertThat(e.code()).isEqualTo("MARCXML_DOCTYPE");
            assertThat(e.getMessage()).contains("DOCTYPE").contains("line 2").doesNotContain("TOP-SECRET");
          });
    }
    String billionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>"
            + "<collection><record><leader>&lol2;</leader></record></collection>";
    assertThatThrownBy(() -> read(billionLaughs.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, LENIENT))
        .isInstanceOf(MarcReadException.class);
    String undeclared = "<collection><record><leader>&nbsp;00000nam a2200000 a 4500</leader></record></collection>";
    // An entity no DTD declares loses its record (reported in lenient mode, thrown in strict), not the file.
    assertThatThrownBy(() -> read(undeclared.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.code()).isEqualTo("MARCXML_ENTITY"));
    List<MarcRead> lenient = read(undeclared.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, LENIENT);
    assertThat(lenient).singleElement().satisfies(r -> {
      assertThat(r.readable()).isFalse();
      assertThat(codes(r)).contains("MARCXML_ENTITY");
    });
  }

  @Test
  void brokenXmlKeepsTheRecordsBeforeTheBreak() {
    String xml = new String(write(MarcBytes.synthetic(3), MarcFormat.MARCXML), StandardCharsets.UTF_8);
    String broken = xml.substring(0, xml.lastIndexOf("<record>") + 60);
    List<MarcRead> reads = read(broken.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, LENIENT);
    assertThat(reads.subList(0, 2)).allMatch(MarcRead::readable);
    assertThat(reads.get(2).readable()).isFalse();
    assertThat(reads.get(2).issues().get(0).code()).isEqualTo("MARCXML_RECORD_TRUNCATED");
    assertThat(reads.get(2).issues().get(0).message()).contains("line");
    assertThatThrownBy(() -> read(broken.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.recordNumber()).isEqualTo(3));
  }

  @Test
  void aShortLeaderInXmlIsPaddedLenientlyAndRefusedStrictly() {
    String xml = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record><leader>00000nam a22</leader>"
        + "<controlfield tag=\"001\">X1</controlfield></record></collection>";
    MarcRead read = read(xml.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, LENIENT).get(0);
    assertThat(read.record().getLeader().marshal()).hasSize(24);
    assertThat(codes(read)).contains("MARCXML_LEADER_INVALID");
    assertThatThrownBy(() -> read(xml.getBytes(StandardCharsets.UTF_8), MarcFormat.MARCXML, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.getMessage()).contains("12 characters instead of 24"));
  }

  @Test
  void marcInJsonReadsArraysSingleObjectsAndConcatenatedObjects() {
    List<Record> recs = MarcBytes.synthetic(2);
    String array = new String(write(recs, MarcFormat.MARC_JSON), StandardCharsets.UTF_8);
    String single = array.substring(array.indexOf('{'), array.indexOf("\n,") > 0 ? array.indexOf("\n,") : array.indexOf("},\n{") + 1);
    String concatenated = array.strip().substring(1, array.strip().length() - 1).replace("},\n{", "}\n{");
    assertThat(read(array.getBytes(StandardCharsets.UTF_8), null, STRICT)).hasSize(2);
    assertThat(read(single.getBytes(StandardCharsets.UTF_8), null, STRICT)).hasSize(1);
    assertThat(read(concatenated.getBytes(StandardCharsets.UTF_8), null, STRICT)).hasSize(2);
    assertThat(read("[{\"leader\":".getBytes(StandardCharsets.UTF_8), MarcFormat.MARC_JSON, LENIENT).get(0).issues().get(0).code())
        .isEqualTo("MARC_JSON_TRUNCATED");
  }

  @Test
  void mrkEscapesSurviveARoundTrip() {
    Record r = F.newRecord("00000nam a2200000 a 4500");
    r.addVariableField(F.newControlField("008", "250101s2025    vm            000 0 vie d"));
    DataField f = F.newDataField("500", ' ', ' ');
    f.addSubfield(F.newSubfield('a', "Giá $5 {khoảng} C:\\thu-muc"));
    r.addVariableField(f);
    String mrk = new String(write(List.of(r), MarcFormat.MRK), StandardCharsets.UTF_8);
    assertThat(mrk).contains("=500  \\\\$aGiá {dollar}5 {lcub}khoảng{rcub} C:{bsol}thu-muc").contains("=008  250101s2025\\\\\\\\vm");
    Record back = read(mrk.getBytes(StandardCharsets.UTF_8), MarcFormat.MRK, STRICT).get(0).record();
    assertThat(((DataField) back.getVariableField("500")).getSubfield('a').getData()).isEqualTo("Giá $5 {khoảng} C:\\thu-muc");
    assertThat(back.getVariableField("008").toString()).endsWith("250101s2025    vm            000 0 vie d");
  }

  private static int indexOf(byte[] b, byte v) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNonAscii(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] < 0) {
        return i;
      }
    }
    return -1;
  }
}
