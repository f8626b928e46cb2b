package vn.libnet.marc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.marc.internal.SyntheticRecords;

class Marc21ValidatorTest {
  static final MarcFactory F = MarcFactory.newInstance();
  static final ValidationContext EN = ValidationContext.of(Locale.ENGLISH);
  static final String ISIL = SyntheticRecords.LIBRARIES.get(0);
  static final Profile<Record> UC = UnionCatalogProfile.forLibrary(ISIL);

  record Case(String code, String path, Consumer<Record> breakIt) {}

  static Record clean() {
    return SyntheticRecords.clean().iterator(1).next().record();
  }

  static DataField field(Record r, String tag) {
    return (DataField) r.getVariableField(tag);
  }

  static ControlField control(Record r, String tag) {
    return (ControlField) r.getVariableField(tag);
  }

  static DataField add(Record r, String tag, char i1, char i2, String... codeValue) {
    DataField f = F.newDataField(tag, i1, i2);
    for (int i = 0; i < codeValue.length; i += 2) {
      f.addSubfield(F.newSubfield(codeValue[i].charAt(0), codeValue[i + 1]));
    }
    r.addVariableField(f);
    return f;
  }

  static void remove(Record r, String tag) {
    r.getVariableFields(tag).forEach(r::removeVariableField);
  }

  static void set008(Record r, int pos, String value) {
    String d = control(r, "008").getData();
    control(r, "008").setData(d.substring(0, pos) + value + d.substring(pos + value.length()));
  }

  static final List<Case> CASES =
      List.of(
          new Case("MARC_LEADER_INVALID", "leader/06", r -> r.getLeader().setTypeOfRecord('x')),
          new Case("MARC_TAG_INVALID", "2#5", r -> add(r, "2#5", ' ', ' ', "a", "x")),
          new Case("MARC_TAG_UNDEFINED", "389", r -> add(r, "389", ' ', ' ', "a", "x")),
          new Case("MARC_TAG_OBSOLETE", "440", r -> add(r, "440", ' ', '0', "a", "Tủ sách tri thức")),
          new Case("MARC_FIELD_NOT_REPEATABLE", "245", r -> add(r, "245", '1', '0', "a", "Lặp")),
          new Case("MARC_INDICATOR_INVALID", "245/ind1", r -> field(r, "245").setIndicator1('7')),
          new Case("MARC_SUBFIELD_UNDEFINED", "245$z", r -> field(r, "245").addSubfield(F.newSubfield('z', "x"))),
          new Case("MARC_LOCAL_SUBFIELD", "650$9", r -> field(r, "650").addSubfield(F.newSubfield('9', "123"))),
          new Case("MARC_SUBFIELD_NOT_REPEATABLE", "245$c", r -> field(r, "245").addSubfield(F.newSubfield('c', "x"))),
          new Case("MARC_FIELD_EMPTY", "500", r -> add(r, "500", ' ', ' ')),
          new Case("MARC_SUBFIELD_EMPTY", "300$b", r -> field(r, "300").addSubfield(F.newSubfield('b', " "))),
          new Case("MARC_005_INVALID", "005", r -> control(r, "005").setData("2025-01-01")),
          new Case("MARC_008_LENGTH", "008", r -> control(r, "008").setData("250101s2019    vm")),
          new Case("MARC_008_VALUE", "008/22", r -> set008(r, 22, "x")),
          new Case("MARC_006_INVALID", "006/00", r -> r.addVariableField(F.newControlField("006", "x                 "))),
          new Case("MARC_007_INVALID", "007/00", r -> r.addVariableField(F.newControlField("007", "xx"))),
          new Case("MARC_020_CHECKSUM", "020$a", r -> field(r, "020").getSubfield('a').setData("9786041012345")),
          new Case("MARC_022_CHECKSUM", "022$a", r -> add(r, "022", ' ', ' ', "a", "0378-5954")),
          new Case("MARC_245_MISSING", "245", r -> remove(r, "245")),
          new Case("MARC_1XX_MULTIPLE", "110", r -> add(r, "110", '2', ' ', "a", "Viện Văn học")),
          new Case("MARC_880_LINKAGE", "245$6", r -> field(r, "245").addSubfield(F.newSubfield('6', "880-01"))),
          new Case("MARC_LANGUAGE_CODE", "041$a", r -> { remove(r, "041"); add(r, "041", '0', ' ', "a", "vnm"); }),
          new Case("MARC_GEOGRAPHIC_CODE", "043$a", r -> add(r, "043", ' ', ' ', "a", "a-vx---")),
          new Case("MARC_COUNTRY_CODE", "044$a", r -> add(r, "044", ' ', ' ', "a", "vx")),
          new Case("MARC_CONTROL_FIELD_CHARACTER", "001", r -> control(r, "001").setData("VN\u001fa123")),
          new Case("MARC_LOCAL_FIELD", "019", r -> add(r, "019", ' ', ' ', "a", "12345")),
          new Case("MARC_007_VALUE", "007/03", r -> r.addVariableField(F.newControlField("007", "cr xna---uuuuu"))),
          new Case("MARC_OBSOLETE", "leader/17", r -> r.getLeader().setImplDefined2(new char[] {'I', r.getLeader().getImplDefined2()[1], r.getLeader().getImplDefined2()[2]})),
          new Case("UC_001_MISSING", "001", r -> remove(r, "001")),
          new Case("UC_AGENCY_MISSING", "003", r -> { remove(r, "003"); remove(r, "040"); }),
          new Case("UC_008_MISSING", "008", r -> remove(r, "008")),
          new Case("UC_LANGUAGE_MISSING", "008/35-37", r -> { set008(r, 35, "   "); remove(r, "041"); }),
          new Case("UC_TITLE_MISSING", "245$a", r -> field(r, "245").removeSubfield(field(r, "245").getSubfield('a'))),
          new Case("UC_PUBLICATION_MISSING", "264", r -> remove(r, "264")),
          new Case("UC_EXTENT_MISSING", "300$a", r -> remove(r, "300")),
          new Case("UC_CLASSIFICATION_MISSING", "082", r -> remove(r, "082")),
          new Case("UC_SUBJECT_MISSING", "6XX", r -> remove(r, "650")),
          new Case("UC_HOLDING_MISSING", "852$a", r -> remove(r, "852")),
          new Case("UC_HOLDING_ISIL", "852$a", r -> field(r, "852").getSubfield('a').setData("VN-Other")),
          new Case("UC_NOT_UTF8", "leader/09", r -> r.getLeader().setCharCodingScheme(' ')),
          new Case("UC_NOT_NFC", "245$a", r -> field(r, "245").getSubfield('a').setData(Normalizer.normalize("Lịch sử /", Normalizer.Form.NFD))),
          new Case("UC_LEGACY_TEXT", "245$a", r -> field(r, "245").getSubfield('a').setData(
              new String(LegacyEncoding.TCVN3.encode("Lịch sử Việt Nam /"), Charset.forName("windows-1252")))));

