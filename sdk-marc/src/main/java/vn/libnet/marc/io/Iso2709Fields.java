package vn.libnet.marc.io;

import java.nio.charset.StandardCharsets;
import vn.libnet.core.validation.Severity;

/**
 * The structure of one framed ISO 2709 record (ISO 2709:2008, MARC 21 "Record Structure"): the leader,
 * the directory, and the byte ranges of every control field and subfield, in the directory's order.
 * Text is not decoded here; {@link RecordText} does that once it has seen every value of the record.
 *
 * <p>Damage loses at most the damaged part, with an issue naming field and byte offset: a base address
 * that does not end the directory is replaced by where the directory really ends; an entry whose start or
 * length is unreadable or points past the data is recovered from the field that follows the previous one
 * when that field ends where it should, and dropped otherwise; a field whose length misses its
 * terminator is cut at its own terminator; data before the first subfield delimiter, empty subfield
 * codes and missing indicators are reported. Control characters inside values are reported and kept.
 */
final class Iso2709Fields {
  static final byte FIELD_TERMINATOR = 0x1E;
  static final byte SUBFIELD_DELIMITER = 0x1F;
  static final byte RECORD_TERMINATOR = 0x1D;

  final byte[] bytes;
  /** The leader as read, 24 characters (ISO-8859-1, byte for character). */
  final String leader;
  final int base;
  int fieldCount;
  String[] tags = new String[32];
  /** Per field: start and end (exclusive, before the field terminator) of its content. */
  int[] fieldStart = new int[32];
  int[] fieldEnd = new int[32];
  /** Per field: the index of its first value in the value arrays; control fields have exactly one. */
  int[] firstValue = new int[33];
  char[] ind1 = new char[32];
  char[] ind2 = new char[32];

  int valueCount;
  /** Per value: the subfield code ({@code 0} for a control field's data), start and end in bytes. */
  char[] codes = new char[128];
  int[] valueStart = new int[128];
  int[] valueEnd = new int[128];

  private Iso2709Fields(byte[] bytes, String leader, int base) {
    this.bytes = bytes;
    this.leader = leader;
    this.base = base;
  }

  boolean isControl(int field) {
    String tag = tags[field];
    return tag.charAt(0) == '0' && tag.charAt(1) == '0';
  }

  /** The path of value {@code v} of field {@code f} for issues: {@code 245$a}, or the control field's tag. */
  String path(int f, int v) {
    return codes[v] == 0 ? tags[f] : tags[f] + "$" + codes[v];
  }

