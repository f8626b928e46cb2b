package vn.libnet.core.readiness;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import vn.libnet.core.json.JsonDocument;
import vn.libnet.core.json.JsonDocuments;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/**
 * JSON of the readiness models, with the SDK's one Jackson configuration ({@link LibnetJson}): absent values
 * and empty lists left out, record components in declaration order, unknown fields ignored on read.
 *
 * <p>Responses from people are read with {@link #readResponses}: a file holds one response or an array of
 * them, streamed, and a document that does not fit is reported as an issue ({@code JSON_BINDING}, {@code
 * JSON_SYNTAX}) instead of thrown. An answer may be written as a JSON string, number or boolean ({@code
 * "staff_total": 12} reads as {@code "12"}). The JSON Schemas are {@code
 * LibnetJson.schemaOf(ReadinessResponse.class)} and {@code LibnetJson.schemaOf(Questionnaire.class)}. The other methods are for data the SDK itself wrote and
 * throw Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException} (an {@link IOException}) on
 * malformed input.
 */
public final class ReadinessJson {
  private static final TypeReference<List<LibraryScore>> SCORES = new TypeReference<>() {};
  private static final TypeReference<List<ReadinessAggregate>> AGGREGATES = new TypeReference<>() {};

  private ReadinessJson() {}

  /**
   * Reads every response in {@code in}, handing each to {@code sink}; problems in {@code locale}.
   *
   * @throws IOException only when reading the stream itself fails
   */
  public static void readResponses(InputStream in, Locale locale, Consumer<JsonDocument<ReadinessResponse>> sink)
      throws IOException {
    JsonDocuments.read(in, ReadinessResponse.class, locale, sink);
  }

  /** Reads a questionnaire, such as one a hub serves. */
  public static Questionnaire readQuestionnaire(InputStream in) throws IOException {
    return LibnetJson.mapper().readValue(Objects.requireNonNull(in, "in"), Questionnaire.class);
  }

  /** Reads library scores written by {@link #write}. */
  public static List<LibraryScore> readScores(InputStream in) throws IOException {
    return LibnetJson.mapper().readValue(Objects.requireNonNull(in, "in"), SCORES);
  }

  /** Reads aggregates written by {@link #write}. */
  public static List<ReadinessAggregate> readAggregates(InputStream in) throws IOException {
    return LibnetJson.mapper().readValue(Objects.requireNonNull(in, "in"), AGGREGATES);
  }

  /**
   * Writes {@code value} (a response, a questionnaire, scores, aggregates or a list of them), indented,
   * to {@code out}, which is left open.
   */
  public static void write(Object value, OutputStream out) throws IOException {
    LibnetJson.mapper().writerWithDefaultPrettyPrinter()
        .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .writeValue(out, value);
  }

  /** {@code value} as compact JSON. */
  public static String toJson(Object value) {
    try {
      return LibnetJson.mapper().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }
}
