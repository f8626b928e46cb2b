package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * Tar serialization of bags (RFC 8493 §4.2) over Apache Commons Compress: POSIX (PAX) headers, so long and
 * non-ASCII names (Vietnamese, NFC or NFD, byte for byte) and sizes over 8 GiB survive; reading refuses links,
 * devices and pipes, and names the entry where a truncated or damaged archive stops.
 */
final class TarBags {
  private TarBags() {}

  /** Writes the folders and files {@code paths} of {@code bag} (in that order) under {@code top/}. */
  static void write(Path bag, String top, List<Path> paths, Path tar) throws IOException {
    try (OutputStream out = Files.newOutputStream(tar, StandardOpenOption.CREATE_NEW);
        TarArchiveOutputStream t = new TarArchiveOutputStream(out, StandardCharsets.UTF_8.name())) {
      t.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      t.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
      t.setAddPaxHeadersForNonAsciiNames(true);
      for (Path p : paths) {
        String name = BagArchives.entryName(bag, top, p);
        TarArchiveEntry e = new TarArchiveEntry(Files.isDirectory(p) ? name + "/" : name);
        e.setModTime(Files.getLastModifiedTime(p));
        if (Files.isDirectory(p)) {
          e.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
          t.putArchiveEntry(e);
        } else {
          e.setSize(Files.size(p));
          t.putArchiveEntry(e);
          Files.copy(p, t);
        }
        t.closeArchiveEntry();
      }
      t.finish();
    }
  }

  /** Unpacks the tar {@code in} through {@code u}, one entry at a time. */
  static void read(InputStream in, Unpacking u) throws IOException {
    String last = "-";
    try (TarArchiveInputStream t = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
      for (TarArchiveEntry e = next(t, u, last); e != null; e = next(t, u, last)) {
        last = e.getName();
        Path out = u.place(last);
        if (e.isSymbolicLink() || e.isLink()) {
          throw u.special(last, e.isSymbolicLink() ? "symlink → " + e.getLinkName() : "hard link → " + e.getLinkName());
        } else if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (regular(e)) {
          u.declared(e.getSize());
          u.file(out, last, t);
          if (Files.size(out) != e.getSize()) {
            throw u.damaged(last, new java.io.EOFException(Files.size(out) + " of " + e.getSize() + " bytes"));
          }
        } else {
          throw u.special(last, e.isCharacterDevice() || e.isBlockDevice() ? "device" : e.isFIFO() ? "fifo" : "type " + (char) e.getLinkFlag());
        }
      }
    }
  }

  /** A plain file: commons-compress's {@code isFile()} also says yes to devices and pipes. */
  private static boolean regular(TarArchiveEntry e) {
    byte flag = e.getLinkFlag();
    return flag == TarConstants.LF_NORMAL || flag == TarConstants.LF_OLDNORM || flag == TarConstants.LF_CONTIG;
  }

  private static TarArchiveEntry next(TarArchiveInputStream t, Unpacking u, String after) {
    try {
      return t.getNextEntry();
    } catch (IOException | IllegalArgumentException e) {
      throw u.damaged(after, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
    }
  }

  /** The entries' names, nothing unpacked. */
  static List<String> entries(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (TarArchiveInputStream t = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
      for (TarArchiveEntry e = t.getNextEntry(); e != null; e = t.getNextEntry()) {
        out.add(e.getName());
      }
    }
    return out;
  }
}
