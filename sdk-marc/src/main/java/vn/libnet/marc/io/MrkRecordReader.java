package vn.libnet.marc.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * Records in the mnemonic text form of LC's MARCMaker/MARCBreaker and MarcEdit: one line per field
 * ({@code =LDR  00000nam\\2200000\\a\4500}, {@code =001  …}, {@code =245  10$aTi{hooka}ng
 * Vi{dotb}{circ}et}), a blank line between records. Mnemonics are read as {@link Mrk} says, and every
 * record comes out in Unicode NFC with Leader/09 {@code a}, whether the file was written from MARC-8
 * records (Leader/09 blank, mnemonics) or UTF-8 ones (Leader/09 {@code a}, raw UTF-8 text).
 *
 * <p>Bad input: the file is read line by line as bytes, so a line that is not UTF-8 is reported (record,
 * line, byte) and read as MARC-8 when its record says MARC-8 and the bytes are valid MARC-8, otherwise
 * byte for character as Windows-1252, which keeps every byte for a later repair of legacy Vietnamese
 * text; the rest of the file is read. A leader line while a record is open (a missing blank line) is an
 * error naming both records, which are read as two. A line without {@code =} after a field continues
 * it (MARCBreaker wraps long fields); {@code #} lines are comments (MarcEdit). A leader that is not 24
 * characters is padded or cut and reported. CRLF, CR and LF line ends and a byte order mark are read.
 */
final class MrkRecordReader extends AbstractRecordReader {
  /** Longest line kept: far beyond the 99,999 bytes of an ISO 2709 record written with mnemonics. */
  private static final int MAX_LINE = 1 << 20;
  /** Most text kept for one record, so that a file with no blank lines cannot fill the heap. */
  private static final int MAX_RECORD = 4 << 20;

  private final LineSource lines;
  private final ReadOptions options;
  private final MarcFactory factory = MARC;
  private RawLine pending;
  private int number;

  MrkRecordReader(InputStream in, ReadOptions options) {
    super(in);
    this.lines = new LineSource(in);
    this.options = options;
  }

  private RawLine line() {
    if (pending != null) {
      RawLine p = pending;
      pending = null;
      return p;
    }
    return lines.next();
  }

  /** One field line as read, with continuation lines joined to it. */
  private static final class Entry {
    final long line;
    final StringBuilder text;

    Entry(long line, String text) {
      this.line = line;
      this.text = new StringBuilder(text);
    }
  }

  @Override
  MarcRead readNext() {
    MarcRead read;
    do {
      read = readBlock();
    } while (read == SKIPPED);
    return read;
  }

  /** Lines between blank lines that hold nothing but comments: no record, read on. */
  private static final MarcRead SKIPPED = new MarcRead(0, -1, 0, null, List.of());

  private MarcRead readBlock() {
    RawLine raw;
    do {
      raw = line();
      if (raw == null) {
        return null;
      }
    } while (raw.isBlank());
    long start = raw.number;
    ReadContext ctx = new ReadContext(options, ++number, start);
    List<Entry> entries = new ArrayList<>();
    boolean marc8 = false;
    int size = 0;
    boolean tooBig = false;
    long lastLine = start;
    for (; raw != null && !raw.isBlank(); raw = line()) {
      if (!entries.isEmpty() && raw.isLeader()) {
        // A missing blank line: the record open so far ends here and the next one starts.
        pending = raw;
        ctx.damage(
            MarcFailure.MRK_RECORD_BOUNDARY_MISSING, Severity.ERROR, "", raw.number, ctx.number, start, raw.number, ctx.number + 1);
        break;
      }
      String l = decodeLine(raw, marc8, ctx);
      lastLine = raw.number;
      size += l.length();
      if (size > MAX_RECORD) {
        if (!tooBig) {
          tooBig = true;
          ctx.damage(MarcFailure.MRK_RECORD_TOO_LONG, Severity.ERROR, "", raw.number, start, MAX_RECORD, raw.number);
        }
        continue;
      }
      if (l.startsWith("#")) {
        ctx.report("MRK_COMMENT_SKIPPED", Severity.INFO, "", raw.number);
      } else if (l.startsWith("=")) {
        entries.add(new Entry(raw.number, l));
        if (isLeaderLine(l)) {
          String data = l.length() > 6 ? l.substring(6) : "";
          marc8 = data.length() > 9 && (data.charAt(9) == ' ' || data.charAt(9) == '\\');
        }
      } else if (!entries.isEmpty()) {
        Entry last = entries.get(entries.size() - 1);
        last.text.append(l);
        ctx.report("MRK_LINE_CONTINUED", Severity.INFO, "", raw.number, last.line);
      } else {
        ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, "", raw.number, raw.number, l);
      }
    }
    if (entries.isEmpty()) {
      // No field at all: never an invented empty record. Stray lines are reported as unreadable.
      if (ctx.issues.stream().allMatch(i -> i.severity() == Severity.INFO)) {
        number--;
        return SKIPPED;
      }
      ctx.report("MRK_NO_FIELDS", Severity.ERROR, "", start, lastLine);
      return new MarcRead(ctx.number, -1, start, null, ctx.issues);
    }
    return build(ctx, entries, start, marc8);
  }

  private static boolean isLeaderLine(String l) {
    return l.startsWith("=LDR") || l.startsWith("=000");
  }

  private MarcRead build(ReadContext ctx, List<Entry> entries, long start, boolean marc8) {
    Record record = factory.newRecord();
    boolean leader = false;
    for (Entry e : entries) {
      String l = e.text.toString();
      String tag = l.length() >= 4 ? l.substring(1, 4) : l.substring(1);
      if (!validTag(tag) || l.length() > 4 && l.charAt(4) != ' ') {
        ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, "", e.line, e.line, l);
        continue;
      }
      // MarcEdit and MARCBreaker put two blanks after the tag; one is read too.
      String data = l.length() <= 5 ? "" : l.substring(l.length() > 5 && l.charAt(5) == ' ' ? 6 : 5);
      if (tag.equals("LDR") || tag.equals("000")) {
        if (leader) {
          ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, "leader", e.line, e.line, l);
          continue;
        }
        record.setLeader(leader(Mrk.decodeFixed(data, marc8, "leader", ctx), e.line, ctx));
        leader = true;
      } else if (tag.compareTo("010") < 0) {
        record.addVariableField(factory.newControlField(tag, Mrk.decodeFixed(data, marc8, tag, ctx)));
      } else {
        DataField df = dataField(tag, data, marc8, e.line, ctx);
        if (df != null) {
          record.addVariableField(df);
        }
      }
    }
    if (!leader) {
      ctx.damage(MarcFailure.MRK_LEADER_MISSING, Severity.WARNING, "leader", start, start);
      record.setLeader(factory.newLeader("00000nam a2200000 a 4500"));
    } else if (marc8) {
      ctx.report("MARC8_CONVERTED", Severity.INFO, "leader/09");
    }
    record.getLeader().setCharCodingScheme('a');
    return complete(ctx, record, -1, start);
  }

  private static boolean validTag(String tag) {
    if (tag.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = tag.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
        return false;
      }
    }
    return true;
  }

  // The leader, 24 characters with digits where ISO 2709 needs them; anything else is reported.
  private Leader leader(String text, long line, ReadContext ctx) {
    if (text.length() != 24) {
      ctx.damage(MarcFailure.MRK_LEADER_INVALID, Severity.WARNING, "leader", line, line, text.length());
      // Padded with blanks, except the entry map, which MARC 21 fixes as 4500.
      text = text.length() > 24 ? text.substring(0, 24) : text + "                    4500".substring(text.length());
    }
    // marc4j reads these positions as numbers and shifts the rest when they are not: they are
    // recomputed on writing, so zeros lose nothing.
    char[] c = text.toCharArray();
    boolean fixed = false;
    for (int i : new int[] {0, 1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16}) {
      if (c[i] < '0' || c[i] > '9') {
        c[i] = i == 10 || i == 11 ? '2' : '0';
        fixed = true;
      }
    }
    if (fixed) {
      ctx.report("MRK_LEADER_REPAIRED", Severity.WARNING, "leader", line, text.replace(' ', '\\'), new String(c).replace(' ', '\\'));
    }
    return factory.newLeader(new String(c));
  }

  private DataField dataField(String tag, String data, boolean marc8, long line, ReadContext ctx) {
    String whole = "=" + tag + "  " + data;
    if (data.length() < 2) {
      ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, tag, line, line, "=" + tag + "  " + data);
      return null;
    }
    char ind1 = data.charAt(0) == '\\' ? ' ' : data.charAt(0);
    char ind2 = data.charAt(1) == '\\' ? ' ' : data.charAt(1);
    DataField df = factory.newDataField(tag, ind1, ind2);
    String[] parts = data.substring(2).split("\\$", -1);
    if (!parts[0].isEmpty()) {
      ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, tag, line, line, whole);
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.isEmpty()) {
        ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, tag, line, line, whole);
        continue;
      }
      int code = p.codePointAt(0);
      String path = tag + "$" + new String(Character.toChars(code));
      df.addSubfield(factory.newSubfield((char) code, Mrk.decode(p.substring(Character.charCount(code)), marc8, path, ctx)));
    }
    return df;
  }

  // ---- bytes to text, line by line ----

  /**
   * The text of one line: UTF-8 when it is; otherwise reported, and read as MARC-8 when its record's
   * leader says MARC-8 and the bytes convert cleanly (a tool that dumped MARC-8 bytes unmnemonicised),
   * else as Windows-1252 byte for character (a file saved in a Windows code page, as old MarcEdit
   * .mrk files were), which loses no byte.
   */
  private String decodeLine(RawLine raw, boolean marc8, ReadContext ctx) {
    if (raw.cut) {
      ctx.damage(MarcFailure.MRK_LINE_TOO_LONG, Severity.ERROR, "", raw.number, raw.number, MAX_LINE);
    }
    int from = raw.bomLength;
    int bad = Utf8.firstInvalid(raw.bytes, from, raw.length);
    String text;
    if (bad < 0) {
      text = new String(raw.bytes, from, raw.length - from, StandardCharsets.UTF_8);
    } else {
      String read = marc8 ? Mrk.marc8(raw.bytes, from, raw.length) : null;
      String as = read != null ? "MARC-8" : "Windows-1252";
      ctx.damage(
          MarcFailure.MRK_NOT_UTF8,
          Severity.WARNING,
          "",
          raw.number,
          ctx.number,
          raw.number,
          bad + 1,
          raw.offset + bad,
          String.format("%02X", raw.bytes[bad] & 0xFF),
          as);
      text = read != null ? read : Utf8.windows1252(raw.bytes, from, raw.length);
    }
    // A byte order mark at the start of a line that is not the first (files joined with cat).
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** A line's bytes without its end, with its 1-based number and the offset of its first byte. */
  private record RawLine(byte[] bytes, int length, long number, long offset, int bomLength, boolean cut) {
    /** Whether the line starts a record ({@code =LDR}, or {@code =000} as MARC Report writes it). */
    boolean isLeader() {
      int i = bomLength;
      return length - i >= 4 && bytes[i] == '=' && (bytes[i + 1] == 'L' && bytes[i + 2] == 'D' && bytes[i + 3] == 'R'
          || bytes[i + 1] == '0' && bytes[i + 2] == '0' && bytes[i + 3] == '0');
    }

    boolean isBlank() {
      for (int i = bomLength; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t') {
          return false;
        }
      }
      return true;
    }
  }

  /** Lines of bytes ended by LF, CRLF or CR, read through one buffer. */
  private static final class LineSource {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private long offset;
    private long number;
    private boolean eof;
    private boolean skipLf;

    LineSource(InputStream in) {
      this.in = in;
    }

    private int read() {
      if (pos == limit) {
        if (eof) {
          return -1;
        }
        try {
          limit = in.read(buf, 0, buf.length);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          return -1;
        }
      }
      offset++;
      return buf[pos++] & 0xFF;
    }

    RawLine next() {
      long start = offset;
      byte[] line = new byte[128];
      int n = 0;
      int b = read();
      if (b == '\n' && skipLf) {
        start = offset;
        b = read();
      }
      skipLf = false;
      if (b < 0) {
        return null;
      }
      boolean cut = false;
      while (b >= 0 && b != '\n' && b != '\r') {
        cut |= n == MAX_LINE;
        if (n < MAX_LINE) {
          if (n == line.length) {
            line = java.util.Arrays.copyOf(line, Math.min(MAX_LINE, line.length * 2));
          }
          line[n++] = (byte) b;
        }
        b = read();
      }
      skipLf = b == '\r';
      number++;
      int bom = number == 1 && n >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF ? 3 : 0;
      return new RawLine(line, n, number, start, bom, cut);
    }
  }
}
