package vn.libnet.digital.iiif;

import static vn.libnet.digital.iiif.IiifRecordMetadata.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.libnet.core.model.Library;

/**
 * Who provides the object (Presentation 3 §3.2 {@code provider}, an Agent) and the statement a viewer must
 * show ({@code requiredStatement}): the library by name in Vietnamese and English with its ISIL (ISO 15511),
 * its web site as the Agent's homepage, and, when the object's rights are no registered URI, those rights.
 */
final class IiifAttribution {
  private IiifAttribution() {}

  /**
   * Adds {@code requiredStatement} and {@code provider} to {@code manifest}.
   *
   * @param library the library, or {@code null} (then only the ISIL is known)
   * @param isil the owner's ISIL when no library is given, or {@code null}
   * @param otherRights rights to quote in the statement, or {@code null}
   * @param hub the hub's base URL, or {@code null}
   */
  static void add(ObjectNode manifest, Library library, String isil, String otherRights, String base, String hub) {
    String code = library != null && library.isil() != null ? library.isil() : isil;
    String vi = library != null && library.name() != null ? library.name() : code;
    String en = library != null && library.nameEn() != null && !library.nameEn().isBlank() ? library.nameEn() : vi;
    if (vi == null) {
      if (otherRights != null) {
        manifest.set("requiredStatement", IiifRecordMetadata.pair("Quyền", "Rights", "none", java.util.List.of(otherRights)));
      }
      return;
    }
    String suffix = code == null || vi.equals(code) ? "" : " (" + code + ")";
    ObjectNode statement = JSON.objectNode();
    statement.set("label", IiifRecordMetadata.bilingual("Ghi công", "Attribution"));
    ObjectNode value = IiifRecordMetadata.bilingual(vi + suffix, en + suffix);
    if (otherRights != null) {
      ((ArrayNode) value.get("vi")).add("Quyền: " + otherRights);
      ((ArrayNode) value.get("en")).add("Rights: " + otherRights);
    }
    statement.set("value", value);
    manifest.set("requiredStatement", statement);
    if (code == null) {
      return;
    }
    ArrayNode providers = manifest.putArray("provider");
    ObjectNode agent = providers.addObject();
    agent.put("id", (hub != null ? hub + "/v1/libraries/" : base + "/provider/") + IiifUris.segment(code));
    agent.put("type", "Agent");
    agent.set("label", IiifRecordMetadata.bilingual(vi + suffix, en + suffix));
    if (library != null && library.website() != null && IiifShapeRules.httpUri(JSON.textNode(library.website()))) {
      ObjectNode home = agent.putArray("homepage").addObject();
      home.put("id", library.website());
      home.put("type", "Text");
      home.set("label", IiifRecordMetadata.bilingual(vi, en));
      home.put("format", "text/html");
    }
  }
}
