package vn.libnet.marc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.marc.validation.Marc21ValidatorTest.EN;
import static vn.libnet.marc.validation.Marc21ValidatorTest.F;
import static vn.libnet.marc.validation.Marc21ValidatorTest.UC;
import static vn.libnet.marc.validation.Marc21ValidatorTest.add;
import static vn.libnet.marc.validation.Marc21ValidatorTest.clean;
import static vn.libnet.marc.validation.Marc21ValidatorTest.control;
import static vn.libnet.marc.validation.Marc21ValidatorTest.field;
import static vn.libnet.marc.validation.Marc21ValidatorTest.remove;
import static vn.libnet.marc.validation.Marc21ValidatorTest.set008;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marc4j.marc.Record;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/** Issue 13: severity that reflects harm, and the coverage where MARC::Lint is right. */
class Marc21CoverageTest {
  static ValidationReport marc21(Record r) {
    return Marc21Validator.standard().validate(r, EN);
  }

  static List<String> codes(ValidationReport report) {
    return report.issues().stream().map(i -> i.code() + "@" + i.path()).toList();
  }

  static void leader17(Record r, char value) {
    char[] impl = r.getLeader().getImplDefined2();
    r.getLeader().setImplDefined2(new char[] {value, impl[1], impl[2]});
  }

  @Test
  void oclcLocalFieldsAndObsoleteButCommonValuesNeverMakeARecordInvalid() {
    Record r = clean();
    add(r, "019", ' ', ' ', "a", "1234567");
    add(r, "029", '1', ' ', "a", "AU@", "b", "000012345678");
    add(r, "049", ' ', ' ', "a", "VNHN");
    add(r, "079", ' ', ' ', "a", "ocm12345678");
    add(r, "938", ' ', ' ', "a", "Baker and Taylor", "b", "BTCP");
    leader17(r, 'I');
    set008(r, 32, "1");
    ValidationReport uc = UC.validate(r, EN);
    assertThat(uc.isValid()).as(uc.toJson()).isTrue();
    assertThat(codes(uc)).containsExactlyInAnyOrder(
        "MARC_LOCAL_FIELD@019", "MARC_LOCAL_FIELD@029", "MARC_LOCAL_FIELD@049", "MARC_LOCAL_FIELD@079",
        "MARC_LOCAL_FIELD@938", "MARC_OBSOLETE@leader/17", "MARC_OBSOLETE@008/32");
    assertThat(uc.issues()).extracting(ValidationIssue::severity).containsOnly(Severity.WARNING);
    // MARC 21 alone accepts local fields silently; obsolete values stay warnings
    assertThat(codes(marc21(r))).containsExactlyInAnyOrder("MARC_OBSOLETE@leader/17", "MARC_OBSOLETE@008/32");
    assertThat(UC.severityOf("MARC_LOCAL_FIELD")).isEqualTo(Severity.WARNING);
    assertThat(UC.severityOf("MARC_OBSOLETE")).isEqualTo(Severity.WARNING);
  }

  @Test
  void aProfileMayRaiseTheSeverityOfObsoleteValues() {
    Record r = clean();
    leader17(r, 'K');
    assertThat(UC.withSeverity("MARC_OBSOLETE", Severity.ERROR).validate(r, EN).isValid()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"I", "J", "K", "L", "M"})
  void oclcEncodingLevelsAreObsoleteNotInvalid(char level) {
    Record r = clean();
    leader17(r, level);
    assertThat(codes(marc21(r))).containsExactly("MARC_OBSOLETE@leader/17");
    leader17(r, 'Q');
    assertThat(codes(marc21(r))).containsExactly("MARC_LEADER_INVALID@leader/17");
  }

  @Test
  void obsolete00832IsOnlyObsoleteInBooks() {
    Record book = clean();
    set008(book, 32, "0");
    assertThat(codes(marc21(book))).containsExactly("MARC_OBSOLETE@008/32");
    set008(book, 32, "x");
    assertThat(codes(marc21(book))).containsExactly("MARC_008_VALUE@008/32");
  }

