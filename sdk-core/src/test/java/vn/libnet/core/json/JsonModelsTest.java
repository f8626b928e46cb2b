package vn.libnet.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;

class JsonModelsTest {
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("library.json", Library.class),
        Arguments.of("bib-record.json", BibRecord.class),
        Arguments.of("holding.json", Holding.class),
        Arguments.of("digital-object.json", DigitalObject.class),
        Arguments.of("statistics-report.json", StatisticsReport.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void shippedExampleValidatesAgainstItsSchema(String example, Class<?> model) throws IOException {
    List<Error> errors = schema(model).validate(Examples.tree(example));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void shippedExampleRoundTripsThroughTheModel(String example, Class<?> model) throws IOException {
    JsonNode original = Examples.tree(example);
    Object bound = LibnetJson.mapper().treeToValue(original, model);
    String written = LibnetJson.mapper().writeValueAsString(bound);
    assertThat(LibnetJson.mapper().readTree(written)).isEqualTo(original);
    assertThat(LibnetJson.mapper().readValue(written, model)).isEqualTo(bound);
    // what the SDK writes is valid against the schema too
    assertThat(schema(model).validate(LibnetJson.mapper().readTree(written))).isEmpty();
  }

  @Test
  void schemaCatchesStructuralMistakes() throws IOException {
    ObjectNode library = Examples.tree("library.json");
    library.put("type", "BOOKSHOP");
    library.put("nmae", "typo");
    ((ObjectNode) library.get("address")).put("provinceCode", "1");
    List<Error> errors = schema(Library.class).validate(library);
    assertThat(errors).extracting(e -> e.getInstanceLocation().toString())
        .contains("/type", "/address/provinceCode");
    assertThat(errors).anySatisfy(e -> assertThat(e.getMessage()).contains("nmae"));
  }

  @Test
  void unknownFieldsAreIgnoredAndDatesAreIsoStrings() throws IOException {
    ObjectNode tree = Examples.tree("digital-object.json");
    tree.put("addedByANewerPeer", true);
    DigitalObject d = LibnetJson.mapper().treeToValue(tree, DigitalObject.class);
    assertThat(d.created()).hasToString("2024-05-20");
    assertThat(LibnetJson.mapper().writeValueAsString(d)).contains("\"created\":\"2024-05-20\"");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> LibnetJson.mapper().readTree("{\"isil\":\"VN-A\",\"isil\":\"VN-B\"}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("isil");
  }

  @Test
  void statisticsKeepIndicatorOrderAndExactDecimals() throws IOException {
    StatisticsReport r = Examples.read("statistics-report.json", StatisticsReport.class);
    assertThat(r.values().keySet()).first().isEqualTo(StatisticsIndicator.COLLECTION_PHYSICAL_UNITS);
    assertThat(r.values().get(StatisticsIndicator.STAFF_FTE)).isEqualByComparingTo("86.5");
  }

  @Test
  void missingListsBecomeEmptyNeverNull() throws IOException {
    Library l = LibnetJson.mapper().readValue("{\"isil\":\"VN-X\"}", Library.class);
    assertThat(l.contacts()).isEmpty();
    assertThat(l.endpoints()).isEmpty();
    assertThat(l.provinceCode()).isEmpty();
  }

  static Schema schema(Class<?> model) throws IOException {
    try (InputStream in = LibnetJson.schemaOf(model)) {
      return REGISTRY.getSchema(in);
    }
  }
}
