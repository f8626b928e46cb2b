package vn.libnet.digital.bagit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import vn.libnet.core.LibnetVersion;

/**
 * Makes a BagIt 1.0 bag (RFC 8493) from a folder or a list of files: the files copied into {@code data/} and hashed on the
 * way (one read each, for every algorithm, files in parallel), payload manifests (SHA-256 and SHA-512 by
 * default), {@code bag-info.txt} (Bagging-Date, Payload-Oxum, Bag-Size, Bag-Software-Agent, and the
 * Source-Organization, External-Identifier, Bag-Group-Identifier and Bag-Count given), and tag manifests
 * over every tag file.
 *
 * <pre>{@code
 * BagSummary s = BagCreator.builder().sourceOrganization("Thư viện Quốc gia Việt Nam")
 *     .externalIdentifier("VN-HaNoi-TVQG:SACH-0001").build().create(Path.of("scans/0001"), Path.of("bags/0001"));
 * }</pre>
 *
 * <p>Crash-safe: the bag is built in a hidden folder beside its place ({@code .NAME.bagging-…}), forced to
 * disk, and renamed to its place only when whole, so a process killed midway leaves no folder there, let
 * alone one that validates; running again clears what a killed run left and makes the bag. The source is
 * never changed, unless {@link Builder#move()} is asked for: then a journal beside the work folder lets any
 * later run (or the failing run itself) put every moved file back first, so no file is lost however a run ends. File names are put in Unicode NFC (Vietnamese names from macOS scanners come in NFD),
 * each change listed in {@link BagSummary#renamed()} (paths under {@code data/}); two names equal under NFC, or a symbolic link, stop
 * it with a {@link BagException} before anything is written.
 */
public final class BagCreator {
  private final Set<ChecksumAlgorithm> algorithms;
  private final List<BagInfo.Entry> info;
  private final int threads;
  private final Clock clock;
  private final BagProgress progress;
  private final boolean move;
  private final MoveHook afterMove;

  private BagCreator(Builder b) {
    this.move = b.move;
    this.afterMove = b.afterMove;
    this.algorithms = EnumSet.copyOf(b.algorithms);
    this.info = List.copyOf(b.info);
    this.threads = b.threads;
    this.clock = b.clock;
    this.progress = b.progress;
  }

  /** A builder: SHA-256 and SHA-512, one thread per core. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Bags every file under {@code source} into a new folder {@code bag}.
   *
   * @throws BagException when the source is missing, the bag's place is taken, two names clash under NFC,
   *     the source holds a symbolic link, or reading or writing fails (then nothing is left at {@code bag})
   */
  public BagSummary create(Path source, Path bag) {
    Objects.requireNonNull(source, "source");
    return create(() -> BagPayload.ofFolder(source), source, bag);
  }

  /**
   * Bags the files given into a new folder {@code bag}: each file under {@code data/} by its name, each folder
   * given with its files under {@code data/FOLDER/}. With {@link Builder#move()}, the files are moved (the folders
   * they were in are left, empty).
   *
   * @throws BagException as {@link #create(Path, Path)} does, and when two of them have one name in the bag
   */
  public BagSummary create(java.util.Collection<Path> files, Path bag) {
    Objects.requireNonNull(files, "files");
    List<Path> given = List.copyOf(files);
    if (given.isEmpty()) {
      throw new IllegalArgumentException("No file to bag");
    }
    return create(() -> BagPayload.ofFiles(given), null, bag);
  }

