package vn.libnet.marc.io;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Severity;

/**
 * The character side of reading an ISO 2709 record: which encoding its bytes are really in, decided once
 * for the whole record on all its evidence, and the record built from its values decoded that way, every
 * value in NFC and Leader/09 set to {@code a}.
 *
 * <p>The decision, precision first:
 *
 * <ul>
 *   <li>Text that is well-formed UTF-8 is UTF-8, whatever Leader/09 says; when it says MARC-8 the record
 *       is reported as mislabelled ({@code MARC_ENCODING_MISLABELLED}).
 *   <li>A record labelled UTF-8 whose non-UTF-8 values are all clean MARC-8 (and none is UTF-8) is MARC-8,
 *       reported as mislabelled.
 *   <li>Legacy Vietnamese bytes (TCVN3, VNI) are read as such only in lenient mode and only when the record
 *       is certain: its language codes (008/35-37, 041) do not name another language, the reading in the
 *       legacy encoding is Vietnamese for at least two thirds of the values concerned and better than
 *       the declared reading, and either the record says it is Vietnamese or the declared reading is
 *       itself damaged. A record that is not certain alone is read so when it leans (its legacy reading
 *       is better) the way the source's earlier certain records decided ({@link SourceEncoding}, a
 *       bounded window). A source encoding the caller declares ({@link ReadOptions#sourceEncoding()})
 *       replaces all this, in either mode. Only values that read as Vietnamese are rewritten, and the
 *       decision is reported with its evidence ({@code MARC_LEGACY_DECIDED}). Correct MARC-8 or UTF-8
 *       text in any language is never rewritten; when legacy text is only suspected it is reported.
 * </ul>
 */
final class RecordText {
  private final MarcFactory factory;
  private final Marc8Decoder marc8 = new Marc8Decoder();
  /** Values of the record being built that were put in NFC while decoding MARC-8. */
  private int normalizedEarly;
  /** The legacy side, which follows the source from record to record. */
  private final RecordLegacyReading legacyReading = new RecordLegacyReading();

  RecordText(MarcFactory factory) {
    this.factory = factory;
  }

  private enum Reading {
    UTF8,
    MARC8
  }

  /** The record of {@code raw}, its text decoded; problems go to {@code ctx}. */
  Record build(Iso2709Fields raw, ReadContext ctx) {
    byte[] b = raw.bytes;
    char declared = raw.leader.charAt(9);
    int hiFirst = -1;
    boolean utf8Clean = true;
    boolean nfcSafe = true;
    boolean escape = false;
    for (int v = 0; v < raw.valueCount; v++) {
      int s = raw.valueStart[v];
      int e = raw.valueEnd[v];
      if (!ascii(b, s, e)) {
        if (hiFirst < 0) {
          hiFirst = v;
        }
        int scan = Utf8.scan(b, s, e);
        if (scan >= 0) {
          utf8Clean = false;
        } else if (scan == Utf8.WELL_FORMED) {
          nfcSafe = false;
        }
      }
      escape |= Iso2709Fields.indexOf(b, (byte) 0x1B, s, e) >= 0;
    }
    String[] text = new String[raw.valueCount];
    normalizedEarly = 0;
    if (hiFirst < 0 && !escape) {
      for (int v = 0; v < raw.valueCount; v++) {
        text[v] = latin1(b, raw.valueStart[v], raw.valueEnd[v]);
      }
    } else if (utf8Clean && !escape) {
      if (declared != 'a') {
        ctx.report("MARC_ENCODING_MISLABELLED", Severity.WARNING, "leader/09", label(declared), "UTF-8");
      }
      for (int v = 0; v < raw.valueCount; v++) {
        text[v] = new String(b, raw.valueStart[v], raw.valueEnd[v] - raw.valueStart[v], StandardCharsets.UTF_8);
      }
    } else {
      nfcSafe = false;
      decodeDoubtful(raw, declared, text, ctx);
    }
    return assemble(raw, text, nfcSafe, declared, ctx);
  }

