package vn.libnet.digital.iiif;

import static vn.libnet.digital.iiif.IiifRecordMetadata.JSON;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Library;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.digital.format.DigitizationPolicy;
import vn.libnet.digital.format.ImageHeaders;
import vn.libnet.digital.format.MediaTypes;

/**
 * Builds a IIIF Presentation 3.0 Manifest from a {@link DigitalObject}, the folder holding its files and,
 * when given, its {@link BibRecord} and {@link Library}: bilingual labels (Vietnamese, English; {@code none}
 * for values in another language), metadata pairs from the record, {@code rights} (a Creative Commons or
 * RightsStatements.org URI in its canonical form), {@code requiredStatement}, the library as {@code provider}
 * with its ISIL, {@code homepage}, {@code seeAlso}, one Canvas per image in the object's order, sized from
 * the image's header (TIFF, JPEG, PNG, JPEG 2000), thumbnails, {@code structures} from a table of contents,
 * and PDFs as {@code rendering}. When the object has both preservation masters and access copies (by folder,
 * {@code master/} and {@code access/}, or by type, TIFF and JPEG; see {@link DigitizationPolicy#role}) only the
 * access copies become canvases.
 *
 * <p>Ids are made from the base URL: {@code BASE/manifest}, {@code BASE/canvas/N}, {@code BASE/range/N}, and
 * files are served at {@code BASE/files/PATH}; with an Image API 3.0 service, an image's identifier is its path,
 * percent-encoded whole, under the service's base. File names are percent-encoded in NFC. Bad data never
 * throws: what cannot be used is left out and reported in {@link IiifManifest#issues()}.
 */
public final class IiifManifestBuilder {
  private static final Logger LOG = LoggerFactory.getLogger(IiifManifestBuilder.class);
  private final String base;
  private DigitalObject object;
  private Path folder;
  private BibRecord record;
  private Library library;
  private String imageService;
  private String hub;
  private URI homepage;
  private final List<ObjectNode> seeAlso = new ArrayList<>();
  private List<IiifTocEntry> toc = List.of();
  private Locale locale = Locale.getDefault();

  private IiifManifestBuilder(URI baseUrl) {
    if (baseUrl == null || baseUrl.getScheme() == null || !baseUrl.getScheme().matches("(?i)https?") || baseUrl.getHost() == null) {
      throw new IllegalArgumentException("The base URL must be an absolute http(s) URL: " + baseUrl);
    }
    this.base = IiifUris.trim(baseUrl.toString());
  }

  /**
   * A builder whose ids start with {@code baseUrl}.
   *
   * @throws IllegalArgumentException when {@code baseUrl} is not an absolute http(s) URL
   */
  public static IiifManifestBuilder builder(URI baseUrl) {
    return new IiifManifestBuilder(baseUrl);
  }

  /** The object (required) and the folder its file names are relative to (required). */
  public IiifManifestBuilder object(DigitalObject object, Path folder) {
    this.object = Objects.requireNonNull(object, "object");
    this.folder = Objects.requireNonNull(folder, "folder");
    return this;
  }

  /** The object's bibliographic record, for the label and metadata. */
  public IiifManifestBuilder record(BibRecord record) {
    this.record = record;
    return this;
  }

  /** The library that holds the object, for {@code provider} and {@code requiredStatement}. */
  public IiifManifestBuilder library(Library library) {
    this.library = library;
    return this;
  }

  /** The base URL of an Image API 3.0 service serving the object's images. */
  public IiifManifestBuilder imageService(URI service) {
    this.imageService = service == null ? null : IiifUris.trim(service.toString());
    return this;
  }

  /**
   * The national hub: the provider's id becomes {@code HUB/v1/libraries/ISIL}, and the record's MARCXML at
   * {@code HUB/v1/catalog/records/ID} is added to {@code seeAlso}.
   */
  public IiifManifestBuilder hub(URI hub) {
    this.hub = hub == null ? null : IiifUris.trim(hub.toString());
    return this;
  }

  /** A web page about the object, such as its OPAC record. */
  public IiifManifestBuilder homepage(URI homepage) {
    this.homepage = homepage;
    return this;
  }

  /** A machine-readable description, e.g. MARCXML ({@code application/marcxml+xml}, profile MARC21 slim). */
  public IiifManifestBuilder seeAlso(URI id, String format, String profile) {
    ObjectNode s = JSON.objectNode();
    s.put("id", id.toString());
    s.put("type", "Dataset");
    if (format != null) {
      s.put("format", format);
    }
    if (profile != null) {
      s.put("profile", profile);
    }
    seeAlso.add(s);
    return this;
  }

  /** The table of contents, each entry a Range. */
  public IiifManifestBuilder tableOfContents(List<IiifTocEntry> toc) {
    this.toc = List.copyOf(toc);
    return this;
  }

