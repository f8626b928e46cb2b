package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.libnet.core.id.Isil;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.format.MediaTypes;

/**
 * Between a bag and the {@link DigitalObject} it carries: the object read from a bag (each file with its
 * size, its media type read from its content, and its SHA-256), and a bag made of an object's files, checked
 * against the object's manifest. The object's other parts travel in {@code bag-info.txt}: {@code
 * External-Identifier} (the object id, after the owner's ISIL and a colon), {@code Source-Organization} (the
 * owner's ISIL), {@code Title}, and the SDK's own labels {@link #RECORD_ID}, {@link #RIGHTS} and {@link
 * #ACCESS_LEVEL}; {@code Bagging-Date} is the object's date when it has none.
 */
public final class BagObjects {
  /** The bibliographic record of the original. */
  public static final String RECORD_ID = "LibNet-Record-Id";
  /** The rights statement URI. */
  public static final String RIGHTS = "LibNet-Rights";
  /** Who may see the object ({@link AccessLevel}). */
  public static final String ACCESS_LEVEL = "LibNet-Access-Level";
  /** The object's date of digitization. */
  public static final String CREATED = "LibNet-Created";
  /** A title for display. */
  public static final String TITLE = "Title";

  private BagObjects() {}

  /**
   * What a bag holds.
   *
   * @param object the object, or {@code null} when the bag is not valid (the report says why)
   * @param report the bag's validation, with a warning per file whose name claims another type than its content
   */
  public record BagObject(DigitalObject object, ValidationReport report) {
    /** The object, if the bag is valid. */
    public Optional<DigitalObject> digitalObject() {
      return Optional.ofNullable(object);
    }
  }

  /**
   * Validates {@code bag} in full and reads the object it carries; never throws for what is in the bag.
   *
   * @throws UncheckedIOException when the bag's folder cannot be listed or a file of a valid bag cannot be read
   */
  public static BagObject read(Path bag, Locale locale) {
    return read(bag, locale, (done, total) -> { });
  }