  // Some value is not UTF-8 (or carries MARC-8 escapes): weigh MARC-8, UTF-8 and the legacy encodings.
  private void decodeDoubtful(Iso2709Fields raw, char declared, String[] text, ReadContext ctx) {
    byte[] b = raw.bytes;
    int n = raw.valueCount;
    boolean[] utf8 = new boolean[n];
    boolean[] high = new boolean[n];
    int utf8Values = 0;
    int others = 0;
    for (int v = 0; v < n; v++) {
      int s = raw.valueStart[v];
      int e = raw.valueEnd[v];
      high[v] = !ascii(b, s, e) || Iso2709Fields.indexOf(b, (byte) 0x1B, s, e) >= 0;
      utf8[v] = high[v] && Utf8.scan(b, s, e) < 0 && Iso2709Fields.indexOf(b, (byte) 0x1B, s, e) < 0;
      if (utf8[v]) {
        utf8Values++;
      } else if (high[v]) {
        others++;
      }
    }
    // The MARC-8 reading of every value, with its problems counted (the escape state runs through a field).
    String[] asMarc8 = new String[n];
    int[] marc8Problems = new int[n];
    int totalProblems = 0;
    for (int v = 0; v < n; v++) {
      // Each value starts from the default sets, as yaz and marc4j read MARC-8 (a shift left open at a
      // subfield's end is most often an encoder's slip, and carrying it on garbles the next subfield).
      marc8.startField();
      int s = raw.valueStart[v];
      int[] count = {0};
      String decoded = marc8.decode(b, s, raw.valueEnd[v], (index, problem, value) -> count[0]++);
      // MARC-8 gives marks after their letters (NFD); put in NFC once here, for the judging and the record.
      if (VietnameseText.isNfc(decoded)) {
        asMarc8[v] = decoded;
      } else {
        asMarc8[v] = Normalizer.normalize(decoded, Normalizer.Form.NFC);
        normalizedEarly++;
      }
      marc8Problems[v] = count[0];
      // Misplaced marks do not make MARC-8 invalid, but they make a reading no mislabel claim rests on.
      totalProblems += count[0] + (high[v] && !utf8[v] && oddMarks(asMarc8[v]) ? 1 : 0);
    }
    Reading reading;
    if (declared == 'a') {
      reading = utf8Values == 0 && totalProblems == 0 ? Reading.MARC8 : Reading.UTF8;
    } else {
      reading = Reading.MARC8;
    }
    RecordLegacyReading.Result legacyRead = legacyReading.read(
        raw, high, utf8, asMarc8, marc8Problems, others, reading == Reading.MARC8, totalProblems, ctx);
    LegacyEncoding legacy = legacyRead == null ? null : legacyRead.encoding();
    String[] asLegacy = legacyRead == null ? null : legacyRead.text();
    if (declared == 'a' && reading == Reading.MARC8 && asLegacy == null) {
      ctx.report("MARC_ENCODING_MISLABELLED", Severity.WARNING, "leader/09", label(declared), "MARC-8");
    }
    for (int f = 0; f < raw.fieldCount; f++) {
      for (int v = raw.firstValue[f]; v < raw.firstValue[f + 1]; v++) {
        int s = raw.valueStart[v];
        int e = raw.valueEnd[v];
        String path = raw.path(f, v);
        if (!high[v]) {
          text[v] = latin1(b, s, e);
        } else if (utf8[v]) {
          if (reading == Reading.MARC8) {
            ctx.report("MARC_ENCODING_MISLABELLED", Severity.WARNING, path, "MARC-8", "UTF-8");
          }
          text[v] = new String(b, s, e - s, StandardCharsets.UTF_8);
        } else if (asLegacy != null && asLegacy[v] != null) {
          ctx.report("MARC_LEGACY_ENCODING", Severity.WARNING, path, path, legacy.displayName());
          text[v] = asLegacy[v];
        } else if (reading == Reading.MARC8) {
          text[v] = asMarc8[v];
          if (marc8Problems[v] > 0) {
            reportMarc8(b, s, e, path, ctx);
          } else if (oddMarks(asMarc8[v])) {
            // Valid MARC-8 codes, but marks on spaces or punctuation: bytes of another encoding, most likely.
            ctx.report("MARC8_MARKS_MISPLACED", Severity.WARNING, path, path);
          }
        } else {
          int bad = Utf8.firstInvalid(b, s, e);
          if (bad < 0) {
            // Well-formed UTF-8 that carries an ESC: no MARC-8 escape in a UTF-8 record, a control character.
            int esc = Iso2709Fields.indexOf(b, (byte) 0x1B, s, e);
            ctx.report("MARC_CONTROL_CHARACTER", Severity.WARNING, path, path, ctx.offset + esc, "1B");
            text[v] = new String(b, s, e - s, StandardCharsets.UTF_8);
            continue;
          }
          long at = ctx.offset + bad;
          ctx.damage(MarcFailure.MARC_UTF8_INVALID, Severity.WARNING, path, at, path, at, Iso2709Fields.hex(b[bad]));
          // Every byte kept (as Windows-1252), so that a repair that knows the source can still recover it.
          text[v] = Utf8.windows1252(b, s, e);
        }
      }
    }
    if (reading == Reading.MARC8 && declared == ' ') {
      ctx.report("MARC8_CONVERTED", Severity.INFO, "leader/09");
    }
  }

