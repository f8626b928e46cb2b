package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/** Bags made by the SDK are complete and valid, and each kind of damage done to one afterwards is named. */
class BagCreatorTest {
  @TempDir Path dir;
  static final String NFD_NAME = Normalizer.normalize("Truyện Kiều - bản Liễu Văn Đường 1871.tif", Normalizer.Form.NFD);
  private final BagValidator validator = BagValidator.builder().locale(Locale.ENGLISH).build();

  static Path scans(Path root) throws IOException {
    Path src = Files.createDirectories(root.resolve("scans"));
    Files.createDirectories(src.resolve("tập 1"));
    Files.write(src.resolve("tập 1").resolve(NFD_NAME), bytes(1, 300_000));
    Files.write(src.resolve("100% tỉ lệ.jpg"), bytes(2, 5000));
    Files.write(src.resolve("dòng\nmới.txt"), "nội dung".getBytes(StandardCharsets.UTF_8));
    Files.write(src.resolve("cr\rname.txt"), bytes(3, 10));
    Files.write(src.resolve("rỗng.txt"), new byte[0]);
    for (int i = 0; i < 120; i++) {
      Files.write(Files.createDirectories(src.resolve("trang")).resolve(String.format("%04d.jp2", i)), bytes(10 + i, 700 + i));
    }
    return src;
  }

