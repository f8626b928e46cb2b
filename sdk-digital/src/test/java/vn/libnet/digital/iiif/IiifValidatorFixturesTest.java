package vn.libnet.digital.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationReport;

/**
 * The IIIF presentation-validator's own Presentation 3 fixtures (iiif/fixtures, see the README there)
 * classified by our validator as that validator classifies them: its test suite names the valid and the
 * invalid ones, and its JSON Schema agrees (recorded in expected-verdicts.txt from a run of Python
 * jsonschema over iiif_3_0.json). For each invalid one the test names the code that catches the defect.
 */
class IiifValidatorFixturesTest {
  /** The fixtures their validator accepts. */
  static final Set<String> VALID = Set.of("accompanyingCanvas", "annoPage", "annoPageInCollection",
      "annoPageMultipleMotivations", "anno_pointselector", "anno_source", "annotation_full", "choice", "collection",
      "collection_of_collections", "content_state", "extension_anno", "full_example", "multi_bodies", "navPlace",
      "old_cc_license", "placeholderCanvas", "point_selector", "publicdomain", "range_range", "rightsstatement_license",
      "simple_video", "version2image");

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("broken_choice", "IIIF_DIMENSIONS_PARTIAL"),
        Arguments.of("broken_collection", "IIIF_LABEL_MISSING"),
        Arguments.of("broken_embedded_annos", "IIIF_PROPERTY_NOT_ALLOWED"),
        Arguments.of("broken_service", "IIIF_NOT_A_LIST"),
        Arguments.of("broken_simple_image", "IIIF_ID_MISSING"),
        Arguments.of("collection_of_canvases", "IIIF_ITEM_TYPE"),
        Arguments.of("non_cc_license", "IIIF_RIGHTS_INVALID"),
        Arguments.of("old_format_label", "IIIF_PRESENTATION2_KEY"),
        Arguments.of("rights_lang_issues", "IIIF_LANGUAGE_MAP_INVALID"));
  }

  static Stream<String> valid() {
    return VALID.stream().sorted();
  }

  static ValidationReport validate(String name) throws Exception {
    try (InputStream in = IiifValidatorFixturesTest.class.getResourceAsStream("/iiif/fixtures/" + name + ".json")) {
      assertThat(in).as(name).isNotNull();
      return IiifValidator.validate(in, Locale.ENGLISH);
    }
  }

  @ParameterizedTest
  @MethodSource("valid")
  void fixturesTheirValidatorAcceptsAreValid(String name) throws Exception {
    ValidationReport report = validate(name);
    assertThat(report.issues().stream().filter(i -> i.severity() == Severity.ERROR)).as(name).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void fixturesTheirValidatorRefusesAreInvalidForTheRightReason(String name, String code) throws Exception {
    ValidationReport report = validate(name);
    assertThat(report.isValid()).as(name).isFalse();
    assertThat(report.has(code)).as(name + " " + report.issues()).isTrue();
  }
}
