package vn.libnet.client.oai;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An incremental, resumable {@code ListRecords} harvest that keeps its progress in a checkpoint file.
 *
 * <pre>{@code
 * HarvestJob job = HarvestJob.builder().harvester(oai).prefix("marc21").checkpoint(Path.of("hn.oai-checkpoint"))
 *     .consumer(r -> store(r)).build();
 * HarvestJob.Outcome o = job.run(); // first run: everything; later runs: what changed since
 * }</pre>
 *
 * <p>{@link #run()} hands the records (deletions included, {@link OaiRecord#deleted()}) to the consumer one
 * at a time, in the repository's order. After the last record of each page was handed over, the
 * checkpoint is replaced atomically (temporary file, forced to disk, renamed) with the base URL, prefix,
 * set, the run's {@code from}/{@code until}, the next resumption token (with its {@code cursor} and {@code
 * completeListSize} when sent), the datestamp of the last record, and the {@code responseDate} of the
 * run's first page. What a run does depends on that file:
 *
 * <ul>
 *   <li>none: a fresh list with the builder's {@code from}/{@code until};
 *   <li>a run that did not finish (the process died, the consumer threw, the network failed): the list
 *       goes on at the saved token, whose page is asked again whole. <b>The consumer sees each record at
 *       least once</b>: the records of the page that was being handed over when the run stopped come
 *       again, so it should store them by identifier, replacing;
 *   <li>a finished run: an incremental list from that run's first {@code responseDate} minus one unit of
 *       the repository's granularity (a day or a second), so that a record changed while the run went on
 *       or in the same unit is not missed (it may come twice); the builder's {@code until} is kept;
 *   <li>a checkpoint of another base URL, prefix or set: refused ({@link OaiCheckpointException}), as is a
 *       file that cannot be read (torn, damaged), never taken for "no checkpoint".
 * </ul>
 *
 * <p>When the repository refuses a saved token ({@code badResumptionToken}, tokens expire) the run raises
 * {@link OaiTokenExpiredException}; {@link #resumeFromDatestamp()} then asks a fresh list from the last
 * datestamp handed over minus the granularity, which loses nothing when the repository lists by datestamp
 * (most do) and otherwise may miss records: {@link #restart()} harvests the run's list again from its
 * start. Not thread-safe; one job per checkpoint file at a time.
 */
public final class HarvestJob {
  private static final Logger LOG = LoggerFactory.getLogger(HarvestJob.class);

  private final OaiHarvester harvester;
  private final String prefix;
  private final String set;
  private final Instant from;
  private final Instant until;
  private final Path checkpoint;
  private final Consumer<? super OaiRecord> consumer;
  private final java.util.function.Supplier<String> pageEnd;

  /**
   * What a run did.
   *
   * @param records the records this run handed over, deletions included
   * @param deletions those of them that were deletions
   * @param pages the pages read
   * @param resumed whether the run went on at a saved token
   * @param from the {@code from} the list was asked with (null for none; for a resumed run, its original one)
   */
  public record Outcome(long records, long deletions, int pages, boolean resumed, Instant from) {}

  private HarvestJob(Builder b) {
    this.harvester = Objects.requireNonNull(b.harvester, "harvester");
    this.prefix = Objects.requireNonNull(b.prefix, "prefix");
    this.checkpoint = Objects.requireNonNull(b.checkpoint, "checkpoint");
    this.consumer = Objects.requireNonNull(b.consumer, "consumer");
    this.set = b.set;
    this.from = b.from;
    this.until = b.until;
    this.pageEnd = b.pageEnd;
  }

  /**
   * What the consumer said of its own state ({@link Builder#pageEnd}) when the checkpoint's last page was
   * handed over whole; empty when there is no checkpoint or no mark. A consumer that writes records where a
   * crash can leave part of a page (a file) puts its output back to this state before {@link #run()}, so
   * that the page asked again is written once.
   *
   * @throws OaiCheckpointException when the checkpoint is of another list or cannot be read
   */
  public String savedMark() {
    HarvestCheckpoint saved = load();
    return saved == null ? "" : saved.mark();
  }

  /** A builder; the harvester, prefix, checkpoint and consumer are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Harvests: fresh, resumed or incremental according to the checkpoint (see the class comment).
   *
   * @throws OaiCheckpointException the checkpoint is of another list, or cannot be read or written
   * @throws OaiTokenExpiredException the repository refused the saved token
   * @throws OaiException as {@link OaiHarvester#listRecords} (and its transport failures); what the consumer
   *     throws passes through. In every case the checkpoint holds the last page handed over whole.
   */
  public Outcome run() {
    HarvestCheckpoint saved = load();
    if (saved != null && saved.running()) {
      if (!Objects.equals(saved.from(), format(from)) || !Objects.equals(saved.until(), format(until))) {
        LOG.info("Resuming {} with its own from/until ({} / {}), not the ones given", checkpoint, saved.from(), saved.until());
      }
      LOG.info("Resuming the harvest of {} at token {} ({} record(s) so far)", saved.baseUrl(), saved.token(), saved.records());
      return harvest(harvester.recordList(prefix, null, null, set).resumeAt(saved.token()), saved, true);
    }
    Instant start = from;
    if (saved != null) {
      // A repository that sent no responseDate leaves only the last run's own from to go on.
      start = saved.responseDate().isEmpty() ? parse(saved.from()) : minusUnit(parse(saved.responseDate()));
      LOG.info("Incremental harvest of {} from {} (the last run's responseDate {})", saved.baseUrl(), start, saved.responseDate());
    }
    return fresh(start);
  }

  /**
   * Goes on with an unfinished run whose token the repository refused: a fresh list from its last datestamp
   * minus one unit of the granularity (from the run's own {@code from} when no record was handed over),
   * with its {@code until} and set. The checkpoint keeps the run's first {@code responseDate}.
   *
   * @throws IllegalStateException when the checkpoint holds no unfinished run
   * @throws OaiException as {@link #run()}
   */
  public Outcome resumeFromDatestamp() {
    HarvestCheckpoint saved = load();
    if (saved == null || !saved.running()) {
      throw new IllegalStateException("No unfinished harvest in " + checkpoint);
    }
    Instant start = saved.lastDatestamp().isEmpty() ? parse(saved.from()) : minusUnit(parse(saved.lastDatestamp()));
    LOG.info("Harvest of {} asked again from {} (last datestamp {})", saved.baseUrl(), start, saved.lastDatestamp());
    HarvestCheckpoint again = new HarvestCheckpoint(saved.baseUrl(), prefix, set, saved.from(), saved.until(), true, null, "", "",
        saved.lastDatestamp(), saved.responseDate(), saved.records(), saved.mark());
    return harvest(harvester.recordList(prefix, start, parse(saved.until()), set), again, false);
  }

  /**
   * Forgets the checkpoint's state and harvests the builder's list from its start (its {@code from}).
   *
   * @throws OaiException as {@link #run()}
   */
  public Outcome restart() {
    load();
    return fresh(from);
  }

  private Outcome fresh(Instant start) {
    HarvestCheckpoint saved = HarvestCheckpoint.read(checkpoint);
    HarvestCheckpoint initial = new HarvestCheckpoint(harvester.baseUrl(), prefix, set, format(start), format(until), true, null, "", "",
        "", "", 0, saved == null ? "" : saved.mark());
    return harvest(harvester.recordList(prefix, start, until, set), initial, false);
  }

  private Outcome harvest(OaiList<OaiRecord> list, HarvestCheckpoint initial, boolean resumed) {
    State s = new State(initial);
    list.onPageEnd((responseDate, token, cursor, size) -> {
      s.pages++;
      String first = s.cp.responseDate().isEmpty() ? responseDate : s.cp.responseDate();
      String mark = pageEnd == null ? s.cp.mark() : Objects.requireNonNull(pageEnd.get(), "the page-end mark");
      s.cp = new HarvestCheckpoint(s.cp.baseUrl(), prefix, set, s.cp.from(), s.cp.until(), token != null, token, cursor, size,
          s.lastDatestamp, first, s.cp.records() + s.onPage, mark);
      s.onPage = 0;
      s.cp.write(checkpoint);
    });
    try {
      while (list.hasNext()) {
        OaiRecord r = list.next();
        consumer.accept(r);
        s.onPage++;
        s.records++;
        s.deletions += r.deleted() ? 1 : 0;
        s.lastDatestamp = r.header().datestamp();
      }
    } catch (OaiErrorException e) {
      String token = s.cp.token();
      if (e.oaiError() == OaiErrorCode.BAD_RESUMPTION_TOKEN && token != null) {
        throw new OaiTokenExpiredException(token, s.cp.lastDatestamp(), e);
      }
      throw e;
    }
    LOG.info("Harvest of {} finished: {} record(s), {} deletion(s), {} page(s)", s.cp.baseUrl(), s.records, s.deletions, s.pages);
    return new Outcome(s.records, s.deletions, s.pages, resumed, parse(s.cp.from()));
  }

  /** The progress of one run; the checkpoint is the state as of the last page handed over whole. */
  private static final class State {
    HarvestCheckpoint cp;
    String lastDatestamp;
    long records;
    long deletions;
    long onPage;
    int pages;

    State(HarvestCheckpoint cp) {
      this.cp = cp;
      this.lastDatestamp = cp.lastDatestamp();
    }
  }

  private HarvestCheckpoint load() {
    HarvestCheckpoint saved = HarvestCheckpoint.read(checkpoint);
    if (saved != null && !saved.sameList(harvester.baseUrl(), prefix, set)) {
      throw OaiCheckpointException.mismatch(checkpoint, describe(saved.baseUrl(), saved.prefix(), saved.set()),
          describe(harvester.baseUrl(), prefix, set));
    }
    return saved;
  }

  private static String describe(String baseUrl, String prefix, String set) {
    return baseUrl + " " + prefix + (set == null ? "" : " set " + set);
  }

  private Instant minusUnit(Instant t) {
    return harvester.granularity() == OaiGranularity.DAY ? t.minus(1, ChronoUnit.DAYS) : t.minusSeconds(1);
  }

  private static String format(Instant t) {
    return t == null ? "" : t.toString();
  }

  /** A datestamp or {@code responseDate} ({@code YYYY-MM-DD} or ISO instant) as an instant; null for empty. */
  static Instant parse(String date) {
    if (date == null || date.isEmpty()) {
      return null;
    }
    try {
      return date.length() == 10 ? LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(date);
    } catch (DateTimeParseException e) {
      throw OaiException.badResponse("-", "the date " + date + " is not an OAI-PMH datestamp", e);
    }
  }

  /** Builds a {@link HarvestJob}. */
  public static final class Builder {
    private OaiHarvester harvester;
    private String prefix;
    private String set;
    private Instant from;
    private Instant until;
    private Path checkpoint;
    private Consumer<? super OaiRecord> consumer;
    private java.util.function.Supplier<String> pageEnd;

    private Builder() {}

    /** The harvester of the repository (its base URL names the checkpoint's list; not closed by the job). */
    public Builder harvester(OaiHarvester harvester) {
      this.harvester = Objects.requireNonNull(harvester, "harvester");
      return this;
    }

    /** The metadata prefix, e.g. {@code marc21} or {@code oai_dc}. */
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    /** The set, null (the default) for all records. */
    public Builder set(String set) {
      this.set = set;
      return this;
    }

    /** The first run's {@code from}, null (the default) for none; later runs start from the last responseDate. */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /** The {@code until} of every run, null (the default) for none. */
    public Builder until(Instant until) {
      this.until = until;
      return this;
    }

    /** The checkpoint file (its directory is created when missing; {@code FILE.tmp} is used beside it). */
    public Builder checkpoint(Path file) {
      this.checkpoint = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Where the records go, one at a time, deletions included; what it throws stops the run, to be resumed. */
    public Builder consumer(Consumer<? super OaiRecord> consumer) {
      this.consumer = Objects.requireNonNull(consumer, "consumer");
      return this;
    }

    /**
     * Asked after the last record of each page was handed over, before the checkpoint is replaced: the
     * consumer makes what it wrote durable (flush, sync) and returns a mark of its state (such as its
     * files' lengths), kept in the checkpoint with the page and given back by {@link #savedMark()}. One
     * line of text; what it throws stops the run with the checkpoint unchanged.
     */
    public Builder pageEnd(java.util.function.Supplier<String> mark) {
      this.pageEnd = Objects.requireNonNull(mark, "mark");
      return this;
    }

    /** The job. */
    public HarvestJob build() {
      return new HarvestJob(this);
    }
  }
}
