package vn.libnet.digital.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;

/**
 * The national format policy for digitized objects, profile {@code vn-digitization} version 1, in the
 * SDK's validation framework: preservation masters in TIFF or JPEG 2000, access copies in JPEG or PDF,
 * masters scanned at {@value #MIN_MASTER_DPI} dpi or more (read from the image headers), a SHA-256 for
 * every file, a rights statement URI (RightsStatements.org or Creative Commons), and file names in Unicode
 * NFC. A file's role is its folder's ({@code master/}, {@code preservation/}, {@code luu-tru/} for masters;
 * {@code access/}, {@code truy-cap/} for access copies) or else its type's. Like every profile it can be
 * made stricter or looser ({@link Profile#withSeverity}), and it never throws on bad data.
 */
public final class DigitizationPolicy {
  /** The lowest resolution of a preservation master, in dots per inch. */
  public static final int MIN_MASTER_DPI = 300;
  private static final Set<String> MASTER_TYPES = Set.of("image/tiff", "image/jp2");
  private static final Set<String> ACCESS_TYPES = Set.of("image/jpeg", "application/pdf");
  private static final Set<String> MASTER_FOLDERS = Set.of("master", "masters", "preservation", "luu-tru", "lưu-trữ");
  private static final Set<String> ACCESS_FOLDERS = Set.of("access", "truy-cap", "truy-cập", "web");

  private DigitizationPolicy() {}

  /** What a file is for. */
  public enum Role {
    /** A preservation master. */
    MASTER,
    /** An access copy. */
    ACCESS,
    /** Anything else (a text, a table of contents). */
    OTHER
  }

  /**
   * One file as the policy sees it.
   *
   * @param name its path within the object
   * @param role what it is for
   * @param type its media type by content and by name
   * @param image its image header, or {@code null} when it is no image the SDK reads
   * @param sha256 its SHA-256, or {@code null} when the object's manifest gives none
   */
  public record FileFacts(String name, Role role, MediaTypes.Detection type, ImageHeaders.ImageInfo image, String sha256) {}

  /**
   * A digitized object as the policy checks it.
   *
   * @param objectId the object's identifier, or {@code null}
   * @param rights its rights statement, or {@code null}
   * @param files its files
   */
  public record Facts(String objectId, String rights, List<FileFacts> files) {
    /** Copies the files. */
    public Facts {
      files = List.copyOf(files);
    }
  }

