package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.validation.ValidationIssue;

class MarcXmlReaderTest {
  static final ReadOptions STRICT = new ReadOptions(ReadMode.STRICT, Locale.ENGLISH);
  static final ReadOptions LENIENT = new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH);
  static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n";
  static final String TAIL = "</collection>\n";

  static List<MarcRead> read(byte[] bytes, ReadOptions options) {
    try (MarcRecordReader r = MarcReaders.open(new ByteArrayInputStream(bytes), MarcFormat.MARCXML, options)) {
      return r.stream().collect(Collectors.toList());
    }
  }

  static List<MarcRead> read(String xml, ReadOptions options) {
    return read(xml.getBytes(StandardCharsets.UTF_8), options);
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = MarcXmlReaderTest.class.getResourceAsStream("/marc/xml/" + name)) {
      return in.readAllBytes();
    }
  }

  static List<String> codes(MarcRead read) {
    return read.issues().stream().map(ValidationIssue::code).toList();
  }

  static String record(String id, String title) {
    return "<record>\n  <leader>00000nam a2200000 a 4500</leader>\n  <controlfield tag=\"001\">" + id + "</controlfield>\n"
        + "  <datafield tag=\"245\" ind1=\"1\" ind2=\"0\">\n    <subfield code=\"a\">" + title + "</subfield>\n  </datafield>\n</record>\n";
  }

  static String title(MarcRead read) {
    return ((DataField) read.record().getVariableField("245")).getSubfield('a').getData();
  }

  /** The record as yaz-marcdump's {@code -o line} prints it. */
  static String line(Record r) {
    StringBuilder sb = new StringBuilder(r.getLeader().marshal()).append('\n');
    for (VariableField f : r.getVariableFields()) {
      if (f instanceof ControlField cf) {
        sb.append(cf.getTag()).append(' ').append(cf.getData()).append('\n');
      } else {
        DataField df = (DataField) f;
        sb.append(df.getTag()).append(' ').append(df.getIndicator1()).append(df.getIndicator2());
        for (Subfield sf : df.getSubfields()) {
          sb.append(" $").append(sf.getCode()).append(' ').append(sf.getData());
        }
        sb.append('\n');
      }
    }
    return sb.append('\n').toString();
  }

  @Test
  void aRecordWithoutItsEndTagEndsWhereTheNextStartsAndBothAreRead() {
    String broken = record("R1", "Một").replace("</record>\n", "");
    String xml = HEAD + broken + record("R2", "Hai") + record("R3", "Ba") + TAIL;
    List<MarcRead> reads = read(xml, LENIENT);
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2, 3);
    assertThat(reads).allMatch(MarcRead::readable);
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("R1", "R2", "R3");
    assertThat(reads.get(0).record().getDataFields()).hasSize(1);
    assertThat(title(reads.get(1))).isEqualTo("Hai");
    ValidationIssue issue = reads.get(0).issues().get(0);
    assertThat(issue.code()).isEqualTo("MARCXML_RECORD_UNCLOSED");
    assertThat(issue.message()).contains("line 3").contains("line 9").contains("<record>");
    assertThat(reads.get(1).issues()).isEmpty();

    assertThatThrownBy(() -> read(xml, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> {
          assertThat(e.recordNumber()).isEqualTo(1);
          assertThat(e.code()).isEqualTo("MARCXML_RECORD_UNCLOSED");
          assertThat(e.message(Messages.VIETNAMESE)).startsWith("Biểu ghi 1").contains("thiếu thẻ đóng");
        });
  }

  @Test
  void aRecordLeftOpenInsideADatafieldIsClosedAtTheCollectionEnd() {
    String open = "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">R9</controlfield>"
        + "<datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Cut</subfield>\n";
    List<MarcRead> reads = read(HEAD + record("R8", "Trước") + open + TAIL, LENIENT);
    assertThat(reads).hasSize(2).allMatch(MarcRead::readable);
    assertThat(codes(reads.get(1))).containsExactly("MARCXML_RECORD_UNCLOSED");
    assertThat(reads.get(1).issues().get(0).message()).contains("</collection>");
    assertThat(title(reads.get(1))).isEqualTo("Cut");
  }

  @Test
  void damageInOneRecordLosesThatRecordOnly() {
    String bad = record("R2", "Hai").replace("</subfield>", "</subfeld>");
    String xml = HEAD + record("R1", "Một") + bad + record("R3", "Ba") + TAIL;
    List<MarcRead> reads = read(xml, LENIENT);
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2, 3);
    assertThat(reads.get(0).readable()).isTrue();
    assertThat(reads.get(1).readable()).isFalse();
    assertThat(reads.get(2).controlNumber()).isEqualTo("R3");
    ValidationIssue issue = reads.get(1).issues().get(0);
    assertThat(issue.code()).isEqualTo("MARCXML_INVALID");
    assertThat(issue.arguments().get(0)).isEqualTo("14"); // the line of </subfeld>
    assertThat(issue.message()).contains("</subfeld>").doesNotContain("ParseError").doesNotContain("Message:").doesNotContain("must be terminated");
    assertThat(issue.localized(Messages.VIETNAMESE).message()).startsWith("XML sai cú pháp ở dòng 14");

    assertThatThrownBy(() -> read(xml, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.recordNumber()).isEqualTo(2));
  }

  @Test
  void aTruncatedFileLosesOnlyItsLastRecord() {
    String xml = HEAD + record("R1", "Một") + record("R2", "Hai");
    String cut = xml.substring(0, xml.lastIndexOf("<subfield"));
    List<MarcRead> reads = read(cut, LENIENT);
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).readable()).isTrue();
    assertThat(reads.get(1).readable()).isFalse();
    assertThat(codes(reads.get(1))).containsExactly("MARCXML_RECORD_TRUNCATED");
    assertThat(reads.get(1).issues().get(0).message()).contains("line 10");
  }

  @Test
  void bytesThatAreNotUtf8AreReadAsWindows1252AndReported() {
    byte[] bad = (HEAD + record("R1", "Caf\u00e9") + record("R2", "Hai") + TAIL).getBytes(StandardCharsets.UTF_8);
    // é (C3 A9) becomes a lone E9, as a Windows-1252 export writes it
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < bad.length; i++) {
      if ((bad[i] & 0xFF) == 0xC3 && (bad[i + 1] & 0xFF) == 0xA9) {
        out.write(0xE9);
        i++;
      } else {
        out.write(bad[i]);
      }
    }
    List<MarcRead> reads = read(out.toByteArray(), LENIENT);
    assertThat(reads).hasSize(2).allMatch(MarcRead::readable);
    assertThat(title(reads.get(0))).isEqualTo("Café");
    assertThat(codes(reads.get(0))).contains("MARCXML_UTF8_INVALID");
    assertThat(reads.get(0).issues().get(0).message()).contains("0xE9").contains("Line 7");
    assertThat(reads.get(1).issues()).isEmpty();
    assertThatThrownBy(() -> read(out.toByteArray(), STRICT)).isInstanceOf(MarcReadException.class);
  }

  @Test
  void controlCharactersAreKeptAndReportedNotStripped() {
    // &#x1F; is not allowed in XML 1.0 (the JDK's parser refuses it), nor is a raw 0x1E
    String xml = HEAD
        + "<record><leader>00000nam a2200000 a 4500</leader><controlfield tag=\"001\">AB&#x1F;aCD</controlfield>\n"
        + "<datafield tag=\"500\" ind1=\" \" ind2=\" \"><subfield code=\"a\">x\u001Ey</subfield></datafield></record>\n"
        + record("R2", "Hai") + TAIL;
    List<MarcRead> reads = read(xml, LENIENT);
    assertThat(reads).hasSize(2).allMatch(MarcRead::readable);
    assertThat(reads.get(0).controlNumber()).isEqualTo("AB\u001FaCD");
    assertThat(((DataField) reads.get(0).record().getVariableField("500")).getSubfield('a').getData()).isEqualTo("x\u001Ey");
    List<ValidationIssue> controls = reads.get(0).issues().stream().filter(i -> i.code().equals("MARC_VALUE_CONTROL_CHAR")).toList();
    assertThat(controls).extracting(ValidationIssue::path).containsExactly("001", "500$a");
    assertThat(controls.get(0).message()).contains("U+001F").contains("line 3");
    assertThat(reads.get(1).issues()).isEmpty();
    assertThatThrownBy(() -> read(xml, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.code()).isEqualTo("MARC_VALUE_CONTROL_CHAR"));
  }

  @Test
  void koha_OaiPmhListRecordsWithMarc21IsReadAndItsEnvelopeIgnored() throws IOException {
    List<MarcRead> reads = read(resource("oai-listrecords-marc21.xml"), STRICT);
    assertThat(reads).hasSize(2).allMatch(r -> r.issues().isEmpty());
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("10231", "10240");
    assertThat(reads).extracting(MarcRead::line).containsExactly(12L, 63L);
    assertThat(title(reads.get(0))).isEqualTo("Lịch sử Hà Nội qua các thời kỳ /");
    assertThat(reads.get(0).record().getVariableFields()).extracting(VariableField::getTag)
        .containsExactly("001", "003", "005", "008", "020", "040", "082", "245", "264", "300", "952");
  }

  @Test
  void dspace_GetRecordWithMarcPrefixIsRead() throws IOException {
    List<MarcRead> reads = read(resource("getrecord-marc-prefix.xml"), STRICT);
    assertThat(reads).hasSize(1);
    Record r = reads.get(0).record();
    assertThat(r.getLeader().marshal()).isEqualTo("00925njm a22002777a 4500"); // Leader/09 set to a: the text is Unicode
    assertThat(((DataField) r.getVariableField("856")).getSubfield('u').getData()).isEqualTo("http://hdl.handle.net/123456789/4410");
  }

  @Test
  void oaiPmhDublinCoreIsRefusedByNameNamespaceAndLineNotReadAsEmptyRecords() throws IOException {
    byte[] dc = resource("oai-listrecords-oai_dc.xml");
    List<MarcRead> reads = read(dc, LENIENT);
    assertThat(reads).hasSize(2).noneMatch(MarcRead::readable);
    assertThat(reads).extracting(MarcRead::number).containsExactly(1, 2);
    ValidationIssue issue = reads.get(0).issues().get(0);
    assertThat(issue.code()).isEqualTo("MARCXML_NOT_MARC");
    assertThat(issue.message()).contains("Line 6").contains("<oai_dc:dc>").contains("http://www.openarchives.org/OAI/2.0/oai_dc/");
    assertThat(issue.localized(Messages.VIETNAMESE).message()).contains("không phải biểu ghi MARC 21").contains("oai_dc:dc");
    assertThat(issue.suggestion()).contains("metadataPrefix");
    assertThatThrownBy(() -> read(dc, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.code()).isEqualTo("MARCXML_NOT_MARC"));
  }

  @Test
  void recordElementsOfOtherVocabulariesAreRefused() {
    String foreign = "<?xml version=\"1.0\"?>\n<list xmlns:x=\"urn:example:catalogue\">\n<x:record><x:title>Không phải MARC</x:title></x:record>\n</list>\n";
    List<MarcRead> reads = read(foreign, LENIENT);
    assertThat(reads).hasSize(1);
    assertThat(reads.get(0).readable()).isFalse();
    assertThat(reads.get(0).issues().get(0).message()).contains("Line 3").contains("<x:record>").contains("urn:example:catalogue");
    // no namespace and no MARC field: some other XML's record, not an empty MARC record
    String plain = "<records>\n<record><title>Sách</title><author>Ai đó</author></record>\n</records>";
    MarcRead read = read(plain, LENIENT).get(0);
    assertThat(read.readable()).isFalse();
    assertThat(codes(read)).contains("MARCXML_NOT_MARC");
  }

  @Test
  void aCollectionWithoutNamespaceAndASingleRecordRootAreRead() throws IOException {
    assertThat(read(resource("collection-no-namespace.xml"), STRICT)).extracting(MarcRead::controlNumber)
        .containsExactly("VNU-000118", "VNU-000119");
    String single = "<?xml version=\"1.0\"?>\n<marc:record xmlns:marc=\"http://www.loc.gov/MARC21/slim\"><marc:leader>00000nam a2200000 a 4500</marc:leader>"
        + "<marc:controlfield tag=\"001\">ONE</marc:controlfield></marc:record>";
    assertThat(read(single, STRICT)).extracting(MarcRead::controlNumber).containsExactly("ONE");
  }

  @Test
  void fieldsKeepTheFilesOrderAndRepeatedControlFieldsStay() throws IOException {
    List<MarcRead> reads = read(resource("collection-slim.xml"), STRICT);
    Record r = reads.get(0).record();
    assertThat(r.getVariableFields()).extracting(VariableField::getTag)
        .containsExactly("001", "001", "003", "008", "020", "041", "100", "245", "650", "500", "264");
    assertThat(r.getControlNumber()).isEqualTo("NLV-2020-004512");
    assertThat(r.getControlFields().get(1).getData()).isEqualTo("TVQG-88213");
    DataField note = (DataField) r.getVariableField("500");
    assertThat(note.getSubfields()).extracting(Subfield::getData).containsExactly("Dịch từ nguyên bản tiếng Pháp: Les Misérables.", "");
    assertThat(title(reads.get(1))).isEqualTo("Żółć i miód :");
  }

  @Test
  void theReadingAgreesWithYazMarcdumpFieldByField() throws IOException {
    for (String name : List.of("collection-slim", "collection-no-namespace")) {
      String expected = new String(resource(name + ".yaz.txt"), StandardCharsets.UTF_8);
      String actual = read(resource(name + ".xml"), STRICT).stream().map(r -> line(r.record())).collect(Collectors.joining());
      assertThat(actual).as(name).isEqualTo(expected);
    }
  }

  @Test
  void theRecordedYazOutputIsWhatYazPrintsAndTheValidFixturesAreValid() throws Exception {
    assumeTrue(onPath("yaz-marcdump") && onPath("xmllint"), "yaz-marcdump and xmllint are not installed; the recorded outputs are used");
    Path dir = Path.of("src/test/resources/marc/xml");
    for (String name : List.of("collection-slim", "collection-no-namespace")) {
      String yaz = run(List.of("yaz-marcdump", "-i", "marcxml", "-o", "line", dir.resolve(name + ".xml").toString()));
      assertThat(yaz).as(name).isEqualTo(Files.readString(dir.resolve(name + ".yaz.txt")));
    }
    run(List.of("xmllint", "--noout", "--schema", dir.resolve("MARC21slim.xsd").toString(), dir.resolve("collection-slim.xml").toString()));
  }

  @Test
  void leadersOfTheWrongLengthOrWithNonAsciiAreReportedAndPadded() {
    String xml = HEAD
        + "<record><leader>00000nam a22</leader><controlfield tag=\"001\">S</controlfield></record>\n"
        + "<record><leader>00000nam a2200000 a 4500XX</leader><controlfield tag=\"001\">L</controlfield></record>\n"
        + "<record><leader>00000nâm a2200000 a 4500</leader><controlfield tag=\"001\">N</controlfield></record>\n"
        + "<record><controlfield tag=\"001\">M</controlfield></record>\n" + TAIL;
    List<MarcRead> reads = read(xml, LENIENT);
    assertThat(reads).allMatch(MarcRead::readable).allMatch(r -> r.record().getLeader().marshal().length() == 24);
    assertThat(reads.get(0).record().getLeader().marshal()).startsWith("00000nam a22");
    assertThat(codes(reads.get(0))).containsExactly("MARCXML_LEADER_INVALID");
    assertThat(codes(reads.get(1))).containsExactly("MARCXML_LEADER_INVALID");
    assertThat(codes(reads.get(2))).containsExactly("MARC_LEADER_NON_ASCII");
    assertThat(reads.get(2).issues().get(0).message()).contains("Leader/06").contains("U+00E2");
    assertThat(codes(reads.get(3))).containsExactly("MARC_LEADER_ABSENT");
  }

  @Test
  void subfieldCodesOfTheWrongLengthAreKeptAsIso2709WouldCarryThem() {
    String xml = HEAD + "<record><leader>00000nam a2200000 a 4500</leader><datafield tag=\"245\" ind1=\"1\" ind2=\"0\">"
        + "<subfield code=\"ab\">Title</subfield><subfield code=\"\">Orphan</subfield><subfield code=\"c\"/></datafield>"
        + "<datafield tag=\"24\" ind1=\"10\" ind2=\"\"><subfield code=\"a\">x</subfield></datafield></record>\n" + TAIL;
    MarcRead read = read(xml, LENIENT).get(0);
    DataField f = (DataField) read.record().getVariableField("245");
    assertThat(f.getSubfields()).extracting(Subfield::getCode).containsExactly('a', ' ', 'c');
    assertThat(f.getSubfields()).extracting(Subfield::getData).containsExactly("bTitle", "Orphan", "");
    assertThat(codes(read)).containsExactly("MARC_SUBFIELD_CODE_LENGTH", "MARC_SUBFIELD_CODE_LENGTH", "MARC_TAG_LENGTH", "MARC_INDICATOR_LENGTH", "MARC_INDICATOR_LENGTH");
    assertThat(read.issues().get(0).message()).contains("“ab”").contains("code “a” with “b”");
    DataField odd = (DataField) read.record().getDataFields().get(1);
    assertThat(odd.getTag()).isEqualTo("24"); // kept as written; the ISO 2709 writer refuses it by name
    assertThat(odd.getIndicator1()).isEqualTo('1');
  }

  @Test
  void aDoctypeIsRefusedWholeAndAnUndeclaredEntityCostsOneRecord() {
    String doctype = "<?xml version=\"1.0\"?>\n<!DOCTYPE collection SYSTEM \"http://127.0.0.1:9/marc.dtd\">\n" + HEAD.substring(HEAD.indexOf('\n') + 1) + record("R1", "x") + TAIL;
    for (ReadOptions o : List.of(STRICT, LENIENT)) {
      assertThatThrownBy(() -> read(doctype, o))
          .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.code()).isEqualTo("MARCXML_DOCTYPE"));
    }
    String entity = HEAD + record("R1", "Giá&nbsp;bìa") + record("R2", "Hai") + TAIL;
    List<MarcRead> reads = read(entity, LENIENT);
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0).readable()).isFalse();
    assertThat(codes(reads.get(0))).containsExactly("MARCXML_ENTITY");
    assertThat(reads.get(0).issues().get(0).message()).contains("nbsp");
    assertThat(reads.get(1).controlNumber()).isEqualTo("R2");
    assertThatThrownBy(() -> read(entity, STRICT))
        .isInstanceOfSatisfying(MarcReadException.class, e -> assertThat(e.code()).isEqualTo("MARCXML_ENTITY"));
  }

  @Test
  void aBareAmpersandIsReadAsTheCharacterAndReported() {
    List<MarcRead> reads = read(HEAD + record("R1", "Tom & Jerry") + TAIL, LENIENT);
    assertThat(title(reads.get(0))).isEqualTo("Tom & Jerry");
    assertThat(codes(reads.get(0))).containsExactly("MARCXML_BARE_AMPERSAND");
  }

  @Test
  void recordTextInCommentsAndCdataIsNotARecord() {
    String xml = HEAD + "<!-- <record> exported by a test </record> -->\n"
        + record("R1", "<![CDATA[A <record> in a title]]>") + "<?export <record>?>\n" + record("R2", "Hai") + TAIL;
    List<MarcRead> reads = read(xml, STRICT);
    assertThat(reads).extracting(MarcRead::controlNumber).containsExactly("R1", "R2");
    assertThat(title(reads.get(0))).isEqualTo("A <record> in a title");
  }

  @Test
  void aRecordLargerThanTheLimitIsSkippedAndTheNextRead() {
    StringBuilder huge = new StringBuilder(HEAD).append("<record><leader>00000nam a2200000 a 4500</leader>");
    String field = "<datafield tag=\"500\" ind1=\" \" ind2=\" \"><subfield code=\"a\">" + "x".repeat(1000) + "</subfield></datafield>\n";
    while (huge.length() < MarcXmlFramer.MAX_RECORD + 4096) {
      huge.append(field);
    }
    huge.append("</record>\n").append(record("R2", "Hai")).append(TAIL);
    List<MarcRead> reads = read(huge.toString(), LENIENT);
    assertThat(reads).hasSize(2);
    assertThat(codes(reads.get(0))).containsExactly("MARCXML_RECORD_TOO_LARGE");
    assertThat(reads.get(1).controlNumber()).isEqualTo("R2");
  }

  @Test
  void everyMessageIsBilingualAndFreeOfParserInternals() {
    String xml = HEAD + record("R1", "a").replace("</subfield>", "</subfeld>") + record("R2", "Hai").replace("</record>\n", "")
        + record("R3", "x&y") + "<x:record xmlns:x=\"urn:x\"><x:y/></x:record>\n" + TAIL;
    List<MarcRead> reads = read(xml, LENIENT);
    List<ValidationIssue> issues = new ArrayList<>();
    reads.forEach(r -> issues.addAll(r.issues()));
    assertThat(issues).hasSizeGreaterThanOrEqualTo(4);
    for (ValidationIssue i : issues) {
      String en = i.message();
      String vi = i.localized(Messages.VIETNAMESE).message();
      assertThat(en).doesNotContain("ParseError", "XMLStreamException", "Message:", "must be terminated", "element type");
      assertThat(vi).isNotEqualTo(en);
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    return out;
  }
}