  @Test
  void languageCodesOf041AreCheckedAgainstTheMarcList() {
    Record r = clean();
    remove(r, "041");
    add(r, "041", '1', ' ', "a", "vie", "a", "engfre", "h", "fre");
    assertThat(marc21(r).issues()).isEmpty();
    remove(r, "041");
    add(r, "041", '0', ' ', "a", "scr", "h", "(eng)", "b", "xxx");
    assertThat(codes(marc21(r))).containsExactlyInAnyOrder(
        "MARC_OBSOLETE@041$a", "MARC_LANGUAGE_CODE@041$h", "MARC_LANGUAGE_CODE@041$b");
    ValidationIssue h = marc21(r).issues("MARC_LANGUAGE_CODE").get(0);
    assertThat(h.message()).isEqualTo("Field 041 $h \"(eng)\": \"(eng)\" is not a code of the MARC Code List for Languages.");
    assertThat(h.localized(Messages.VIETNAMESE).message())
        .isEqualTo("Trường 041 $h \"(eng)\": \"(eng)\" không phải là mã trong Danh mục mã ngôn ngữ MARC.");
    // second indicator 7: the codes come from the list named in $2 (here ISO 639-3), not checked
    remove(r, "041");
    add(r, "041", '0', '7', "a", "vi", "2", "iso639-1");
    assertThat(marc21(r).issues()).isEmpty();
  }

  @Test
  void geographicAreaCodesOf043() {
    Record r = clean();
    add(r, "043", ' ', ' ', "a", "a-vt---", "a", "n-us-ca");
    assertThat(marc21(r).issues()).isEmpty();
    field(r, "043").getSubfields('a').get(1).setData("e-ur-kz");
    assertThat(codes(marc21(r))).containsExactly("MARC_OBSOLETE@043$a");
    field(r, "043").getSubfields('a').get(1).setData("a-vt");
    assertThat(codes(marc21(r))).containsExactly("MARC_GEOGRAPHIC_CODE@043$a");
  }

  @Test
  void countryCodesOf044And008() {
    Record r = clean();
    add(r, "044", ' ', ' ', "a", "vm", "a", "xxu", "c", "VN");
    assertThat(marc21(r).issues()).isEmpty();
    field(r, "044").getSubfields('a').get(1).setData("xxr");
    assertThat(codes(marc21(r))).containsExactly("MARC_OBSOLETE@044$a");
    field(r, "044").getSubfields('a').get(1).setData("usa");
    assertThat(codes(marc21(r))).containsExactly("MARC_COUNTRY_CODE@044$a");
    Record place = clean();
    set008(place, 15, "vn ");
    assertThat(codes(marc21(place))).containsExactly("MARC_OBSOLETE@008/15-17");
    set008(place, 15, "zz ");
    assertThat(codes(marc21(place))).containsExactly("MARC_008_VALUE@008/15-17");
    set008(place, 15, "xx ");
    assertThat(marc21(place).issues()).isEmpty();
  }

  @Test
  void languageOf008IsCheckedAgainstTheMarcList() {
    Record r = clean();
    set008(r, 35, "vnm");
    assertThat(codes(marc21(r))).containsExactly("MARC_008_VALUE@008/35-37");
    set008(r, 35, "scr");
    assertThat(codes(marc21(r))).containsExactly("MARC_OBSOLETE@008/35-37");
  }

  @Test
  void controlFieldsHoldNoSubfieldDelimiterNorControlCharacter() {
    Record r = clean();
    r.addVariableField(F.newControlField("007", "cr\u001fa una"));
    control(r, "001").setData("VN-123\t");
    List<ValidationIssue> issues = marc21(r).issues("MARC_CONTROL_FIELD_CHARACTER");
    assertThat(issues).extracting(ValidationIssue::path).containsExactlyInAnyOrder("001", "007");
    assertThat(issues).extracting(ValidationIssue::message).contains(
        "Control field 007 contains the character 0x1F at position 2; control fields hold neither subfields nor control characters.");
  }

