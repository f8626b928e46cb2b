package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationReport;

/**
 * The Library of Congress's bagit-python as an oracle: a fixed suite of SDK bags, valid and damaged, each judged
 * by the SDK and by {@code bagit.py --validate}. Live when {@code LIBNET_BAGIT_PY} (system property or environment)
 * names a bagit.py and python3 runs; bagit.py then also makes bags the SDK must find valid. Always, the SDK's
 * verdicts are compared with the verdicts recorded in {@code bagit-python-oracle/verdicts.tsv} (both sides'), so
 * a build without Python still checks them; {@code -Dlibnet.oracle.update=true} records them again. The rows
 * where bagit-python and RFC 8493 part ways are listed in {@link #DIFFERENCES} and in the README beside the file.
 */
class BagItPythonOracleTest {
  private static final Path FIXTURE = Path.of("src/test/resources/bagit-python-oracle/verdicts.tsv");
  private static final String NFC = "Bản đồ Hà Nội năm 1873.tif";
  private static final String NFD = Normalizer.normalize(NFC, Normalizer.Form.NFD);

  /** Bags where bagit-python's verdict is not RFC 8493's, and why (the SDK follows the RFC). */
  static final Map<String, String> DIFFERENCES = Map.of("percent-cr-lf",
      "RFC 8493 2.1.3 has a % in a name written %25; bagit-python decodes %0A and %0D but not %25, so it misses 100% tỉ lệ.jpg");

  @TempDir Path dir;

