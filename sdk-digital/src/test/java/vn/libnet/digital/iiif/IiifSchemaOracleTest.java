package vn.libnet.digital.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.model.DigitalObject;

/**
 * The IIIF validator's JSON Schema (iiif_3_0.json, see the README next to it) as an oracle we did not
 * write: the Java JSON Schema validator reproduces the verdicts recorded from Python jsonschema, our
 * validator's verdicts agree with them, and the manifests the SDK builds pass the schema.
 */
class IiifSchemaOracleTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static Schema schema;
  static Map<String, Boolean> verdicts = new TreeMap<>();
  @TempDir Path dir;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = IiifSchemaOracleTest.class.getResourceAsStream("/iiif/iiif_3_0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    try (InputStream in = IiifSchemaOracleTest.class.getResourceAsStream("/iiif/expected-verdicts.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] parts = line.strip().split(" ");
        verdicts.put(parts[0].replace(".json", ""), parts[1].equals("valid"));
      }
    }
  }

  static JsonNode fixture(String name) throws Exception {
    try (InputStream in = IiifSchemaOracleTest.class.getResourceAsStream("/iiif/fixtures/" + name + ".json")) {
      return JSON.readTree(in);
    }
  }

  @Test
  void theJavaSchemaValidatorGivesTheRecordedVerdicts() throws Exception {
    assertThat(verdicts).hasSize(32);
    for (Map.Entry<String, Boolean> v : verdicts.entrySet()) {
      List<Error> errors = schema.validate(fixture(v.getKey()));
      assertThat(errors.isEmpty()).as(v.getKey() + " " + errors).isEqualTo(v.getValue());
    }
  }

  @Test
  void ourVerdictsAreTheSchemasOnEveryFixture() throws Exception {
    assertThat(verdicts.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet()))
        .isEqualTo(IiifValidatorFixturesTest.VALID);
    for (Map.Entry<String, Boolean> v : verdicts.entrySet()) {
      assertThat(IiifValidatorFixturesTest.validate(v.getKey()).isValid()).as(v.getKey()).isEqualTo(v.getValue());
    }
  }

  static List<IiifManifest> built(Path dir) throws Exception {
    DigitalObject book = IiifSamples.book(dir, "http://rightsstatements.org/vocab/InC/1.0/");
    URI base = IiifManifestBuilderTest.BASE;
    List<IiifManifest> built = List.of(
        IiifManifestBuilder.builder(base).object(book, dir).build(),
        IiifManifestBuilder.builder(base).object(book, dir).record(IiifManifestBuilderTest.record())
            .library(IiifManifestBuilderTest.library()).imageService(URI.create("https://images.example.vn/iiif/3"))
            .hub(URI.create("https://hub.libnet.vn")).homepage(URI.create("https://opac.example.vn/r/9"))
            .seeAlso(URI.create("https://opac.example.vn/r/9.xml"), "application/marcxml+xml", "http://www.loc.gov/MARC21/slim")
            .tableOfContents(List.of(new IiifTocEntry("Mở đầu", List.of(1)), new IiifTocEntry("Phần chính", List.of(2, 3))))
            .build());
    return built;
  }

  @Test
  void builtManifestsPassTheSchema() throws Exception {
    for (IiifManifest m : built(dir)) {
      assertThat(m.canvasCount()).isEqualTo(3);
      // Through text, as a viewer would read it.
      List<Error> errors = schema.validate(JSON.readTree(m.toJson()));
      assertThat(errors).as(m.toJson()).isEmpty();
    }
  }

  /**
   * The same with Python's jsonschema (Draft 7), the validator the IIIF project itself runs; skipped where
   * Python or jsonschema is not installed.
   */
  @Test
  void builtManifestsPassTheSchemaInPythonJsonschemaWhereInstalled() throws Exception {
    Assumptions.assumeTrue(run(List.of("python3", "-c", "import jsonschema")) == 0, "python3 with jsonschema not installed");
    Path schemaFile = dir.resolve("iiif_3_0.json");
    try (InputStream in = IiifSchemaOracleTest.class.getResourceAsStream("/iiif/iiif_3_0.json")) {
      Files.copy(in, schemaFile);
    }
    List<String> command = new ArrayList<>(List.of("python3", "-c",
        "import json,sys,jsonschema\n"
            + "v=jsonschema.Draft7Validator(json.load(open(sys.argv[1])))\n"
            + "bad=[f for f in sys.argv[2:] if list(v.iter_errors(json.load(open(f))))]\n"
            + "sys.exit(len(bad))", schemaFile.toString()));
    int n = 0;
    for (IiifManifest m : built(Files.createDirectories(dir.resolve("objects")))) {
      Path file = dir.resolve("manifest-" + n++ + ".json");
      m.write(file);
      command.add(file.toString());
    }
    assertThat(run(command)).isZero();
  }

  private static int run(List<String> command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (java.io.IOException absent) {
      return -1;
    }
  }
}
