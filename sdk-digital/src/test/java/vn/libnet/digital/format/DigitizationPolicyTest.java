package vn.libnet.digital.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;

/** vn-digitization v1 on a scanned object with each of its rules broken once, and on one that meets them all. */
class DigitizationPolicyTest {
  @TempDir Path dir;

  private static byte[] tiff(double dpi) throws Exception {
    BufferedImage img = new BufferedImage(50, 70, BufferedImage.TYPE_INT_RGB);
    ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
    IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), w.getDefaultWriteParam());
    IIOMetadataNode dim = new IIOMetadataNode("Dimension");
    for (String n : new String[] {"HorizontalPixelSize", "VerticalPixelSize"}) {
      IIOMetadataNode s = new IIOMetadataNode(n);
      s.setAttribute("value", Double.toString(25.4 / dpi));
      dim.appendChild(s);
    }
    IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
    root.appendChild(dim);
    meta.mergeTree("javax_imageio_1.0", root);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream o = ImageIO.createImageOutputStream(out)) {
      w.setOutput(o);
      w.write(new IIOImage(img, null, meta));
    }
    return out.toByteArray();
  }

  private static byte[] image(String format) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  private DigitalObject object(Path folder, String rights, boolean allSums) throws Exception {
    List<DigitalFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        String name = folder.relativize(p).toString();
        boolean sum = allSums || !name.startsWith("access/");
        files.add(new DigitalFile(name, null, Files.size(p),
            sum ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))) : null));
      }
    }
    return new DigitalObject("SACH-0002", "VN-HaNoi-TVQG", null, null, files, rights, AccessLevel.OPEN, null);
  }

  @Test
  void eachRuleBrokenOnceIsReportedOnceAndAGoodObjectPasses() throws Exception {
    Path folder = dir.resolve("sach");
    Files.createDirectories(folder.resolve("master"));
    Files.createDirectories(folder.resolve("access"));
    Files.write(folder.resolve("master/0001.tif"), tiff(600));
    Files.write(folder.resolve("master/0002.tif"), tiff(150));
    Files.write(folder.resolve("master/0003.jpg"), image("jpeg"));
    Files.write(folder.resolve("access/0001.jpg"), image("jpeg"));
    Files.write(folder.resolve("access/0002.png"), image("png"));
    // A JPEG named .pdf: an access format all the same, but the name lies.
    Files.write(folder.resolve("access/0003.pdf"), image("jpeg"));
    Files.write(folder.resolve("access").resolve(Normalizer.normalize("mục lục.jpg", Normalizer.Form.NFD)), image("jpeg"));
    ValidationReport r = DigitizationPolicy.check(folder, object(folder, null, false), Locale.ENGLISH);
    assertThat(r.profile()).isEqualTo("vn-digitization/1");
    assertThat(r.issues()).extracting(ValidationIssue::code, ValidationIssue::path).containsExactlyInAnyOrder(
        tuple("DIGITIZATION_MASTER_FORMAT", "master/0003.jpg"),
        tuple("DIGITIZATION_ACCESS_FORMAT", "access/0002.png"),
        tuple("DIGITIZATION_RESOLUTION_LOW", "master/0002.tif"),
        tuple("DIGITIZATION_CHECKSUM_MISSING", "access/0001.jpg"),
        tuple("DIGITIZATION_CHECKSUM_MISSING", "access/0002.png"),
        tuple("DIGITIZATION_CHECKSUM_MISSING", "access/0003.pdf"),
        tuple("DIGITIZATION_CHECKSUM_MISSING", "access/" + Normalizer.normalize("mục lục.jpg", Normalizer.Form.NFD)),
        tuple("DIGITIZATION_RIGHTS_MISSING", "rights"),
        tuple("DIGITIZATION_NAME_NOT_NFC", "access/" + Normalizer.normalize("mục lục.jpg", Normalizer.Form.NFD)),
        tuple("DIGITIZATION_EXTENSION_MISMATCH", "access/0003.pdf"));
    assertThat(r.issues("DIGITIZATION_RESOLUTION_LOW").get(0).message())
        .isEqualTo("master/0002.tif was scanned at 150 dpi; a preservation master has at least 300 dpi.");

    // The same object put right: valid, nothing to report.
    Files.delete(folder.resolve("master/0002.tif"));
    Files.delete(folder.resolve("master/0003.jpg"));
    Files.delete(folder.resolve("access/0002.png"));
    Files.delete(folder.resolve("access/0003.pdf"));
    Files.move(folder.resolve("access").resolve(Normalizer.normalize("mục lục.jpg", Normalizer.Form.NFD)),
        folder.resolve("access").resolve("mục lục.jpg"));
    ValidationReport good = DigitizationPolicy.check(folder, object(folder, "http://rightsstatements.org/vocab/NoC-NC/1.0/", true),
        Locale.forLanguageTag("vi"));
    assertThat(good.issues()).isEmpty();
    ValidationReport loose = DigitizationPolicy.check(folder, object(folder, "Tự do sử dụng", true), Locale.forLanguageTag("vi"));
    assertThat(loose.issues()).singleElement().satisfies(i -> {
      assertThat(i.code()).isEqualTo("DIGITIZATION_RIGHTS_NOT_STATEMENT");
      assertThat(i.severity()).isEqualTo(Severity.WARNING);
      assertThat(i.message()).isEqualTo("Quyền \"Tự do sử dụng\" không phải URI của RightsStatements.org hay Creative Commons.");
    });
  }

  @Test
  void rolesComeFromTheFolderElseFromTheType() {
    assertThat(DigitizationPolicy.role("luu-tru/0001.tif", "image/tiff")).isEqualTo(DigitizationPolicy.Role.MASTER);
    assertThat(DigitizationPolicy.role("truy-cap/0001.tif", "image/tiff")).isEqualTo(DigitizationPolicy.Role.ACCESS);
    assertThat(DigitizationPolicy.role("0001.jp2", "image/jp2")).isEqualTo(DigitizationPolicy.Role.MASTER);
    assertThat(DigitizationPolicy.role("toan-van.pdf", "application/pdf")).isEqualTo(DigitizationPolicy.Role.ACCESS);
    assertThat(DigitizationPolicy.role("muc-luc.xml", "application/xml")).isEqualTo(DigitizationPolicy.Role.OTHER);
    assertThat(DigitizationPolicy.profile().codes()).hasSize(9);
    assertThat(DigitizationPolicy.profile().withSeverity("DIGITIZATION_RIGHTS_MISSING", Severity.WARNING).severityOf("DIGITIZATION_RIGHTS_MISSING"))
        .isEqualTo(Severity.WARNING);
  }
}