  static Stream<Arguments> cases() {
    return CASES.stream().map(c -> Arguments.of(c.code(), c));
  }

  @Test
  void aCleanRecordHasNoIssueInEitherProfile() {
    for (var s : (Iterable<SyntheticRecords.Synthetic>) () -> SyntheticRecords.clean().iterator(300)) {
      ValidationReport marc = Marc21Validator.standard().validate(s.record(), EN);
      assertThat(marc.issues()).as(s.record().toString()).isEmpty();
      String library = ((DataField) s.record().getVariableField("852")).getSubfield('a').getData();
      assertThat(UnionCatalogProfile.forLibrary(library).validate(s.record(), EN).issues()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachRuleFiresAtItsPathAndOnlyWhenBroken(String code, Case c) {
    assertThat(UC.validate(clean(), EN).has(code)).isFalse();
    Record broken = clean();
    c.breakIt().accept(broken);
    ValidationReport report = UC.validate(broken, EN);
    assertThat(report.issues(code)).as(report.toJson()).isNotEmpty();
    ValidationIssue issue = report.issues(code).get(0);
    assertThat(issue.path()).isEqualTo(c.path());
    assertThat(issue.message()).doesNotContain("{0}").doesNotContain("{1}");
    assertThat(issue.localized(Messages.VIETNAMESE).message()).isNotEqualTo(issue.message());
  }

  @Test
  void everyRuleHasACase() {
    Set<String> covered = new HashSet<>();
    CASES.forEach(c -> covered.add(c.code()));
    assertThat(covered).containsAll(UC.codes());
    UC.codes().forEach(code -> assertThat(Messages.has(code)).as(code).isTrue());
  }

  @Test
  void messagesSayWhatIsWrongInBothLanguages() {
    Record r = clean();
    field(r, "245").setIndicator1('7');
    ValidationIssue issue = Marc21Validator.standard().validate(r, EN).issues().get(0);
    assertThat(issue.message()).isEqualTo("Field 245 indicator 1 is \"7\"; allowed: 01 (# is blank).");
    assertThat(issue.localized(Messages.VIETNAMESE).message()).isEqualTo("Trường 245 chỉ thị 1 là \"7\"; giá trị cho phép: 01 (# là khoảng trắng).");
  }

  @Test
  void localFieldsAreAnOption() {
    Record r = clean();
    add(r, "910", ' ', ' ', "a", "Kho địa chí");
    add(r, "090", ' ', ' ', "a", "959.7");
    add(r, "029", ' ', ' ', "a", "AU@", "b", "000012345678");
    assertThat(Marc21Validator.standard().validate(r, EN).issues()).isEmpty();
    ValidationReport strict = Marc21Validator.builder().allowLocalFields(false).build().validate(r, EN);
    assertThat(strict.issues("MARC_LOCAL_FIELD")).extracting(ValidationIssue::path).containsExactly("910", "090", "029");
    assertThat(strict.issues()).extracting(ValidationIssue::severity).containsOnly(Severity.WARNING);
    assertThat(strict.isValid()).isTrue();
  }

  @Test
  void fixedFieldsFollowTheMaterialType() {
    Record serial = clean();
    serial.getLeader().setImplDefined1(new char[] {'s', ' '});
    // 008/18 'm' is a frequency for serials (monthly) but an illustration code for books
    set008(serial, 18, "m");
    set008(serial, 19, "r");
    set008(serial, 21, "p");
    set008(serial, 33, "a");
    set008(serial, 34, "0");
    set008(serial, 24, " ");
    set008(serial, 29, "0   ");
    assertThat(Marc21Validator.standard().validate(serial, EN).issues()).isEmpty();
    set008(serial, 19, "q");
    assertThat(Marc21Validator.standard().validate(serial, EN).has("MARC_008_VALUE")).isTrue();
    Record withFill = clean();
    set008(withFill, 22, "|");
    assertThat(Marc21Validator.standard().validate(withFill, EN).issues()).isEmpty();
  }

  @Test
  void an880IsCheckedAsTheFieldItRepresents() {
    Record r = clean();
    field(r, "245").addSubfield(F.newSubfield('6', "880-01"));
    DataField alt = add(r, "880", '1', '0', "6", "245-01/$1", "a", "越南歷史 /");
    assertThat(Marc21Validator.standard().validate(r, EN).issues()).isEmpty();
    alt.setIndicator1('9');
    assertThat(Marc21Validator.standard().validate(r, EN).issues("MARC_INDICATOR_INVALID")).extracting(ValidationIssue::path).containsExactly("880/ind1");
  }

  @Test
  void definitionNamesItsSourceAndVersion() {
    Marc21Definition def = Marc21Definition.bibliographic();
    assertThat(def.source()).contains("Library of Congress").contains("MARC 21 Format for Bibliographic Data");
    assertThat(def.version()).isNotBlank();
    assertThat(def.tags()).hasSizeGreaterThan(200).contains("001", "245", "650", "856", "880");
    assertThat(def.field("245").orElseThrow().repeatable()).isFalse();
    assertThat(def.field("650").orElseThrow().subfields()).containsEntry('x', true).containsEntry('a', false);
    assertThat(def.obsolete("440")).isPresent();
    assertThat(def.length007('c')).contains(14);
  }

  @Test
  void severitiesAreErrorsExceptTheObsoleteAndTimestampWarnings() {
    Profile<Record> p = Marc21Validator.standard().profile();
    assertThat(p.severityOf("MARC_TAG_OBSOLETE")).isEqualTo(Severity.WARNING);
    assertThat(p.severityOf("MARC_005_INVALID")).isEqualTo(Severity.WARNING);
    assertThat(p.severityOf("MARC_245_MISSING")).isEqualTo(Severity.ERROR);
  }
}
