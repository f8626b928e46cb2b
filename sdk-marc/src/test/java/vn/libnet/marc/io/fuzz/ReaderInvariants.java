package vn.libnet.marc.io.fuzz;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import vn.libnet.core.json.fuzz.InternalTexts;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcFailure;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReadException;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadMode;
import vn.libnet.marc.io.ReadOptions;

/**
 * What every MARC reader must do with any input, checked on one fuzz input by the four reader fuzz tests.
 *
 * <p>The input is read twice: alone, as a whole file, and as the damaged third record of an otherwise
 * intact five-record file ({@link Framing}). Each time in lenient mode (English messages, then checked in
 * Vietnamese too) and in strict mode. The invariants:
 *
 * <ol>
 *   <li>Lenient: nothing is thrown (the input is in memory, so no {@code UncheckedIOException} either);
 *       records are numbered 1, 2, 3, … with no gap; a read with no record carries an issue.
 *   <li>Strict: only {@link MarcReadException} is thrown, numbered as the record after the last one
 *       delivered; strict succeeds exactly when lenient found no error, and when strict throws lenient
 *       reported something.
 *   <li>No message or suggestion, in English or Vietnamese, carries an internal exception text.
 *   <li>Every intact record of the framed file is read, equal field by field to its reading alone, or a
 *       read next to where it should be reports a problem. The first record is always read first. For
 *       formats whose records are delimited without a parser state ({@link Framing#resynchronises()}:
 *       ISO 2709 and MRK) the first and the last record must always be read and the last one must be the
 *       last read; only the two records next to the damage may be lost, and only with a report. MARCXML
 *       and MARC-in-JSON cannot always resynchronise after a syntax error (an unclosed comment or string
 *       swallows the rest), so there any record may be lost, but never without a report.
 * </ol>
 *
 * <p>Each violation is thrown from its own line, so that Jazzer's deduplication tells them apart; an
 * exception that escapes a reader is left to propagate as it is, with its own stack.
 */
final class ReaderInvariants {
  private static final Locale VI = Locale.forLanguageTag("vi");

  private ReaderInvariants() {}

  /** Checks every invariant on {@code data}, alone and framed. */
  static void check(Framing framing, byte[] data) {
    checkAlone(framing.format(), data);
    checkFramed(framing, data);
  }

  private static void checkAlone(MarcFormat format, byte[] data) {
    Lenient l = lenient(format, data);
    Strict strict = readStrict(format, data);
    if (l.refusal != null) {
      if (strict.failure == null) {
        throw violation("refusal-not-strict", "lenient refused the input (" + l.refusal.getMessage() + ") but strict read it");
      }
      return;
    }
    List<MarcRead> lenient = l.reads;
    boolean lenientError = lenient.stream().anyMatch(r -> !r.readable() || r.hasErrors());
    if (strict.failure == null && lenientError) {
      throw violation("strict-passes-lenient-error", "strict read the whole input while lenient reported an error: " + describe(lenient));
    }
    if (strict.failure != null && lenient.stream().allMatch(r -> r.issues().isEmpty())) {
      throw violation("strict-fails-lenient-silent", 
          "strict failed (" + strict.failure.getMessage() + ") while lenient reported nothing: " + describe(lenient));
    }
  }