  /**
   * The same, telling {@code progress} of the bytes hashed as the bag is validated.
   *
   * @throws UncheckedIOException as {@link #read(Path, Locale)} does
   */
  public static BagObject read(Path bag, Locale locale, BagProgress progress) {
    ValidationReport report = BagValidator.builder().locale(locale).progress(progress).build().validate(bag);
    if (!report.isValid()) {
      return new BagObject(null, report);
    }
    BagReading r = new BagReading(bag, locale);
    List<ValidationIssue> issues = new ArrayList<>(report.issues());
    try {
      r.read();
      Map<String, BagReading.Entry> sha256 = r.payload.get(ChecksumAlgorithm.SHA256);
      List<DigitalFile> files = new ArrayList<>();
      Map<String, Path> payload = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(bag.resolve("data"))) {
        walk.filter(Files::isRegularFile).forEach(p -> payload.put(BagPaths.nfc(bag.relativize(p).toString().replace('\\', '/')), p));
      }
      byte[] buffer = new byte[Fixity.BUFFER];
      for (Map.Entry<String, Path> f : payload.entrySet()) {
        String name = f.getKey().substring("data/".length());
        MediaTypes.Detection type = MediaTypes.detect(f.getValue());
        if (type.extensionLies()) {
          issues.add(ValidationIssue.of("DIGITAL_EXTENSION_MISMATCH", Severity.WARNING, f.getKey(), locale, f.getKey(), type.byName(),
              type.byContent()));
        }
        String sum = sha256 != null && sha256.containsKey(f.getKey()) ? sha256.get(f.getKey()).checksum() : sha256Of(f.getValue(), buffer);
        files.add(new DigitalFile(name, type.byContent(), Files.size(f.getValue()), sum));
      }
      return new BagObject(object(r.info, bag, files), new ValidationReport(report.profile(), issues));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bag " + bag, e);
    }
  }

  private static String sha256Of(Path file, byte[] buffer) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return Fixity.digest(in, EnumSet.of(ChecksumAlgorithm.SHA256), buffer, null, null).get(ChecksumAlgorithm.SHA256);
    }
  }

  private static DigitalObject object(BagInfo info, Path bag, List<DigitalFile> files) {
    String owner = info.first(BagInfo.SOURCE_ORGANIZATION).flatMap(BagObjects::isil).orElse(null);
    String id = info.first(BagInfo.EXTERNAL_IDENTIFIER).orElse(bag.getFileName().toString());
    if (owner != null && id.startsWith(owner + ":")) {
      id = id.substring(owner.length() + 1);
    }
    AccessLevel access = info.first(ACCESS_LEVEL).flatMap(v -> {
      try {
        return Optional.of(AccessLevel.valueOf(v.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        return Optional.empty();
      }
    }).orElse(null);
    LocalDate created = info.first(CREATED).or(() -> info.first(BagInfo.BAGGING_DATE)).flatMap(BagObjects::date).orElse(null);
    return new DigitalObject(id, owner, info.first(RECORD_ID).orElse(null), info.first(TITLE).orElse(null), files,
        info.first(RIGHTS).orElse(null), access, created);
  }

  private static Optional<String> isil(String s) {
    try {
      return Optional.of(Isil.parse(s.strip()).toString());
    } catch (RuntimeException notOne) {
      return Optional.empty();
    }
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * Bags the files of {@code object} found in {@code folder} (each {@link DigitalFile#name()} relative to
   * it) into a new folder {@code bag}, with the object's parts in {@code bag-info.txt}, and checks every file
   * against the object's manifest: the same set of files, sizes and SHA-256 where the manifest gives them.
   *
   * @throws BagException as {@link BagCreator#create} does, and {@code BAGIT_CREATE_OBJECT_MISMATCH} (the bag
   *     removed again) when the folder's files are not the object's
   */
  public static BagSummary bag(DigitalObject object, Path folder, Path bag) {
    Objects.requireNonNull(object, "object");
    BagCreator.Builder b = BagCreator.builder().algorithms(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA512);
    if (object.ownerIsil() != null) {
      b.sourceOrganization(object.ownerIsil());
    }
    if (object.id() != null) {
      b.externalIdentifier(object.ownerIsil() != null ? object.ownerIsil() + ":" + object.id() : object.id());
    }
    optional(b, TITLE, object.title());
    optional(b, RECORD_ID, object.recordId());
    optional(b, RIGHTS, object.rights());
    optional(b, ACCESS_LEVEL, object.accessLevel() == null ? null : object.accessLevel().name());
    optional(b, CREATED, object.created() == null ? null : object.created().toString());
    BagSummary s = b.build().create(folder, bag);
    List<String> problems = mismatches(object, bag);
    if (!problems.isEmpty()) {
      delete(bag);
      throw new BagException(BagFailure.BAGIT_CREATE_OBJECT_MISMATCH, null, folder, object.id(), String.join("; ", problems));
    }
    return s;
  }

  private static void optional(BagCreator.Builder b, String label, String value) {
    if (value != null && !value.isBlank()) {
      b.info(label, value);
    }
  }

  private static List<String> mismatches(DigitalObject object, Path bag) {
    BagReading r = new BagReading(bag, Locale.ROOT);
    try {
      r.read();
    } catch (IOException e) {
      throw new BagException(BagFailure.BAGIT_CREATE_IO, e, bag, String.valueOf(e.getMessage()), bag);
    }
    Map<String, BagReading.Entry> made = new TreeMap<>(r.payload.get(ChecksumAlgorithm.SHA256));
    List<String> problems = new ArrayList<>();
    for (DigitalFile f : object.files()) {
      String key = "data/" + BagPaths.nfc(f.name());
      BagReading.Entry e = made.remove(key);
      if (e == null) {
        problems.add("missing " + f.name());
        continue;
      }
      if (f.sha256() != null && !f.sha256().equalsIgnoreCase(e.checksum())) {
        problems.add("SHA-256 of " + f.name());
      }
      try {
        if (f.size() != null && f.size() != Files.size(bag.resolve(key))) {
          problems.add("size of " + f.name());
        }
      } catch (IOException ex) {
        problems.add("unreadable " + f.name());
      }
    }
    made.keySet().forEach(k -> problems.add("not in the object " + k.substring("data/".length())));
    return problems;
  }

  private static void delete(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // the exception raised next names the bag; what is left is not a bag of the object
    }
  }
}
