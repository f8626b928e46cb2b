package vn.libnet.digital.bagit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The file moves of {@link BagCreator.Builder#move()}: one rename per file, and the source tidied once the bag is published. */
final class BagMoves {
  private BagMoves() {}

  /** Renames {@code from} to {@code to} in one step; false when they are on different file systems (then copy). */
  static boolean rename(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (AtomicMoveNotSupportedException acrossFileSystems) {
      return false;
    }
  }

  /**
   * After the bag is in its place: the sources that were copied (across file systems) are deleted once the
   * bag validates in full, then the source's emptied folders are removed (not the source folder itself).
   *
   * @throws IOException when the bag does not validate (every copied source is kept then)
   */
  static void finish(Path bag, Path source, List<Path> copied) throws IOException {
    if (!copied.isEmpty()) {
      var report = BagValidator.builder().build().validate(bag);
      if (!report.isValid()) {
        throw new IOException("The bag " + bag + " does not validate after copying: its " + copied.size()
            + " copied sources are kept (" + report.issues().get(0).code() + ")");
      }
      for (Path p : copied) {
        Files.deleteIfExists(p);
      }
    }
    if (source == null) {
      return; // files given one by one: their folders are not the bag's to remove
    }
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path dir : (Iterable<Path>) walk.filter(p -> !p.equals(source) && Files.isDirectory(p)).sorted(Comparator.reverseOrder())::iterator) {
        try {
          Files.delete(dir);
        } catch (DirectoryNotEmptyException kept) {
          // something new arrived in it meanwhile: it stays
        }
      }
    }
  }
}