  static byte[] bytes(long seed, int n) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }

  private static String describe(ValidationReport r) {
    return r.issues().stream().map(i -> i.severity() + " " + i.code() + " " + i.path()).collect(Collectors.joining("\n"));
  }

  private static List<String> codes(ValidationReport r) {
    return r.issues().stream().map(ValidationIssue::code).toList();
  }

  private BagSummary bag(Path src, Path bag) {
    return BagCreator.builder().sourceOrganization("Thư viện Quốc gia Việt Nam").externalIdentifier("VN-HaNoi-TVQG:SACH-0001")
        .group("VN-HaNoi-TVQG:2026-12", 1, 3).clock(Clock.fixed(Instant.parse("2026-12-02T03:00:00Z"), ZoneOffset.UTC)).build().create(src, bag);
  }

  @Test
  void aBagOfVietnameseNfdNamesPercentSignsLineBreaksAndAnEmptyFileIsCompleteAndValid() throws Exception {
    Path src = scans(dir);
    AtomicLong seen = new AtomicLong();
    BagSummary s = BagCreator.builder().progress((done, total) -> seen.set(total)).build().create(src, dir.resolve("bag"));
    assertThat(s.oxum()).isEqualTo(new BagInfo.Oxum(305_010 + 120 * 700 + (119 * 120 / 2) + "nội dung".getBytes(StandardCharsets.UTF_8).length,
        125));
    assertThat(seen).hasValue(s.oxum().bytes());
    String nfc = Normalizer.normalize(NFD_NAME, Normalizer.Form.NFC);
    assertThat(s.renamed()).containsEntry("data/tập 1/" + NFD_NAME, "data/tập 1/" + nfc);
    assertThat(Files.exists(dir.resolve("bag/data/tập 1").resolve(nfc))).isTrue();
    String manifest = Files.readString(dir.resolve("bag/manifest-sha256.txt"));
    assertThat(manifest).contains("  data/100%25 tỉ lệ.jpg\n", "  data/dòng%0Amới.txt\n", "  data/cr%0Dname.txt\n");
    assertThat(manifest.lines()).hasSize(125);
    assertThat(Files.readString(dir.resolve("bag/bagit.txt"))).isEqualTo("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
    ValidationReport r = validator.validate(dir.resolve("bag"));
    assertThat(r.issues()).as(describe(r)).isEmpty();
    assertThat(BagValidator.builder().fast().requireTagManifest().build().validate(dir.resolve("bag")).issues()).isEmpty();
    // The source is left as it was.
    assertThat(Files.exists(src.resolve("tập 1").resolve(NFD_NAME))).isTrue();
  }

  @Test
  void bagInfoSaysWhoWhenHowMuchAndWhichGroup() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "abc");
    bag(src, dir.resolve("bag"));
    assertThat(Files.readString(dir.resolve("bag/bag-info.txt")).replaceFirst("LibNet SDK [^\\n]*", "LibNet SDK V")).isEqualTo("""
        Bag-Software-Agent: LibNet SDK V
        Bagging-Date: 2026-12-02
        Payload-Oxum: 3.1
        Bag-Size: 3 B
        Source-Organization: Thư viện Quốc gia Việt Nam
        External-Identifier: VN-HaNoi-TVQG:SACH-0001
        Bag-Group-Identifier: VN-HaNoi-TVQG:2026-12
        Bag-Count: 1 of 3
        """);
    assertThat(Files.readString(dir.resolve("bag/tagmanifest-sha512.txt")).lines().map(l -> l.substring(130)).toList())
        .containsExactly("bag-info.txt", "bagit.txt", "manifest-sha256.txt", "manifest-sha512.txt");
  }

  @Test
  void aListOfFilesAndFoldersIsBaggedByTheirNamesAndMovedWhenAsked() throws Exception {
    Path src = scans(dir);
    Path a = src.resolve("100% tỉ lệ.jpg");
    Path folder = src.resolve("tập 1");
    BagSummary s = BagCreator.builder().build().create(List.of(a, folder), dir.resolve("bag"));
    String nfc = Normalizer.normalize(NFD_NAME, Normalizer.Form.NFC);
    assertThat(s.oxum()).isEqualTo(new BagInfo.Oxum(305_000, 2));
    assertThat(s.renamed()).containsExactly(java.util.Map.entry("data/tập 1/" + NFD_NAME, "data/tập 1/" + nfc));
    assertThat(Files.readString(dir.resolve("bag/manifest-sha256.txt"))).contains("  data/100%25 tỉ lệ.jpg\n", "  data/tập 1/" + nfc + "\n");
    ValidationReport r = validator.validate(dir.resolve("bag"));
    assertThat(r.issues()).as(describe(r)).isEmpty();
    assertThat(Files.exists(a)).isTrue();

    // Two files of one name, from different folders: refused before anything is written.
    Path other = Files.write(Files.createDirectories(dir.resolve("other")).resolve("100% tỉ lệ.jpg"), bytes(9, 10));
    assertThatThrownBy(() -> BagCreator.builder().build().create(List.of(a, other), dir.resolve("bag2")))
        .isInstanceOf(BagException.class).satisfies(e -> assertThat(((BagException) e).failure()).isEqualTo(BagFailure.BAGIT_CREATE_NAME_CLASH));
    assertThat(Files.exists(dir.resolve("bag2"))).isFalse();
    assertThatThrownBy(() -> BagCreator.builder().build().create(List.of(dir.resolve("missing.tif")), dir.resolve("bag3")))
        .isInstanceOf(BagException.class).satisfies(e -> assertThat(((BagException) e).failure()).isEqualTo(BagFailure.BAGIT_CREATE_SOURCE_MISSING));

    // Moved: the files leave their folders, which stay.
    BagSummary moved = BagCreator.builder().move().build().create(List.of(a, folder), dir.resolve("bag4"));
    assertThat(moved.oxum()).isEqualTo(s.oxum());
    assertThat(Files.exists(a)).isFalse();
    assertThat(Files.isDirectory(folder)).isTrue();
    assertThat(Files.exists(src.resolve("rỗng.txt"))).isTrue();
    assertThat(validator.validate(dir.resolve("bag4")).issues()).isEmpty();
  }

  @Test
  void anEmptyFolderMakesAnEmptyButValidBag() throws Exception {
    BagSummary s = bag(Files.createDirectories(dir.resolve("empty")), dir.resolve("bag"));
    assertThat(s.oxum()).isEqualTo(new BagInfo.Oxum(0, 0));
    assertThat(Files.isDirectory(dir.resolve("bag/data"))).isTrue();
    ValidationReport r = validator.validate(dir.resolve("bag"));
    assertThat(r.issues()).as(describe(r)).isEmpty();
  }

  @Test
  void eachKindOfDamageIsNamed() throws Exception {
    Path src = scans(dir);
    Path bag = dir.resolve("bag");
    bag(src, bag);
    Path page = bag.resolve("data/trang/0007.jp2");
    byte[] b = Files.readAllBytes(page);
    b[100] ^= 1;
    Files.write(page, b);
    ValidationReport r = validator.validate(bag);
    assertThat(codes(r)).as(describe(r)).containsExactly("BAGIT_CHECKSUM_MISMATCH", "BAGIT_CHECKSUM_MISMATCH");
    assertThat(r.issues().get(0).path()).isEqualTo("data/trang/0007.jp2");
    // The same size: a fast check cannot see it, and says nothing false.
    assertThat(BagValidator.builder().fast().build().validate(bag).issues()).isEmpty();

    Files.delete(bag.resolve("data/trang/0008.jp2"));
    Files.writeString(bag.resolve("data/thêm.txt"), "không có trong bảng kê");
    r = BagValidator.builder().fast().locale(Locale.forLanguageTag("vi")).build().validate(bag);
    assertThat(codes(r)).as(describe(r)).containsExactlyInAnyOrder("BAGIT_PAYLOAD_FILE_MISSING", "BAGIT_PAYLOAD_FILE_MISSING",
        "BAGIT_PAYLOAD_FILE_NOT_LISTED", "BAGIT_PAYLOAD_FILE_NOT_LISTED", "BAGIT_OXUM_MISMATCH");
    assertThat(r.issues(("BAGIT_PAYLOAD_FILE_NOT_LISTED")).get(0).message()).isEqualTo("data/thêm.txt có trong data/ nhưng không có trong manifest-sha256.txt.");

    Files.writeString(bag.resolve("bag-info.txt"), Files.readString(bag.resolve("bag-info.txt")).replace("Payload-Oxum", "Payload-Oxum-Old"));
    r = validator.validate(bag);
    assertThat(codes(r)).contains("BAGIT_TAG_CHECKSUM_MISMATCH").doesNotContain("BAGIT_OXUM_MISMATCH");
    for (String m : List.of("tagmanifest-sha256.txt", "tagmanifest-sha512.txt")) {
      Files.delete(bag.resolve(m));
    }
    // Without its tag manifests the bag-info edit goes unseen: said, a warning by RFC 8493, an error when required.
    r = validator.validate(bag);
    assertThat(r.issues(("BAGIT_TAG_MANIFEST_MISSING"))).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.WARNING));
    r = BagValidator.builder().requireTagManifest().build().validate(bag);
    assertThat(r.issues(("BAGIT_TAG_MANIFEST_MISSING"))).singleElement().satisfies(i -> assertThat(i.severity()).isEqualTo(Severity.ERROR));
  }

  @Test
  void aFileRenamedToNfdStillMatchesAndTheDifferenceIsReported() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    String nfc = "Lục Vân Tiên.pdf";
    Files.writeString(src.resolve(nfc), "pdf");
    Path bag = dir.resolve("bag");
    bag(src, bag);
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    Files.move(bag.resolve("data").resolve(nfc), bag.resolve("data").resolve(nfd));
    ValidationReport r = validator.validate(bag);
    assertThat(r.isValid()).isTrue();
    assertThat(r.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("BAGIT_NAME_NORMALIZATION");
      assertThat(i.severity()).isEqualTo(Severity.INFO);
    });
    // Both forms side by side are one name twice.
    Files.writeString(bag.resolve("data").resolve(nfc), "pdf");
    assertThat(codes(validator.validate(bag))).contains("BAGIT_DUPLICATE_NORMALIZED");
  }

  @Test
  void whatCannotBeBaggedIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "a");
    Files.createDirectories(dir.resolve("taken"));
    assertThatThrownBy(() -> bag(src, dir.resolve("taken"))).isInstanceOfSatisfying(BagException.class,
        e -> assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_CREATE_TARGET_EXISTS));
    assertThatThrownBy(() -> bag(dir.resolve("none"), dir.resolve("b1"))).isInstanceOfSatisfying(BagException.class,
        e -> assertThat(e.message(Locale.forLanguageTag("vi"))).endsWith("không tồn tại hoặc không đọc được: chưa đóng gói gì."));
    String nfc = "Hoà Bình.tif";
    Files.writeString(src.resolve(nfc), "1");
    Files.writeString(src.resolve(Normalizer.normalize(nfc, Normalizer.Form.NFD)), "2");
    assertThatThrownBy(() -> bag(src, dir.resolve("b2"))).isInstanceOfSatisfying(BagException.class,
        e -> assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_CREATE_NAME_CLASH));
    Files.delete(src.resolve(nfc));
    Files.createSymbolicLink(src.resolve("link"), Path.of("/etc/passwd"));
    assertThatThrownBy(() -> bag(src, dir.resolve("b3"))).isInstanceOfSatisfying(BagException.class,
        e -> assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_CREATE_SYMLINK));
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("src", "taken");
    }
    assertThatThrownBy(() -> BagCreator.builder().algorithms(ChecksumAlgorithm.MD5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BagCreator.builder().info("Bad: label", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
