package vn.libnet.digital.bagit;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * Reads a bag's tag files (declaration, manifests, bag-info, fetch) as RFC 8493 writes them, noting each
 * problem as an issue and going on wherever the rest can still be read.
 */
final class BagReading {
  private static final Pattern VERSION = Pattern.compile("BagIt-Version: (\\d+)\\.(\\d+)");
  private static final Pattern ENCODING = Pattern.compile("Tag-File-Character-Encoding: (\\S+)");
  private static final Pattern MANIFEST = Pattern.compile("(tag)?manifest-([A-Za-z0-9]+)\\.txt");
  private static final Pattern LINE = Pattern.compile("([0-9A-Fa-f]+)[ \\t]+(\\*?)(.+)");

  final Path root;
  final Locale locale;
  final List<ValidationIssue> issues = new ArrayList<>();
  int major = -1;
  int minor = -1;
  Charset encoding = StandardCharsets.UTF_8;
  /** Payload manifests: algorithm to (NFC path to entry). */
  final Map<ChecksumAlgorithm, Map<String, Entry>> payload = new TreeMap<>();
  /** Tag manifests: algorithm to (NFC path to entry). */
  final Map<ChecksumAlgorithm, Map<String, Entry>> tags = new TreeMap<>();
  /** The tag files at the top of the bag, by name (manifests included). */
  final List<String> tagFiles = new ArrayList<>();
  BagInfo info = new BagInfo(List.of());
  boolean hasInfo;
  /** fetch.txt: NFC path to its URL. */
  final Map<String, String> fetch = new LinkedHashMap<>();

  /**
   * One manifest line.
   *
   * @param path the path as written, decoded
   * @param checksum the checksum, lower case
   * @param where the manifest and its line number, for issues
   */
  record Entry(String path, String checksum, String where) {}

  BagReading(Path root, Locale locale) {
    this.root = root;
    this.locale = locale;
  }

  void issue(String code, Severity severity, String path, Object... args) {
    issues.add(ValidationIssue.of(code, severity, path, locale, args));
  }

  boolean atLeast10() {
    return major >= 1;
  }

  /** Reads everything; false when the bag cannot be read at all (no usable declaration). */
  boolean read() throws IOException {
    if (!declaration()) {
      return false;
    }
    try (Stream<Path> top = Files.list(root)) {
      top.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().forEach(tagFiles::add);
    }
    for (String name : tagFiles) {
      Matcher m = MANIFEST.matcher(name);
      if (!m.matches()) {
        continue;
      }
      Optional<ChecksumAlgorithm> a = ChecksumAlgorithm.ofBagitName(m.group(2));
      if (a.isEmpty()) {
        issue("BAGIT_ALGORITHM_UNKNOWN", Severity.WARNING, name, name, m.group(2));
        continue;
      }
      boolean tag = m.group(1) != null;
      (tag ? tags : payload).put(a.get(), manifest(name, tag));
    }
    if (payload.isEmpty()) {
      issue("BAGIT_MANIFEST_MISSING", Severity.ERROR, "");
    } else if (payload.keySet().stream().noneMatch(ChecksumAlgorithm::strong)) {
      issue("BAGIT_ALGORITHM_WEAK", Severity.INFO, "", payload.keySet().stream().map(ChecksumAlgorithm::bagitName).toList());
    }
    if (Files.isRegularFile(root.resolve("bag-info.txt"))) {
      hasInfo = true;
      info = bagInfo();
    }
    if (Files.isRegularFile(root.resolve("fetch.txt"))) {
      fetchFile();
    }
    return true;
  }

