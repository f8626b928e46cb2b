package vn.libnet.digital.iiif;

import static vn.libnet.digital.iiif.IiifRecordMetadata.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.digital.format.ImageHeaders;

/**
 * The Canvas of one image (Presentation 3 §5.4): its size from the image header, one Annotation Page with
 * the painting Annotation, whose body is either the file itself or, when an Image API 3.0 service is
 * given, the service's full-size rendering with the service attached; and a thumbnail.
 */
final class IiifCanvases {
  static final int THUMBNAIL = 200;

  private IiifCanvases() {}

  /**
   * The canvas numbered {@code n} (from 1) for the image {@code name}.
   *
   * @param base the manifest's base URL, without a final slash
   * @param fileUrl where the file itself is served
   * @param service the Image API service's base, without a final slash, or {@code null}
   */
  static ObjectNode canvas(String base, int n, String name, ImageHeaders.ImageInfo image, String fileUrl, String service) {
    String id = base + "/canvas/" + n;
    ObjectNode canvas = JSON.objectNode();
    canvas.put("id", id);
    canvas.put("type", "Canvas");
    canvas.set("label", IiifRecordMetadata.bilingual("Trang " + n, "Page " + n));
    canvas.put("width", image.width());
    canvas.put("height", image.height());
    String serviceId = service == null ? null : service + "/" + IiifUris.segment(name);
    canvas.putArray("thumbnail").add(thumbnail(image, fileUrl, serviceId));
    ObjectNode page = canvas.putArray("items").addObject();
    page.put("id", id + "/page");
    page.put("type", "AnnotationPage");
    ObjectNode painting = page.putArray("items").addObject();
    painting.put("id", id + "/page/painting");
    painting.put("type", "Annotation");
    painting.put("motivation", "painting");
    painting.set("body", body(image, fileUrl, serviceId));
    painting.put("target", id);
    return canvas;
  }

  private static ObjectNode body(ImageHeaders.ImageInfo image, String fileUrl, String serviceId) {
    ObjectNode body = JSON.objectNode();
    if (serviceId == null) {
      body.put("id", fileUrl);
      body.put("type", "Image");
      body.put("format", image.mediaType());
    } else {
      body.put("id", serviceId + "/full/max/0/default.jpg");
      body.put("type", "Image");
      body.put("format", "image/jpeg");
      body.set("service", service(serviceId));
    }
    body.put("width", image.width());
    body.put("height", image.height());
    return body;
  }

  private static ObjectNode thumbnail(ImageHeaders.ImageInfo image, String fileUrl, String serviceId) {
    if (serviceId == null) {
      return body(image, fileUrl, null);
    }
    double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.width(), image.height()));
    int w = Math.max(1, (int) Math.round(image.width() * scale));
    int h = Math.max(1, (int) Math.round(image.height() * scale));
    ObjectNode t = JSON.objectNode();
    t.put("id", serviceId + "/full/" + w + "," + h + "/0/default.jpg");
    t.put("type", "Image");
    t.put("format", "image/jpeg");
    t.put("width", w);
    t.put("height", h);
    t.set("service", service(serviceId));
    return t;
  }

  private static ArrayNode service(String serviceId) {
    ArrayNode services = JSON.arrayNode();
    ObjectNode s = services.addObject();
    s.put("id", serviceId);
    s.put("type", "ImageService3");
    s.put("profile", "level1");
    return services;
  }

  /**
   * The Ranges of a table of contents over {@code canvases}; a position beyond the last canvas is left
   * out and reported, and an entry left with no canvas is dropped.
   */
  static ArrayNode ranges(List<IiifTocEntry> toc, String base, String lang, ArrayNode canvases,
      List<ValidationIssue> issues, Locale locale) {
    ArrayNode ranges = JSON.arrayNode();
    for (IiifTocEntry e : toc) {
      ObjectNode range = JSON.objectNode();
      range.put("id", base + "/range/" + (ranges.size() + 1));
      range.put("type", "Range");
      range.set("label", IiifRecordMetadata.map(lang, List.of(e.label())));
      ArrayNode items = range.putArray("items");
      for (int n : e.canvases()) {
        if (n > canvases.size()) {
          issues.add(ValidationIssue.of("IIIF_BUILD_TOC_CANVAS", Severity.WARNING, "/structures", locale, e.label(), n,
              canvases.size()));
          continue;
        }
        ObjectNode ref = items.addObject();
        ref.put("id", canvases.get(n - 1).get("id").asText());
        ref.put("type", "Canvas");
      }
      if (!items.isEmpty()) {
        ranges.add(range);
      }
    }
    return ranges;
  }
}