  /**
   * The fields of {@code bytes}, a whole record (with or without its record terminator); {@code null}
   * when not even its directory can be found, which has been reported.
   */
  static Iso2709Fields parse(byte[] bytes, ReadContext ctx) {
    int n = bytes.length;
    int end = n > 0 && bytes[n - 1] == RECORD_TERMINATOR ? n - 1 : n;
    if (end < 25) {
      ctx.damage(MarcFailure.MARC_DIRECTORY_UNREADABLE, Severity.ERROR, "leader", ctx.offset, ctx.offset, "");
      return null;
    }
    String leader = new String(bytes, 0, 24, StandardCharsets.ISO_8859_1);
    int stated = digits(bytes, 12, 5);
    int base = stated;
    if (stated < 25 || stated > end || bytes[stated - 1] != FIELD_TERMINATOR || (stated - 25) % 12 != 0) {
      base = directoryEnd(bytes, end);
      if (base < 0) {
        ctx.damage(MarcFailure.MARC_DIRECTORY_UNREADABLE, Severity.ERROR, "leader/12-16", ctx.offset, ctx.offset, leader.substring(12, 17));
        return null;
      }
      ctx.damage(MarcFailure.MARC_BASE_ADDRESS_WRONG, Severity.WARNING, "leader/12-16", ctx.offset + 12, leader.substring(12, 17), base);
    }
    Iso2709Fields r = new Iso2709Fields(bytes, leader, base);
    int entries = (base - 25) / 12;
    int expected = base; // where the next field starts if fields follow one another, as they usually do
    for (int e = 0; e < entries; e++) {
      int at = 24 + e * 12;
      String tag = new String(bytes, at, 3, StandardCharsets.ISO_8859_1);
      int length = digits(bytes, at + 3, 4);
      int start = digits(bytes, at + 7, 5);
      int from = start < 0 ? -1 : base + start;
      int to = from < 0 || length < 1 ? -1 : from + length;
      if (from >= base && to > from && to <= end && bytes[to - 1] == FIELD_TERMINATOR
          && (from >= expected || !r.overlaps(from, to - 1))) {
        r.addField(tag, from, to - 1, ctx);
        expected = to;
        continue;
      }
      // The entry is wrong. Exporters that count characters instead of bytes get every length and
      // start after the first non-ASCII letter wrong, but their fields still follow one another: look
      // where the previous field ended first, then where the entry says.
      long entryOffset = ctx.offset + at;
      int found = plausibleField(bytes, tag, expected, end);
      if (found < 0 && from != expected) {
        found = plausibleField(bytes, tag, from, end);
        if (found >= 0) {
          expected = from;
        }
      }
      if (found >= 0) {
        ctx.damage(MarcFailure.MARC_DIRECTORY_ENTRY_INVALID, Severity.WARNING, tag, entryOffset, tag, entryOffset, length < 0 ? "?" : length, start < 0 ? "?" : start, found + 1 - expected, expected - base);
        r.addField(tag, expected, found, ctx);
        expected = found + 1;
        continue;
      }
      ctx.damage(MarcFailure.MARC_FIELD_LOST, Severity.ERROR, tag, entryOffset, tag, entryOffset);
    }
    return r;
  }

  /**
   * The field terminator of a field of {@code tag} starting at {@code from}, or -1 when none is there:
   * a data field must start with two indicators and a subfield delimiter.
   */
  private static int plausibleField(byte[] b, String tag, int from, int end) {
    if (from < 0 || from >= end) {
      return -1;
    }
    boolean control = tag.charAt(0) == '0' && tag.charAt(1) == '0';
    if (!control && (from + 2 >= end || b[from + 2] != SUBFIELD_DELIMITER)) {
      return -1;
    }
    return indexOf(b, FIELD_TERMINATOR, from, end);
  }

  // The directory ends at the first field terminator that follows whole 12-byte entries.
  private static int directoryEnd(byte[] b, int end) {
    for (int i = 24; i < end; i += 12) {
      if (b[i] == FIELD_TERMINATOR) {
        return i + 1;
      }
      for (int k = i; k < i + 12 && k < end; k++) {
        if (b[k] == FIELD_TERMINATOR || b[k] == RECORD_TERMINATOR) {
          return -1; // a terminator inside an entry: this is no directory
        }
      }
    }
    return -1;
  }

  // Fields never share bytes; an entry that would is wrong even when it ends at a field terminator.
  private boolean overlaps(int from, int to) {
    for (int f = 0; f < fieldCount; f++) {
      if (from < fieldEnd[f] + 1 && fieldStart[f] < to + 1) {
        return true;
      }
    }
    return false;
  }

