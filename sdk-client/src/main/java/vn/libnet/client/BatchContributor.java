package vn.libnet.client;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.marc4j.marc.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;

/**
 * Contributes a MARC file or stream of any size to the union catalogue in batches, with a bounded number
 * of batches in flight, and keeps a checkpoint file so that a process killed at any moment and started
 * again with the same input and checkpoint finishes the job with no record lost and none stored twice.
 *
 * <p>How: the input is cut into batches of a fixed number of readable records; batch {@code n} always
 * gets the idempotency key {@code <job id>/<n>}, where the job id is born with the checkpoint. A batch is
 * written to the checkpoint only after the hub acknowledged it; on a restart, acknowledged batches are
 * skipped (after checking that the input still yields the same bytes for them) and all others are sent
 * again under their same keys, so a batch the hub stored just before the crash is answered from the hub's
 * idempotency record rather than stored again. Unreadable records are counted, logged and skipped the
 * same way on every run.
 *
 * <p>A batch is marked done only on an answer bound to that batch's own request: the client refuses an
 * answer that does not cover the request's signature (an answer to another batch, replayed), and the
 * contributor checks besides that the answer has one outcome per record of the batch, in its order and
 * with its control numbers ({@code CLIENT_BATCH_ANSWER_MISMATCH} otherwise). Such a batch fails, the job
 * stops, and a resumed job sends it again under its same key, so what the hub did not really store is
 * stored then, and what it did is not stored twice.
 *
 * <p>Each record's outcome, not only the totals, goes to the listener set with {@link
 * Builder#outcomes}: accepted, merged or rejected (with the hub's issues), unreadable, not sent (its batch
 * failed or the run stopped), or done by an earlier run of the same checkpoint.
 *
 * <pre>{@code
 * BatchSummary s = BatchContributor.builder(client).batchSize(200).concurrency(4).build()
 *     .contribute(Path.of("catalogue.mrc"), Path.of("catalogue.mrc.checkpoint"));
 * }</pre>
 */
public final class BatchContributor {
  private static final Logger LOG = LoggerFactory.getLogger(BatchContributor.class);

  private final LibnetClient client;
  private final int batchSize;
  private final int concurrency;
  private final MarcFormat format;
  private final Consumer<BatchProgress> progress;
  private final Consumer<ContributionOutcome> outcomes;

  private BatchContributor(Builder b) {
    this.client = b.client;
    this.batchSize = b.batchSize;
    this.concurrency = b.concurrency;
    this.format = b.format;
    this.progress = b.progress;
    this.outcomes = b.outcomes;
  }

