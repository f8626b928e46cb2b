package vn.libnet.digital.iiif;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;

/** Small real images written by the JDK's ImageIO, and objects over them, for the IIIF tests. */
final class IiifSamples {
  /** "master/0002 trang đầu.png" in Unicode NFD, as macOS writes it. */
  static final String NFD_NAME = "master/0002 trang \u0111a\u0302\u0300u.png";

  private IiifSamples() {}

  /** Writes a {@code width} × {@code height} image in {@code format} (tiff, png, jpeg) at {@code name} under {@code dir}. */
  static DigitalFile image(Path dir, String name, String format, int width, int height) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    img.setRGB(width / 2, height / 2, 0xff0000);
    if (!ImageIO.write(img, format, file.toFile())) {
      throw new IllegalStateException("No ImageIO writer for " + format);
    }
    return new DigitalFile(name, "image/" + format, Files.size(file), null);
  }

  /** A small PDF-looking file (its magic bytes suffice for detection). */
  static DigitalFile pdf(Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    return new DigitalFile(name, "application/pdf", Files.size(file), null);
  }

  /**
   * Three masters in three formats and sizes (one with a Vietnamese name in NFD and a space, one with a
   * {@code %} in its name), and a PDF.
   */
  static DigitalObject book(Path dir, String rights) throws IOException {
    List<DigitalFile> files = new ArrayList<>();
    files.add(image(dir, "master/0001.tif", "tiff", 300, 400));
    files.add(image(dir, NFD_NAME, "png", 320, 240));
    files.add(image(dir, "master/0003 100%.jpg", "jpeg", 200, 100));
    files.add(pdf(dir, "book.pdf"));
    return new DigitalObject("OBJ-1", "VN-HN0001", "REC-9", "Truyện Kiều", files, rights, AccessLevel.OPEN, null);
  }
}