  private void addField(String tag, int from, int to, ReadContext ctx) {
    int f = fieldCount;
    if (f == tags.length) {
      int size = f * 2;
      tags = java.util.Arrays.copyOf(tags, size);
      fieldStart = java.util.Arrays.copyOf(fieldStart, size);
      fieldEnd = java.util.Arrays.copyOf(fieldEnd, size);
      firstValue = java.util.Arrays.copyOf(firstValue, size + 1);
      ind1 = java.util.Arrays.copyOf(ind1, size);
      ind2 = java.util.Arrays.copyOf(ind2, size);
    }
    tags[f] = tag;
    fieldStart[f] = from;
    fieldEnd[f] = to;
    firstValue[f] = valueCount;
    fieldCount++;
    if (isControl(f)) {
      int control = firstControl(from, to);
      if (control >= 0) {
        ctx.report("MARC_CONTROL_CHARACTER", Severity.WARNING, tag, tag, ctx.offset + control, hex(bytes[control]));
      }
      addValue((char) 0, from, to);
      firstValue[f + 1] = valueCount;
      return;
    }
    int i = from;
    char i1 = ' ';
    char i2 = ' ';
    if (to - from >= 2 && bytes[from] != SUBFIELD_DELIMITER && bytes[from + 1] != SUBFIELD_DELIMITER) {
      i1 = (char) (bytes[from] & 0xFF);
      i2 = (char) (bytes[from + 1] & 0xFF);
      i += 2;
    } else if (to > from) {
      ctx.damage(MarcFailure.MARC_INDICATORS_MISSING, Severity.WARNING, tag, ctx.offset + from, tag, ctx.offset + from);
      while (i < to && bytes[i] != SUBFIELD_DELIMITER && i < from + 2) {
        i++;
      }
    }
    ind1[f] = i1;
    ind2[f] = i2;
    if (i < to && bytes[i] != SUBFIELD_DELIMITER) {
      int d = indexOf(bytes, SUBFIELD_DELIMITER, i, to);
      int stop = d < 0 ? to : d;
      ctx.damage(MarcFailure.MARC_DATA_OUTSIDE_SUBFIELD, Severity.WARNING, tag, ctx.offset + i, tag, ctx.offset + i, stop - i);
      i = stop;
    }
    while (i < to) {
      int next = indexOf(bytes, SUBFIELD_DELIMITER, i + 1, to);
      int stop = next < 0 ? to : next;
      if (stop == i + 1) {
        ctx.damage(MarcFailure.MARC_SUBFIELD_CODE_MISSING, Severity.WARNING, tag, ctx.offset + i, tag, ctx.offset + i);
      } else {
        char code = (char) (bytes[i + 1] & 0xFF);
        if (code <= 0x20 || code >= 0x7F) {
          // Kept as the byte it is (ISO-8859-1), so that nothing is guessed; validation names it too.
          ctx.report("MARC_SUBFIELD_CODE_INVALID", Severity.WARNING, tag, tag, ctx.offset + i + 1, hex(bytes[i + 1]));
        }
        int control = firstControl(i + 2, stop);
        if (control >= 0) {
          ctx.report("MARC_CONTROL_CHARACTER", Severity.WARNING, tag + "$" + code, tag + "$" + code, ctx.offset + control, hex(bytes[control]));
        }
        addValue(code, i + 2, stop);
      }
      i = stop;
    }
    firstValue[f + 1] = valueCount;
  }

  // A C0 control other than ESC, which MARC-8 uses for its escape sequences.
  private int firstControl(int from, int to) {
    for (int i = from; i < to; i++) {
      int b = bytes[i];
      if (b >= 0 && b < 0x20 && b != 0x1B) {
        return i;
      }
    }
    return -1;
  }

  private void addValue(char code, int from, int to) {
    int v = valueCount;
    if (v == codes.length) {
      int size = v * 2;
      codes = java.util.Arrays.copyOf(codes, size);
      valueStart = java.util.Arrays.copyOf(valueStart, size);
      valueEnd = java.util.Arrays.copyOf(valueEnd, size);
    }
    codes[v] = code;
    valueStart[v] = from;
    valueEnd[v] = to;
    valueCount++;
  }

  static String hex(byte b) {
    return String.format("%02X", b & 0xFF);
  }

  static int indexOf(byte[] b, byte value, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == value) {
        return i;
      }
    }
    return -1;
  }

  static int digits(byte[] b, int from, int n) {
    if (from + n > b.length) {
      return -1;
    }
    int v = 0;
    for (int i = from; i < from + n; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return -1;
      }
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }
}