  @Test
  void duplicateNonRepeatableControlFields() {
    Record r = clean();
    // (marc4j keeps one 001 per record: a second 001 replaces the first, so 003 and 008 are the cases)
    r.addVariableField(F.newControlField("003", "VN-HaNoi"));
    r.addVariableField(F.newControlField("008", control(r, "008").getData()));
    r.addVariableField(F.newControlField("007", "ta"));
    r.addVariableField(F.newControlField("007", "cr una---uuuuu"));
    assertThat(codes(marc21(r))).containsExactlyInAnyOrder("MARC_FIELD_NOT_REPEATABLE@003", "MARC_FIELD_NOT_REPEATABLE@008");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "cr una---uuuuu;",
        "cr |||||||||||;",
        "ta;",
        "aj canzn;",
        "sd fsngnnmmned;",
        "vf cbahou;",
        "hd afa024baca;",
        "kh bo;",
        "mr caaadmzadakacc198902;",
        "cr xna---uuuuu;MARC_007_VALUE@007/03",
        "cz |||||||||||;",
        "sd fsngnnmmnex;MARC_007_VALUE@007/13",
        "vf cbahox;MARC_007_VALUE@007/08",
        "hd afa0x4baca;MARC_007_VALUE@007/06-08",
        "ajucanzn;MARC_OBSOLETE@007/02",
        "aj canzq;MARC_007_VALUE@007/07"
      })
  void positionsOf007FollowTheCategory(String value, String expected) {
    Record r = clean();
    r.addVariableField(F.newControlField("007", value));
    List<String> found = codes(marc21(r));
    if (expected == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).containsExactly(expected);
    }
  }

  @Test
  void styleIsInformationOnly() {
    Record r = clean();
    var title = field(r, "245");
    title.getSubfields().clear();
    title.addSubfield(F.newSubfield('a', "The history of Vietnam"));
    title.addSubfield(F.newSubfield('b', "a survey"));
    title.addSubfield(F.newSubfield('c', "Nguyễn Văn A."));
    set008(r, 35, "eng");
    assertThat(marc21(r).issues()).isEmpty();
    ValidationReport style = StyleProfile.style().validate(r, EN);
    assertThat(codes(style)).containsExactlyInAnyOrder(
        "MARC_ISBD_PUNCTUATION@245$b", "MARC_ISBD_PUNCTUATION@245$c", "MARC_NONFILING_ARTICLE@245/ind2");
    assertThat(style.issues()).extracting(ValidationIssue::severity).containsOnly(Severity.INFO);
    assertThat(style.isValid()).isTrue();
    title.getSubfield('a').setData("The history of Vietnam :");
    title.getSubfield('b').setData("a survey /");
    title.setIndicator2('4');
    assertThat(StyleProfile.style().validate(r, EN).issues()).isEmpty();
    // ISBD and articles are never part of the MARC 21 or union-catalogue profiles
    assertThat(UC.codes()).doesNotContain("MARC_ISBD_PUNCTUATION", "MARC_NONFILING_ARTICLE");
    StyleProfile.style().codes().forEach(code -> assertThat(Messages.has(code)).as(code).isTrue());
  }

  @Test
  void codeListsNameTheirVersion() {
    assertThat(MarcCodeLists.standard().version()).contains("2020");
    assertThat(MarcCodeLists.standard().status(MarcCodeLists.Kind.LANGUAGE, "vie")).isEqualTo(MarcCodeLists.Status.VALID);
    assertThat(MarcCodeLists.standard().status(MarcCodeLists.Kind.GAC, "a-vt---")).isEqualTo(MarcCodeLists.Status.VALID);
    assertThat(MarcCodeLists.standard().status(MarcCodeLists.Kind.GAC, "a-vn---")).isEqualTo(MarcCodeLists.Status.OBSOLETE);
    assertThat(MarcCodeLists.standard().status(MarcCodeLists.Kind.COUNTRY, "vm")).isEqualTo(MarcCodeLists.Status.VALID);
  }
}