  private static void checkFramed(Framing framing, byte[] data) {
    byte[] file = framing.file(data);
    List<Framing.Intact> intact = framing.intact();
    Lenient l = lenient(framing.format(), file);
    if (l.refusal != null) {
      // the whole file is refused, with a MarcReadException that says so: every record is reported
      if (readStrict(framing.format(), file).failure == null) {
        throw violation("framed-refusal-not-strict", "lenient refused the framed file (" + l.refusal.getMessage() + ") but strict read it");
      }
      return;
    }
    List<MarcRead> reads = l.reads;

    int[] at = new int[intact.size()];
    int from = 0;
    for (int k = 0; k < intact.size(); k++) {
      at[k] = -1;
      for (int i = from; i < reads.size(); i++) {
        MarcRead r = reads.get(i);
        if (r.readable() && canonical(r.record()).equals(intact.get(k).canonical())) {
          at[k] = i;
          from = i + 1;
          break;
        }
      }
    }
    if (at[0] != 0) {
      throw violation("first-record-not-first", "the intact first record was not read first: " + describe(reads));
    }
    int last = intact.size() - 1;
    if (framing.resynchronises()) {
      // judged from the end: the damage may itself hold a copy of an intact record
      MarcRead lastRead = reads.get(reads.size() - 1);
      if (!lastRead.readable() || !canonical(lastRead.record()).equals(intact.get(last).canonical())) {
        throw at[last] < 0
            ? violation("last-record-lost", "the intact last record, two records after the damage, was lost: " + describe(reads))
            : violation("reads-after-last-record", "reads after the intact last record: " + describe(reads));
      }
      at[last] = reads.size() - 1;
    }
    for (int k = 0; k < intact.size(); k++) {
      if (at[k] >= 0) {
        continue;
      }
      int lo = 0;
      for (int j = k - 1; j >= 0; j--) {
        if (at[j] >= 0) {
          lo = at[j];
          break;
        }
      }
      int hi = reads.size() - 1;
      for (int j = k + 1; j < intact.size(); j++) {
        if (at[j] >= 0) {
          hi = at[j];
          break;
        }
      }
      boolean reported = false;
      for (int i = lo; i <= hi && i < reads.size(); i++) {
        MarcRead r = reads.get(i);
        Set<String> baseline = baselineOf(intact, at, i);
        if (!r.readable() || r.issues().stream().anyMatch(x -> !baseline.contains(x.code()))) {
          reported = true;
          break;
        }
      }
      if (!reported) {
        throw violation("intact-record-lost-silently", 
            "intact record " + intact.get(k).name() + " was lost without a report: " + describe(reads));
      }
    }

    Strict strict = readStrict(framing.format(), file);
    if (strict.failure != null && REFUSALS.contains(strict.failure.failure())) {
      throw violation("strict-refuses-lenient-reads", "strict refused the framed file (" + strict.failure.getMessage()
          + ") while lenient read it: " + describe(reads));
    }
    if (strict.reads.isEmpty() || !canonical(strict.reads.get(0).record()).equals(intact.get(0).canonical())) {
      throw violation("strict-first-record", 
          "strict did not deliver the intact first record: "
              + describe(strict.reads)
              + (strict.failure == null ? "" : " then " + strict.failure.getMessage()));
    }
    boolean lenientError = reads.stream().anyMatch(r -> !r.readable() || r.hasErrors());
    if (strict.failure == null && lenientError) {
      throw violation("framed-strict-passes-lenient-error", "strict read the whole framed file while lenient reported an error: " + describe(reads));
    }
    if (strict.failure != null) {
      boolean reportedAny = false;
      for (int i = 0; i < reads.size(); i++) {
        Set<String> baseline = baselineOf(intact, at, i);
        if (!reads.get(i).readable() || reads.get(i).issues().stream().anyMatch(x -> !baseline.contains(x.code()))) {
          reportedAny = true;
        }
      }
      if (!reportedAny) {
        throw violation("framed-strict-fails-lenient-silent", 
            "strict failed (" + strict.failure.getMessage() + ") while lenient reported nothing: " + describe(reads));
      }
    }
  }

  /** The issue codes an intact record has when read alone; none for a read that is not an intact record. */
  private static Set<String> baselineOf(List<Framing.Intact> intact, int[] at, int readIndex) {
    for (int k = 0; k < at.length; k++) {
      if (at[k] == readIndex) {
        return intact.get(k).baselineCodes();
      }
    }
    return Set.of();
  }

  /**
   * The failures a lenient reader may throw: input that no reader may read (MarcReadException's Javadoc),
   * that is MARCXML with a DOCTYPE or an entity reference.
   */
  // Only a DOCTYPE refuses a whole file; an undeclared entity loses its own record (lenient) or stops
  // strict reading there, like any other damage.
  private static final Set<MarcFailure> REFUSALS = Set.of(MarcFailure.MARCXML_DOCTYPE);

  /** What a lenient read gave: the reads, and the refusal of the whole input if there was one. */
  static final class Lenient {
    final List<MarcRead> reads = new ArrayList<>();
    MarcReadException refusal;
  }

  /** Reads everything leniently; an exception that escapes, but a documented refusal, propagates. */
  static List<MarcRead> readLenient(MarcFormat format, byte[] data) {
    return lenient(format, data).reads;
  }

  static Lenient lenient(MarcFormat format, byte[] data) {
    Lenient result = new Lenient();
    try {
      readLenientInto(format, data, result.reads);
    } catch (MarcReadException e) {
      if (!REFUSALS.contains(e.failure())) {
        throw e;
      }
      checkText(e.getMessage(), null);
      checkText(e.message(VI), null);
      result.refusal = e;
    }
    return result;
  }

