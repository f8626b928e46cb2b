package vn.libnet.testkit;

import static vn.libnet.testkit.HandlerSupport.mayWrite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.libnet.client.model.ChangeType;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.iiif.IiifValidator;
import vn.libnet.testkit.HubRouter.Route;
import vn.libnet.testkit.HubStore.Versioned;

/**
 * The IIIF Presentation 3.0 manifests of registered digital objects: {@code PUT
 * /v1/digital-objects/{id}/manifest} by the object's owner or the administrator (a {@code Manifest} with
 * an http(s) {@code id} and no error under sdk-digital's {@link IiifValidator}, at most {@value #MAX_BYTES}
 * bytes, with an optional {@code If-Match}: a version's ETag, or {@code *} for none yet), and {@code GET},
 * open to anyone and from any origin, as IIIF viewers load manifests. The bytes are kept and served as
 * sent; each version stored is a change of the feed.
 */
final class DigitalManifestsHandler implements HubRouter.Resource {
  /** The largest manifest kept, in bytes. */
  static final int MAX_BYTES = 8 << 20;
  /** The media type of a IIIF Presentation 3.0 document (Presentation API 3.0, §6.1). */
  static final String MEDIA_TYPE = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";
  private static final List<String> ACCEPTED = List.of("application/ld+json", "application/json");
  private final HubStore store;

  DigitalManifestsHandler(HubStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    String path = "/v1/digital-objects/([^/]+)/manifest";
    return List.of(
        Route.of("PUT", path, (c, p) -> put(c, p.get(0))),
        Route.of("GET", path, (c, p) -> get(p.get(0))));
  }

  private Answer put(Call c, String id) {
    DigitalObject o = store.object(id).orElseThrow(() -> noObject(id));
    mayWrite(c, o.ownerIsil());
    if (!ACCEPTED.contains(c.contentType())) {
      return Answer.problem(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          HubTexts.bilingual("HUB_MANIFEST_MEDIA_TYPE", c.contentType().isEmpty() ? "-" : HubTexts.echo(c.contentType())));
    }
    if (c.body().length > MAX_BYTES) {
      return Answer.problem(ProblemCode.PAYLOAD_TOO_LARGE, "Manifest too large",
          HubTexts.bilingual("HUB_MANIFEST_TOO_LARGE", c.body().length, MAX_BYTES));
    }
    List<ValidationIssue> errors = errors(c.body());
    if (!errors.isEmpty()) {
      return Answer.problem(ProblemCode.VALIDATION_FAILED, "Invalid IIIF manifest",
          HubTexts.bilingual("HUB_MANIFEST_INVALID", errors.size()), errors);
    }
    Versioned<byte[]> old = store.manifest(id).orElse(null);
    if (c.ifMatch() != null && (old == null ? !c.ifMatch().equals("*") : !old.etag().equals(c.ifMatch()))) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update",
          HubTexts.bilingual("HUB_MANIFEST_LOST_UPDATE", id, old == null ? "-" : old.etag(), HubTexts.echo(c.ifMatch())));
    }
    Versioned<byte[]> now = Versioned.after(old, c.body().clone());
    store.putManifest(id, now);
    store.appendChange(ChangeType.DIGITAL_OBJECT_MANIFEST_SET, id, null, o.ownerIsil(), c.now());
    return new Answer(old == null ? 201 : 200, MEDIA_TYPE, now.value(), Map.of("ETag", now.etag()));
  }

  private Answer get(String id) {
    store.object(id).orElseThrow(() -> noObject(id));
    return store.manifest(id)
        .map(m -> new Answer(200, MEDIA_TYPE, m.value(), Map.of("ETag", m.etag(), "Access-Control-Allow-Origin", "*",
            // The owner's bytes, served to any site: never sniffed into something a browser would run.
            "X-Content-Type-Options", "nosniff")))
        .orElseGet(() -> Answer.problem(ProblemCode.NOT_FOUND, "No manifest", HubTexts.bilingual("HUB_MANIFEST_NONE", id)));
  }

  private static Answer.Refusal noObject(String id) {
    return new Answer.Refusal(ProblemCode.NOT_FOUND, "No such object", HubTexts.bilingual("HUB_OBJECT_NONE", HubTexts.echo(id)));
  }

  /** The errors of {@code body} as a manifest: the validator's, and the hub's own (a Manifest, not another resource). */
  private static List<ValidationIssue> errors(byte[] body) {
    ValidationReport report;
    try {
      report = IiifValidator.validate(new ByteArrayInputStream(body), Locale.ENGLISH);
    } catch (IOException e) {
      throw new UncheckedIOException("An array of bytes cannot fail to be read", e);
    }
    List<ValidationIssue> errors = new ArrayList<>();
    report.issues().stream().filter(i -> i.severity() == Severity.ERROR).map(HubTexts::bilingual).forEach(errors::add);
    if (errors.isEmpty()) {
      // A valid document is one JSON object; the validator also accepts a Collection or an Annotation Page.
      String type;
      try {
        type = LibnetJson.mapper().readTree(body).path("type").asText();
      } catch (IOException e) {
        throw new UncheckedIOException("The validator read this document", e);
      }
      if (!type.equals("Manifest")) {
        errors.add(HubTexts.issue("HUB_MANIFEST_NOT_MANIFEST", "/type", HubTexts.echo(type)));
      }
    }
    return errors;
  }
}
