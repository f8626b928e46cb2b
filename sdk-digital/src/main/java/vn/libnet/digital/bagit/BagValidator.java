package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationReport;

/**
 * Checks a bag against RFC 8493 (BagIt 1.0, and 0.93 to 0.97 as the LoC conformance suite reads them) in one
 * pass, and reports every problem found as a typed, bilingual issue of a {@link ValidationReport} (profile
 * {@code bagit}), never by throwing: a bag is complete when every file its manifests name is present and
 * every payload file is named by every payload manifest; valid when, moreover, every checksum matches.
 *
 * <pre>{@code
 * ValidationReport r = BagValidator.builder().build().validate(Path.of("HN-0001"));
 * ValidationReport quick = BagValidator.builder().fast().build().validate(Path.of("HN-0001")); // Oxum only
 * }</pre>
 *
 * <p>File names are compared under Unicode NFC, so a manifest written on one system matches files named on
 * another (macOS scanners write NFD); a difference of form is reported ({@code BAGIT_NAME_NORMALIZATION},
 * info), and two names equal under NFC are an error. Files are hashed in parallel on {@link
 * Builder#threads} threads, each read once for every algorithm. A file that cannot be read is an issue naming it.
 */
public final class BagValidator {
  private static final Set<String> SYSTEM_FILES = Set.of(".DS_Store", "Thumbs.db", "desktop.ini", "ehthumbs.db", ".localized");
  private final boolean fast;
  private final int threads;
  private final Locale locale;
  private final BagProgress progress;
  private final boolean requireTagManifest;

  private BagValidator(Builder b) {
    this.fast = b.fast;
    this.threads = b.threads;
    this.locale = b.locale;
    this.progress = b.progress;
    this.requireTagManifest = b.requireTagManifest;
  }

