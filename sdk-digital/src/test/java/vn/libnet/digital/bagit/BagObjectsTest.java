package vn.libnet.digital.bagit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.validation.ValidationIssue;

/** A DigitalObject goes into a bag and comes out the same, its media types read from content by Tika's detector. */
class BagObjectsTest {
  @TempDir Path dir;

  static byte[] image(String format) throws Exception {
    BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(img, format, out)).as(format).isTrue();
    return out.toByteArray();
  }

  /** The JPEG 2000 signature box and file type box (ISO/IEC 15444-1 I.5): enough for a detector. */
  static byte[] jp2() {
    byte[] head = {0, 0, 0, 12, 'j', 'P', ' ', ' ', 13, 10, (byte) 0x87, 10, 0, 0, 0, 20, 'f', 't', 'y', 'p', 'j', 'p', '2', ' ', 0, 0, 0, 0,
        'j', 'p', '2', ' '};
    byte[] b = new byte[200];
    System.arraycopy(head, 0, b, 0, head.length);
    return b;
  }

  private static String sha256(byte[] b) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
  }

  @Test
  void anObjectBaggedComesBackTheSameWithMediaTypesFromContent() throws Exception {
    Path files = Files.createDirectories(dir.resolve("object/pages"));
    byte[] tiff = image("tiff");
    byte[] jpeg = image("jpeg");
    byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(files.resolve("0001.tif"), tiff);
    Files.write(files.resolve("0001.jp2"), jp2());
    // A JPEG named as a TIFF: the name lies.
    Files.write(files.resolve("0002.tif"), jpeg);
    Files.write(dir.resolve("object/toàn văn.pdf"), pdf);
    DigitalObject object = new DigitalObject("SACH-0001", "VN-HaNoi-TVQG", "rec-42", "Truyện Kiều (bản 1871)", List.of(
        new DigitalFile("pages/0001.tif", "image/tiff", (long) tiff.length, sha256(tiff)),
        new DigitalFile("pages/0001.jp2", "image/jp2", 200L, sha256(jp2())),
        new DigitalFile("pages/0002.tif", "image/tiff", (long) jpeg.length, sha256(jpeg)),
        new DigitalFile("toàn văn.pdf", "application/pdf", (long) pdf.length, null)),
        "http://rightsstatements.org/vocab/NoC-NC/1.0/", AccessLevel.OPEN, LocalDate.of(2026, 11, 20));
    BagObjects.bag(object, dir.resolve("object"), dir.resolve("bag"));

    BagObjects.BagObject back = BagObjects.read(dir.resolve("bag"), Locale.ENGLISH);
    assertThat(back.report().isValid()).isTrue();
    DigitalObject got = back.digitalObject().orElseThrow();
    assertThat(got.id()).isEqualTo("SACH-0001");
    assertThat(got.ownerIsil()).isEqualTo("VN-HaNoi-TVQG");
    assertThat(got.recordId()).isEqualTo("rec-42");
    assertThat(got.title()).isEqualTo("Truyện Kiều (bản 1871)");
    assertThat(got.rights()).isEqualTo("http://rightsstatements.org/vocab/NoC-NC/1.0/");
    assertThat(got.accessLevel()).isEqualTo(AccessLevel.OPEN);
    assertThat(got.created()).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(got.files()).extracting(DigitalFile::name, DigitalFile::mediaType).containsExactly(
        org.assertj.core.groups.Tuple.tuple("pages/0001.jp2", "image/jp2"), org.assertj.core.groups.Tuple.tuple("pages/0001.tif", "image/tiff"),
        org.assertj.core.groups.Tuple.tuple("pages/0002.tif", "image/jpeg"), org.assertj.core.groups.Tuple.tuple("toàn văn.pdf", "application/pdf"));
    assertThat(got.files().get(3).sha256()).isEqualTo(sha256(pdf));
    assertThat(back.report().issues()).extracting(ValidationIssue::code, ValidationIssue::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("DIGITAL_EXTENSION_MISMATCH", "data/pages/0002.tif"));
    assertThat(back.report().issues().get(0).message()).isEqualTo("data/pages/0002.tif is named as image/tiff but its content is image/jpeg.");
  }

  @Test
  void filesThatAreNotTheObjectsLeaveNoBag() throws Exception {
    Path files = Files.createDirectories(dir.resolve("object"));
    Files.writeString(files.resolve("a.txt"), "changed after the manifest was made");
    Files.writeString(files.resolve("extra.txt"), "not in the object");
    DigitalObject object = new DigitalObject("O-1", "VN-HaNoi-TVQG", null, null,
        List.of(new DigitalFile("a.txt", "text/plain", 5L, "0".repeat(64)), new DigitalFile("b.txt", "text/plain", 1L, null)), null, null, null);
    assertThatThrownBy(() -> BagObjects.bag(object, files, dir.resolve("bag"))).isInstanceOfSatisfying(BagException.class, e -> {
      assertThat(e.failure()).isEqualTo(BagFailure.BAGIT_CREATE_OBJECT_MISMATCH);
      assertThat(e.getMessage()).contains("SHA-256 of a.txt", "size of a.txt", "missing b.txt", "not in the object extra.txt");
    });
    assertThat(dir.resolve("bag")).doesNotExist();
  }

  @Test
  void anInvalidBagGivesNoObject() throws Exception {
    Path src = Files.createDirectories(dir.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "a");
    BagCreator.builder().build().create(src, dir.resolve("bag"));
    Files.writeString(dir.resolve("bag/data/a.txt"), "b");
    BagObjects.BagObject r = BagObjects.read(dir.resolve("bag"), Locale.ENGLISH);
    assertThat(r.digitalObject()).isEmpty();
    assertThat(r.report().has("BAGIT_CHECKSUM_MISMATCH")).isTrue();
  }
}
