package vn.libnet.digital.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * Image headers against the JDK's own image readers and writers (ImageIO) as the oracle: the SDK's width,
 * height and resolution agree with what ImageIO reads from the same file. JPEG 2000, which the JDK lacks,
 * is made from the boxes of ISO/IEC 15444-1.
 */
class ImageHeadersTest {
  @TempDir Path dir;

  /** An image written by ImageIO with its resolution set through the standard metadata (millimetres per pixel). */
  private Path written(String format, int w, int h, double dpi) throws Exception {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
    IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), writer.getDefaultWriteParam());
    if (dpi > 0 && format.equals("jpeg")) {
      // The JPEG writer's standard-tree merge writes a density of 1 whatever is asked: its own JFIF node is set instead.
      IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_jpeg_image_1.0");
      IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
      jfif.setAttribute("resUnits", "1");
      jfif.setAttribute("Xdensity", Integer.toString((int) dpi));
      jfif.setAttribute("Ydensity", Integer.toString((int) dpi));
      meta.setFromTree("javax_imageio_jpeg_image_1.0", root);
    } else if (dpi > 0 && format.equals("png")) {
      // Likewise the PNG writer's: its own pHYs node, in pixels per metre.
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      phys.setAttribute("pixelsPerUnitXAxis", Long.toString(Math.round(dpi / 0.0254)));
      phys.setAttribute("pixelsPerUnitYAxis", Long.toString(Math.round(dpi / 0.0254)));
      phys.setAttribute("unitSpecifier", "meter");
      root.appendChild(phys);
      meta.mergeTree("javax_imageio_png_1.0", root);
    } else if (dpi > 0) {
      double mm = 25.4 / dpi;
      IIOMetadataNode dim = new IIOMetadataNode("Dimension");
      IIOMetadataNode hs = new IIOMetadataNode("HorizontalPixelSize");
      hs.setAttribute("value", Double.toString(mm));
      IIOMetadataNode vs = new IIOMetadataNode("VerticalPixelSize");
      vs.setAttribute("value", Double.toString(mm));
      dim.appendChild(hs);
      dim.appendChild(vs);
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_1.0");
      root.appendChild(dim);
      meta.mergeTree("javax_imageio_1.0", root);
    }
    Path file = dir.resolve("scan-" + w + "x" + h + "." + format);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
      writer.setOutput(out);
      writer.write(new IIOImage(img, null, meta));
    }
    writer.dispose();
    return file;
  }

  /** What ImageIO reads of the file: width, height, and dpi from its standard metadata (0 when none). */
  private static double[] oracle(Path file) throws Exception {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      ImageReader r = readers.next();
      r.setInput(in);
      IIOMetadata meta = r.getImageMetadata(0);
      IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree("javax_imageio_1.0");
      NodeList hs = root.getElementsByTagName("HorizontalPixelSize");
      double dpi = hs.getLength() == 0 ? 0 : 25.4 / Double.parseDouble(((IIOMetadataNode) hs.item(0)).getAttribute("value"));
      double[] out = {r.getWidth(0), r.getHeight(0), dpi};
      r.dispose();
      return out;
    }
  }

  @Test
  void tiffJpegAndPngHeadersAgreeWithImageIo() throws Exception {
    for (String format : new String[] {"tiff", "jpeg", "png"}) {
      for (double dpi : new double[] {300, 600, 72}) {
        Path file = written(format, 2480 / 8, 3508 / 8, dpi);
        ImageHeaders.ImageInfo info = ImageHeaders.read(file).orElseThrow(() -> new AssertionError(format));
        double[] truth = oracle(file);
        assertThat(info.width()).as(format).isEqualTo((int) truth[0]);
        assertThat(info.height()).as(format).isEqualTo((int) truth[1]);
        assertThat(info.xDpi()).as(format + " " + dpi).isCloseTo(truth[2], within(1.0));
        assertThat(info.xDpi()).as(format + " " + dpi).isCloseTo(dpi, within(1.0));
        assertThat(info.mediaType()).isEqualTo("image/" + format);
      }
    }
  }

  static byte[] jp2(int width, int height, int pixelsPerMetre) {
    ByteBuffer b = ByteBuffer.allocate(200);
    b.putInt(12).putInt(0x6a502020).putInt(0x0d0a870a);
    b.putInt(20).putInt(0x66747970).putInt(0x6a703220).putInt(0).putInt(0x6a703220);
    // jp2h: ihdr (8 + 14) and res with resc (8 + 8 + 10)
    b.putInt(8 + 22 + 26).putInt(0x6a703268);
    b.putInt(22).putInt(0x69686472).putInt(height).putInt(width).putShort((short) 3).put((byte) 7).put((byte) 7).put((byte) 0).put((byte) 0);
    b.putInt(26).putInt(0x72657320);
    b.putInt(18).putInt(0x72657363).putShort((short) pixelsPerMetre).putShort((short) 1).putShort((short) pixelsPerMetre).putShort((short) 1)
        .put((byte) 0).put((byte) 0);
    return java.util.Arrays.copyOf(b.array(), b.position() + 40);
  }

  @Test
  void jpeg2000HeadersAreReadFromTheirBoxes() throws Exception {
    Path file = Files.write(dir.resolve("trang.jp2"), jp2(4961, 7016, 23622));
    ImageHeaders.ImageInfo info = ImageHeaders.read(file).orElseThrow();
    assertThat(info.width()).isEqualTo(4961);
    assertThat(info.height()).isEqualTo(7016);
    assertThat(info.xDpi()).isCloseTo(600, within(0.1));
    assertThat(MediaTypes.detect(file).byContent()).isEqualTo("image/jp2");
  }

  @Test
  void damagedOrTruncatedHeadersGiveNothingAndNeverThrow() throws Exception {
    byte[][] originals = {Files.readAllBytes(written("tiff", 64, 48, 300)), Files.readAllBytes(written("jpeg", 64, 48, 300)),
        Files.readAllBytes(written("png", 64, 48, 300)), jp2(64, 48, 11811)};
    Random random = new Random(3);
    Path file = dir.resolve("damaged");
    for (int round = 0; round < 2000; round++) {
      byte[] b = originals[round % originals.length].clone();
      if (round % 3 == 0) {
        b = java.util.Arrays.copyOf(b, random.nextInt(b.length));
      } else {
        for (int k = 0; k < 1 + random.nextInt(8); k++) {
          b[random.nextInt(Math.min(b.length, 300))] = (byte) random.nextInt(256);
        }
      }
      Files.write(file, b);
      ImageHeaders.read(file).ifPresent(info -> assertThat(info.width()).isPositive());
    }
    Files.write(file, new byte[0]);
    assertThat(ImageHeaders.read(file)).isEmpty();
    Files.writeString(file, "%PDF-1.4 not an image");
    assertThat(ImageHeaders.read(file)).isEmpty();
  }
}
