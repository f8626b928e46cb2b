package vn.libnet.testkit;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Recovery of a hub data folder whose log is damaged ({@link HubLogDamagedException}): keeps every entry
 * whose frame and checksum are intact, in order and byte for byte, moves every other byte aside, and says
 * exactly what was lost. The hub must be stopped while it runs.
 *
 * <p><b>What stays stable.</b> The hub numbers records ({@code r1, r2, ...}), the changes feed and the
 * versions of libraries and holdings (ETags) in the order it replays writes; clusters are named after their
 * first record. Removing a damaged write therefore keeps every number given before it, and may shift every
 * number given after it. So the recovery replays the entries it keeps on a scratch hub and compares each
 * write's answer with the answer the hub gave when it acknowledged it (kept in the log): record ids, cluster
 * ids, ETags, statuses. When any answer would differ, it writes nothing ({@link Outcome#REFUSED}) unless the
 * caller accepts the listed changes. What it cannot keep: the writes in the removed bytes (reported with
 * whatever of them can still be read, never verified), their idempotency keys (a retry is applied anew),
 * the changes feed's numbers after them (not part of any answer: read the feed again from the start), and
 * the ids a lost write was given, which the hub gives again to the next new records.
 *
 * <p><b>What it writes.</b> The removed byte ranges, exactly, to {@code hub-log.jsonl.damaged-<time>}, with
 * {@code hub-log.jsonl.damaged-<time>.index} naming each range's offset in the log, its length and its
 * offset in that file, so that the original can be put together again. The new log is written to a
 * temporary file, forced to disk and renamed over the log; until then the original is kept as {@code
 * hub-log.jsonl.bak-<time>}, removed once the new log is in place.
 */
public final class HubLogRecovery {
  /** The most kept writes with a changed answer that a {@link Result} lists. */
  public static final int CHANGES_LISTED = 1000;

  private HubLogRecovery() {}

  /** What a recovery did. */
  public enum Outcome {
    /** The log has no damage and no torn end: nothing was written. */
    NOTHING_TO_RECOVER,
    /** Only a torn end (an entry a crash cut short, never acknowledged) was moved aside. */
    RECOVERED,
    /** Damaged bytes that may have held acknowledged writes were moved aside: see {@link Result#removed()}. */
    RECOVERED_WITH_LOSSES,
    /** Some kept writes would replay to other answers than the hub gave (see {@link Result#changed()}): nothing written. */
    REFUSED
  }

  /**
   * The report of one recovery.
   *
   * @param outcome what was done
   * @param log the log file
   * @param entriesKept the entries kept (blank lines not counted)
   * @param removed each byte range moved aside, in order
   * @param changed each kept write whose answer would differ after the removal, in order; the first {@value
   *     #CHANGES_LISTED} only, so that a log damaged early cannot fill the memory with them
   * @param changedWrites how many kept writes would be answered differently, listed or not
   * @param damagedBytes the file holding the removed bytes, when something was written
   * @param damagedIndex the index of that file, when something was written
   */
  public record Result(Outcome outcome, Path log, long entriesKept, List<Removed> removed, List<Changed> changed,
      long changedWrites, Optional<Path> damagedBytes, Optional<Path> damagedIndex) {
    /** Copies the lists. */
    public Result {
      removed = List.copyOf(removed);
      changed = List.copyOf(changed);
    }

    /** Whether bytes that may have held acknowledged writes were (or, when refused, would be) removed. */
    public boolean losesAcknowledgedWrites() {
      return removed.stream().anyMatch(r -> !r.tornTail());
    }
  }

  /**
   * One byte range moved aside.
   *
   * @param entry the number (from 1, as the hub counts lines) of the entry where the range starts
   * @param offset its byte offset in the log
   * @param length its length in bytes
   * @param tornTail whether it is the end of the log after its last line end, which no answer ever followed
   * @param readable what of the entries in the range could still be read, unverified; empty when nothing could
   */
  public record Removed(int entry, long offset, long length, boolean tornTail, List<LostEntry> readable) {
    /** Copies the list. */
    public Removed {
      readable = List.copyOf(readable);
    }
  }

  /**
   * What could be read of an entry in removed bytes. Its checksum failed, so any of these values may itself
   * be damaged: they are shown as found, for a person to follow up, never replayed. Absent parts are {@code null}.
   *
   * @param offset the byte offset in the log where its JSON starts
   * @param type {@code write} or {@code trust}
   * @param method the HTTP method of a write
   * @param path the path of a write
   * @param signer the ISIL that signed it
   * @param idempotencyKey its idempotency key
   * @param at the time it was accepted (ISO-8601, as written)
   * @param status the status it was answered with
   * @param recordIds the record ids its answer gave, when the answer could be read
   */
  public record LostEntry(long offset, String type, String method, String path, String signer, String idempotencyKey,
      String at, Integer status, List<String> recordIds) {
    /** Copies the list. */
    public LostEntry {
      recordIds = List.copyOf(recordIds);
    }
  }

  /**
   * A kept write that would be answered differently once the removed entries are gone.
   *
   * @param entry its number in the log (from 1)
   * @param offset its byte offset in the log
   * @param method its HTTP method
   * @param path its path
   * @param idempotencyKey its idempotency key
   * @param differences each difference, as {@code where: acknowledged -> now} (for example {@code
   *     outcomes[0].recordId: r7 -> r6}); at most ten
   */
  public record Changed(int entry, long offset, String method, String path, String idempotencyKey, List<String> differences) {
    /** Copies the list. */
    public Changed {
      differences = List.copyOf(differences);
    }
  }

  /**
   * Recovers the log in {@code dataDirectory}, refusing when a kept write would be answered differently.
   * Call it only while no hub runs on the folder.
   *
   * @throws NoSuchFileException when the folder has no hub log
   * @throws IOException when the log cannot be read or the new files cannot be written; the log is then as it was
   */
  public static Result recover(Path dataDirectory) throws IOException {
    return recover(dataDirectory, false);
  }

  /**
   * Recovers the log in {@code dataDirectory}.
   *
   * @param acceptChanges write the new log even when kept writes would be answered differently (renumbered
   *     records among them); the changes are reported
   * @throws NoSuchFileException when the folder has no hub log
   * @throws IOException when the log cannot be read or the new files cannot be written; the log is then as it was
   */
  public static Result recover(Path dataDirectory, boolean acceptChanges) throws IOException {
    return new HubLogRescue(HubLog.fileIn(dataDirectory)).run(acceptChanges);
  }
}
