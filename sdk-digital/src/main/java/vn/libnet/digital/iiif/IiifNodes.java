package vn.libnet.digital.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every JSON object of a Presentation 3 document once, in document order, with where it sits: its JSON
 * Pointer (RFC 6901), the property that holds it and the type of the object that owns that property. The
 * inside of {@code service} and {@code services} is not entered: services follow their own APIs (Image 2
 * services and Auth 1 services use {@code @id}, {@code @type} and plain-string labels, legitimately).
 */
final class IiifNodes {
  static final Set<String> SERVICE_KEYS = Set.of("service", "services");

  /**
   * One object of the document.
   *
   * @param pointer its JSON Pointer
   * @param node the object
   * @param key the property holding it ({@code ""} for the root)
   * @param parentType the {@code type} of the object owning that property, or {@code ""}
   */
  record Node(String pointer, JsonNode node, String key, String parentType) {
    String type() {
      JsonNode t = node.get("type");
      return t != null && t.isTextual() ? t.asText() : "";
    }

    boolean isRoot() {
      return key.isEmpty();
    }

    /** A resource given in full here rather than referred to: the root, or one with items or a body. */
    boolean isDefinition() {
      return isRoot() || node.has("items") || ("Annotation".equals(type()) && (node.has("body") || node.has("motivation")));
    }

    String at(String property) {
      return pointer + "/" + escape(property);
    }
  }

  private IiifNodes() {}

  /** The objects of {@code root}, which is itself the first when it is an object. */
  static List<Node> of(JsonNode root) {
    List<Node> out = new ArrayList<>();
    visit(root, "", "", "", out);
    return out;
  }

  private static void visit(JsonNode value, String pointer, String key, String parentType, List<Node> out) {
    if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        visit(value.get(i), pointer + "/" + i, key, parentType, out);
      }
      return;
    }
    if (!value.isObject()) {
      return;
    }
    Node node = new Node(pointer, value, key, parentType);
    out.add(node);
    String type = node.type();
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!SERVICE_KEYS.contains(e.getKey())) {
        visit(e.getValue(), pointer + "/" + escape(e.getKey()), e.getKey(), type, out);
      }
    }
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  /** The elements of {@code value}: itself when it is not an array. */
  static List<JsonNode> elements(JsonNode value) {
    List<JsonNode> list = new ArrayList<>();
    if (value == null) {
      return list;
    }
    if (value.isArray()) {
      value.forEach(list::add);
    } else {
      list.add(value);
    }
    return list;
  }
}
