package vn.libnet.testkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.testkit.HubLogRecovery.Outcome;
import vn.libnet.testkit.HubLogRecovery.Removed;
import vn.libnet.testkit.HubLogRecovery.Result;

/** One run of {@link HubLogRecovery}: a read-only pass over the log, then, if it may, the new files. */
final class HubLogRescue {
  private static final Logger LOG = LoggerFactory.getLogger(HubLogRescue.class);
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'");

  private final Path log;
  private final List<Removed> removed = new ArrayList<>();
  private final HubLogReplayCheck check = new HubLogReplayCheck();
  private long kept;

  HubLogRescue(Path log) {
    this.log = log;
  }

  Result run(boolean acceptChanges) throws IOException {
    if (!Files.isRegularFile(log)) {
      throw new NoSuchFileException(log.toString(), null, "no hub log in this folder");
    }
    try (HubLogReader in = new HubLogReader(log)) {
      scan(in);
      if (removed.isEmpty()) {
        return result(Outcome.NOTHING_TO_RECOVER, null, null);
      }
      if (check.changedWrites() > 0 && !acceptChanges) {
        return result(Outcome.REFUSED, null, null);
      }
      String stamp = STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
      Path damaged = sibling(".damaged-" + stamp);
      Path index = sibling(".damaged-" + stamp + ".index");
      writeDamaged(in, damaged, index);
      replaceLog(in, stamp);
      Result r = result(removed.stream().allMatch(Removed::tornTail) ? Outcome.RECOVERED : Outcome.RECOVERED_WITH_LOSSES,
          damaged, index);
      LOG.warn("Recovered {}: {} entries kept, {} range(s) moved to {}", log, kept, removed.size(), damaged);
      return r;
    }
  }

  // One pass in order: intact entries are kept and replayed on the scratch hub; a damaged piece starts a
  // range that runs to the next offset where an intact entry starts, found byte by byte so that an entry
  // whose line end was lost, or garbage glued before one, costs no intact entry.
  private void scan(HubLogReader in) throws IOException {
    int n = 0;
    long offset = 0;
    for (HubLogReader.Piece p; (p = in.at(offset)) != null; ) {
      if (p.kind() == HubLogReader.Kind.TORN) {
        removed.add(new Removed(n + 1, p.offset(), p.length(), true, HubLogFragments.read(in, p.offset(), p.length())));
        break;
      }
      n++;
      if (p.kind() == HubLogReader.Kind.INTACT) {
        kept++;
        check.apply(p.entry(), n, p.offset());
      }
      if (p.kind() != HubLogReader.Kind.DAMAGED) {
        offset = p.end();
        continue;
      }
      int first = n;
      long next = p.offset() + 1;
      while (next < in.size() && !in.intactAt(next)) {
        if (in.byteAt(next - 1) == '\n') {
          n++;
        }
        next++;
      }
      long end = next;
      if (next >= in.size()) {
        // Nothing intact follows: what comes after the last line end was never acknowledged.
        end = lastLineEnd(in, p.offset()) + 1;
        if (end < in.size()) {
          n--; // the torn end's line, counted above, is the next piece's
        }
      }
      removed.add(new Removed(first, p.offset(), end - p.offset(), false, HubLogFragments.read(in, p.offset(), end - p.offset())));
      offset = end;
    }
  }

  private static long lastLineEnd(HubLogReader in, long from) throws IOException {
    long last = -1;
    for (long at = in.indexOfLineEnd(from); at >= 0; at = in.indexOfLineEnd(at + 1)) {
      last = at;
    }
    return last;
  }

  private Result result(Outcome outcome, Path damaged, Path index) {
    return new Result(outcome, log, kept, removed, check.changed(), check.changedWrites(), Optional.ofNullable(damaged), Optional.ofNullable(index));
  }

  private Path sibling(String suffix) {
    return log.resolveSibling(log.getFileName() + suffix);
  }

  private void writeDamaged(HubLogReader in, Path damaged, Path index) throws IOException {
    StringBuilder text = new StringBuilder("# offset-in-log length offset-in-damaged-file kind (bytes removed from ")
        .append(log.getFileName()).append(" by libnet hub recover)\n");
    try (FileChannel out = FileChannel.open(damaged, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      long at = 0;
      for (Removed r : removed) {
        in.copy(r.offset(), r.length(), out);
        text.append(r.offset()).append(' ').append(r.length()).append(' ').append(at).append(' ')
            .append(r.tornTail() ? "torn" : "damaged").append('\n');
        at += r.length();
      }
      out.force(true);
    }
    try (FileChannel out = FileChannel.open(index, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.US_ASCII));
      while (b.hasRemaining()) {
        out.write(b);
      }
      out.force(true);
    }
  }

  // The kept bytes (everything but the removed ranges, in order) go to a temporary file forced to disk and
  // renamed over the log; the original stays as a backup until that rename is on disk.
  private void replaceLog(HubLogReader in, String stamp) throws IOException {
    Path tmp = sibling(".tmp-" + stamp);
    Path bak = sibling(".bak-" + stamp);
    try {
      Files.createLink(bak, log);
    } catch (IOException | UnsupportedOperationException noLinks) {
      Files.copy(log, bak, StandardCopyOption.COPY_ATTRIBUTES);
    }
    forceDirectory();
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      long at = 0;
      for (Removed r : removed) {
        in.copy(at, r.offset() - at, out);
        at = r.offset() + r.length();
      }
      in.copy(at, in.size() - at, out);
      out.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(log));
    }
    Files.move(tmp, log, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    forceDirectory();
    Files.delete(bak);
    forceDirectory();
  }

  // A rename is durable only once its folder is on disk; not every platform can force a folder.
  private void forceDirectory() {
    try (FileChannel dir = FileChannel.open(log.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException unsupported) {
      LOG.debug("Cannot force {} to disk: {}", log.getParent(), unsupported.getMessage());
    }
  }
}