  private static BagCreator creator() {
    return BagCreator.builder().threads(2).clock(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC)).build();
  }

  private static Path source(Path root, String name, Map<String, byte[]> files) throws IOException {
    Path src = Files.createDirectories(root.resolve("src-" + name));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = src.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    return src;
  }

  private static Map<String, byte[]> some() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put(NFC, BagCreatorTest.bytes(1, 5000));
    m.put("tập 1/trang 0001.jp2", BagCreatorTest.bytes(2, 700));
    m.put("ghi chú.txt", "Sách cổ, bản chép tay".getBytes(StandardCharsets.UTF_8));
    return m;
  }

  /** Folders to bag: the same for the SDK and for bagit-python. */
  static Map<String, Map<String, byte[]>> sources() {
    Map<String, Map<String, byte[]>> s = new LinkedHashMap<>();
    s.put("vietnamese-nfc", some());
    s.put("vietnamese-nfd", Map.of(NFD, BagCreatorTest.bytes(3, 900), "tập 2/" + Normalizer.normalize("Đại Việt sử ký.pdf", Normalizer.Form.NFD),
        BagCreatorTest.bytes(4, 90)));
    s.put("percent-cr-lf", Map.of("100% tỉ lệ.jpg", BagCreatorTest.bytes(5, 300), "dòng\nmới.txt", new byte[] {1}, "cr\rname.txt", new byte[] {2},
        "%0A literally.txt", new byte[] {3}));
    s.put("empty-payload", Map.of());
    Map<String, byte[]> many = new LinkedHashMap<>();
    for (int i = 0; i < 2000; i++) {
      many.put(String.format("trang/%02d/%04d.txt", i / 100, i), ("trang " + i).getBytes(StandardCharsets.UTF_8));
    }
    s.put("many-files", many);
    return s;
  }

  /** The suite: SDK bags, and damaged copies of the first. */
  static Map<String, Path> suite(Path root) throws IOException {
    Map<String, Path> bags = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, byte[]>> s : sources().entrySet()) {
      Path bag = root.resolve(s.getKey());
      creator().create(source(root, s.getKey(), s.getValue()), bag);
      bags.put(s.getKey(), bag);
    }
    // The NFC bag with its file renamed to NFD on disk, as a macOS copy does: still the same name under NFC.
    Path renamed = damaged(root, bags, "renamed-to-nfd-on-disk", b -> move(b.resolve("data").resolve(NFC), b.resolve("data").resolve(NFD)));
    bags.put("renamed-to-nfd-on-disk", renamed);
    bags.put("checksum-changed", damaged(root, bags, "checksum-changed", b -> write(b.resolve("data/ghi chú.txt"), "Sách cổ, bản chép tay!")));
    bags.put("same-size-changed", damaged(root, bags, "same-size-changed", b -> write(b.resolve("data/ghi chú.txt"), "Sách cổ, bản chép tai")));
    bags.put("file-missing", damaged(root, bags, "file-missing", b -> delete(b.resolve("data/tập 1/trang 0001.jp2"))));
    bags.put("extra-file", damaged(root, bags, "extra-file", b -> write(b.resolve("data/thêm.txt"), "không có trong bảng kê")));
    bags.put("tag-manifests-deleted", damaged(root, bags, "tag-manifests-deleted", b -> {
      delete(b.resolve("tagmanifest-sha256.txt"));
      delete(b.resolve("tagmanifest-sha512.txt"));
    }));
    bags.put("bag-info-changed", damaged(root, bags, "bag-info-changed", b -> write(b.resolve("bag-info.txt"),
        Files.readString(b.resolve("bag-info.txt")).replace("Bagging-Date: 2026-12-01", "Bagging-Date: 2020-01-01"))));
    bags.put("oxum-wrong-untagged", damaged(root, bags, "oxum-wrong-untagged", b -> {
      delete(b.resolve("tagmanifest-sha256.txt"));
      delete(b.resolve("tagmanifest-sha512.txt"));
      write(b.resolve("bag-info.txt"), Files.readString(b.resolve("bag-info.txt")).replaceAll("Payload-Oxum: \\d+\\.3", "Payload-Oxum: 1.3"));
    }));
    bags.put("bagit-txt-missing", damaged(root, bags, "bagit-txt-missing", b -> delete(b.resolve("bagit.txt"))));
    bags.put("payload-manifests-deleted", damaged(root, bags, "payload-manifests-deleted", b -> {
      delete(b.resolve("manifest-sha256.txt"));
      delete(b.resolve("manifest-sha512.txt"));
    }));
    bags.put("manifest-path-escapes", damaged(root, bags, "manifest-path-escapes", b -> write(b.resolve("manifest-sha256.txt"),
        Files.readString(b.resolve("manifest-sha256.txt")) + "0".repeat(64) + "  data/../../etc/passwd\n")));
    bags.put("percent-name-unencoded", damaged(root, bags.get("percent-cr-lf"), "percent-name-unencoded", b -> {
      // "%0A literally.txt" written bare, as a tool that does not encode would: it then names "\n literally.txt".
      for (String m : new String[] {"manifest-sha256.txt", "manifest-sha512.txt"}) {
        write(b.resolve(m), Files.readString(b.resolve(m)).replace("%250A literally.txt", "%0A literally.txt"));
      }
      delete(b.resolve("tagmanifest-sha256.txt"));
      delete(b.resolve("tagmanifest-sha512.txt"));
    }));
    return bags;
  }

  interface Damage {
    void to(Path bag) throws IOException;
  }

  private static Path damaged(Path root, Map<String, Path> bags, String name, Damage d) throws IOException {
    return damaged(root, bags.get("vietnamese-nfc"), name, d);
  }

  private static Path damaged(Path root, Path from, String name, Damage d) throws IOException {
    Path copy = root.resolve(name);
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path to = copy.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    d.to(copy);
    return copy;
  }

  private static void move(Path a, Path b) throws IOException {
    Files.move(a, b);
  }

  private static void write(Path p, String text) throws IOException {
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static void delete(Path p) throws IOException {
    Files.delete(p);
  }

  /** One row of the fixture: the bag, bagit-python's verdict, the SDK's (default and strict), the SDK's error codes. */
  record Verdict(String bag, String bagitPython, String sdk, String sdkStrict, String sdkErrors) {
    String line() {
      return String.join("\t", bag, bagitPython, sdk, sdkStrict, sdkErrors);
    }

    static Verdict parse(String line) {
      String[] f = line.split("\t", -1);
      return new Verdict(f[0], f[1], f[2], f[3], f[4]);
    }
  }

  private static String verdict(ValidationReport r) {
    return r.isValid() ? "valid" : "invalid";
  }

  private static Verdict sdk(String name, Path bag, String python) {
    ValidationReport r = BagValidator.builder().threads(2).build().validate(bag);
    ValidationReport strict = BagValidator.builder().threads(2).requireTagManifest().build().validate(bag);
    String errors = r.issues().stream().filter(i -> i.severity() == Severity.ERROR).map(i -> i.code())
        .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(","));
    return new Verdict(name, python, verdict(r), verdict(strict), errors.isEmpty() ? "-" : errors);
  }

  /** bagit.py, when LIBNET_BAGIT_PY names it and python3 runs it. */
  static Optional<Path> bagitPy() {
    String where = Optional.ofNullable(System.getProperty("LIBNET_BAGIT_PY")).orElse(System.getenv("LIBNET_BAGIT_PY"));
    if (where == null || where.isBlank() || !Files.isRegularFile(Path.of(where))) {
      return Optional.empty();
    }
    try {
      return python(List.of(where, "--version"), Path.of(".")) == 0 ? Optional.of(Path.of(where)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static int python(List<String> args, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("python3"));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
        Files.isDirectory(log) ? java.lang.ProcessBuilder.Redirect.DISCARD : java.lang.ProcessBuilder.Redirect.to(log.toFile())).start();
    try {
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("python3 " + args + " did not finish");
      }
      return p.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static Map<String, Verdict> recorded() throws IOException {
    Map<String, Verdict> out = new LinkedHashMap<>();
    for (String line : Files.readAllLines(FIXTURE, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        Verdict v = Verdict.parse(line);
        out.put(v.bag(), v);
      }
    }
    return out;
  }

  @Test
  void theSdkJudgesTheSuiteAsRecordedAndAsBagitPythonDoes() throws Exception {
    Map<String, Path> bags = suite(dir);
    Map<String, Verdict> recorded = recorded();
    Optional<Path> py = bagitPy();
    boolean update = Boolean.getBoolean("libnet.oracle.update");
    List<Verdict> now = new ArrayList<>();
    for (Map.Entry<String, Path> b : bags.entrySet()) {
      String python;
      if (py.isPresent()) {
        Path log = dir.resolve(b.getKey() + ".bagit-python.log");
        python = python(List.of(py.get().toString(), "--validate", b.getValue().toString()), log) == 0 ? "valid" : "invalid";
      } else {
        python = Optional.ofNullable(recorded.get(b.getKey())).map(Verdict::bagitPython).orElse("?");
      }
      now.add(sdk(b.getKey(), b.getValue(), python));
    }
    if (update) {
      Assumptions.assumeTrue(py.isPresent(), "libnet.oracle.update needs LIBNET_BAGIT_PY naming bagit.py, and python3");
      List<String> lines = new ArrayList<>(List.of("# bag\tbagit-python\tsdk\tsdk-require-tag-manifest\tsdk-errors"));
      now.forEach(v -> lines.add(v.line()));
      Files.write(FIXTURE, lines, StandardCharsets.UTF_8);
    }
    assertThat(now.stream().map(Verdict::bag)).as("the suite and " + FIXTURE).containsExactlyElementsOf(recorded.keySet());
    for (Verdict v : now) {
      assertThat(v).as("recorded in " + FIXTURE).isEqualTo(recorded.get(v.bag()));
      if (DIFFERENCES.containsKey(v.bag())) {
        assertThat(v.sdk()).as(v.bag() + ": " + DIFFERENCES.get(v.bag())).isNotEqualTo(v.bagitPython());
      } else {
        assertThat(v.sdk()).as(v.bag() + ": the SDK and bagit-python").isEqualTo(v.bagitPython());
      }
    }
  }

  @Test
  void bagsMadeByBagitPythonValidateWithTheSdk() throws Exception {
    Optional<Path> py = bagitPy();
    Assumptions.assumeTrue(py.isPresent(), "set LIBNET_BAGIT_PY to bagit-python's bagit.py (and have python3) to run bagit-python live");
    Map<String, Function<ValidationReport, Boolean>> expected = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, byte[]>> s : sources().entrySet()) {
      Path folder = source(dir, s.getKey(), s.getValue());
      assertThat(python(List.of(py.get().toString(), "--sha256", "--sha512", folder.toString()), dir.resolve(s.getKey() + ".make.log")))
          .as(Files.readString(dir.resolve(s.getKey() + ".make.log"))).isZero();
      ValidationReport r = BagValidator.builder().threads(2).requireTagManifest().build().validate(folder);
      assertThat(r.isValid()).as(s.getKey() + " made by bagit-python: " + r.issues()).isEqualTo(!PYTHON_MADE_INVALID.containsKey(s.getKey()));
    }
  }

  /** Folders that bagit-python bags against RFC 8493, and how (the SDK then rightly refuses the bag). */
  static final Map<String, String> PYTHON_MADE_INVALID = Map.of(
      "empty-payload", "bagit-python writes no payload manifest for an empty folder, which RFC 8493 2.1.3 requires; it calls its own bag invalid",
      "percent-cr-lf",
      "bagit-python writes a % bare, so its \"%0A literally.txt\" reads, by RFC 8493 2.1.3, as a name with a line feed");
}
