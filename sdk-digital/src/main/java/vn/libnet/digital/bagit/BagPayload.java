package vn.libnet.digital.bagit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files a new bag will hold, by their NFC path in it ({@code data/...}), and the names NFC changed.
 * Listed before anything is written, so that a clash, a link or a missing file stops the bagging first.
 */
record BagPayload(Map<String, Path> files, Map<String, String> renamed) {
  /** Every file under {@code source}, at its path below it. */
  static BagPayload ofFolder(Path source) {
    if (!Files.isDirectory(source) || !Files.isReadable(source)) {
      throw new BagException(BagFailure.BAGIT_CREATE_SOURCE_MISSING, null, source);
    }
    Lister l = new Lister();
    l.walk(source, "data/", source);
    return l.done();
  }

  /** Each file under {@code data/} by its name; each folder's files under {@code data/FOLDER/}. */
  static BagPayload ofFiles(Collection<Path> given) {
    Lister l = new Lister();
    for (Path p : given) {
      if (Files.isSymbolicLink(p)) {
        throw new BagException(BagFailure.BAGIT_CREATE_SYMLINK, null, p);
      }
      if (!Files.isReadable(p) || p.getFileName() == null) {
        throw new BagException(BagFailure.BAGIT_CREATE_SOURCE_MISSING, null, p);
      }
      if (Files.isDirectory(p)) {
        l.walk(p, "data/" + p.getFileName() + "/", p);
      } else {
        l.add("data/" + p.getFileName(), p);
      }
    }
    return l.done();
  }

  private static final class Lister {
    private final Map<String, Path> files = new TreeMap<>();
    private final Map<String, String> renamed = new LinkedHashMap<>();

    void walk(Path folder, String prefix, Path reportAs) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
          if (Files.isSymbolicLink(p)) {
            throw new BagException(BagFailure.BAGIT_CREATE_SYMLINK, null, p);
          }
          if (!Files.isDirectory(p)) {
            add(prefix + folder.relativize(p).toString().replace('\\', '/'), p);
          }
        }
      } catch (IOException | java.io.UncheckedIOException e) {
        throw new BagException(BagFailure.BAGIT_CREATE_SOURCE_MISSING, e, reportAs);
      }
    }

    void add(String original, Path p) {
      String rel = BagPaths.nfc(original);
      Path earlier = files.put(rel, p);
      if (earlier != null) {
        throw new BagException(BagFailure.BAGIT_CREATE_NAME_CLASH, null, earlier, p);
      }
      if (!original.equals(rel)) {
        renamed.put(original, rel);
      }
    }

    BagPayload done() {
      return new BagPayload(files, renamed);
    }
  }
}
