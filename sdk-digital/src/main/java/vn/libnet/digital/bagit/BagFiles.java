package vn.libnet.digital.bagit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/** The file-system steps of making a bag: forcing to disk, publishing by one rename, removing what is left. */
final class BagFiles {
  private BagFiles() {}

  /** Every file and folder of {@code work} forced to disk, so that the rename publishes only what is stored. */
  static void force(Path work) throws IOException {
    try (Stream<Path> walk = Files.walk(work)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          try (FileChannel c = FileChannel.open(p, StandardOpenOption.WRITE)) {
            c.force(true);
          }
        } else {
          forceDirectory(p);
        }
      }
    }
  }

  static void forceDirectory(Path dir) {
    try (FileChannel c = FileChannel.open(dir, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException notOnThisSystem) {
      // Folders cannot be opened for sync on every system (Windows): the rename still happens last.
    }
  }

  static void publish(Path work, Path bag) throws IOException {
    try {
      Files.move(work, bag, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      // Same parent folder, so this is rare; a plain rename is still one step for a folder.
      Files.move(work, bag);
    }
    forceDirectory(bag.toAbsolutePath().getParent());
  }

  static void awaitQuietly(ExecutorService pool) {
    try {
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void deleteQuietly(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // Best effort: the next run removes what is left.
        }
      });
    } catch (IOException e) {
      // as above
    }
  }

}
