package vn.libnet.marc.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * ISO 2709 records from a stream. This class frames the stream into records: the five-digit length is
 * checked against the record terminator 0x1D (a length that falls short, runs past the end or over the
 * next record is reported and the real end used), filler between records is skipped and reported, and
 * a record cut off by the end of the input is reported with its offset. {@link Iso2709Fields} then reads
 * the directory and {@link RecordText} the characters; neither lets marc4j's parser near the bytes, so
 * no damage can end the file or lose more than the damaged field.
 */
final class Iso2709RecordReader extends AbstractRecordReader {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Iso2709RecordReader.class);
  private static final byte RECORD_TERMINATOR = 0x1D;
  /** How far past a wrong length to look for the record terminator before giving the record up. */
  private static final int MAX_SCAN = 200_000;

  private final InputStream in;
  private final ReadOptions options;
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int limit;
  private long bufOffset; // stream offset of buf[0]
  private boolean eof;
  private int number;
  private final RecordText text = new RecordText(MARC);

  Iso2709RecordReader(InputStream in, ReadOptions options) {
    super(in);
    this.in = in;
    this.options = options;
  }

  @Override
  MarcRead readNext() {
    long skipStart = offset();
    int skipped = skipBetweenRecords();
    if (!ensure(1)) {
      if (skipped == 0) {
        return null;
      }
      // Bytes after the last record that make no record (a fragment, most often): said, not dropped.
      ReadContext end = new ReadContext(options, ++number, skipStart);
      end.report(MarcFailure.MARC_JUNK_SKIPPED.code(), Severity.ERROR, "", skipped, skipStart);
      return new MarcRead(end.number, skipStart, 0, null, end.issues);
    }
    ReadContext ctx = new ReadContext(options, ++number, offset());
    if (skipped > 0) {
      ctx.damage(MarcFailure.MARC_JUNK_SKIPPED, Severity.WARNING, "", skipStart, skipped, skipStart);
    }
    int available = ensure(5) ? 5 : limit - pos;
    int length = available == 5 ? digits(pos, 5) : -1;
    if (length < 0 || length < 24) {
      String seen = new String(buf, pos, available, java.nio.charset.StandardCharsets.ISO_8859_1);
      if (available < 5) {
        ctx.damage(MarcFailure.MARC_RECORD_TRUNCATED, Severity.ERROR, "leader", ctx.offset, ctx.offset, available, 24);
        pos = limit;
        return unreadable(ctx);
      }
      ctx.damage(MarcFailure.MARC_RECORD_LENGTH_INVALID, Severity.ERROR, "leader/00-04", ctx.offset, seen, ctx.offset);
      return skipToTerminator(ctx);
    }
    if (!ensure(length)) {
      int have = limit - pos;
      int end = indexOf(RECORD_TERMINATOR, pos, limit);
      if (end < 0) {
        ctx.damage(MarcFailure.MARC_RECORD_TRUNCATED, Severity.ERROR, "", ctx.offset, ctx.offset, have, length);
        pos = limit;
        return unreadable(ctx);
      }
      // The input ends before the stated length but the record is whole: the length is wrong.
      ctx.damage(MarcFailure.MARC_RECORD_LENGTH_WRONG, Severity.WARNING, "leader/00-04", ctx.offset, length, ctx.offset + length - 1, end - pos + 1);
      return parse(copy(pos, end + 1), ctx);
    }
    if (buf[pos + length - 1] != RECORD_TERMINATOR) {
      long expectedAt = ctx.offset + length - 1;
      int end = findEnd(24);
      if (end < 0) {
        ctx.damage(MarcFailure.MARC_RECORD_LENGTH_WRONG, Severity.WARNING, "leader/00-04", expectedAt, length, expectedAt, "?");
        pos = Math.min(limit, pos + length);
        return unreadable(ctx);
      }
      if (buf[end - 1] != RECORD_TERMINATOR) {
        // The next record's leader follows a field terminator: this record only lost its terminator.
        ctx.damage(MarcFailure.MARC_TERMINATOR_MISSING, Severity.WARNING, "", bufOffset + end, bufOffset + end);
        int size = end - pos;
        byte[] record = Arrays.copyOf(copy(pos, end), size + 1);
        record[record.length - 1] = RECORD_TERMINATOR;
        return parse(record, ctx);
      }
      if (end - pos != length) {
        ctx.damage(MarcFailure.MARC_RECORD_LENGTH_WRONG, Severity.WARNING, "leader/00-04", expectedAt, length, expectedAt, end - pos);
      }
      return parse(copy(pos, end), ctx);
    }
    // A length that runs over the next record ends at that record's terminator by chance: the first
    // record terminator is where this record really ends.
    int early = indexOf(RECORD_TERMINATOR, pos + 24, pos + length - 1);
    if (early >= 0) {
      ctx.damage(MarcFailure.MARC_RECORD_LENGTH_WRONG, Severity.WARNING, "leader/00-04", ctx.offset, length, ctx.offset + length - 1, early + 1 - pos);
      return parse(copy(pos, early + 1), ctx);
    }
    return parse(copy(pos, pos + length), ctx);
  }

  // Copies buf[from, to) out as one record and moves past it.
  private byte[] copy(int from, int to) {
    byte[] record = Arrays.copyOfRange(buf, from, to);
    pos = to;
    return record;
  }

  private MarcRead parse(byte[] bytes, ReadContext ctx) {
    try {
      Iso2709Fields fields = Iso2709Fields.parse(bytes, ctx);
      if (fields == null) {
        return unreadable(ctx);
      }
      Record record = text.build(fields, ctx);
      return new MarcRead(ctx.number, ctx.offset, 0, record, ctx.issues);
    } catch (MarcReadException e) {
      throw e;
    } catch (RuntimeException e) {
      // A fault of this reader, not of the data's kind the reader knows: the record is reported as
      // unreadable (strict mode stops) and the rest of the file is still read; the cause goes to the log.
      LOG.warn("Record {} at byte {} could not be read", ctx.number, ctx.offset, e);
      ctx.damage(MarcFailure.MARC_STRUCTURE_INVALID, Severity.ERROR, "", ctx.offset, ctx.offset, "");
      return new MarcRead(ctx.number, ctx.offset, 0, null, ctx.issues);
    }
  }

  // Past a record whose length is unreadable: to the next record terminator or the next leader, which
  // may start right after the damage (a record cut after a few bytes).
  private MarcRead skipToTerminator(ReadContext ctx) {
    int end = findEnd(1);
    pos = end < 0 ? limit : end;
    return unreadable(ctx);
  }

  private MarcRead unreadable(ReadContext ctx) {
    if (ctx.issues.stream().noneMatch(i -> i.severity() == Severity.ERROR)) {
      ctx.report("MARC_RECORD_UNREADABLE", Severity.ERROR, "", ctx.offset, "");
    }
    return new MarcRead(ctx.number, ctx.offset, 0, null, ctx.issues);
  }

  // Between records exporters leave line ends, spaces, NUL block padding and DOS end-of-file marks;
  // lenient skips anything up to the next digit, strict only those.
  private int skipBetweenRecords() {
    int skipped = 0;
    while (ensure(1)) {
      byte b = buf[pos];
      boolean harmless = b == '\n' || b == '\r' || b == ' ' || b == 0x1A || b == 0;
      boolean digit = b >= '0' && b <= '9';
      if (digit || !harmless && !options.lenientMode()) {
        break;
      }
      if (!harmless) {
        skipped++;
      }
      pos++;
    }
    return skipped;
  }

  /**
   * The end (exclusive) of the record starting at {@code pos}, looking from {@code first} bytes on:
   * after its record terminator, or at the start of the next record's leader; -1 when neither comes
   * within {@link #MAX_SCAN} bytes.
   */
  private int findEnd(int first) {
    for (int rel = first; rel < MAX_SCAN; rel++) {
      if (pos + rel + 24 > limit && !ensure(rel + 24)) {
        if (pos + rel >= limit) {
          return -1;
        }
      }
      int i = pos + rel;
      if (buf[i] == RECORD_TERMINATOR) {
        return i + 1;
      }
      // A record cut short is followed by the next one's leader, after a field terminator or anywhere.
      if (looksLikeLeader(i)) {
        return i;
      }
    }
    return -1;
  }

  // Five digits of length, "22" at 10-11, five digits of base address and "4500" at 20-23, as every
  // MARC 21 leader has: eighteen fixed bytes that text inside a record does not produce.
  private boolean looksLikeLeader(int i) {
    return i + 24 <= limit && buf[i + 20] == '4' && buf[i + 21] == '5' && buf[i + 22] == '0' && buf[i + 23] == '0'
        && buf[i + 10] == '2' && buf[i + 11] == '2' && digits(i, 5) >= 24 && digits(i + 12, 5) >= 25;
  }

  private int indexOf(byte value, int from, int to) {
    return Iso2709Fields.indexOf(buf, value, from, to);
  }


  private int digits(int from, int n) {
    return Iso2709Fields.digits(buf, from, n);
  }


  private long offset() {
    return bufOffset + pos;
  }

  // Makes n bytes available from pos; false when the input ends first (what there is stays available).
  private boolean ensure(int n) {
    if (limit - pos >= n) {
      return true;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      bufOffset += pos;
      limit -= pos;
      pos = 0;
    }
    if (n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
    }
    try {
      while (limit < n && !eof) {
        int read = in.read(buf, limit, buf.length - limit);
        if (read < 0) {
          eof = true;
        } else {
          limit += read;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return limit - pos >= n;
  }

}
