package vn.libnet.digital.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The rules of a Presentation 3 document's values: labels where they are required or recommended,
 * language maps, label/value pairs, {@code rights}, {@code navDate}, width, height and duration.
 * Behaviours are in {@link IiifBehaviors}, painting targets in {@link IiifTargets}.
 */
final class IiifValueRules {
  /** A BCP 47 tag in its common shape (language, script, region, variants), or {@code none}. */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("none|[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  private static final Set<String> LANGUAGE_MAPS = Set.of("label", "summary");
  private static final Set<String> PAIRS = Set.of("metadata", "requiredStatement");
  private static final Set<String> LABEL_REQUIRED = Set.of("Manifest", "Collection");
  private static final Set<String> LABEL_RECOMMENDED = Set.of("Canvas", "Range", "AnnotationCollection");

  private IiifValueRules() {}

  static List<Rule<JsonNode>> rules() {
    return List.of(
        Rule.of("IIIF_LABEL_MISSING", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if (LABEL_REQUIRED.contains(n.type()) && (n.isDefinition() || n.key().equals("items")) && !n.node().has("label")) {
            sink.report(n.pointer().isEmpty() ? "/" : n.pointer(), n.type());
          }
        })),
        Rule.of("IIIF_LABEL_RECOMMENDED", Severity.WARNING, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if (LABEL_RECOMMENDED.contains(n.type()) && n.isDefinition() && !n.node().has("label")) {
            sink.report(n.pointer(), n.type());
          }
        })),
        Rule.of("IIIF_LANGUAGE_MAP_INVALID", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          for (String k : LANGUAGE_MAPS) {
            if (n.node().has(k)) {
              checkMap(n.node().get(k), n.at(k), sink);
            }
          }
          if (PAIRS.contains(n.key()) && n.node().has("value")) {
            checkMap(n.node().get("value"), n.at("value"), sink);
          }
        })),
        Rule.of("IIIF_PAIR_INCOMPLETE", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if (PAIRS.contains(n.key()) && (!n.node().has("label") || !n.node().has("value"))) {
            sink.report(n.pointer(), n.key());
          }
        })),
        Rule.of("IIIF_RIGHTS_INVALID", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          JsonNode r = n.node().get("rights");
          if (r != null && (!r.isTextual() || IiifRights.canonical(r.asText()).isEmpty())) {
            sink.report(n.at("rights"), r.isTextual() ? r.asText() : r.toString());
          }
        })),
        Rule.of("IIIF_RIGHTS_NOT_CANONICAL", Severity.WARNING, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          JsonNode r = n.node().get("rights");
          if (r != null && r.isTextual()) {
            IiifRights.canonical(r.asText()).filter(c -> !c.equals(r.asText()))
                .ifPresent(c -> sink.report(n.at("rights"), r.asText(), c));
          }
        })),
        Rule.of("IIIF_NAVDATE_INVALID", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          JsonNode d = n.node().get("navDate");
          if (d != null && !dateTime(d)) {
            sink.report(n.at("navDate"), d.isTextual() ? d.asText() : d.toString());
          }
        })),
        Rule.of("IIIF_DIMENSIONS_PARTIAL", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if (n.node().has("width") != n.node().has("height") && "Canvas".equals(n.type())) {
            sink.report(n.pointer(), n.node().has("width") ? "width" : "height", n.node().has("width") ? "height" : "width");
          }
        })),
        Rule.of("IIIF_DIMENSION_INVALID", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          for (String k : List.of("width", "height")) {
            JsonNode v = n.node().get(k);
            if (v != null && !n.type().isEmpty() && !(v.isIntegralNumber() && v.asLong() > 0)) {
              sink.report(n.at(k), k, v.toString());
            }
          }
        })),
        Rule.of("IIIF_DURATION_INVALID", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          JsonNode v = n.node().get("duration");
          if (v != null && !n.type().isEmpty() && !(v.isNumber() && v.asDouble() > 0)) {
            sink.report(n.at("duration"), v.toString());
          }
        })));
  }

  private static void checkMap(JsonNode map, String path, vn.libnet.core.validation.Rule.IssueSink sink) {
    if (!map.isObject()) {
      sink.report(path, map.isTextual() ? "\"" + map.asText() + "\"" : map.toString());
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String at = path + "/" + IiifNodes.escape(e.getKey());
      if (!LANGUAGE_TAG.matcher(e.getKey()).matches()) {
        sink.report(at, e.getKey());
      } else if (!e.getValue().isArray()) {
        sink.report(at, e.getValue().toString());
      } else {
        for (int i = 0; i < e.getValue().size(); i++) {
          if (!e.getValue().get(i).isTextual()) {
            sink.report(at + "/" + i, e.getValue().get(i).toString());
          }
        }
      }
    }
  }

  /** An xsd:dateTime with a time zone, as Presentation 3 requires of navDate. */
  static boolean dateTime(JsonNode d) {
    if (!d.isTextual()) {
      return false;
    }
    try {
      OffsetDateTime.parse(d.asText());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
