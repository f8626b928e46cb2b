package vn.libnet.digital.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The rules of a Presentation 3 document's shape: its {@code @context}, no Presentation 2 keys, the
 * {@code type} of every resource and of the items each kind holds, ids present, unique and HTTP(S), the
 * properties that are lists, and the properties a kind of resource may not have.
 */
final class IiifShapeRules {
  static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
  static final String CONTEXT_2 = "http://iiif.io/api/presentation/2/context.json";

  /** Keys of Presentation 2 (and 2.1) that Presentation 3 renamed or removed. */
  static final Set<String> V2_KEYS = Set.of("@id", "@type", "sequences", "viewingHint", "attribution", "license",
      "within", "otherContent", "related", "description", "resources", "images", "canvases", "members", "manifests",
      "collections", "startCanvas", "full", "on", "contentLayer");
  private static final Set<String> TOP_TYPES = Set.of("Manifest", "Collection", "Canvas", "Range", "AnnotationPage",
      "Annotation", "AnnotationCollection");
  private static final Set<String> LISTS = Set.of("items", "metadata", "thumbnail", "homepage", "seeAlso", "rendering",
      "partOf", "provider", "logo", "service", "services", "behavior", "annotations", "structures");
  private static final Set<String> TYPED = Set.of("items", "structures", "annotations", "thumbnail", "homepage", "seeAlso",
      "rendering", "provider", "logo", "partOf", "placeholderCanvas", "accompanyingCanvas", "start", "supplementary");
  private static final Set<String> NEEDS_ID = Set.of("Collection", "Manifest", "Canvas", "Range", "AnnotationPage",
      "Annotation", "AnnotationCollection", "Agent", "Image", "Video", "Sound", "Text", "Dataset", "Model");
  /** Defined once; a Range, unlike these, may sit in more than one place of the structure. */
  private static final Set<String> DEFINED_ONCE = Set.of("Collection", "Manifest", "Canvas", "AnnotationPage", "Annotation");
  /** Web Annotation agents ({@code creator}, {@code generator}), whose homepage is a plain URI. */
  private static final Set<String> W3C_AGENTS = Set.of("creator", "generator");
  /** What the items of each kind of resource are. */
  private static final Map<String, Set<String>> ITEMS = Map.of(
      "Manifest", Set.of("Canvas"),
      "Collection", Set.of("Collection", "Manifest"),
      "Canvas", Set.of("AnnotationPage"),
      "AnnotationPage", Set.of("Annotation"),
      "Range", Set.of("Canvas", "Range", "SpecificResource"));
  private static final Map<String, Set<String>> HELD = Map.of(
      "structures", Set.of("Range"),
      "annotations", Set.of("AnnotationPage"),
      "placeholderCanvas", Set.of("Canvas"),
      "accompanyingCanvas", Set.of("Canvas"),
      "provider", Set.of("Agent"));
  /** Properties and the kinds of resource that may not have them. */
  private static final Map<String, Set<String>> NOT_ON = Map.of(
      "structures", Set.of("Collection", "Canvas", "Range", "AnnotationPage", "Annotation"),
      "annotations", Set.of("AnnotationPage", "Annotation"),
      "width", Set.of("Manifest", "Collection", "Range", "AnnotationPage", "Annotation"),
      "height", Set.of("Manifest", "Collection", "Range", "AnnotationPage", "Annotation"),
      "duration", Set.of("Manifest", "Collection", "Range", "AnnotationPage", "Annotation"),
      "navDate", Set.of("AnnotationPage", "Annotation"),
      "viewingDirection", Set.of("Canvas", "AnnotationPage", "Annotation"),
      "start", Set.of("Collection", "Canvas", "AnnotationPage", "Annotation"),
      "services", Set.of("Canvas", "Range", "AnnotationPage", "Annotation"));

  private IiifShapeRules() {}