  private boolean declaration() throws IOException {
    Path file = root.resolve("bagit.txt");
    if (!Files.isRegularFile(file)) {
      issue("BAGIT_DECLARATION_MISSING", Severity.ERROR, "bagit.txt");
      return false;
    }
    byte[] head = Files.readAllBytes(file);
    if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
      // §2.1.1: UTF-8 with no byte-order mark.
      issue("BAGIT_DECLARATION_BOM", Severity.ERROR, "bagit.txt");
      return false;
    }
    List<String> lines;
    try {
      lines = TagFiles.lines(file, StandardCharsets.UTF_8);
    } catch (TagFiles.Undecodable e) {
      issue("BAGIT_DECLARATION_INVALID", Severity.ERROR, "bagit.txt", "UTF-8");
      return false;
    }
    Matcher v = lines.size() > 0 ? VERSION.matcher(lines.get(0)) : null;
    Matcher e = lines.size() > 1 ? ENCODING.matcher(lines.get(1)) : null;
    if (v == null || !v.matches() || e == null || !e.matches() || lines.stream().skip(2).anyMatch(l -> !l.isEmpty())) {
      issue("BAGIT_DECLARATION_INVALID", Severity.ERROR, "bagit.txt", String.join(" | ", lines));
      return false;
    }
    major = Integer.parseInt(v.group(1));
    minor = Integer.parseInt(v.group(2));
    if (!(major == 1 && minor == 0) && !(major == 0 && minor >= 93 && minor <= 97)) {
      issue("BAGIT_VERSION_UNSUPPORTED", Severity.ERROR, "bagit.txt", major + "." + minor);
      return false;
    }
    try {
      encoding = Charset.forName(e.group(1));
    } catch (IllegalArgumentException unknown) {
      issue("BAGIT_ENCODING_UNKNOWN", Severity.ERROR, "bagit.txt", e.group(1));
      return false;
    }
    return true;
  }

  private Map<String, Entry> manifest(String name, boolean tag) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    Map<String, String> rawByNfc = new HashMap<>();
    List<String> lines = lines(name);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = name + ":" + (i + 1);
      if (line.isBlank()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        issue("BAGIT_MANIFEST_LINE_INVALID", Severity.ERROR, where, where);
        continue;
      }
      if (!m.group(2).isEmpty()) {
        // md5sum's binary-mode marker: the path is what follows it.
        issue("BAGIT_MANIFEST_BINARY_MARKER", Severity.WARNING, where, where);
      }
      String written = m.group(3);
      if (BagPaths.hasBarePercent(written)) {
        issue("BAGIT_PATH_NOT_ENCODED", Severity.WARNING, where, where, written);
      }
      String path = BagPaths.decode(written);
      Optional<String> outside = BagPaths.outside(path);
      if (outside.isPresent()) {
        issue("BAGIT_PATH_OUTSIDE", Severity.ERROR, where, where, path);
        continue;
      }
      if (path.startsWith("./")) {
        // Read as the same path without it, but a tool that compares strings would not find the file.
        issue("BAGIT_PATH_DOT_SLASH", Severity.WARNING, where, where, path);
      }
      path = BagPaths.plain(path);
      if (!tag && !path.startsWith("data/")) {
        issue("BAGIT_MANIFEST_PATH_NOT_PAYLOAD", Severity.ERROR, where, where, path);
        continue;
      }
      if (tag && (path.startsWith("data/") || path.startsWith("tagmanifest-"))) {
        issue("BAGIT_TAG_MANIFEST_PATH_INVALID", Severity.ERROR, where, where, path);
        continue;
      }
      String sum = m.group(1).toLowerCase(Locale.ROOT);
      ChecksumAlgorithm a = ChecksumAlgorithm.ofBagitName(MANIFEST.matcher(name).replaceAll("$2")).orElseThrow();
      if (sum.length() != a.hexLength()) {
        issue("BAGIT_MANIFEST_LINE_INVALID", Severity.ERROR, where, where);
        continue;
      }
      String key = BagPaths.nfc(path);
      Entry earlier = entries.get(key);
      if (earlier != null) {
        if (!rawByNfc.get(key).equals(path)) {
          issue("BAGIT_MANIFEST_DUPLICATE_NORMALIZED", Severity.WARNING, where, where, path, earlier.where());
        } else {
          // Two lines for one file: contradictory, or at best redundant (an error from 1.0 on).
          boolean same = earlier.checksum().equals(sum);
          issue("BAGIT_MANIFEST_DUPLICATE", same && !atLeast10() ? Severity.WARNING : Severity.ERROR, where, where, path, earlier.where());
        }
        continue;
      }
      rawByNfc.put(key, path);
      entries.put(key, new Entry(path, sum, where));
    }
    return entries;
  }

  private List<String> lines(String name) throws IOException {
    try {
      List<String> lines = TagFiles.lines(root.resolve(name), encoding);
      if (!lines.isEmpty() && lines.get(0).startsWith("\ufeff")) {
        // A BOM of the declared encoding (UTF-16 writes one): the text starts after it.
        lines.set(0, lines.get(0).substring(1));
      }
      return lines;
    } catch (TagFiles.Undecodable e) {
      issue("BAGIT_TAG_FILE_UNDECODABLE", Severity.ERROR, name, name, encoding.name());
      return List.of();
    }
  }

  private BagInfo bagInfo() throws IOException {
    List<BagInfo.Entry> entries = new ArrayList<>();
    List<String> lines = lines("bag-info.txt");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !entries.isEmpty()) {
        // A continuation line (§2.2.2): folded into the value it continues.
        BagInfo.Entry last = entries.remove(entries.size() - 1);
        entries.add(new BagInfo.Entry(last.label(), last.value() + " " + line.strip()));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || line.substring(0, colon).isBlank()) {
        issue("BAGIT_BAGINFO_LINE_INVALID", Severity.ERROR, "bag-info.txt:" + (i + 1), "bag-info.txt:" + (i + 1));
        continue;
      }
      entries.add(new BagInfo.Entry(line.substring(0, colon).strip(), line.substring(colon + 1).strip()));
    }
    return new BagInfo(entries);
  }

  private void fetchFile() throws IOException {
    List<String> lines = lines("fetch.txt");
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = "fetch.txt:" + (i + 1);
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("[ \\t]+", 3);
      if (parts.length < 3 || !(parts[1].equals("-") || parts[1].chars().allMatch(Character::isDigit))) {
        issue("BAGIT_FETCH_LINE_INVALID", Severity.ERROR, where, where);
        continue;
      }
      String path = BagPaths.decode(parts[2]);
      if (BagPaths.outside(path).isPresent() || !BagPaths.plain(path).startsWith("data/")) {
        issue("BAGIT_PATH_OUTSIDE", Severity.ERROR, where, where, path);
        continue;
      }
      fetch.put(BagPaths.nfc(BagPaths.plain(path)), parts[0]);
    }
  }
}