  private BagSummary create(java.util.function.Supplier<BagPayload> listing, Path source, Path bag) {
    Objects.requireNonNull(bag, "bag");
    if (source != null && (!Files.isDirectory(source) || !Files.isReadable(source))) {
      throw new BagException(BagFailure.BAGIT_CREATE_SOURCE_MISSING, null, source);
    }
    if (Files.exists(bag, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      throw new BagException(BagFailure.BAGIT_CREATE_TARGET_EXISTS, null, bag);
    }
    Path parent = bag.toAbsolutePath().getParent();
    try {
      // First what killed runs left: a moving run's files go back to the source before it is listed.
      Files.createDirectories(parent);
      MoveJournal.recover(parent, bag.getFileName().toString());
    } catch (IOException e) {
      throw new BagException(BagFailure.BAGIT_CREATE_IO, e, source == null ? bag : source, String.valueOf(e.getMessage()), bag);
    }
    BagPayload listed = listing.get();
    Map<String, Path> payload = listed.files();
    Path work = parent.resolve("." + bag.getFileName() + ".bagging-" + UUID.randomUUID());
    List<Path> copied = new CopyOnWriteArrayList<>();
    boolean journaled = false;
    try {
      long bytes = 0;
      for (Path p : payload.values()) {
        bytes += Files.size(p);
      }
      if (move) {
        MoveJournal.write(work, payload);
        journaled = true;
      }
      Files.createDirectories(work.resolve("data"));
      Map<String, Map<ChecksumAlgorithm, String>> sums = copy(payload, work, bytes, copied);
      BagInfo.Oxum oxum = new BagInfo.Oxum(bytes, payload.size());
      write(work, "bagit.txt", "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
      write(work, "bag-info.txt", bagInfo(oxum));
      for (ChecksumAlgorithm a : algorithms) {
        StringBuilder m = new StringBuilder();
        sums.forEach((path, s) -> m.append(s.get(a)).append("  ").append(BagPaths.encode(path)).append('\n'));
        write(work, "manifest-" + a.bagitName() + ".txt", m.toString());
      }
      tagManifests(work);
      BagFiles.force(work);
      BagFiles.publish(work, bag);
      if (move) {
        Files.deleteIfExists(MoveJournal.of(work));
        BagMoves.finish(bag, source, copied);
      }
      return new BagSummary(bag, oxum, List.copyOf(algorithms), listed.renamed());
    } catch (IOException | RuntimeException e) {
      if (journaled && Files.exists(work)) {
        MoveJournal.putBack(work); // the payload goes home before anything is removed
      } else {
        BagFiles.deleteQuietly(work);
      }
      if (e instanceof BagException b) {
        throw b;
      }
      throw new BagException(BagFailure.BAGIT_CREATE_IO, e, source == null ? bag : source, String.valueOf(e.getMessage()), bag);
    }
  }

  /** Copies each file to its place in {@code work}, hashing it on the way; in parallel, one buffer a thread. */
  private Map<String, Map<ChecksumAlgorithm, String>> copy(Map<String, Path> payload, Path work, long total, List<Path> copied)
      throws IOException {
    java.util.concurrent.atomic.AtomicInteger moved = new java.util.concurrent.atomic.AtomicInteger();
    Fixity.Meter meter = new Fixity.Meter(progress, total);
    Map<String, Map<ChecksumAlgorithm, String>> sums = new TreeMap<>();
    if (payload.isEmpty()) {
      return sums;
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, payload.size()), r -> {
      Thread t = new Thread(r, "libnet-bagit-copy");
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[Fixity.BUFFER]);
    try {
      List<Map.Entry<String, Future<Map<ChecksumAlgorithm, String>>>> pending = new ArrayList<>();
      for (Map.Entry<String, Path> f : payload.entrySet()) {
        Path to = work.resolve(f.getKey());
        pending.add(Map.entry(f.getKey(), pool.submit(() -> {
          Files.createDirectories(to.getParent());
          if (move && BagMoves.rename(f.getValue(), to)) {
            if (afterMove != null) {
              afterMove.moved(moved.incrementAndGet());
            }
            try (InputStream in = Files.newInputStream(to)) {
              return Fixity.digest(in, algorithms, buffers.get(), null, meter);
            }
          }
          if (move) {
            copied.add(f.getValue());
          }
          try (InputStream in = Files.newInputStream(f.getValue());
              OutputStream out = Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            return Fixity.digest(in, algorithms, buffers.get(), out, meter);
          }
        })));
      }
      for (Map.Entry<String, Future<Map<ChecksumAlgorithm, String>>> p : pending) {
        sums.put(p.getKey(), p.getValue().get());
      }
      return sums;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while bagging", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
      BagFiles.awaitQuietly(pool); // no file may still be on its way when a failed run puts the payload back
    }
  }

  private String bagInfo(BagInfo.Oxum oxum) {
    List<BagInfo.Entry> entries = new ArrayList<>();
    entries.add(new BagInfo.Entry(BagInfo.BAG_SOFTWARE_AGENT, "LibNet SDK " + LibnetVersion.current()));
    entries.add(new BagInfo.Entry(BagInfo.BAGGING_DATE, LocalDate.now(clock).toString()));
    entries.add(new BagInfo.Entry(BagInfo.PAYLOAD_OXUM, oxum.toString()));
    entries.add(new BagInfo.Entry(BagInfo.BAG_SIZE, BagInfo.size(oxum.bytes())));
    entries.addAll(info);
    StringBuilder b = new StringBuilder();
    // A value's line ends would start new labels: they are folded to spaces.
    entries.forEach(e -> b.append(e.label()).append(": ").append(e.value().replaceAll("[\\r\\n]+", " ")).append('\n'));
    return b.toString();
  }

  private void tagManifests(Path work) throws IOException {
    List<String> tagFiles = new ArrayList<>();
    try (DirectoryStream<Path> top = Files.newDirectoryStream(work, Files::isRegularFile)) {
      top.forEach(p -> tagFiles.add(p.getFileName().toString()));
    }
    tagFiles.sort(Comparator.naturalOrder());
    Map<String, Map<ChecksumAlgorithm, String>> sums = new LinkedHashMap<>();
    byte[] buffer = new byte[Fixity.BUFFER];
    for (String name : tagFiles) {
      try (InputStream in = Files.newInputStream(work.resolve(name))) {
        sums.put(name, Fixity.digest(in, algorithms, buffer, null, null));
      }
    }
    for (ChecksumAlgorithm a : algorithms) {
      StringBuilder m = new StringBuilder();
      sums.forEach((name, s) -> m.append(s.get(a)).append("  ").append(BagPaths.encode(name)).append('\n'));
      write(work, "tagmanifest-" + a.bagitName() + ".txt", m.toString());
    }
  }

  private static void write(Path dir, String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }

  /** Told the number of files moved so far (tests inject failures with it). */
  interface MoveHook {
    void moved(int done) throws IOException;
  }

  /** Options of a {@link BagCreator}; every setter refuses {@code null} and values out of range. */
  public static final class Builder {
    private Set<ChecksumAlgorithm> algorithms = EnumSet.of(ChecksumAlgorithm.SHA256, ChecksumAlgorithm.SHA512);
    private final List<BagInfo.Entry> info = new ArrayList<>();
    private int threads = Runtime.getRuntime().availableProcessors();
    private Clock clock = Clock.systemDefaultZone();
    private BagProgress progress;
    private boolean move;
    private MoveHook afterMove;

    private Builder() {}

    /**
     * Moves the source's files into {@code data/} instead of copying them: renamed one by one on the same file
     * system; across file systems copied, and each source deleted only once the bag is in its place and
     * validates. A journal written before the first move lets a run killed at any moment (or failing) put every
     * file back, so no file is ever lost; the next run does that first and then makes the bag. Emptied folders
     * of the source are removed, the source folder itself is kept.
     */
    public Builder move() {
      this.move = true;
      return this;
    }

    /** For tests: told after each file renamed, so a test can fail or kill a run at a chosen moment. */
    Builder afterMove(MoveHook hook) {
      this.afterMove = Objects.requireNonNull(hook, "hook");
      return this;
    }

    /**
     * The algorithms of the manifests (default SHA-256 and SHA-512).
     *
     * @throws IllegalArgumentException when none is given, or one is MD5 or SHA-1 (too weak to prove integrity)
     */
    public Builder algorithms(ChecksumAlgorithm... algorithms) {
      if (algorithms.length == 0) {
        throw new IllegalArgumentException("At least one algorithm");
      }
      for (ChecksumAlgorithm a : algorithms) {
        if (!Objects.requireNonNull(a).strong()) {
          throw new IllegalArgumentException(a.bagitName() + " is read in old bags but never written: use sha256 or sha512");
        }
      }
      this.algorithms = EnumSet.of(algorithms[0], algorithms);
      return this;
    }

    /** {@code Source-Organization}: the library that bags, by name. */
    public Builder sourceOrganization(String name) {
      return info(BagInfo.SOURCE_ORGANIZATION, name);
    }

    /** {@code External-Identifier}: the object's identifier, such as its DigitalObject id. */
    public Builder externalIdentifier(String id) {
      return info(BagInfo.EXTERNAL_IDENTIFIER, id);
    }

    /** {@code Bag-Group-Identifier} and {@code Bag-Count} ({@code N of TOTAL}) for one bag of several. */
    public Builder group(String groupId, int number, int total) {
      if (number < 1 || number > total) {
        throw new IllegalArgumentException("Bag " + number + " of " + total);
      }
      info(BagInfo.BAG_GROUP_IDENTIFIER, groupId);
      return info(BagInfo.BAG_COUNT, number + " of " + total);
    }

    /**
     * Another {@code bag-info.txt} entry.
     *
     * @throws IllegalArgumentException when the label is empty, has a colon, or starts or ends with white space
     */
    public Builder info(String label, String value) {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      if (label.isEmpty() || label.contains(":") || !label.equals(label.strip()) || label.matches(".*[\\r\\n].*")) {
        throw new IllegalArgumentException("Not a bag-info label: \"" + label + "\"");
      }
      info.add(new BagInfo.Entry(label, value));
      return this;
    }

    /** Threads copying and hashing at once (default: the available cores). */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("At least one thread: " + n);
      }
      this.threads = n;
      return this;
    }

    /** The clock of Bagging-Date (default: the system's, in its time zone). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Told of the bytes copied and hashed as bagging goes. */
    public Builder progress(BagProgress progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** The creator; immutable and thread-safe. */
    public BagCreator build() {
      return new BagCreator(this);
    }
  }
}