  /** A builder: full validation, one thread per core, the JVM's locale. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The report on the bag at {@code bag} (a folder).
   *
   * @throws UncheckedIOException when the folder itself cannot be listed
   */
  public ValidationReport validate(Path bag) {
    Objects.requireNonNull(bag, "bag");
    BagReading r = new BagReading(bag, locale);
    try {
      if (!Files.isDirectory(bag)) {
        r.issue("BAGIT_NOT_A_FOLDER", Severity.ERROR, "", bag.toString());
        return report(r);
      }
      if (!r.read()) {
        return report(r);
      }
      Path data = bag.resolve("data");
      if (!Files.isDirectory(data)) {
        r.issue("BAGIT_PAYLOAD_DIR_MISSING", Severity.ERROR, "data/");
        return report(r);
      }
      Map<String, Path> onDisk = payloadFiles(r, data);
      completeness(r, onDisk);
      oxum(r, onDisk);
      tagCompleteness(r);
      if (!fast) {
        checksums(r, onDisk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bag " + bag, e);
    }
    return report(r);
  }

  private static ValidationReport report(BagReading r) {
    return new ValidationReport("bagit", r.issues);
  }

  /** The payload on disk, by NFC path relative to the bag; names that clash under NFC or by case are issues. */
  private static Map<String, Path> payloadFiles(BagReading r, Path data) throws IOException {
    Map<String, Path> files = new TreeMap<>();
    Map<String, String> byCase = new HashMap<>();
    try (Stream<Path> walk = Files.walk(data, new FileVisitOption[0])) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        if (Files.isDirectory(p)) {
          continue;
        }
        String rel = r.root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          // A link may point out of the bag: never followed, never counted as payload.
          r.issue("BAGIT_SYMLINK", Severity.ERROR, rel, rel);
          continue;
        }
        String key = BagPaths.nfc(rel);
        String name = p.getFileName().toString();
        if (SYSTEM_FILES.contains(name) || name.startsWith("._")) {
          // Left by a desktop (Finder, Explorer) rather than scanned: payload all the same, but rarely meant to be.
          r.issue("BAGIT_SYSTEM_FILE", Severity.WARNING, rel, rel);
        }
        Path earlier = files.put(key, p);
        if (earlier != null) {
          r.issue("BAGIT_DUPLICATE_NORMALIZED", Severity.ERROR, rel, rel, r.root.relativize(earlier).toString());
        }
        String folded = key.toLowerCase(Locale.ROOT);
        String sameButCase = byCase.put(folded, key);
        if (sameButCase != null && !sameButCase.equals(key)) {
          r.issue("BAGIT_NAME_CASE_CLASH", Severity.WARNING, rel, rel, sameButCase);
        }
      }
    }
    return files;
  }

  private static void completeness(BagReading r, Map<String, Path> onDisk) {
    for (Map.Entry<ChecksumAlgorithm, Map<String, BagReading.Entry>> m : r.payload.entrySet()) {
      String manifest = "manifest-" + m.getKey().bagitName() + ".txt";
      for (Map.Entry<String, BagReading.Entry> e : m.getValue().entrySet()) {
        Path file = onDisk.get(e.getKey());
        if (file == null && caseTwin(m.getValue(), e.getKey(), onDisk)) {
          // Made on a file system that ignores case, where both lines named one file: same checksum, nothing at risk.
          r.issue("BAGIT_NAME_CASE_CLASH", Severity.WARNING, e.getValue().path(), e.getValue().path(), e.getValue().where());
        } else if (file == null) {
          boolean pending = r.fetch.containsKey(e.getKey());
          r.issue(pending ? "BAGIT_FETCH_PENDING" : "BAGIT_PAYLOAD_FILE_MISSING", Severity.ERROR, e.getValue().path(), e.getValue().path(),
              e.getValue().where(), pending ? r.fetch.get(e.getKey()) : "");
        } else if (m.getKey() == r.payload.keySet().iterator().next()) {
          String actual = r.root.relativize(file).toString().replace('\\', '/');
          if (!actual.equals(e.getValue().path())) {
            r.issue("BAGIT_NAME_NORMALIZATION", Severity.INFO, actual, e.getValue().path(), actual);
          }
        }
      }
      for (String path : onDisk.keySet()) {
        if (!m.getValue().containsKey(path)) {
          r.issue("BAGIT_PAYLOAD_FILE_NOT_LISTED", Severity.ERROR, path, path, manifest);
        }
      }
    }
  }

  /** Whether {@code path} is missing but listed again, in another case and with the same checksum, for a file present. */
  private static boolean caseTwin(Map<String, BagReading.Entry> manifest, String path, Map<String, Path> onDisk) {
    BagReading.Entry missing = manifest.get(path);
    for (Map.Entry<String, BagReading.Entry> other : manifest.entrySet()) {
      if (!other.getKey().equals(path) && other.getKey().equalsIgnoreCase(path) && onDisk.containsKey(other.getKey())
          && other.getValue().checksum().equals(missing.checksum())) {
        return true;
      }
    }
    return false;
  }

  private void oxum(BagReading r, Map<String, Path> onDisk) throws IOException {
    Optional<String> declared = r.info.first(BagInfo.PAYLOAD_OXUM);
    if (declared.isEmpty()) {
      if (fast) {
        r.issue("BAGIT_FAST_WITHOUT_OXUM", Severity.WARNING, "bag-info.txt");
      }
      return;
    }
    Optional<BagInfo.Oxum> oxum = BagInfo.Oxum.parse(declared.get());
    if (oxum.isEmpty()) {
      r.issue("BAGIT_OXUM_INVALID", Severity.ERROR, "bag-info.txt", declared.get());
      return;
    }
    long bytes = 0;
    for (Path p : onDisk.values()) {
      bytes += Files.size(p);
    }
    if (bytes != oxum.get().bytes() || onDisk.size() != oxum.get().files()) {
      r.issue("BAGIT_OXUM_MISMATCH", Severity.ERROR, "bag-info.txt", oxum.get(), bytes + "." + onDisk.size());
    }
  }

  private void tagCompleteness(BagReading r) {
    if (r.tags.isEmpty()) {
      r.issue("BAGIT_TAG_MANIFEST_MISSING", requireTagManifest ? Severity.ERROR : Severity.WARNING, "");
      return;
    }
    for (Map.Entry<ChecksumAlgorithm, Map<String, BagReading.Entry>> m : r.tags.entrySet()) {
      for (BagReading.Entry e : m.getValue().values()) {
        if (!Files.isRegularFile(r.root.resolve(e.path()))) {
          r.issue("BAGIT_TAG_FILE_MISSING", Severity.ERROR, e.path(), e.path(), e.where());
        }
      }
      String name = "tagmanifest-" + m.getKey().bagitName() + ".txt";
      for (String tagFile : r.tagFiles) {
        boolean listable = tagFile.equals("bagit.txt") || tagFile.equals("bag-info.txt") || tagFile.equals("fetch.txt")
            || tagFile.startsWith("manifest-");
        if (listable && !m.getValue().containsKey(BagPaths.nfc(tagFile))) {
          // §2.2.1: a tag manifest SHOULD list every tag file; one it leaves out could be changed unseen.
          r.issue("BAGIT_TAG_FILE_NOT_LISTED", Severity.WARNING, tagFile, tagFile, name);
        }
      }
    }
  }

  private void checksums(BagReading r, Map<String, Path> onDisk) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    Map<String, Set<ChecksumAlgorithm>> wanted = new HashMap<>();
    long total = 0;
    for (Map.Entry<ChecksumAlgorithm, Map<String, BagReading.Entry>> m : r.payload.entrySet()) {
      for (String path : m.getValue().keySet()) {
        Path file = onDisk.get(path);
        if (file != null) {
          files.putIfAbsent(path, file);
          wanted.computeIfAbsent(path, k -> EnumSet.noneOf(ChecksumAlgorithm.class)).add(m.getKey());
        }
      }
    }
    for (Map.Entry<ChecksumAlgorithm, Map<String, BagReading.Entry>> m : r.tags.entrySet()) {
      for (Map.Entry<String, BagReading.Entry> e : m.getValue().entrySet()) {
        Path file = r.root.resolve(e.getValue().path());
        if (Files.isRegularFile(file)) {
          String key = "tag:" + e.getKey();
          files.putIfAbsent(key, file);
          wanted.computeIfAbsent(key, k -> EnumSet.noneOf(ChecksumAlgorithm.class)).add(m.getKey());
        }
      }
    }
    for (Path p : files.values()) {
      total += Files.size(p);
    }
    Map<String, Fixity.Result> results = Fixity.hashAll(files, wanted, threads, new Fixity.Meter(progress, total));
    compare(r, r.payload, results, "", "BAGIT_CHECKSUM_MISMATCH");
    compare(r, r.tags, results, "tag:", "BAGIT_TAG_CHECKSUM_MISMATCH");
  }

  private static void compare(BagReading r, Map<ChecksumAlgorithm, Map<String, BagReading.Entry>> manifests, Map<String, Fixity.Result> results,
      String keyPrefix, String code) {
    for (Map.Entry<ChecksumAlgorithm, Map<String, BagReading.Entry>> m : manifests.entrySet()) {
      for (Map.Entry<String, BagReading.Entry> e : m.getValue().entrySet()) {
        Fixity.Result got = results.get(keyPrefix + e.getKey());
        if (got == null) {
          continue;
        }
        if (got.failure() != null) {
          r.issue("BAGIT_FILE_UNREADABLE", Severity.ERROR, e.getValue().path(), e.getValue().path(), String.valueOf(got.failure().getMessage()));
          continue;
        }
        String actual = got.checksums().get(m.getKey());
        if (!e.getValue().checksum().equals(actual)) {
          r.issue(code, Severity.ERROR, e.getValue().path(), e.getValue().path(), m.getKey().bagitName(), e.getValue().checksum(), actual);
        }
      }
    }
  }

  /** Options of a {@link BagValidator}; every setter refuses {@code null} and values out of range. */
  public static final class Builder {
    private boolean fast;
    private int threads = Runtime.getRuntime().availableProcessors();
    private Locale locale = Locale.getDefault();
    private BagProgress progress;
    private boolean requireTagManifest;

    private Builder() {}

    /** Completeness and Payload-Oxum only, no checksum: seconds for terabytes, proves no file changed in size. */
    public Builder fast() {
      this.fast = true;
      return this;
    }

    /** Threads hashing files at once (default: the available cores). */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("At least one thread: " + n);
      }
      this.threads = n;
      return this;
    }

    /** The language of the issues' messages (default: the JVM's). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** Told of the bytes hashed as validation goes. */
    public Builder progress(BagProgress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /**
     * A bag without a tag manifest is an error rather than a warning (RFC 8493 makes tag manifests
     * optional; without one, bag-info.txt and the manifests themselves could be changed unseen).
     */
    public Builder requireTagManifest() {
      this.requireTagManifest = true;
      return this;
    }

    /** The validator; immutable and thread-safe. */
    public BagValidator build() {
      return new BagValidator(this);
    }
  }
}