  private static void readLenientInto(MarcFormat format, byte[] data, List<MarcRead> reads) {
    try (MarcRecordReader reader =
        MarcReaders.open(new ByteArrayInputStream(data), format, new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH))) {
      while (reader.hasNext()) {
        MarcRead r = reader.next();
        if (r == null) {
          throw violation("lenient-null-read", "lenient next() returned null after " + reads.size() + " reads");
        }
        reads.add(r);
        if (r.number() != reads.size()) {
          throw violation("lenient-numbering", "lenient read " + reads.size() + " is numbered " + r.number() + ": " + describe(reads));
        }
        if (!r.readable() && r.issues().isEmpty()) {
          throw violation("unreadable-without-issue", "lenient read " + r.number() + " has no record and no issue");
        }
        for (ValidationIssue issue : r.issues()) {
          checkText(issue.message(), issue);
          checkText(issue.suggestion(), issue);
          ValidationIssue vi = issue.localized(VI);
          checkText(vi.message(), vi);
          checkText(vi.suggestion(), vi);
        }
        if (reads.size() > data.length + 10) {
          throw violation("too-many-reads", "lenient gave more reads than the input has bytes: " + describe(reads));
        }
      }
    }
  }

  private static final class Strict {
    final List<MarcRead> reads = new ArrayList<>();
    MarcReadException failure;
  }

  /** Reads strictly up to the first {@link MarcReadException}; any other exception propagates. */
  private static Strict readStrict(MarcFormat format, byte[] data) {
    Strict s = new Strict();
    try (MarcRecordReader reader =
        MarcReaders.open(new ByteArrayInputStream(data), format, new ReadOptions(ReadMode.STRICT, Locale.ENGLISH))) {
      while (reader.hasNext()) {
        MarcRead r = reader.next();
        s.reads.add(r);
        if (r == null || !r.readable()) {
          throw violation("strict-read-without-record", "strict delivered a read without a record: " + describe(s.reads));
        }
        if (r.number() != s.reads.size()) {
          throw violation("strict-numbering", "strict read " + s.reads.size() + " is numbered " + r.number());
        }
      }
    } catch (MarcReadException e) {
      s.failure = e;
      checkText(e.getMessage(), null);
      checkText(e.message(Locale.ENGLISH), null);
      checkText(e.message(VI), null);
      if (!REFUSALS.contains(e.failure()) && e.recordNumber() != s.reads.size() + 1) {
        throw violation("strict-failure-number", 
            "strict failure names record " + e.recordNumber() + " after " + s.reads.size() + " records: " + e.getMessage());
      }
    }
    return s;
  }

  private static void checkText(String text, ValidationIssue issue) {
    if (text == null) {
      throw violation("null-message", "a message is null" + (issue == null ? "" : " (" + issue.code() + ")"));
    }
    Optional<Pattern> found = InternalTexts.find(text);
    String kind = found.map(p -> "internal-text." + (issue == null ? "exception" : issue.code()) + "." + InternalTexts.shortName(p)).orElse("");
    if (found.isPresent() && !InternalTexts.tolerated(kind)) {
      throw violation(
          kind,
          "internal text /" + found.get() + "/ in a message" + (issue == null ? "" : " (" + issue.code() + ")") + ": " + text);
    }
  }

  /**
   * The record as field-by-field text: the leader without the positions that depend on the bytes (length,
   * base address) or the source encoding (09), then every field in order with indicators and subfields.
   */
  static String canonical(Record record) {
    if (record == null) {
      return "<none>";
    }
    StringBuilder sb = new StringBuilder();
    String leader = record.getLeader() == null ? "" : record.getLeader().marshal();
    StringBuilder masked = new StringBuilder(leader);
    for (int i = 0; i < masked.length(); i++) {
      if (i < 5 || i == 9 || (i >= 12 && i < 17)) {
        masked.setCharAt(i, '#');
      }
    }
    sb.append("LDR ").append(masked).append('\n');
    for (VariableField f : record.getVariableFields()) {
      if (f instanceof ControlField cf) {
        sb.append(cf.getTag()).append(' ').append(cf.getData()).append('\n');
      } else if (f instanceof DataField df) {
        sb.append(df.getTag()).append(' ').append(df.getIndicator1()).append(df.getIndicator2());
        for (Subfield sf : df.getSubfields()) {
          sb.append(" $").append(sf.getCode()).append(sf.getData());
        }
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** A short account of the reads, for a failure message. */
  static String describe(List<MarcRead> reads) {
    StringBuilder sb = new StringBuilder("[");
    for (MarcRead r : reads) {
      if (r == null) {
        sb.append(" null");
        continue;
      }
      sb.append(" #").append(r.number()).append(r.readable() ? " " + r.controlNumber() : " unreadable");
      Set<String> codes = new HashSet<>();
      for (ValidationIssue i : r.issues()) {
        codes.add(i.code() + (i.severity() == Severity.ERROR ? "!" : ""));
      }
      if (!codes.isEmpty()) {
        sb.append(' ').append(codes);
      }
    }
    return sb.append(" ]").toString();
  }

  private static AssertionError violation(String kind, String message) {
    return InternalTexts.violation(kind, message);
  }
}