  /** A builder for contributions through {@code client}. */
  public static Builder builder(LibnetClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Contributes every record of {@code marcFile} (any format the SDK reads, detected; read leniently, so
   * damaged records are repaired or skipped and counted).
   *
   * @throws LibnetClientException {@code CLIENT_CHECKPOINT_MISMATCH} when the checkpoint belongs to other input
   */
  public BatchSummary contribute(Path marcFile, Path checkpoint) {
    try (MarcRecordReader reader = MarcReaders.open(marcFile, null, ReadOptions.lenient())) {
      return contribute(reader, checkpoint);
    }
  }

  /** Contributes the records of {@code stream}; the stream's order must be the same on every run. */
  public BatchSummary contribute(Stream<Record> stream, Path checkpoint) {
    AtomicInteger n = new AtomicInteger();
    Iterator<MarcRead> reads = stream.map(r -> new MarcRead(n.incrementAndGet(), -1, 0, r, List.of())).iterator();
    return contribute(reads, checkpoint);
  }

  /** Contributes what {@code reads} yields (for example a {@link MarcRecordReader}); unreadable entries are skipped. */
  public BatchSummary contribute(Iterator<MarcRead> reads, Path checkpoint) {
    try (Checkpoint cp = Checkpoint.open(checkpoint, batchSize)) {
      return new Run(cp).run(reads);
    }
  }

  /** The state of one run. */
  private final class Run {
    private final Checkpoint cp;
    private final ExecutorService pool;
    private final Semaphore inFlight = new Semaphore(concurrency);
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong merged = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong recordsDone = new AtomicLong();
    private final List<BatchSummary.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    private long recordsRead;
    private long resumed;

    Run(Checkpoint cp) {
      this.cp = cp;
      AtomicInteger thread = new AtomicInteger();
      this.pool = Executors.newFixedThreadPool(concurrency, r -> {
        Thread t = new Thread(r, "libnet-batch-" + thread.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    }

    BatchSummary run(Iterator<MarcRead> reads) {
      long unreadable = 0;
      long batchNo = 0;
      long first = 1;
      List<MarcRead> current = new ArrayList<>(cp.batchSize());
      try {
        while (!stop.get() && reads.hasNext()) {
          MarcRead r = reads.next();
          recordsRead++;
          if (!r.readable()) {
            unreadable++;
            LOG.warn("Record {} (offset {}) cannot be read and is not sent: {}", r.number(), r.offset(), r.issues());
            emit(new ContributionOutcome(r.number(), null, ContributionOutcome.Status.UNREADABLE, -1, null, null, r.issues()));
          } else {
            if (current.isEmpty()) {
              first = r.number();
            }
            current.add(r);
          }
          if (current.size() == cp.batchSize()) {
            submit(batchNo++, current, first);
            current = new ArrayList<>(cp.batchSize());
          }
        }
        if (!current.isEmpty() && !stop.get()) {
          submit(batchNo++, current, first);
        } else {
          notSent(current, batchNo, null);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop.set(true);
        failures.add(new BatchSummary.Failure(batchNo, first, "INTERRUPTED", "The contribution was interrupted", null));
        notSent(current, batchNo, null);
      } finally {
        pool.shutdown();
        awaitQuietly();
      }
      BatchSummary s = new BatchSummary(recordsRead, unreadable, batchNo, resumed, accepted.get(), merged.get(), rejected.get(),
          failures);
      LOG.info("Contribution with checkpoint {}: {}", cp.file(), s);
      return s;
    }

    private void submit(long batch, List<MarcRead> reads, long firstRecord) throws InterruptedException {
      List<Record> records = reads.stream().map(MarcRead::record).toList();
      RecordBatch body = RecordBatch.of(records, format);
      String fingerprint = fingerprint(body.body());
      Checkpoint.Done done = cp.done(batch);
      if (done != null) {
        if (!done.fingerprint().equals(fingerprint)) {
          throw new LibnetClientException(ClientFailure.CLIENT_CHECKPOINT_MISMATCH, null, cp.file(), batch);
        }
        resumed++;
        count(batch, records.size(), done);
        for (MarcRead r : reads) {
          emit(new ContributionOutcome(r.number(), r.controlNumber(), ContributionOutcome.Status.DONE_EARLIER, batch, null, null, null));
        }
        return;
      }
      inFlight.acquire();
      if (stop.get()) {
        inFlight.release();
        notSent(reads, batch, null);
        return;
      }
      pool.execute(() -> {
        try {
          String key = cp.jobId() + "/" + batch;
          ContributionResult result = client.contributeRecords(body, new ContributeOptions(false, key));
          requireAnswerOf(result, records, batch);
          var t = result.totals();
          Checkpoint.Done d = new Checkpoint.Done(fingerprint, t.get(OutcomeStatus.ACCEPTED), t.get(OutcomeStatus.MERGED),
              t.get(OutcomeStatus.REJECTED));
          cp.markDone(batch, d);
          count(batch, records.size(), d);
          for (int i = 0; i < reads.size(); i++) {
            var o = result.outcomes().get(i);
            emit(new ContributionOutcome(reads.get(i).number(), reads.get(i).controlNumber(),
                ContributionOutcome.Status.valueOf(o.status().name()), batch, o.clusterId(), o.recordId(), o.issues()));
          }
        } catch (LibnetClientException | java.io.UncheckedIOException e) {
          String code = e instanceof LibnetClientException le ? le.code() : "CLIENT_CHECKPOINT_WRITE";
          failures.add(new BatchSummary.Failure(batch, firstRecord, code, e.getMessage(), e instanceof LibnetClientException le ? le : null));
          notSent(reads, batch, new ValidationIssue(code, Severity.ERROR, "", e.getMessage(), "", List.of()));
          // A refusal of this batch's data leaves the others worth sending; a dead hub or a bad answer does not.
          boolean dataProblem = e instanceof LibnetProblemException p && p.status() >= 400 && p.status() < 500 && p.status() != 429;
          if (!dataProblem) {
            stop.set(true);
          }
          LOG.error("Batch {} (records from {}) failed: {}", batch, firstRecord, e.getMessage());
        } finally {
          inFlight.release();
        }
      });
    }

    private void count(long batch, int size, Checkpoint.Done d) {
      accepted.addAndGet(d.accepted());
      merged.addAndGet(d.merged());
      rejected.addAndGet(d.rejected());
      // Counted under the same lock as the report, so that listeners see the totals only ever grow.
      synchronized (this) {
        long records = recordsDone.addAndGet(size);
        if (progress != null) {
          progress.accept(new BatchProgress(recordsRead, cp.doneCount(), records));
        }
      }
      LOG.debug("Batch {} done: {}", batch, d);
    }

    private void notSent(List<MarcRead> reads, long batch, ValidationIssue why) {
      for (MarcRead r : reads) {
        emit(new ContributionOutcome(r.number(), r.controlNumber(), ContributionOutcome.Status.NOT_SENT, batch, null, null,
            why == null ? List.of() : List.of(why)));
      }
    }

    // Worker threads and the reading thread both report; the listener sees one call at a time.
    private void emit(ContributionOutcome o) {
      if (outcomes != null) {
        synchronized (outcomes) {
          outcomes.accept(o);
        }
      }
    }

    private void awaitQuietly() {
      try {
        while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
          LOG.info("Waiting for {} batch(es) in flight", concurrency - inFlight.availablePermits());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * Refuses an answer that is not about {@code records}: a dry run, another number of outcomes, or an
   * outcome whose index or control number (when the hub names one) is not that of the record at its place.
   * The signature already binds the answer to the request; this keeps a hub's (or a proxy's) mix-up from
   * ever being written to the checkpoint.
   */
  private static void requireAnswerOf(ContributionResult result, List<Record> records, long batch) {
    String why = null;
    if (result.dryRun()) {
      why = "dry run";
    } else if (result.outcomes().size() != records.size()) {
      why = result.outcomes().size() + " outcomes for " + records.size() + " records";
    } else {
      for (int i = 0; i < records.size() && why == null; i++) {
        var o = result.outcomes().get(i);
        String cn = records.get(i).getControlNumber();
        if (o.index() != i || (o.controlNumber() != null && cn != null && !o.controlNumber().equals(cn))) {
          why = "outcome " + i + " is of record " + o.index() + " (" + o.controlNumber() + "), not " + cn;
        }
      }
    }
    if (why != null) {
      throw new LibnetClientException(ClientFailure.CLIENT_BATCH_ANSWER_MISMATCH, null, batch, why);
    }
  }

  private static String fingerprint(byte[] body) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Builds a {@link BatchContributor}. */
  public static final class Builder {
    private final LibnetClient client;
    private int batchSize = 100;
    private int concurrency = 2;
    private MarcFormat format = MarcFormat.MARCXML;
    private Consumer<BatchProgress> progress;
    private Consumer<ContributionOutcome> outcomes;

    private Builder(LibnetClient client) {
      this.client = client;
    }

    /** Records per batch (100 unless set; 1 to 10,000). A resumed job keeps the size of its checkpoint. */
    public Builder batchSize(int size) {
      if (size < 1 || size > 10_000) {
        throw new IllegalArgumentException("Batch size must be 1 to 10000, not " + size);
      }
      this.batchSize = size;
      return this;
    }

    /** Batches in flight at once (2 unless set; 1 to 32). */
    public Builder concurrency(int batches) {
      if (batches < 1 || batches > 32) {
        throw new IllegalArgumentException("Concurrency must be 1 to 32, not " + batches);
      }
      this.concurrency = batches;
      return this;
    }

    /** The serialisation sent to the hub (MARCXML unless set). */
    public Builder format(MarcFormat f) {
      RecordBatch.mediaType(f);
      this.format = f;
      return this;
    }

    /** Called after each acknowledged batch, from a worker thread, one call at a time. */
    public Builder progress(Consumer<BatchProgress> listener) {
      this.progress = listener;
      return this;
    }

    /**
     * Called with every input record's outcome: from the reading thread for unreadable records and for
     * batches done by an earlier run, from a worker thread once a batch is answered (or failed), one call at
     * a time. Records come in input order within a batch; batches in the order they finish. Records the run
     * never read, because it stopped, are not reported. The listener must not throw.
     */
    public Builder outcomes(Consumer<ContributionOutcome> listener) {
      this.outcomes = listener;
      return this;
    }

    /** The contributor. */
    public BatchContributor build() {
      return new BatchContributor(this);
    }
  }
}