  // The first problem of one MARC-8 value, decoded again to name it (rare: only damaged values).
  private void reportMarc8(byte[] b, int s, int e, String path, ReadContext ctx) {
    Marc8Decoder again = new Marc8Decoder();
    long[] at = {-1};
    String[] what = {null};
    again.decode(b, s, e, (index, problem, value) -> {
      if (what[0] == null) {
        at[0] = ctx.offset + s + index;
        String shown = Integer.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        if (problem == Marc8Decoder.Marc8Problem.MARK_WITHOUT_BASE) {
          shown = String.format("%04X", value);
        }
        what[0] = Messages.format(ctx.options.locale(), "MARC8_PROBLEM_" + problem.name(), shown);
      }
    });
    ctx.damage(MarcFailure.MARC8_INVALID, Severity.WARNING, path, at[0], path, at[0], what[0]);
  }

  /**
   * Whether a MARC-8 reading puts a combining mark on something that is not a letter (a space, a digit,
   * punctuation) or on nothing: what legacy bytes read as MARC-8 look like, since VNI writes its marks
   * after the letter and MARC-8 before it.
   */
  static boolean oddMarks(String text) {
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        if (!Character.isLetter(previous)) {
          return true;
        }
      } else {
        previous = c;
      }
    }
    return false;
  }

  private Record assemble(Iso2709Fields raw, String[] text, boolean nfcSafe, char declared, ReadContext ctx) {
    Record record = factory.newRecord(leader(raw, ctx));
    int normalized = normalizedEarly;
    for (int f = 0; f < raw.fieldCount; f++) {
      int first = raw.firstValue[f];
      int end = raw.firstValue[f + 1];
      if (!nfcSafe) {
        for (int v = first; v < end; v++) {
          if (!VietnameseText.isNfc(text[v])) {
            text[v] = Normalizer.normalize(text[v], Normalizer.Form.NFC);
            normalized++;
          }
        }
      }
      if (raw.isControl(f)) {
        record.addVariableField(factory.newControlField(raw.tags[f], text[first]));
      } else {
        DataField df = factory.newDataField(raw.tags[f], raw.ind1[f], raw.ind2[f]);
        for (int v = first; v < end; v++) {
          df.addSubfield(factory.newSubfield(raw.codes[v], text[v]));
        }
        record.addVariableField(df);
      }
    }
    if (normalized > 0) {
      ctx.report("MARC_NFC_APPLIED", Severity.INFO, "", normalized);
    }
    if (declared != 'a' && declared != ' ') {
      ctx.report("MARC_LEADER09_INVALID", Severity.WARNING, "leader/09", String.valueOf(declared));
    }
    return record;
  }

  // marc4j parses the leader's numbers: give it the real ones, and say when positions 10-11 were not digits.
  private String leader(Iso2709Fields raw, ReadContext ctx) {
    char[] l = raw.leader.toCharArray();
    String length = String.format("%05d", Math.min(99_999, raw.bytes.length));
    String base = String.format("%05d", raw.base);
    length.getChars(0, 5, l, 0);
    base.getChars(0, 5, l, 12);
    if (l[10] < '0' || l[10] > '9' || l[11] < '0' || l[11] > '9') {
      ctx.report("MARC_LEADER_COUNTS_INVALID", Severity.WARNING, "leader/10-11", raw.leader.substring(10, 12));
      l[10] = '2';
      l[11] = '2';
    }
    if (!raw.leader.startsWith("4500", 20)) {
      ctx.report("MARC_LEADER_ENTRY_MAP_INVALID", Severity.WARNING, "leader/20-23", raw.leader.substring(20, 24));
      "4500".getChars(0, 4, l, 20);
    }
    l[9] = 'a';
    return new String(l);
  }

  private static String label(char leader09) {
    return leader09 == 'a' ? "UTF-8" : leader09 == ' ' ? "MARC-8" : "\"" + leader09 + "\"";
  }

  private static boolean ascii(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  static String latin1(byte[] b, int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }
}
