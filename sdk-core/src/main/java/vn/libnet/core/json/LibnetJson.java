package vn.libnet.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.util.Objects;

/**
 * The one Jackson configuration for every LibNet model, so that the SDK, the hub and vendors read and
 * write the same JSON.
 *
 * <ul>
 *   <li>dates and times as ISO-8601 strings ({@code "2025-07-01"}), never numbers;
 *   <li>unknown fields ignored on read, so newer peers can add fields;
 *   <li>stable output: record components in declaration order, map entries sorted by key, absent
 *       values and empty lists left out;
 *   <li>no DTDs or external content: JSON only, with a nesting limit (Jackson's default of 1000).
 * </ul>
 *
 * <p>A malformed document fails with Jackson's {@link com.fasterxml.jackson.core.JsonProcessingException},
 * which names line and column.
 */
public final class LibnetJson {
  private static final ObjectMapper MAPPER = newMapper();

  private LibnetJson() {}

  /** The shared, thread-safe mapper. Do not reconfigure it; call {@link #newMapper()} for a copy to change. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new mapper with the LibNet configuration, for callers that want to add their own modules. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /**
   * The JSON Schema (draft 2020-12) of a wire model, e.g. {@code schemaOf(Library.class)}, as shipped in
   * this jar under {@code vn/libnet/core/json/schema/}.
   *
   * @throws IllegalArgumentException when the type has no schema
   */
  public static InputStream schemaOf(Class<?> model) {
    Objects.requireNonNull(model, "model");
    InputStream in = LibnetJson.class.getResourceAsStream("schema/" + schemaName(model));
    if (in == null) {
      throw new IllegalArgumentException("No JSON Schema for " + model.getName());
    }
    return in;
  }

  /** The file name of a model's schema, e.g. {@code library.schema.json}. */
  public static String schemaName(Class<?> model) {
    String simple = model.getSimpleName();
    StringBuilder kebab = new StringBuilder();
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        kebab.append('-');
      }
      kebab.append(Character.toLowerCase(c));
    }
    return kebab + ".schema.json";
  }
}
