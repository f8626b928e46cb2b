package vn.libnet.core.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.libnet.core.readiness.ReadinessFixtures.CRITERIA;
import static vn.libnet.core.readiness.ReadinessFixtures.QUESTIONNAIRE;

import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.libnet.core.json.JsonDocument;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessAggregator;
import vn.libnet.core.readiness.scoring.ReadinessBand;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;
import vn.libnet.core.readiness.survey.Provenance;
import vn.libnet.core.readiness.survey.ReadinessResponse;

class ReadinessJsonTest {
  private static InputStream example(String name) {
    return Library.class.getResourceAsStream("/vn/libnet/core/examples/" + name);
  }

  private static ReadinessResponse exampleResponse() throws IOException {
    List<JsonDocument<ReadinessResponse>> docs = new ArrayList<>();
    ReadinessJson.readResponses(example("readiness-response.json"), Locale.ENGLISH, docs::add);
    return docs.get(0).value();
  }

  @Test
  void theShippedExampleFitsItsSchemaAndScoresAsWorkedOut() throws IOException {
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(LibnetJson.schemaOf(ReadinessResponse.class));
    assertThat(schema.validate(LibnetJson.mapper().readTree(example("readiness-response.json")))).isEmpty();
    Library hanoi = LibnetJson.mapper().readValue(example("library.json"), Library.class);
    LibraryScore s = new ReadinessScorer(CRITERIA, QUESTIONNAIRE, ScoringMethod.defaults()).score(hanoi, exampleResponse());
    // Key provincial library: infra 1; open data no -> online 0; rare 600 / 1250 = 48 % -> 48/70;
    // staff 30 / 42 = 71.43 % -> 0.7143. 48/70 + 30/42 = 1.4, so the score is (1 + 0 + 1.4) / 4 = 0.6.
    assertThat(s.score()).isCloseTo(0.6, within(1e-12));
    assertThat(s.band()).isEqualTo(ReadinessBand.PARTIAL);
    assertThat(s.indicator("digitized_rare").orElseThrow().value()).isEqualTo(48.0);
    assertThat(s.provinceCode()).isEqualTo("01");
  }

  @Test
  void answersMayBeJsonNumbersOrBooleansAndBadDocumentsAreIssues() throws IOException {
    String json = "[{\"questionnaireId\":\"qd206-2021\",\"isil\":\"VN-A\",\"answers\":{\"staff_total\":12,"
        + "\"has_website\":true,\"catalogue_online_share\":85.5}}, {\"isil\": [1]}]";
    List<JsonDocument<ReadinessResponse>> docs = new ArrayList<>();
    ReadinessJson.readResponses(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH, docs::add);
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).value().answers()).containsEntry("staff_total", "12").containsEntry("has_website", "true")
        .containsEntry("catalogue_online_share", "85.5");
    assertThat(docs.get(1).readable()).isFalse();
    assertThat(docs.get(1).problem().code()).isEqualTo("JSON_BINDING");
  }

  @Test
  void scoresAndAggregatesRoundTrip() throws IOException {
    Library hanoi = LibnetJson.mapper().readValue(example("library.json"), Library.class);
    List<LibraryScore> scores = List.of(
        new ReadinessScorer(CRITERIA, QUESTIONNAIRE, ScoringMethod.defaults()).score(hanoi, exampleResponse()),
        new ReadinessScorer(CRITERIA, QUESTIONNAIRE, ScoringMethod.defaults()).score(ReadinessFixtures.school("VN-S", "02"), null));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReadinessJson.write(scores, out);
    assertThat(ReadinessJson.readScores(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(scores);
    String compact = ReadinessJson.toJson(scores.get(0));
    assertThat(compact).startsWith("{\"isil\":\"VN-HaNoi-TVHN\",\"provinceCode\":\"01\",\"type\":\"PUBLIC\","
        + "\"groups\":[\"KEY\",\"PROVINCIAL\",\"ALL\"],\"answered\":true,");
    assertThat(scores.get(0).indicator("infra_data_interop").orElseThrow().provenance()).isEqualTo(Provenance.DECLARED);

    List<ReadinessAggregate> aggregates = new ReadinessAggregator(CRITERIA).byProvince(scores);
    out.reset();
    ReadinessJson.write(aggregates, out);
    assertThat(ReadinessJson.readAggregates(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(aggregates);
    out.reset();
    ReadinessJson.write(QUESTIONNAIRE, out);
    assertThat(ReadinessJson.readQuestionnaire(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(QUESTIONNAIRE);
  }

  @Test
  void theShippedQuestionnaireFitsItsSchema() throws IOException {
    var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(LibnetJson.schemaOf(vn.libnet.core.readiness.survey.Questionnaire.class));
    try (InputStream in = ReadinessCatalog.class.getResourceAsStream("criteria/qd206-2021-v1.questionnaire.json")) {
      assertThat(schema.validate(LibnetJson.mapper().readTree(in))).isEmpty();
    }
    assertThat(schema.validate(LibnetJson.mapper().readTree(ReadinessJson.toJson(QUESTIONNAIRE)))).isEmpty();
    assertThat(schema.validate(LibnetJson.mapper().readTree("{\"id\":\"x\",\"criteriaId\":\"x\",\"criteriaVersion\":1,"
        + "\"sections\":[{\"id\":\"s\",\"questions\":[{\"id\":\"q\",\"kind\":\"PERCENT\"}]}]}"))).isNotEmpty();
  }
}
