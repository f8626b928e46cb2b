package vn.libnet.digital.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Width, height and resolution read from the headers of TIFF (TIFF 6.0: ImageWidth, ImageLength,
 * XResolution, YResolution, ResolutionUnit of the first IFD), JPEG (SOF0–SOF15 and the JFIF density),
 * PNG (IHDR and pHYs) and JPEG 2000 (ISO/IEC 15444-1 jp2h/ihdr and res/resc or resd) files, without
 * decoding any pixel. Reads are bounded (a few hundred kilobytes at most, however large the file), and a
 * damaged or truncated header gives {@link Optional#empty()}, never an exception.
 */
public final class ImageHeaders {
  private static final int MAX_SCAN = 512 * 1024;

  private ImageHeaders() {}

  /**
   * What an image header says.
   *
   * @param mediaType {@code image/tiff}, {@code image/jpeg}, {@code image/png} or {@code image/jp2}
   * @param width pixels across
   * @param height pixels down
   * @param xDpi horizontal resolution in dots per inch, or 0 when the header gives none
   * @param yDpi vertical resolution in dots per inch, or 0 when the header gives none
   */
  public record ImageInfo(String mediaType, int width, int height, double xDpi, double yDpi) {}

  /**
   * The header of {@code file}, if it is a TIFF, JPEG, PNG or JPEG 2000 image whose header can be read.
   *
   * @throws IOException when the file cannot be read at all
   */
  public static Optional<ImageInfo> read(Path file) throws IOException {
    try (SeekableByteChannel ch = Files.newByteChannel(file)) {
      ByteBuffer head = read(ch, 0, 16);
      if (head.remaining() < 12) {
        return Optional.empty();
      }
      int b0 = head.get(0) & 0xff;
      int b1 = head.get(1) & 0xff;
      try {
        if ((b0 == 'I' && b1 == 'I') || (b0 == 'M' && b1 == 'M')) {
          return tiff(ch);
        }
        if (b0 == 0xff && b1 == 0xd8) {
          return jpeg(ch);
        }
        if (b0 == 0x89 && b1 == 'P' && head.get(2) == 'N' && head.get(3) == 'G') {
          return png(ch);
        }
        if (head.getInt(0) == 12 && head.getInt(4) == 0x6a502020) {
          return jp2(ch);
        }
      } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException | ArithmeticException damaged) {
        return Optional.empty();
      }
      return Optional.empty();
    }
  }

  private static ByteBuffer read(SeekableByteChannel ch, long at, int n) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(n);
    if (at < 0 || at >= ch.size()) {
      b.flip();
      return b;
    }
    ch.position(at);
    while (b.hasRemaining() && ch.read(b) > 0) {
      // fill what the file has
    }
    b.flip();
    return b;
  }

  private static Optional<ImageInfo> tiff(SeekableByteChannel ch) throws IOException {
    ByteBuffer h = read(ch, 0, 8);
    h.order(h.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    if ((h.getShort(2) & 0xffff) != 42) {
      return Optional.empty();
    }
    long ifd = h.getInt(4) & 0xffffffffL;
    ByteBuffer count = read(ch, ifd, 2).order(h.order());
    if (count.remaining() < 2) {
      return Optional.empty();
    }
    int n = Math.min(count.getShort(0) & 0xffff, 1000);
    ByteBuffer entries = read(ch, ifd + 2, n * 12).order(h.order());
    long width = 0;
    long height = 0;
    double xres = 0;
    double yres = 0;
    int unit = 2;
    for (int i = 0; i + 12 <= entries.remaining(); i += 12) {
      int tag = entries.getShort(i) & 0xffff;
      int type = entries.getShort(i + 2) & 0xffff;
      switch (tag) {
        case 256 -> width = value(entries, i, type);
        case 257 -> height = value(entries, i, type);
        case 282 -> xres = rational(ch, entries, i, h.order());
        case 283 -> yres = rational(ch, entries, i, h.order());
        case 296 -> unit = (int) value(entries, i, type);
        default -> {
          // other tags: not needed here
        }
      }
    }
    if (width <= 0 || height <= 0 || width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
      return Optional.empty();
    }
    // ResolutionUnit 2 is inches, 3 centimetres, 1 none (a ratio only).
    double factor = unit == 3 ? 2.54 : unit == 2 ? 1 : 0;
    return Optional.of(new ImageInfo("image/tiff", (int) width, (int) height, xres * factor, yres * factor));
  }

  /** A SHORT or LONG value held in the entry itself. */
  private static long value(ByteBuffer e, int i, int type) {
    return type == 3 ? e.getShort(i + 8) & 0xffff : e.getInt(i + 8) & 0xffffffffL;
  }

  private static double rational(SeekableByteChannel ch, ByteBuffer e, int i, ByteOrder order) throws IOException {
    if ((e.getShort(i + 2) & 0xffff) != 5) {
      return 0;
    }
    ByteBuffer r = read(ch, e.getInt(i + 8) & 0xffffffffL, 8).order(order);
    if (r.remaining() < 8) {
      return 0;
    }
    long num = r.getInt(0) & 0xffffffffL;
    long den = r.getInt(4) & 0xffffffffL;
    return den == 0 ? 0 : (double) num / den;
  }

  private static Optional<ImageInfo> jpeg(SeekableByteChannel ch) throws IOException {
    ByteBuffer b = read(ch, 0, (int) Math.min(ch.size(), MAX_SCAN));
    double xdpi = 0;
    double ydpi = 0;
    int i = 2;
    while (i + 4 <= b.remaining()) {
      if ((b.get(i) & 0xff) != 0xff) {
        return Optional.empty();
      }
      int marker = b.get(i + 1) & 0xff;
      if (marker == 0xff) {
        i++;
        continue;
      }
      int length = b.getShort(i + 2) & 0xffff;
      if (marker == 0xe0 && i + 16 <= b.remaining() && b.get(i + 4) == 'J' && b.get(i + 5) == 'F' && b.get(i + 6) == 'I' && b.get(i + 7) == 'F') {
        int units = b.get(i + 11) & 0xff;
        int xd = b.getShort(i + 12) & 0xffff;
        int yd = b.getShort(i + 14) & 0xffff;
        // JFIF density units: 1 dots per inch, 2 dots per centimetre, 0 an aspect ratio only.
        double f = units == 1 ? 1 : units == 2 ? 2.54 : 0;
        xdpi = xd * f;
        ydpi = yd * f;
      }
      boolean sof = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (sof && i + 9 <= b.remaining()) {
        int height = b.getShort(i + 5) & 0xffff;
        int width = b.getShort(i + 7) & 0xffff;
        return width > 0 && height > 0 ? Optional.of(new ImageInfo("image/jpeg", width, height, xdpi, ydpi)) : Optional.empty();
      }
      if (length < 2) {
        return Optional.empty();
      }
      i += 2 + length;
    }
    return Optional.empty();
  }

  private static Optional<ImageInfo> png(SeekableByteChannel ch) throws IOException {
    ByteBuffer b = read(ch, 0, (int) Math.min(ch.size(), MAX_SCAN));
    int i = 8;
    int width = 0;
    int height = 0;
    double xdpi = 0;
    double ydpi = 0;
    while (i + 8 <= b.remaining()) {
      long length = b.getInt(i) & 0xffffffffL;
      int type = b.getInt(i + 4);
      if (type == 0x49484452 && i + 16 <= b.remaining()) { // IHDR
        width = b.getInt(i + 8);
        height = b.getInt(i + 12);
      } else if (type == 0x70485973 && i + 17 <= b.remaining()) { // pHYs: pixels per unit, unit 1 = metre
        long px = b.getInt(i + 8) & 0xffffffffL;
        long py = b.getInt(i + 12) & 0xffffffffL;
        if (b.get(i + 16) == 1) {
          xdpi = px * 0.0254;
          ydpi = py * 0.0254;
        }
      } else if (type == 0x49444154 || type == 0x49454e44) { // IDAT or IEND: the headers are behind
        break;
      }
      i += 12 + length;
    }
    return width > 0 && height > 0 ? Optional.of(new ImageInfo("image/png", width, height, xdpi, ydpi)) : Optional.empty();
  }

  private static Optional<ImageInfo> jp2(SeekableByteChannel ch) throws IOException {
    ByteBuffer b = read(ch, 0, (int) Math.min(ch.size(), MAX_SCAN));
    int[] size = new int[2];
    double[] dpi = new double[2];
    boxes(b, 0, b.remaining(), size, dpi, 0);
    return size[0] > 0 && size[1] > 0 ? Optional.of(new ImageInfo("image/jp2", size[0], size[1], dpi[0], dpi[1])) : Optional.empty();
  }

  /** Walks the boxes between {@code from} and {@code to}, into jp2h and res; width, height and dpi as found. */
  private static void boxes(ByteBuffer b, int from, int to, int[] size, double[] dpi, int depth) {
    int i = from;
    while (i + 8 <= to && depth < 4) {
      long length = b.getInt(i) & 0xffffffffL;
      int type = b.getInt(i + 4);
      int header = 8;
      if (length == 1 && i + 16 <= to) {
        length = b.getLong(i + 8);
        header = 16;
      } else if (length == 0) {
        length = to - i;
      }
      if (length < header || i + length > to) {
        return;
      }
      int body = i + header;
      switch (type) {
        case 0x6a703268, 0x72657320 -> boxes(b, body, (int) (i + length), size, dpi, depth + 1); // jp2h, res
        case 0x69686472 -> { // ihdr: HEIGHT, WIDTH
          size[1] = b.getInt(body);
          size[0] = b.getInt(body + 4);
        }
        case 0x72657363, 0x72657364 -> { // resc (capture) first, or resd (display): grid points per metre
          if (dpi[0] == 0 || type == 0x72657363) {
            double vr = (b.getShort(body) & 0xffff) / (double) Math.max(1, b.getShort(body + 2) & 0xffff) * Math.pow(10, b.get(body + 8));
            double hr = (b.getShort(body + 4) & 0xffff) / (double) Math.max(1, b.getShort(body + 6) & 0xffff) * Math.pow(10, b.get(body + 9));
            dpi[0] = hr * 0.0254;
            dpi[1] = vr * 0.0254;
          }
        }
        default -> {
          // other boxes: not needed here
        }
      }
      i += (int) length;
    }
  }
}