  /** The language of the issues reported (default: the JVM's). */
  public IiifManifestBuilder locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  /**
   * Builds the manifest.
   *
   * @throws IllegalStateException when no object was given
   * @throws UncheckedIOException when a file of the object cannot be read
   */
  public IiifManifest build() {
    if (object == null) {
      throw new IllegalStateException("object(DigitalObject, Path) is required");
    }
    List<ValidationIssue> issues = new ArrayList<>();
    ObjectNode m = JSON.objectNode();
    m.put("@context", IiifShapeRules.CONTEXT);
    m.put("id", base + "/manifest");
    m.put("type", "Manifest");
    String lang = IiifRecordMetadata.language(record);
    String title = record == null ? null : IiifRecordMetadata.title(record);
    title = title != null && !title.isBlank() ? title : object.title() != null && !object.title().isBlank() ? object.title() : object.id();
    m.set("label", IiifRecordMetadata.map(lang, List.of(title == null ? "?" : title)));
    if (record != null) {
      m.set("metadata", IiifRecordMetadata.metadata(record));
      Optional.ofNullable(record.publication()).map(p -> p.year()).filter(y -> y > 0 && y < 10000)
          .ifPresent(y -> m.put("navDate", String.format(Locale.ROOT, "%04d-01-01T00:00:00Z", y)));
    }
    String rights = object.rights();
    Optional<String> canonical = IiifRights.canonical(rights);
    canonical.ifPresent(r -> m.put("rights", r));
    if (rights != null && !rights.isBlank() && canonical.isEmpty()) {
      issues.add(ValidationIssue.of("IIIF_BUILD_RIGHTS_DROPPED", Severity.WARNING, "/rights", locale, rights));
    }
    IiifAttribution.add(m, library, object.ownerIsil(), canonical.isEmpty() ? rights : null, base, hub);
    if (homepage != null) {
      ObjectNode h = m.putArray("homepage").addObject();
      h.put("id", homepage.toString());
      h.put("type", "Text");
      h.set("label", IiifRecordMetadata.map(lang, List.of(title == null ? "?" : title)));
      h.put("format", "text/html");
    }
    List<ObjectNode> also = new ArrayList<>(seeAlso);
    if (hub != null && object.recordId() != null && !object.recordId().isBlank()) {
      ObjectNode s = JSON.objectNode();
      s.put("id", hub + "/v1/catalog/records/" + IiifUris.segment(object.recordId()));
      s.put("type", "Dataset");
      s.put("format", "application/marcxml+xml");
      s.put("profile", "http://www.loc.gov/MARC21/slim");
      also.add(s);
    }
    if (!also.isEmpty()) {
      m.putArray("seeAlso").addAll(also);
    }
    ArrayNode items = JSON.arrayNode();
    ArrayNode rendering = JSON.arrayNode();
    files(items, rendering, issues);
    if (items.isEmpty()) {
      issues.add(ValidationIssue.of("IIIF_BUILD_NO_IMAGES", Severity.ERROR, "/items", locale));
    } else {
      m.set("thumbnail", items.get(0).get("thumbnail").deepCopy());
    }
    if (!rendering.isEmpty()) {
      m.set("rendering", rendering);
    }
    m.set("items", items);
    ArrayNode ranges = IiifCanvases.ranges(toc, base, lang, items, issues, locale);
    if (!ranges.isEmpty()) {
      m.set("structures", ranges);
    }
    issues.forEach(i -> LOG.debug("{} {}", i.code(), i.message()));
    return new IiifManifest(m, issues);
  }

  private void files(ArrayNode items, ArrayNode rendering, List<ValidationIssue> issues) {
    List<DigitalFile> images = new ArrayList<>();
    List<DigitalFile> access = new ArrayList<>();
    boolean masters = false;
    try {
      for (DigitalFile f : object.files()) {
        String type = f.mediaType() != null ? f.mediaType() : MediaTypes.detect(folder.resolve(f.name())).byContent();
        if (type.equals("application/pdf")) {
          ObjectNode r = rendering.addObject();
          r.put("id", base + "/files/" + IiifUris.path(f.name()));
          r.put("type", "Text");
          r.set("label", IiifRecordMetadata.bilingual("Bản PDF", "PDF"));
          r.put("format", "application/pdf");
        } else if (type.startsWith("image/")) {
          images.add(f);
          DigitizationPolicy.Role role = DigitizationPolicy.role(f.name(), type);
          masters |= role == DigitizationPolicy.Role.MASTER;
          if (role == DigitizationPolicy.Role.ACCESS) {
            access.add(f);
          }
        }
      }
      for (DigitalFile f : masters && !access.isEmpty() ? access : images) {
        Optional<ImageHeaders.ImageInfo> info = ImageHeaders.read(folder.resolve(f.name()));
        if (info.isEmpty() || info.get().width() <= 0 || info.get().height() <= 0) {
          issues.add(ValidationIssue.of("IIIF_BUILD_IMAGE_UNREADABLE", Severity.WARNING, f.name(), locale, f.name()));
          continue;
        }
        items.add(IiifCanvases.canvas(base, items.size() + 1, f.name(), info.get(),
            base + "/files/" + IiifUris.path(f.name()), imageService));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the files of " + object.id() + " in " + folder, e);
    }
  }
}
