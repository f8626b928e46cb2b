package vn.libnet.digital.bagit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Serialized bags (RFC 8493 §4.2): a bag written to one zip or tar file under a single top folder named as the
 * bag, and a zip, tar or {@code .tar.gz} read back into a folder to validate. Both stream, one file at a time.
 * Reading is defensive, since an archive comes from anyone: an entry whose path leaves the target ({@code ..},
 * absolute, a drive) or names no single top folder is refused, so are links, devices and pipes, and a truncated
 * archive is named with the entry where it stops; as is an archive that unpacks to more than {@link #maxBytes} bytes or
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
   * Writes the bag folder {@code bag} to a new zip file {@code zip}, every folder and file under {@code NAME/}
   * where NAME is the bag's folder name, in a stable order (folders too, so an empty {@code data/} survives).
   *
   * @throws IOException when {@code zip} exists, or reading or writing fails (a partial zip is removed)
   */
  public void zip(Path bag, Path zip) throws IOException {
    Objects.requireNonNull(bag, "bag");
    String top = bag.getFileName().toString();
    List<Path> paths = contents(bag);
    try (OutputStream out = Files.newOutputStream(zip, StandardOpenOption.CREATE_NEW); ZipOutputStream z = new ZipOutputStream(out)) {
      for (Path f : paths) {
        boolean folder = Files.isDirectory(f);
        z.putNextEntry(new ZipEntry(entryName(bag, top, f) + (folder ? "/" : "")));
        if (!folder) {
          Files.copy(f, z);
        }
        z.closeEntry();
      }
    } catch (IOException e) {
      Files.deleteIfExists(zip);
      throw e;
    }
  }

  /**
   * Writes the bag folder {@code bag} to a new tar file {@code tar} (POSIX pax format: long and non-ASCII
   * names kept byte for byte), every folder and file under {@code NAME/}, in a stable order.
   *
   * @throws IOException when {@code tar} exists, or reading or writing fails (a partial tar is removed)
   */
  public void tar(Path bag, Path tar) throws IOException {
    Objects.requireNonNull(bag, "bag");
    try {
      TarBags.write(bag, bag.getFileName().toString(), contents(bag), tar);
    } catch (IOException e) {
      if (!(e instanceof java.nio.file.FileAlreadyExistsException)) {
        Files.deleteIfExists(tar);
      }
      throw e;
    }
  }

  /** The bag's folders (without itself) and files, sorted; a symbolic link is not followed but fails. */
  private static List<Path> contents(Path bag) throws IOException {
    try (Stream<Path> walk = Files.walk(bag)) {
      List<Path> out = walk.filter(p -> !p.equals(bag)).sorted().toList();
      for (Path p : out) {
        if (Files.isSymbolicLink(p)) {
          throw new BagException(BagFailure.BAGIT_CREATE_SYMLINK, null, p);
        }
      }
      return out;
    }
  }

  static String entryName(Path bag, String top, Path p) {
    return top + "/" + bag.relativize(p).toString().replace('\\', '/');
  }

  /**
   * Unpacks {@code zip} into the folder {@code into} (made if missing) and returns the bag's folder in it.
   *
   * @throws BagException naming the entry when one leaves the target, the archive has no single top folder,
   *     or it is damaged or truncated; or when a limit is passed
   * @throws IOException when writing fails
   */
  public Path unzip(Path zip, Path into) throws IOException {
    Unpacking u = new Unpacking(zip, into, maxBytes, maxEntries);
    try (InputStream in = Files.newInputStream(zip)) {
      readZip(in, u);
    }
    return u.bag();
  }

  private static void readZip(InputStream in, Unpacking u) throws IOException {
    String last = "-";
    try (ZipInputStream z = new ZipInputStream(in)) {
      while (true) {
        ZipEntry e;
        try {
          e = z.getNextEntry();
        } catch (IOException damaged) {
          throw u.damaged(last, damaged);
        }
        if (e == null) {
          return;
        }
        last = e.getName();
        Path out = u.place(last);
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else {
          u.declared(e.getSize());
          u.file(out, last, z);
        }
      }
    }
  }

  /**
   * Unpacks a tar, or a gzip-compressed tar ({@code .tar.gz}, told by its content), into the folder
   * {@code into} (made if missing) and returns the bag's folder in it. Besides the refusals of
   * {@link #unzip}, symbolic and hard links, devices and pipes are refused.
   *
   * @throws BagException naming the entry when one is refused, or the archive is damaged or truncated
   * @throws IOException when writing fails
   */
  public Path untar(Path tar, Path into) throws IOException {
    Unpacking u = new Unpacking(tar, into, maxBytes, maxEntries);
    try (InputStream in = open(tar)) {
      TarBags.read(in, u);
    }
    return u.bag();
  }

  /**
   * Unpacks a zip, tar or gzip-compressed tar, told by its first bytes, not its name.
   *
   * @throws BagException as {@link #unzip} and {@link #untar} do, or when the file is none of the three
   * @throws IOException when reading or writing fails
   */
  public Path unpack(Path archive, Path into) throws IOException {
    return switch (kind(archive)) {
      case ZIP -> unzip(archive, into);
      case TAR, TAR_GZ -> untar(archive, into);
    };
  }

  /** The entries of a zip, tar or gzip-compressed tar, for a listing; nothing is unpacked. */
  public static List<String> entries(Path archive) throws IOException {
    if (kind(archive) != Kind.ZIP) {
      try (InputStream in = open(archive)) {
        return TarBags.entries(in);
      }
    }
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(archive); ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        out.add(e.getName());
      }
    }
    return out;
  }

  private enum Kind { ZIP, TAR, TAR_GZ }

  private static Kind kind(Path archive) throws IOException {
    byte[] head = new byte[512];
    int n;
    try (InputStream in = Files.newInputStream(archive)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 || head[2] == 5)) {
      return Kind.ZIP;
    }
    if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return Kind.TAR_GZ;
    }
    if (n >= 262 && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
      return Kind.TAR;
    }
    throw new BagException(BagFailure.BAGIT_ARCHIVE_UNKNOWN_FORMAT, null, archive);
  }

  private static InputStream open(Path tar) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(tar), Fixity.BUFFER);
    try {
      return kind(tar) == Kind.TAR_GZ ? new GZIPInputStream(in, Fixity.BUFFER) : in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }
}
