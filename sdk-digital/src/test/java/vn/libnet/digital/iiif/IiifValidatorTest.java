package vn.libnet.digital.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/** The Presentation 3 rules one by one, each on a small manifest broken in one place. */
class IiifValidatorTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String VALID = """
      {"@context": "http://iiif.io/api/presentation/3/context.json",
       "id": "https://example.vn/m", "type": "Manifest", "label": {"vi": ["Sách"], "en": ["Book"]},
       "behavior": ["paged"],
       "items": [{"id": "https://example.vn/c1", "type": "Canvas", "label": {"none": ["1"]}, "width": 10, "height": 20,
         "items": [{"id": "https://example.vn/c1/p", "type": "AnnotationPage",
           "items": [{"id": "https://example.vn/c1/a", "type": "Annotation", "motivation": "painting",
             "body": {"id": "https://example.vn/1.jpg", "type": "Image", "format": "image/jpeg"},
             "target": "https://example.vn/c1#xywh=0,0,10,20"}]}]}]}
      """;

  static ValidationReport check(Consumer<ObjectNode> change) throws Exception {
    ObjectNode m = (ObjectNode) JSON.readTree(VALID);
    change.accept(m);
    return IiifValidator.validate(m, Locale.ENGLISH);
  }

  static ObjectNode canvas(ObjectNode m) {
    return (ObjectNode) m.get("items").get(0);
  }

  static void assertOnly(ValidationReport r, String code, String path) {
    assertThat(r.issues()).as(r.issues().toString()).extracting(ValidationIssue::code).containsExactly(code);
    assertThat(r.issues().get(0).path()).isEqualTo(path);
  }

  @Test
  void theSmallManifestIsValid() throws Exception {
    assertThat(check(m -> {}).issues()).isEmpty();
  }

  @Test
  void contextMustBeTheThirdLastInAList() throws Exception {
    assertOnly(check(m -> m.remove("@context")), "IIIF_CONTEXT_MISSING", "");
    assertOnly(check(m -> m.putArray("@context").add(IiifShapeRules.CONTEXT).add("http://www.w3.org/ns/anno.jsonld")),
        "IIIF_CONTEXT_WRONG", "/@context");
    ValidationReport v2 = check(m -> m.put("@context", IiifShapeRules.CONTEXT_2));
    assertThat(v2.issues()).extracting(ValidationIssue::code).containsExactly("IIIF_CONTEXT_WRONG", "IIIF_PRESENTATION2_CONTEXT");
  }

  @Test
  void presentation2KeysAreRefusedButNotInsideServices() throws Exception {
    ValidationReport r = check(m -> {
      m.put("@id", "https://example.vn/m");
      m.put("attribution", "x");
      m.put("license", "http://creativecommons.org/licenses/by/4.0/");
      m.putArray("logo").addObject().put("id", "https://example.vn/logo.png").put("type", "Image");
      canvas(m).putArray("otherContent");
      canvas(m).putArray("service").addObject().put("@id", "https://example.vn/iiif2").put("@type", "ImageService2");
    });
    assertThat(r.issues()).extracting(ValidationIssue::path)
        .containsExactlyInAnyOrder("/@id", "/attribution", "/license", "/logo", "/items/0/otherContent");
  }

  @Test
  void typesOfResourcesAndOfTheirItems() throws Exception {
    ValidationReport nested = check(m -> ((ObjectNode) canvas(m).get("items").get(0)).put("type", "Canvas"));
    assertThat(nested.issues("IIIF_ITEM_TYPE")).extracting(ValidationIssue::path).containsExactly("/items/0/items/0", "/items/0/items/0/items/0");
    assertOnly(check(m -> canvas(m).remove("type")), "IIIF_TYPE_MISSING", "/items/0");
    assertOnly(check(m -> m.put("type", "Sequence").remove("behavior")), "IIIF_TYPE_UNKNOWN", "/type");
    assertOnly(check(m -> m.putArray("items")), "IIIF_MANIFEST_EMPTY", "/items");
    assertOnly(check(m -> m.putObject("thumbnail").put("id", "https://example.vn/t.jpg").put("type", "Image")),
        "IIIF_NOT_A_LIST", "/thumbnail");
    assertOnly(check(m -> canvas(m).putArray("structures")), "IIIF_PROPERTY_NOT_ALLOWED", "/items/0/structures");
  }

  @Test
  void idsArePresentHttpAndUnique() throws Exception {
    assertOnly(check(m -> canvas(m).remove("id")), "IIIF_ID_MISSING", "/items/0");
    assertOnly(check(m -> {
      canvas(m).put("id", "urn:x:1");
      ((ObjectNode) canvas(m).at("/items/0/items/0")).put("target", "urn:x:1");
    }), "IIIF_ID_NOT_HTTP", "/items/0/id");
    ValidationReport dup = check(m -> ((ArrayNode) m.get("items")).add(canvas(m).deepCopy()));
    assertThat(dup.issues()).extracting(ValidationIssue::code).containsOnly("IIIF_ID_DUPLICATE");
    assertThat(dup.issues().get(0).path()).isEqualTo("/items/1/id");
    assertThat(dup.issues().get(0).message()).contains("/items/0");
  }

  @Test
  void labelsAndLanguageMaps() throws Exception {
    assertOnly(check(m -> m.remove("label")), "IIIF_LABEL_MISSING", "/");
    ValidationReport canvasLabel = check(m -> canvas(m).remove("label"));
    assertOnly(canvasLabel, "IIIF_LABEL_RECOMMENDED", "/items/0");
    assertThat(canvasLabel.isValid()).isTrue();
    assertOnly(check(m -> m.put("label", "Sách")), "IIIF_LANGUAGE_MAP_INVALID", "/label");
    assertOnly(check(m -> m.putObject("label").putArray("@none").add("x")), "IIIF_LANGUAGE_MAP_INVALID", "/label/@none");
    assertOnly(check(m -> m.putObject("label").put("vi", "Sách")), "IIIF_LANGUAGE_MAP_INVALID", "/label/vi");
    assertOnly(check(m -> m.putObject("summary").putArray("en").add(3)), "IIIF_LANGUAGE_MAP_INVALID", "/summary/en/0");
    assertOnly(check(m -> m.putArray("metadata").addObject().set("label", m.get("label").deepCopy())),
        "IIIF_PAIR_INCOMPLETE", "/metadata/0");
  }

  @Test
  void rightsAndNavDate() throws Exception {
    assertOnly(check(m -> m.put("rights", "https://en.wikipedia.org/wiki/License")), "IIIF_RIGHTS_INVALID", "/rights");
    ValidationReport https = check(m -> m.put("rights", "https://creativecommons.org/licenses/by/4.0/"));
    assertOnly(https, "IIIF_RIGHTS_NOT_CANONICAL", "/rights");
    assertThat(https.isValid()).isTrue();
    assertThat(check(m -> m.put("rights", "http://rightsstatements.org/vocab/InC/1.0/")).issues()).isEmpty();
    assertThat(check(m -> m.put("navDate", "1820-01-01T00:00:00Z")).issues()).isEmpty();
    assertOnly(check(m -> m.put("navDate", "1820")), "IIIF_NAVDATE_INVALID", "/navDate");
    assertOnly(check(m -> m.put("navDate", "1820-01-01T00:00:00")), "IIIF_NAVDATE_INVALID", "/navDate");
  }

  @Test
  void behaviorsValidForTheirResourceAndNotContradictory() throws Exception {
    assertOnly(check(m -> ((ArrayNode) m.get("behavior")).add("continuous")), "IIIF_BEHAVIOR_CONFLICT", "/behavior");
    assertOnly(check(m -> m.putArray("behavior").add("auto-advance").add("no-auto-advance")), "IIIF_BEHAVIOR_CONFLICT", "/behavior");
    assertOnly(check(m -> canvas(m).putArray("behavior").add("paged")), "IIIF_BEHAVIOR_NOT_FOR_TYPE", "/items/0/behavior/0");
    assertThat(check(m -> canvas(m).putArray("behavior").add("facing-pages")).issues()).isEmpty();
    assertOnly(check(m -> m.putArray("behavior").add("facing-pages")), "IIIF_BEHAVIOR_NOT_FOR_TYPE", "/behavior/0");
    ValidationReport unknown = check(m -> m.putArray("behavior").add("flip-book"));
    assertOnly(unknown, "IIIF_BEHAVIOR_UNKNOWN", "/behavior/0");
    assertThat(unknown.isValid()).isTrue();
  }

  @Test
  void dimensionsDurationAndTargets() throws Exception {
    assertOnly(check(m -> canvas(m).remove("height")), "IIIF_DIMENSIONS_PARTIAL", "/items/0");
    assertOnly(check(m -> canvas(m).put("width", -3)), "IIIF_DIMENSION_INVALID", "/items/0/width");
    assertOnly(check(m -> canvas(m).put("duration", 0)), "IIIF_DURATION_INVALID", "/items/0/duration");
    assertOnly(check(m -> ((ObjectNode) canvas(m).at("/items/0/items/0")).put("target", "https://example.vn/c2")),
        "IIIF_TARGET_NOT_CANVAS", "/items/0/items/0/items/0/target");
    assertOnly(check(m -> ((ObjectNode) canvas(m).at("/items/0/items/0")).remove("target")),
        "IIIF_TARGET_MISSING", "/items/0/items/0/items/0");
    ObjectNode specific = JSON.createObjectNode().put("type", "SpecificResource").put("source", "https://example.vn/c1");
    assertThat(check(m -> ((ObjectNode) canvas(m).at("/items/0/items/0")).set("target", specific)).issues()).isEmpty();
  }

  @Test
  void badDocumentsAreOneIssueNeverAnException() throws Exception {
    assertThat(read("{\"id\": ").issues()).extracting(ValidationIssue::code).containsExactly("IIIF_JSON_INVALID");
    assertThat(read("[1, 2]").issues()).extracting(ValidationIssue::code).containsExactly("IIIF_NOT_AN_OBJECT");
    assertThat(read("").issues()).extracting(ValidationIssue::code).containsExactly("IIIF_JSON_INVALID");
    assertThat(read("{\"a\": 1, \"a\": 2}").issues()).extracting(ValidationIssue::code).containsExactly("IIIF_JSON_INVALID");
    String deep = "[".repeat(IiifValidator.MAX_DEPTH + 5) + "]".repeat(IiifValidator.MAX_DEPTH + 5);
    assertThat(read(deep).issues()).extracting(ValidationIssue::code).containsExactly("IIIF_DOCUMENT_TOO_LARGE");
  }

  @Test
  void messagesInVietnameseAndEnglish() throws Exception {
    ObjectNode m = (ObjectNode) JSON.readTree(VALID);
    m.remove("label");
    ValidationIssue vi = IiifValidator.validate(m, Locale.forLanguageTag("vi")).issues().get(0);
    assertThat(vi.message()).contains("không có label");
    assertThat(vi.localized(Locale.ENGLISH).message()).contains("has no label");
    assertThat(vi.severity()).isEqualTo(Severity.ERROR);
    assertThat(IiifValidator.profile().name()).isEqualTo("iiif-presentation");
  }

  private static ValidationReport read(String text) throws Exception {
    return IiifValidator.validate(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH);
  }
}