  static List<Rule<JsonNode>> rules() {
    return List.of(
        Rule.of("IIIF_CONTEXT_MISSING", Severity.ERROR, (doc, sink) -> {
          if (doc.isObject() && !doc.has("@context")) {
            sink.report("", CONTEXT);
          }
        }),
        Rule.of("IIIF_CONTEXT_WRONG", Severity.ERROR, (doc, sink) -> {
          JsonNode c = doc.get("@context");
          if (c != null) {
            JsonNode last = c.isArray() && !c.isEmpty() ? c.get(c.size() - 1) : c;
            if (!last.isTextual() || !last.asText().equals(CONTEXT)) {
              sink.report("/@context", c.isArray() ? last.toString() : c.toString(), CONTEXT);
            }
          }
        }),
        Rule.of("IIIF_PRESENTATION2_CONTEXT", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          for (JsonNode c : IiifNodes.elements(n.node().get("@context"))) {
            if (c.isTextual() && c.asText().startsWith("http://iiif.io/api/presentation/2")) {
              sink.report(n.at("@context"), c.asText());
            }
          }
        })),
        Rule.of("IIIF_PRESENTATION2_KEY", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> n.node()
            .fieldNames().forEachRemaining(k -> {
              if (V2_KEYS.contains(k) || (k.equals("logo") && !"Agent".equals(n.type()))) {
                sink.report(n.at(k), k);
              }
            }))),
        Rule.of("IIIF_TYPE_MISSING", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if ((n.isRoot() || TYPED.contains(n.key())) && !n.node().has("type") && !"Choice".equals(n.parentType())) {
            sink.report(n.pointer().isEmpty() ? "/" : n.pointer(), n.key().isEmpty() ? "/" : n.key());
          }
        })),
        Rule.of("IIIF_TYPE_NOT_STRING", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          JsonNode t = n.node().get("type");
          if (t != null && !t.isTextual()) {
            sink.report(n.at("type"), t.toString());
          }
        })),
        Rule.of("IIIF_TYPE_UNKNOWN", Severity.ERROR, (doc, sink) -> {
          JsonNode t = doc.get("type");
          if (t != null && t.isTextual() && !TOP_TYPES.contains(t.asText())) {
            sink.report("/type", t.asText());
          }
        }),
        Rule.of("IIIF_ITEM_TYPE", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          Set<String> allowed = n.key().equals("items") ? ITEMS.get(n.parentType()) : HELD.get(n.key());
          String type = n.type();
          if (allowed != null && !type.isEmpty() && !allowed.contains(type)) {
            sink.report(n.pointer(), type, n.parentType(), String.join(", ", allowed.stream().sorted().toList()));
          }
        })),
        Rule.of("IIIF_MANIFEST_EMPTY", Severity.ERROR, (doc, sink) -> {
          JsonNode items = doc.get("items");
          if (doc.path("type").asText().equals("Manifest") && (items == null || !items.isArray() || items.isEmpty())) {
            sink.report("/items");
          }
        }),
        Rule.of("IIIF_NOT_A_LIST", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if (W3C_AGENTS.contains(n.key())) {
            return;
          }
          for (String k : LISTS) {
            JsonNode v = n.node().get(k);
            if (v != null && !v.isArray() && !(k.equals("items") && n.type().isEmpty())) {
              sink.report(n.at(k), k);
            }
          }
          for (String k : IiifNodes.SERVICE_KEYS) {
            for (JsonNode s : IiifNodes.elements(n.node().get(k))) {
              if (!s.isObject()) {
                sink.report(n.at(k), k);
              }
            }
          }
        })),
        Rule.of("IIIF_PROPERTY_NOT_ALLOWED", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          String type = n.type();
          NOT_ON.forEach((k, types) -> {
            if (!type.isEmpty() && n.node().has(k) && types.contains(type)) {
              sink.report(n.at(k), k, type);
            }
          });
        })),
        Rule.of("IIIF_ID_MISSING", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if (!n.type().isEmpty() && NEEDS_ID.contains(n.type()) && !n.node().has("id")) {
            sink.report(n.pointer().isEmpty() ? "/" : n.pointer(), n.type());
          }
        })),
        Rule.of("IIIF_ID_NOT_HTTP", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          JsonNode id = n.node().get("id");
          if (id != null && !n.type().isEmpty() && NEEDS_ID.contains(n.type()) && !httpUri(id)) {
            sink.report(n.at("id"), id.isTextual() ? id.asText() : id.toString());
          }
        })),
        Rule.of("IIIF_ID_DUPLICATE", Severity.ERROR, (doc, sink) -> {
          Map<String, String> first = new HashMap<>();
          IiifValidator.nodes(doc, sink).forEach(n -> {
            JsonNode id = n.node().get("id");
            if (id != null && id.isTextual() && DEFINED_ONCE.contains(n.type()) && n.isDefinition()) {
              String before = first.putIfAbsent(id.asText(), n.pointer().isEmpty() ? "/" : n.pointer());
              if (before != null) {
                sink.report(n.at("id"), id.asText(), before);
              }
            }
          });
        }));
  }

  /** An absolute http or https URI with a host. */
  static boolean httpUri(JsonNode id) {
    if (!id.isTextual()) {
      return false;
    }
    try {
      URI u = new URI(id.asText());
      return u.getScheme() != null && u.getScheme().matches("(?i)https?") && u.getHost() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
