package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Serialized bags (RFC 8493 §4.2): a bag written to one zip file under a single top folder named as the bag,
 * and a zip read back into a folder to validate. Both stream, one file at a time. Reading is defensive, since
 * a zip comes from anyone: an entry whose path leaves the target ({@code ..}, absolute, a drive) or names no
 * single top folder is refused, as is an archive that unpacks to more than {@link #maxBytes} bytes or
 * {@link #maxEntries} entries, before the byte or entry past the limit is written; each with a bilingual
 * {@link BagException}. What was unpacked before the refusal stays in the target folder, for the caller to remove.
 */
public final class BagArchives {
  private final long maxBytes;
  private final int maxEntries;

  private BagArchives(long maxBytes, int maxEntries) {
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  /** Limits of 1 TiB and a million entries. */
  public static BagArchives defaults() {
    return new BagArchives(1L << 40, 1_000_000);
  }

  /** The same with other limits (bytes unpacked, entries). */
  public BagArchives withLimits(long maxBytes, int maxEntries) {
    if (maxBytes < 1 || maxEntries < 1) {
      throw new IllegalArgumentException("Limits are positive: " + maxBytes + ", " + maxEntries);
    }
    return new BagArchives(maxBytes, maxEntries);
  }

  /** The most bytes an archive may unpack to. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The most entries an archive may hold. */
  public int maxEntries() {
    return maxEntries;
  }

  /**
   * Writes the bag folder {@code bag} to a new zip file {@code zip}, every file under {@code NAME/} where
   * NAME is the bag's folder name, in a stable order.
   *
   * @throws IOException when {@code zip} exists, or reading or writing fails (a partial zip is removed)
   */
  public void zip(Path bag, Path zip) throws IOException {
    Objects.requireNonNull(bag, "bag");
    String top = bag.getFileName().toString();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(bag)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    try (OutputStream out = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Path f : files) {
        z.putNextEntry(new ZipEntry(top + "/" + bag.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, z);
        z.closeEntry();
      }
    } catch (IOException e) {
      Files.deleteIfExists(zip);
      throw e;
    }
  }

  /**
   * Unpacks {@code zip} into the folder {@code into} (made if missing) and returns the bag's folder in it.
   *
   * @throws BagException naming the entry when one leaves the target or the archive has no single top
   *     folder, or when a limit is passed
   * @throws IOException when reading or writing fails
   */
  public Path unzip(Path zip, Path into) throws IOException {
    Path target = Files.createDirectories(into).toRealPath();
    String top = null;
    long bytes = 0;
    int entries = 0;
    byte[] buffer = new byte[Fixity.BUFFER];
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        if (++entries > maxEntries) {
          throw new BagException(BagFailure.BAGIT_ARCHIVE_TOO_LARGE, null, zip, maxBytes, maxEntries);
        }
        String name = e.getName().replace('\\', '/');
        if (BagPaths.outside(name.endsWith("/") ? name.substring(0, name.length() - 1) : name).isPresent()) {
          throw new BagException(BagFailure.BAGIT_ARCHIVE_UNSAFE_PATH, null, zip, name);
        }
        String first = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        if (top == null) {
          top = first;
        } else if (!top.equals(first)) {
          throw new BagException(BagFailure.BAGIT_ARCHIVE_NOT_ONE_BAG, null, zip, name, top);
        }
        Path out = target.resolve(name).normalize();
        if (!out.startsWith(target)) {
          throw new BagException(BagFailure.BAGIT_ARCHIVE_UNSAFE_PATH, null, zip, name);
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
          int n;
          while ((n = z.read(buffer)) > 0) {
            bytes += n;
            if (bytes > maxBytes) {
              throw new BagException(BagFailure.BAGIT_ARCHIVE_TOO_LARGE, null, zip, maxBytes, maxEntries);
            }
            o.write(buffer, 0, n);
          }
        }
      }
    }
    if (top == null) {
      throw new BagException(BagFailure.BAGIT_ARCHIVE_NOT_ONE_BAG, null, zip, "-", "-");
    }
    return target.resolve(top);
  }

  /** The entries of {@code zip}, for a listing; nothing is unpacked. */
  public static List<String> entries(Path zip) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        out.add(e.getName());
      }
    }
    return out;
  }
}
