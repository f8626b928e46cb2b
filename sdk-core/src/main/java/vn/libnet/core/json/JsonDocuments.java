package vn.libnet.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Consumer;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * Reads files of JSON documents of one model, one document at a time: a file holds either one object
 * or an array of objects, and an array is streamed element by element so a file of any size needs
 * memory for one document only.
 *
 * <p>Bad data does not throw. A document that does not fit the model is reported as {@code
 * JSON_BINDING} with the JSON Pointer of the offending value, and reading goes on with the next one. A
 * syntax error (truncated file, broken UTF-8, a stray comma) is reported as {@code JSON_SYNTAX} with line
 * and column; JSON cannot be resynchronised after one, so reading stops there, and every document
 * delivered before it stands.
 */
public final class JsonDocuments {
  private JsonDocuments() {}

  /**
   * Reads every document in {@code in}, handing each to {@code sink} in order.
   *
   * @param type the model, e.g. {@code Library.class}
   * @param locale the language of the problem messages
   * @throws IOException only when reading the stream itself fails
   */
  public static <T> void read(
      InputStream in, Class<T> type, Locale locale, Consumer<JsonDocument<T>> sink) throws IOException {
    ObjectMapper mapper = LibnetJson.mapper();
    try (JsonParser parser = mapper.getFactory().createParser(in)) {
      int index = 1;
      try {
        JsonToken first = parser.nextToken();
        if (first == null) {
          sink.accept(syntax(index, 1, 1, "JSON_REASON_EMPTY", locale));
          return;
        }
        if (first != JsonToken.START_ARRAY) {
          sink.accept(document(mapper, index, mapper.readTree(parser), type, locale));
        } else {
          for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            if (t == null) {
              JsonLocation at = parser.currentLocation();
              sink.accept(syntax(index, at.getLineNr(), at.getColumnNr(), "JSON_REASON_EOF", locale));
              return;
            }
            JsonNode node = mapper.readTree(parser);
            // Counted once the document is read: a syntax error inside it keeps this document's number.
            sink.accept(document(mapper, index, node, type, locale));
            index++;
          }
        }
        if (parser.nextToken() != null) {
          JsonLocation at = parser.currentLocation();
          sink.accept(syntax(index, at.getLineNr(), at.getColumnNr(), "JSON_REASON_TRAILING", locale));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        // The parser's sentence is English and names its internals; the reason is said in the run's language.
        String reason = e instanceof com.fasterxml.jackson.core.io.JsonEOFException ? "JSON_REASON_EOF"
            : String.valueOf(e.getOriginalMessage()).contains("UTF-8") ? "JSON_REASON_NOT_UTF8"
            : "JSON_REASON_SYNTAX";
        sink.accept(syntax(index, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), reason, locale));
      }
    } catch (java.io.CharConversionException e) {
      // The first bytes made the parser take the input for UTF-16 or UTF-32; JSON for exchange is UTF-8
      // (RFC 8259), and nothing can be read past such bytes.
      sink.accept(syntax(1, 0, 0, "JSON_REASON_NOT_UTF8", locale));
    }
  }

  // A JSON null binds to no value: it is no document of the model, and says so.
  private static <T> JsonDocument<T> document(
      ObjectMapper mapper, int index, JsonNode node, Class<T> type, Locale locale) {
    if (node == null || node.isNull()) {
      return new JsonDocument<>(index, null, ValidationIssue.of("JSON_BINDING", Severity.ERROR, "", locale, "/", type.getSimpleName(), "null"));
    }
    return bind(mapper, index, node, type, locale);
  }

  private static <T> JsonDocument<T> bind(
      ObjectMapper mapper, int index, JsonNode node, Class<T> type, Locale locale) {
    try {
      return new JsonDocument<>(index, mapper.treeToValue(node, type), null);
    } catch (JsonProcessingException e) {
      String pointer = e instanceof JsonMappingException m ? pointer(m) : "";
      // The parser's own sentence names Java classes; the issue names the place and what the model expects.
      String expected = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null
          ? m.getTargetType().getSimpleName()
          : type.getSimpleName();
      JsonNode bad = pointer.isEmpty() ? node : node.at(pointer);
      String shown = bad == null || bad.isMissingNode() ? "" : bad.toString();
      shown = shown.length() > 60 ? shown.substring(0, 57) + "..." : shown;
      ValidationIssue issue =
          ValidationIssue.of("JSON_BINDING", Severity.ERROR, pointer, locale, pointer.isEmpty() ? "/" : pointer, expected, shown);
      return new JsonDocument<>(index, null, issue);
    }
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder p = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      p.append('/');
      if (ref.getFieldName() != null) {
        p.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (ref.getIndex() >= 0) {
        p.append(ref.getIndex());
      }
    }
    return p.toString();
  }

  private static <T> JsonDocument<T> syntax(int index, int line, int column, String reasonKey, Locale locale) {
    String reason = vn.libnet.core.i18n.Messages.format(locale, reasonKey);
    return new JsonDocument<>(
        index, null, ValidationIssue.of("JSON_SYNTAX", Severity.ERROR, "", locale, line, column, reason));
  }
}
