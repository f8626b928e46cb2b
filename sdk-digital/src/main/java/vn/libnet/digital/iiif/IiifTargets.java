package vn.libnet.digital.iiif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/**
 * The targets of annotations: every annotation has one (W3C Web Annotation Data Model §3.1), and the
 * annotations in a Canvas's own {@code items} (the painting ones, which show its content) target that
 * Canvas, whole or a fragment of it ({@code #xywh=}, {@code #t=}) or through a SpecificResource's
 * {@code source}. A painting annotation aimed elsewhere is a warning, not an error: viewers then show
 * nothing on the Canvas, but the document is well-formed, and the IIIF validator accepts it (the cookbook's
 * own recipe 0014 targets the Annotation Page).
 */
final class IiifTargets {
  private IiifTargets() {}

  static List<Rule<JsonNode>> rules() {
    return List.of(
        Rule.of("IIIF_TARGET_MISSING", Severity.ERROR, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(n -> {
          if ("Annotation".equals(n.type()) && n.isDefinition() && !n.node().has("target")) {
            sink.report(n.pointer().isEmpty() ? "/" : n.pointer());
          }
        })),
        Rule.of("IIIF_TARGET_NOT_CANVAS", Severity.WARNING, (doc, sink) -> IiifValidator.nodes(doc, sink).forEach(canvas -> {
          if (!"Canvas".equals(canvas.type()) || !canvas.node().path("id").isTextual()) {
            return;
          }
          String id = canvas.node().get("id").asText();
          List<JsonNode> pages = IiifNodes.elements(canvas.node().get("items"));
          for (int p = 0; p < pages.size(); p++) {
            List<JsonNode> annos = IiifNodes.elements(pages.get(p).get("items"));
            for (int a = 0; a < annos.size(); a++) {
              JsonNode target = annos.get(a).get("target");
              for (JsonNode t : IiifNodes.elements(target)) {
                String base = base(t);
                if (base != null && !base.equals(id)) {
                  sink.report(canvas.at("items") + "/" + p + "/items/" + a + "/target", base, id);
                }
              }
            }
          }
        })));
  }

  /** What a target points at without its fragment, or {@code null} when it cannot be told. */
  private static String base(JsonNode target) {
    JsonNode t = target;
    if (t.isObject()) {
      t = t.has("source") ? t.get("source") : t.get("id");
      if (t != null && t.isObject()) {
        t = t.get("id");
      }
    }
    if (t == null || !t.isTextual()) {
      return null;
    }
    String s = t.asText();
    int hash = s.indexOf('#');
    return hash < 0 ? s : s.substring(0, hash);
  }
}