  /** The profile {@code vn-digitization} v1. */
  public static Profile<Facts> profile() {
    List<Rule<Facts>> rules = new ArrayList<>();
    rules.add(Rule.of("DIGITIZATION_MASTER_FORMAT", Severity.ERROR, (f, sink) -> f.files().stream()
        .filter(x -> x.role() == Role.MASTER && !MASTER_TYPES.contains(x.type().byContent()))
        .forEach(x -> sink.report(x.name(), x.name(), x.type().byContent()))));
    rules.add(Rule.of("DIGITIZATION_ACCESS_FORMAT", Severity.ERROR, (f, sink) -> f.files().stream()
        .filter(x -> x.role() == Role.ACCESS && !ACCESS_TYPES.contains(x.type().byContent()))
        .forEach(x -> sink.report(x.name(), x.name(), x.type().byContent()))));
    rules.add(Rule.of("DIGITIZATION_RESOLUTION_LOW", Severity.ERROR, (f, sink) -> f.files().stream()
        .filter(x -> x.role() == Role.MASTER && x.image() != null && x.image().xDpi() > 0
            && Math.min(x.image().xDpi(), x.image().yDpi() > 0 ? x.image().yDpi() : x.image().xDpi()) < MIN_MASTER_DPI - 0.5)
        .forEach(x -> sink.report(x.name(), x.name(), Math.round(x.image().xDpi()), MIN_MASTER_DPI))));
    rules.add(Rule.of("DIGITIZATION_RESOLUTION_UNKNOWN", Severity.WARNING, (f, sink) -> f.files().stream()
        .filter(x -> x.role() == Role.MASTER && MASTER_TYPES.contains(x.type().byContent()) && (x.image() == null || x.image().xDpi() <= 0))
        .forEach(x -> sink.report(x.name(), x.name()))));
    rules.add(Rule.of("DIGITIZATION_CHECKSUM_MISSING", Severity.ERROR, (f, sink) -> f.files().stream()
        .filter(x -> x.sha256() == null || !x.sha256().matches("[0-9a-f]{64}"))
        .forEach(x -> sink.report(x.name(), x.name()))));
    rules.add(Rule.of("DIGITIZATION_RIGHTS_MISSING", Severity.ERROR, (f, sink) -> {
      if (f.rights() == null || f.rights().isBlank()) {
        sink.report("rights");
      }
    }));
    rules.add(Rule.of("DIGITIZATION_RIGHTS_NOT_STATEMENT", Severity.WARNING, (f, sink) -> {
      if (f.rights() != null && !f.rights().isBlank() && !rightsStatement(f.rights())) {
        sink.report("rights", f.rights());
      }
    }));
    rules.add(Rule.of("DIGITIZATION_NAME_NOT_NFC", Severity.ERROR, (f, sink) -> f.files().stream()
        .filter(x -> !Normalizer.isNormalized(x.name(), Normalizer.Form.NFC)).forEach(x -> sink.report(x.name(), x.name()))));
    rules.add(Rule.of("DIGITIZATION_EXTENSION_MISMATCH", Severity.WARNING, (f, sink) -> f.files().stream()
        .filter(x -> x.type().extensionLies()).forEach(x -> sink.report(x.name(), x.name(), x.type().byName(), x.type().byContent()))));
    return Profile.of("vn-digitization", "1", Facts.class, rules);
  }

  // A RightsStatements.org statement or a Creative Commons licence or mark, as an http(s) URI.
  private static boolean rightsStatement(String rights) {
    try {
      URI u = URI.create(rights.strip());
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      return u.getScheme() != null && u.getScheme().matches("https?") && (host.equals("rightsstatements.org")
          || host.endsWith(".rightsstatements.org") || host.equals("creativecommons.org"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Checks the files of {@code folder} (each file's path relative to it), with the object's rights and
   * SHA-256 manifest when {@code object} is given (null: no rights, and no checksums unless computed).
   *
   * @throws UncheckedIOException when the folder cannot be read
   */
  public static ValidationReport check(Path folder, DigitalObject object, Locale locale) {
    Map<String, String> sums = new TreeMap<>();
    if (object != null) {
      for (DigitalFile f : object.files()) {
        if (f.sha256() != null) {
          sums.put(Normalizer.normalize(f.name(), Normalizer.Form.NFC), f.sha256().toLowerCase(Locale.ROOT));
        }
      }
    }
    List<FileFacts> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (!Files.isRegularFile(p)) {
          continue;
        }
        String name = folder.relativize(p).toString().replace('\\', '/');
        MediaTypes.Detection type = MediaTypes.detect(p);
        Optional<ImageHeaders.ImageInfo> image = ImageHeaders.read(p);
        files.add(new FileFacts(name, role(name, type.byContent()), type, image.orElse(null),
            sums.get(Normalizer.normalize(name, Normalizer.Form.NFC))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder, e);
    }
    Facts facts = new Facts(object == null ? null : object.id(), object == null ? null : object.rights(), files);
    return profile().validate(facts, ValidationContext.of(locale));
  }

  /** The role of a file: its folder's, or else its type's. */
  public static Role role(String name, String mediaType) {
    for (String segment : name.toLowerCase(Locale.ROOT).split("/")) {
      if (MASTER_FOLDERS.contains(segment)) {
        return Role.MASTER;
      }
      if (ACCESS_FOLDERS.contains(segment)) {
        return Role.ACCESS;
      }
    }
    return MASTER_TYPES.contains(mediaType) ? Role.MASTER : ACCESS_TYPES.contains(mediaType) ? Role.ACCESS : Role.OTHER;
  }
}
