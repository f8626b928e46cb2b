package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One archive being unpacked into a folder, for zip and tar alike: each entry's name is checked (inside the
 * target, under the one top folder) and counted, and each file's bytes are counted as they are written, so a
 * limit stops the archive before the entry or the byte past it is written. Refusals are {@link BagException}s.
 */
final class Unpacking {
  private final Path archive;
  private final Path target;
  private final long maxBytes;
  private final int maxEntries;
  private final byte[] buffer = new byte[Fixity.BUFFER];
  private String top;
  private long bytes;
  private int entries;

  Unpacking(Path archive, Path into, long maxBytes, int maxEntries) throws IOException {
    this.archive = archive;
    this.target = Files.createDirectories(into).toRealPath();
    this.maxBytes = maxBytes;
    this.maxEntries = maxEntries;
  }

  /** Where the entry {@code raw} goes, once its count, its path and its top folder are checked. */
  Path place(String raw) {
    if (++entries > maxEntries) {
      throw tooLarge();
    }
    String name = raw.replace('\\', '/');
    String bare = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    if (bare.isEmpty() || BagPaths.outside(bare).isPresent()) {
      throw new BagException(BagFailure.BAGIT_ARCHIVE_UNSAFE_PATH, null, archive, raw);
    }
    String first = bare.contains("/") ? bare.substring(0, bare.indexOf('/')) : bare;
    if (top == null) {
      top = first;
    } else if (!top.equals(first)) {
      throw new BagException(BagFailure.BAGIT_ARCHIVE_NOT_ONE_BAG, null, archive, raw, top);
    }
    Path out = target.resolve(bare).normalize();
    if (!out.startsWith(target)) {
      throw new BagException(BagFailure.BAGIT_ARCHIVE_UNSAFE_PATH, null, archive, raw);
    }
    return out;
  }

  /** Refuses an entry that is neither a file nor a folder (a link, a device, a pipe). */
  BagException special(String raw, String kind) {
    return new BagException(BagFailure.BAGIT_ARCHIVE_SPECIAL_ENTRY, null, archive, raw, kind);
  }

  /**
   * Refuses at once a file whose declared size would pass the byte limit; {@code declared} is negative when the
   * archive does not say.
   */
  void declared(long declared) {
    if (declared > 0 && bytes + declared > maxBytes) {
      throw tooLarge();
    }
  }

  /** Writes the entry's bytes to a new file {@code out}, stopping before the byte past the limit. */
  void file(Path out, String raw, InputStream in) throws IOException {
    Files.createDirectories(out.getParent());
    try (OutputStream o = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
      int n;
      while ((n = read(in, raw)) > 0) {
        if (bytes + n > maxBytes) {
          throw tooLarge();
        }
        bytes += n;
        o.write(buffer, 0, n);
      }
    }
  }

  private int read(InputStream in, String raw) {
    try {
      return in.read(buffer);
    } catch (IOException e) {
      throw damaged(raw, e);
    }
  }

  /** The archive could not be read at the entry {@code raw} (truncated, or damaged). */
  BagException damaged(String raw, IOException e) {
    return new BagException(BagFailure.BAGIT_ARCHIVE_DAMAGED, e, archive, raw, String.valueOf(e.getMessage()));
  }

  /** The bag's folder, once every entry is written. */
  Path bag() {
    if (top == null) {
      throw new BagException(BagFailure.BAGIT_ARCHIVE_NOT_ONE_BAG, null, archive, "-", "-");
    }
    return target.resolve(top);
  }

  private BagException tooLarge() {
    return new BagException(BagFailure.BAGIT_ARCHIVE_TOO_LARGE, null, archive, maxBytes, maxEntries);
  }
}
