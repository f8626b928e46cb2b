package vn.libnet.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.json.Examples;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

class NationalProfilesTest {
  static final ValidationContext EN =
      new ValidationContext(Locale.ENGLISH, Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

  /** One way to break each rule: the example, the pointer to change, the new value (null removes). */
  record Case(String profile, String code, String example, String path, Object[] edits) {}

  static final Map<String, String> EXAMPLE_OF =
      Map.of(
          "vn-library", "library.json",
          "vn-bibrecord", "bib-record.json",
          "vn-holding", "holding.json",
          "vn-digital-object", "digital-object.json",
          "vn-statistics", "statistics-report.json");

  static final List<Case> CASES =
      List.of(
          c("vn-library", "LIBRARY_ISIL_MISSING", "/isil", "/isil", null),
          c("vn-library", "LIBRARY_ISIL_INVALID", "/isil", "/isil", "VN-Thư-viện"),
          c("vn-library", "LIBRARY_ISIL_NOT_VN", "/isil", "/isil", "DE-101"),
          c("vn-library", "LIBRARY_NAME_MISSING", "/name", "/name", " "),
          c("vn-library", "LIBRARY_TYPE_MISSING", "/type", "/type", null),
          c("vn-library", "LIBRARY_PARENT_MISSING", "/parentOrganization", "/parentOrganization", null),
          c("vn-library", "LIBRARY_ADDRESS_MISSING", "/address", "/address", null),
          c("vn-library", "PROVINCE_MISSING", "/address/provinceCode", "/address/provinceCode", null),
          c("vn-library", "PROVINCE_UNKNOWN", "/address/provinceCode", "/address/provinceCode", "99"),
          c("vn-library", "PROVINCE_FORMER", "/address/provinceCode", "/address/provinceCode", "30"),
          c("vn-library", "LIBRARY_ESTABLISHED_IN_FUTURE", "/establishedYear", "/establishedYear", 2027),
          c("vn-library", "LIBRARY_WEBSITE_INVALID", "/website", "/website", "thuvien.vn"),
          c("vn-library", "CONTACT_EMAIL_INVALID", "/contacts/0/email", "/contacts/0/email", "a(at)b.vn"),
          c("vn-library", "ENDPOINT_KIND_MISSING", "/endpoints/0/kind", "/endpoints/0/kind", null),
          c("vn-library", "ENDPOINT_URL_INVALID", "/endpoints/0/url", "/endpoints/0/url", "http://x.vn/oai"),
          c("vn-library", "LIBRARY_KEY_ID_INVALID", "/publicKeys/0/keyId", "/publicKeys/0/keyId", "VN-Other#k1"),
          c("vn-library", "LIBRARY_DESIGNATION_MISMATCH", "/designation/universityGroup", "/designation/universityGroup", "LISTED"),
          c("vn-library", "TEXT_NOT_NFC", "/name", "/name", "Thư vie\u0323\u0302n"),
          c("vn-library", "TEXT_LEGACY_ENCODING", "/name", "/name", "Th\u00AD vi\u00D6n H\u00B5 N\u00E9i"),
          c("vn-library", "TEXT_CONTROL_CHARACTER", "/nameEn", "/nameEn", "Hanoi\u0007Library"),
          c("vn-library", "TEXT_WHITESPACE", "/nameEn", "/nameEn", " Hanoi  Library"),
          c("vn-bibrecord", "BIB_TITLE_MISSING", "/titles", "/titles/0/type", "VARIANT"),
          c("vn-bibrecord", "BIB_TITLE_MAIN_REPEATED", "/titles/1", "/titles/1/type", "MAIN"),
          c("vn-bibrecord", "BIB_TITLE_EMPTY", "/titles/1/title", "/titles/1/title", ""),
          c("vn-bibrecord", "BIB_MAIN_ENTRY_REPEATED", "/contributors/1", "/contributors/1",
              Map.of("name", "Nguyễn Văn A", "main", true)),
          c("vn-bibrecord", "BIB_CONTRIBUTOR_NAME_MISSING", "/contributors/0/name", "/contributors/0/name", null),
          c("vn-bibrecord", "BIB_RELATOR_INVALID", "/contributors/0/role", "/contributors/0/role", "Tác giả"),
          c("vn-bibrecord", "BIB_ISBN_INVALID", "/identifiers/0/value", "/identifiers/0/value", "978-604-1-01234-5"),
          c("vn-bibrecord", "BIB_ISSN_INVALID", "/identifiers/1/value", "/identifiers/1",
              Map.of("type", "ISSN", "value", "0378-5954")),
          c("vn-bibrecord", "BIB_ISBN_DUPLICATE", "/identifiers/1/value", "/identifiers/1",
              Map.of("type", "ISBN", "value", "6041012343")),
          c("vn-bibrecord", "BIB_LANGUAGE_MISSING", "/languages", "/languages", null),
          c("vn-bibrecord", "BIB_LANGUAGE_INVALID", "/languages/0", "/languages/0", "Tiếng Việt"),
          c("vn-bibrecord", "BIB_PUBLISHER_MISSING", "/publication/publisher", "/publication/publisher", null),
          c("vn-bibrecord", "BIB_YEAR_MISSING", "/publication/year", "/publication/year", null),
          c("vn-bibrecord", "BIB_YEAR_IN_FUTURE", "/publication/year", "/publication/year", 2028),
          c("vn-bibrecord", "BIB_EXTENT_MISSING", "/physicalDescription/extent", "/physicalDescription", null),
          c("vn-bibrecord", "BIB_CLASSIFICATION_MISSING", "/classifications", "/classifications/0/scheme", "BBK"),
          c("vn-bibrecord", "BIB_CLASSIFICATION_INVALID", "/classifications/0/number", "/classifications/0/number", "95A.7"),
          c("vn-bibrecord", "BIB_SUBJECT_MISSING", "/subjects", "/subjects", null),
          c("vn-bibrecord", "TEXT_NOT_NFC", "/titles/0/title", "/titles/0/title", "Li\u0323ch su\u031B\u0309"),
          c("vn-bibrecord", "TEXT_LEGACY_ENCODING", "/publication/place", "/publication/place", "Haø Noäi"),
          c("vn-bibrecord", "TEXT_CONTROL_CHARACTER", "/notes/0/text", "/notes/0/text", "a\u001Fb"),
          c("vn-bibrecord", "TEXT_WHITESPACE", "/edition", "/edition", "Tái bản  lần 3"),
          c("vn-holding", "HOLDING_OWNER_MISSING", "/ownerIsil", "/ownerIsil", null),
          c("vn-holding", "HOLDING_OWNER_INVALID", "/ownerIsil", "/ownerIsil", "HaNoi"),
          c("vn-holding", "HOLDING_LOCAL_ID_MISSING", "/localId", "/localId", ""),
          c("vn-holding", "HOLDING_RECORD_MISSING", "/recordId", "/recordId", null),
          c("vn-holding", "HOLDING_CALL_NUMBER_MISSING", "/callNumber", "/callNumber", null),
          c("vn-holding", "HOLDING_NO_ITEMS", "/items", "/items", null),
          c("vn-holding", "ITEM_BARCODE_MISSING", "/items/1/barcode", "/items/1/barcode", null),
          c("vn-holding", "ITEM_BARCODE_DUPLICATE", "/items/1/barcode", "/items/1/barcode", "VV.012345"),
          c("vn-holding", "TEXT_NOT_NFC", "/location", "/location", "Kho mu\u031Bo\u031B\u0323n"),
          c("vn-holding", "TEXT_LEGACY_ENCODING", "/location", "/location", "Kho m\u00ADîn t\u00CCng 2"),
          c("vn-holding", "TEXT_CONTROL_CHARACTER", "/callNumber", "/callNumber", "959.7\tĐ108A"),
          c("vn-holding", "TEXT_WHITESPACE", "/callNumber", "/callNumber", "959.7 Đ108A "),
          c("vn-digital-object", "DIGITAL_ID_MISSING", "/id", "/id", null),
          c("vn-digital-object", "DIGITAL_OWNER_MISSING", "/ownerIsil", "/ownerIsil", null),
          c("vn-digital-object", "DIGITAL_OWNER_INVALID", "/ownerIsil", "/ownerIsil", "VN-"),
          c("vn-digital-object", "DIGITAL_RECORD_MISSING", "/recordId", "/recordId", null),
          c("vn-digital-object", "DIGITAL_RIGHTS_MISSING", "/rights", "/rights", null),
          c("vn-digital-object", "DIGITAL_ACCESS_MISSING", "/accessLevel", "/accessLevel", null),
          c("vn-digital-object", "DIGITAL_CREATED_IN_FUTURE", "/created", "/created", "2026-11-25"),
          c("vn-digital-object", "DIGITAL_FILES_MISSING", "/files", "/files", null),
          c("vn-digital-object", "DIGITAL_FILE_NAME_MISSING", "/files/0/name", "/files/0/name", null),
          c("vn-digital-object", "DIGITAL_FILE_NAME_UNSAFE", "/files/0/name", "/files/0/name", "pages/../../etc/passwd"),
          c("vn-digital-object", "DIGITAL_FILE_NAME_DUPLICATE", "/files/1/name", "/files/1/name", "pages/0001.tif"),
          c("vn-digital-object", "DIGITAL_FILE_SIZE_INVALID", "/files/0/size", "/files/0/size", 0),
          c("vn-digital-object", "DIGITAL_FILE_MEDIA_TYPE_INVALID", "/files/0/mediaType", "/files/0/mediaType", "TIFF"),
          c("vn-digital-object", "DIGITAL_FILE_SHA256_INVALID", "/files/0/sha256", "/files/0/sha256", "5F70"),
          c("vn-digital-object", "TEXT_NOT_NFC", "/title", "/title", "so\u0302\u0301"),
          c("vn-digital-object", "TEXT_LEGACY_ENCODING", "/title", "/title", "Lþch sö ViÖt Nam"),
          c("vn-digital-object", "TEXT_CONTROL_CHARACTER", "/title", "/title", "x\u0000"),
          c("vn-digital-object", "TEXT_WHITESPACE", "/title", "/title", "Lịch sử "),
          c("vn-statistics", "STATS_ISIL_MISSING", "/isil", "/isil", null),
          c("vn-statistics", "STATS_ISIL_INVALID", "/isil", "/isil", "VN HN"),
          c("vn-statistics", "STATS_YEAR_MISSING", "/year", "/year", null),
          c("vn-statistics", "STATS_YEAR_IN_FUTURE", "/year", "/year", 2027),
          c("vn-statistics", "STATS_EMPTY", "/values", "/values", Map.of()),
          c("vn-statistics", "STATS_VALUE_NEGATIVE", "/values/LOANS", "/values/LOANS", -5),
          c("vn-statistics", "STATS_ACTIVE_EXCEEDS_REGISTERED", "/values/ACTIVE_USERS", "/values/ACTIVE_USERS", 50000),
          c("vn-statistics", "TEXT_NOT_NFC", "/isil", "/isil", "VN-A\u0301"),
          c("vn-statistics", "TEXT_LEGACY_ENCODING", "/isil", "/isil", "VN-Hµ"),
          c("vn-statistics", "TEXT_CONTROL_CHARACTER", "/isil", "/isil", "VN-A\r"),
          c("vn-statistics", "TEXT_WHITESPACE", "/isil", "/isil", " VN-A"));

  static Case c(String profile, String code, String expectedPath, String editPath, Object value) {
    return new Case(profile, code, EXAMPLE_OF.get(profile), expectedPath, new Object[] {editPath, value});
  }

  static Stream<Arguments> cases() {
    return CASES.stream().map(c -> Arguments.of(c.profile() + " " + c.code(), c));
  }

  @Test
  void everyShippedExampleIsCleanUnderItsProfile() {
    for (Profile<?> profile : NationalProfiles.all()) {
      ValidationReport report = validate(profile, Examples.tree(EXAMPLE_OF.get(profile.name())), EN);
      assertThat(report.issues()).as(profile.name()).isEmpty();
      assertThat(report.isValid()).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleFiresOnItsBreakageAtThePathAndNotOnTheValidExample(String name, Case c) {
    Profile<?> profile = NationalProfiles.byName(c.profile()).orElseThrow();
    assertThat(validate(profile, Examples.tree(c.example()), EN).has(c.code())).isFalse();

    ObjectNode broken = Examples.tree(c.example());
    set(broken, (String) c.edits()[0], c.edits()[1]);
    ValidationReport report = validate(profile, broken, EN);
    assertThat(report.issues(c.code())).as(report.toJson()).isNotEmpty();
    ValidationIssue issue = report.issues(c.code()).get(0);
    assertThat(issue.path()).isEqualTo(c.path());
    assertThat(issue.severity()).isEqualTo(profile.severityOf(c.code()));
    assertThat(issue.message()).isNotBlank().doesNotContain("{0}").doesNotContain("{1}");
    assertThat(report.isValid()).isEqualTo(report.count(Severity.ERROR) == 0);

    ValidationIssue vi = issue.localized(Locale.forLanguageTag("vi"));
    assertThat(vi.message()).isNotEqualTo(issue.message()).isEqualTo(Messages.format(Messages.VIETNAMESE, c.code(), issue.arguments().toArray()));
  }

  @Test
  void everyRuleOfEveryProfileHasACase() {
    Set<String> covered = new HashSet<>();
    CASES.forEach(c -> covered.add(c.profile() + " " + c.code()));
    for (Profile<?> p : NationalProfiles.all()) {
      for (String code : p.codes()) {
        assertThat(covered).as("test case for " + code).contains(p.name() + " " + code);
        assertThat(Messages.has(code)).as("message for " + code).isTrue();
      }
    }
  }

  @Test
  void formerProvinceWarningNamesTheSuccessorInBothLanguages() {
    ObjectNode lib = Examples.tree("library.json");
    set(lib, "/address/provinceCode", "82");
    assertThat(validate(NationalProfiles.library(), lib, EN).issues()).isEmpty();
    set(lib, "/address/provinceCode", "30");
    ValidationIssue en = validate(NationalProfiles.library(), lib, EN).issues("PROVINCE_FORMER").get(0);
    assertThat(en.severity()).isEqualTo(Severity.WARNING);
    assertThat(en.message()).contains("Tỉnh Hải Dương");
    assertThat(en.suggestion()).contains("31 (Thành phố Hải Phòng)");
    assertThat(en.localized(Messages.VIETNAMESE).suggestion()).startsWith("Dùng mã của đơn vị mới: 31");
  }

  @Test
  void legacyTextIssueSuggestsTheRepair() {
    ObjectNode lib = Examples.tree("library.json");
    set(lib, "/name", "Th\u00AD vi\u00D6n H\u00B5 N\u00E9i");
    ValidationIssue issue = validate(NationalProfiles.library(), lib, EN).issues("TEXT_LEGACY_ENCODING").get(0);
    assertThat(issue.message()).contains("TCVN");
    assertThat(issue.suggestion()).contains("Thư viện Hà Nội");
  }

  @Test
  void aValueOfAHugeExponentIsReportedInScientificFormAtOnce() {
    ObjectNode stats = Examples.tree("statistics-report.json");
    set(stats, "/values/LOANS", new BigDecimal("-1e900000000"));
    set(stats, "/values/REGISTERED_USERS", new BigDecimal("1e-900000000"));
    ValidationReport report = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> validate(NationalProfiles.statistics(), stats, EN));
    assertThat(report.issues("STATS_VALUE_NEGATIVE").get(0).message()).isEqualTo("Value -1E+900000000 is negative.");
    assertThat(report.issues("STATS_ACTIVE_EXCEEDS_REGISTERED").get(0).message()).isEqualTo(
        "Active users (18930) exceed registered users (1E-900000000).");
  }

  @Test
  void nextYearsImprintIsTolerated() {
    ObjectNode rec = Examples.tree("bib-record.json");
    set(rec, "/publication/year", 2027);
    assertThat(validate(NationalProfiles.bibRecord(), rec, EN).has("BIB_YEAR_IN_FUTURE")).isFalse();
  }

  @Test
  void theShippedExampleWithErrorsReportsTheTypicalErrors() {
    ValidationReport report =
        validate(NationalProfiles.library(), Examples.tree("library-with-errors.json"), EN);
    assertThat(report.isValid()).isFalse();
    assertThat(report.countsByCode().keySet())
        .contains(
            "LIBRARY_ISIL_INVALID", "TEXT_LEGACY_ENCODING", "PROVINCE_FORMER", "LIBRARY_ESTABLISHED_IN_FUTURE",
            "CONTACT_EMAIL_INVALID", "ENDPOINT_URL_INVALID", "TEXT_WHITESPACE", "LIBRARY_PARENT_MISSING");
  }

  @Test
  void profilesCanBeTightenedOrLoosened() {
    ObjectNode rec = Examples.tree("bib-record.json");
    set(rec, "/subjects", null);
    Profile<vn.libnet.core.model.BibRecord> strict =
        NationalProfiles.bibRecord().withSeverity("BIB_SUBJECT_MISSING", Severity.ERROR);
    assertThat(validate(strict, rec, EN).isValid()).isFalse();
    assertThat(validate(NationalProfiles.bibRecord(), rec, EN).isValid()).isTrue();
    assertThat(validate(NationalProfiles.bibRecord().without("BIB_SUBJECT_MISSING"), rec, EN).issues()).isEmpty();
    assertThatThrownBy(() -> NationalProfiles.bibRecord().without("NO_SUCH_RULE"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportJsonHasCountsAndIssues() throws Exception {
    ObjectNode lib = Examples.tree("library.json");
    set(lib, "/isil", null);
    set(lib, "/address/provinceCode", "30");
    JsonNode json = LibnetJson.mapper().readTree(validate(NationalProfiles.library(), lib, EN).toJson());
    assertThat(json.get("profile").asText()).isEqualTo("vn-library/1");
    assertThat(json.get("valid").asBoolean()).isFalse();
    assertThat(json.at("/counts/ERROR").asInt()).isEqualTo(1);
    assertThat(json.at("/counts/WARNING").asInt()).isEqualTo(1);
    assertThat(json.at("/countsByCode/LIBRARY_ISIL_MISSING").asInt()).isEqualTo(1);
    assertThat(json.at("/issues/0/code").asText()).isEqualTo("LIBRARY_ISIL_MISSING");
    assertThat(json.at("/issues/0/path").asText()).isEqualTo("/isil");
    assertThat(json.at("/issues/0/message").asText()).isEqualTo("The library has no ISIL.");
    assertThat(json.at("/issues/0/arguments").isMissingNode()).isTrue();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static ValidationReport validate(Profile profile, ObjectNode tree, ValidationContext ctx) {
    Object doc = LibnetJson.mapper().convertValue(tree, profile.type());
    return profile.validate(doc, ctx);
  }

  static void set(ObjectNode root, String pointer, Object value) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    JsonNode v = LibnetJson.mapper().valueToTree(value);
    if (parent instanceof ObjectNode o) {
      if (value == null) {
        o.remove(last);
      } else {
        o.set(last, v);
      }
    } else if (parent instanceof ArrayNode a) {
      int i = p.last().getMatchingIndex();
      if (value == null) {
        a.remove(i);
      } else if (i >= a.size()) {
        a.add(v);
      } else {
        a.set(i, v);
      }
    } else {
      throw new IllegalArgumentException("no parent for " + pointer);
    }
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
