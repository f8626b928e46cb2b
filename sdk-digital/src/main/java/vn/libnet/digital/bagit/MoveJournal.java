package vn.libnet.digital.bagit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

/**
 * The journal of a moving run of {@link BagCreator}: before the first file leaves the source, every file's place
 * in the work folder and its place in the source are written beside the work folder ({@code .NAME.bagging-ID.moves})
 * and forced to disk. A later run, or the failing run itself, reads it to put every moved file back where it was
 * before it removes the work folder, so a run killed at any moment loses no file. A file found both in the work
 * folder and in the source is a copy across file systems that had not yet replaced its source: the source is kept.
 */
final class MoveJournal {
  private static final String SUFFIX = ".moves";

  private MoveJournal() {}

  static Path of(Path work) {
    return work.resolveSibling(work.getFileName() + SUFFIX);
  }

  /** Writes and forces the journal of moving {@code payload} (bag path → source file) into {@code work}. */
  static void write(Path work, Map<String, Path> payload) throws IOException {
    Path journal = of(work);
    try (BufferedWriter w = Files.newBufferedWriter(journal, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
      for (Map.Entry<String, Path> e : payload.entrySet()) {
        w.write(encode(e.getKey()) + " " + encode(e.getValue().toAbsolutePath().toString()) + "\n");
      }
    }
    try (FileChannel c = FileChannel.open(journal, StandardOpenOption.WRITE)) {
      c.force(true);
    }
  }

  /**
   * Puts every file the journal of {@code work} names back into the source, then removes the work folder and,
   * last, the journal. Run again after a kill, it goes on where it stopped.
   *
   * @throws IOException when a file cannot be put back; then nothing more is removed
   */
  static void restore(Path work) throws IOException {
    Path journal = of(work);
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    for (String line : lines) {
      int space = line.indexOf(' ');
      if (space < 0) {
        continue; // the last line of a journal cut short by a kill: nothing had moved yet
      }
      Path moved = work.resolve(decode(line.substring(0, space)));
      Path original = Path.of(decode(line.substring(space + 1)));
      if (!Files.exists(moved, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(moved); // a copy (across file systems, or cut short): the source is whole
      } else {
        Files.createDirectories(original.getParent());
        Files.move(moved, original);
      }
    }
    BagFiles.deleteQuietly(work);
    Files.deleteIfExists(journal);
  }

  /**
   * What killed runs of the bag {@code name} left in {@code parent}: work folders with a journal have their
   * files put back, the others are removed, and journals whose work folder is gone (the bag was published) too.
   *
   * @throws BagException when moved files cannot be put back (nothing is removed then)
   */
  static void recover(Path parent, String name) throws IOException {
    try (DirectoryStream<Path> journals = Files.newDirectoryStream(parent, "." + name + ".bagging-*" + SUFFIX)) {
      for (Path j : journals) {
        Path work = parent.resolve(j.getFileName().toString().substring(0, j.getFileName().toString().length() - SUFFIX.length()));
        putBack(work);
      }
    }
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "." + name + ".bagging-*")) {
      for (Path p : siblings) {
        if (!p.getFileName().toString().endsWith(SUFFIX)) {
          BagFiles.deleteQuietly(p);
        }
      }
    }
  }

  /** {@link #restore}, its failure a {@link BagException}. */
  static void putBack(Path work) {
    try {
      restore(work);
    } catch (IOException e) {
      throw new BagException(BagFailure.BAGIT_CREATE_MOVE_UNFINISHED, e, work, of(work), String.valueOf(e.getMessage()));
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
