package vn.libnet.digital.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The {@code behavior} values of Presentation 3 (§3.3.1): which kinds of resource each one is valid for,
 * and the groups of values that contradict one another (a resource cannot be both {@code paged} and
 * {@code continuous}, nor both {@code auto-advance} and {@code no-auto-advance}).
 */
final class IiifBehaviors {
  private static final Set<String> TEMPORAL = Set.of("Collection", "Manifest", "Canvas", "Range");
  private static final Set<String> LAYOUT = Set.of("Collection", "Manifest", "Range");
  private static final Map<String, Set<String>> VALID_ON = Map.ofEntries(
      Map.entry("auto-advance", TEMPORAL), Map.entry("no-auto-advance", TEMPORAL),
      Map.entry("repeat", Set.of("Collection", "Manifest")), Map.entry("no-repeat", Set.of("Collection", "Manifest")),
      Map.entry("unordered", LAYOUT), Map.entry("individuals", LAYOUT), Map.entry("continuous", LAYOUT),
      Map.entry("paged", LAYOUT),
      Map.entry("facing-pages", Set.of("Canvas")), Map.entry("non-paged", Set.of("Canvas")),
      Map.entry("multi-part", Set.of("Collection")), Map.entry("together", Set.of("Collection")),
      Map.entry("sequence", Set.of("Range")), Map.entry("thumbnail-nav", Set.of("Range")), Map.entry("no-nav", Set.of("Range")),
      Map.entry("hidden", Set.of("AnnotationCollection", "AnnotationPage", "Annotation", "SpecificResource", "Choice")));
  /** Values of one group exclude one another. */
  private static final List<Set<String>> DISJOINT = List.of(
      Set.of("auto-advance", "no-auto-advance"),
      Set.of("repeat", "no-repeat"),
      Set.of("unordered", "individuals", "continuous", "paged"),
      Set.of("facing-pages", "non-paged"),
      Set.of("multi-part", "together"),
      Set.of("sequence", "thumbnail-nav", "no-nav"));

  private IiifBehaviors() {}

  static List<Rule<JsonNode>> rules() {
    return List.of(
        Rule.of("IIIF_BEHAVIOR_UNKNOWN", Severity.WARNING, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          List<JsonNode> values = IiifNodes.elements(n.node().get("behavior"));
          for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isTextual() || !VALID_ON.containsKey(values.get(i).asText())) {
              sink.report(n.at("behavior") + "/" + i, values.get(i).asText(values.get(i).toString()));
            }
          }
        })),
        Rule.of("IIIF_BEHAVIOR_NOT_FOR_TYPE", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          List<JsonNode> values = IiifNodes.elements(n.node().get("behavior"));
          for (int i = 0; i < values.size(); i++) {
            Set<String> on = VALID_ON.get(values.get(i).asText());
            if (on != null && !n.type().isEmpty() && !on.contains(n.type())) {
              sink.report(n.at("behavior") + "/" + i, values.get(i).asText(), n.type(), String.join(", ", on.stream().sorted().toList()));
            }
          }
        })),
        Rule.of("IIIF_BEHAVIOR_CONFLICT", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          List<String> values = new ArrayList<>();
          IiifNodes.elements(n.node().get("behavior")).forEach(v -> values.add(v.asText()));
          for (Set<String> group : DISJOINT) {
            List<String> both = values.stream().filter(group::contains).distinct().toList();
            if (both.size() > 1) {
              sink.report(n.at("behavior"), String.join(", ", both));
            }
          }
        })));
  }
}
