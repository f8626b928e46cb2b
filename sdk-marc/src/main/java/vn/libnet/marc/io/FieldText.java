package vn.libnet.marc.io;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.marc4j.MarcError;
import org.marc4j.converter.impl.AnselToUnicode;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Severity;

/**
 * The character side of reading: a record parsed byte for character (ISO-8859-1) is decoded value by
 * value as UTF-8 or MARC-8, so that an error names its field, subfield and byte offset; and every value
 * is put in NFC.
 */
final class FieldText {
  private FieldText() {}

  /**
   * Decodes every value of {@code record}, parsed from {@code bytes} as ISO-8859-1, from UTF-8 (when
   * {@code utf8}) or MARC-8, and sets Leader/09 to {@code a}.
   */
  static void decode(Record record, byte[] bytes, boolean utf8, ReadContext ctx) {
    Directory directory = Directory.of(bytes);
    AnselToUnicode marc8 = utf8 ? null : new AnselToUnicode(true);
    List<VariableField> fields = record.getVariableFields();
    for (int f = 0; f < fields.size(); f++) {
      VariableField field = fields.get(f);
      long fieldOffset = ctx.offset + directory.fieldStart(f);
      if (field instanceof ControlField cf) {
        cf.setData(decodeValue(cf.getData(), utf8, marc8, cf.getTag(), fieldOffset, ctx));
      } else if (field instanceof DataField df) {
        long at = fieldOffset + 2; // after the indicators
        for (Subfield sf : df.getSubfields()) {
          String path = df.getTag() + "$" + sf.getCode();
          at += 2; // delimiter and code
          int byteLength = sf.getData().length();
          sf.setData(decodeValue(sf.getData(), utf8, marc8, path, at, ctx));
          at += byteLength;
        }
      }
    }
    if (!utf8) {
      ctx.report("MARC8_CONVERTED", Severity.INFO, "leader/09");
    }
    record.getLeader().setCharCodingScheme('a');
  }

  private static String decodeValue(
      String latin1, boolean utf8, AnselToUnicode marc8, String path, long at, ReadContext ctx) {
    byte[] raw = latin1.getBytes(StandardCharsets.ISO_8859_1);
    if (utf8) {
      int bad = Utf8.firstInvalid(raw, 0, raw.length);
      if (bad < 0) {
        return new String(raw, StandardCharsets.UTF_8);
      }
      ctx.damage(MarcFailure.MARC_UTF8_INVALID, Severity.WARNING, path, at + bad, path, at + bad, String.format("%02X", raw[bad] & 0xFF));
      // Legacy Vietnamese in a UTF-8 record: decode it in its real encoding when that is clear; otherwise
      // keep every byte (as Windows-1252) so that a later repair can still recover it.
      String legacy = legacyReading(raw, Integer.MIN_VALUE, path, ctx);
      return legacy != null ? legacy : Utf8.windows1252(raw, 0, raw.length);
    }
    StringBuilder problems = new StringBuilder();
    AnselToUnicode converter =
        new AnselToUnicode(
            (severity, message) -> {
              if (severity >= MarcError.MINOR_ERROR) {
                problems.append(problems.length() == 0 ? "" : "; ").append(message);
              }
            });
    String converted = converter.convert(raw);
    if (ctx.options.lenientMode() && hasHighBytes(raw)) {
      // Old Vietnamese systems wrote TCVN3 or VNI bytes and left Leader/09 blank, as if MARC-8.
      String legacy = legacyReading(raw, VietnameseText.syllableScore(converted), path, ctx);
      if (legacy != null) {
        return legacy;
      }
    }
    if (problems.length() > 0) {
      ctx.damage(MarcFailure.MARC8_INVALID, Severity.WARNING, path, at, path, at, problems);
    }
    return converted;
  }

  // The reading of raw in the legacy encoding that looks most Vietnamese, if it beats {@code toBeat}.
  private static String legacyReading(byte[] raw, int toBeat, String path, ReadContext ctx) {
    LegacyEncoding encoding = LegacyEncoding.detect(raw).orElse(null);
    if (encoding == null) {
      return null;
    }
    String decoded = encoding.decode(raw);
    if (VietnameseText.syllableScore(decoded) <= toBeat) {
      return null;
    }
    ctx.report("MARC_LEGACY_ENCODING", Severity.WARNING, path, path, encoding.displayName());
    return decoded;
  }

  private static boolean hasHighBytes(byte[] raw) {
    for (byte b : raw) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** Puts every value of {@code record} in NFC; returns how many values changed. */
  static int normalize(Record record) {
    int changed = 0;
    for (ControlField cf : record.getControlFields()) {
      String nfc = nfc(cf.getData());
      if (nfc != null) {
        cf.setData(nfc);
        changed++;
      }
    }
    for (DataField df : record.getDataFields()) {
      for (Subfield sf : df.getSubfields()) {
        String nfc = nfc(sf.getData());
        if (nfc != null) {
          sf.setData(nfc);
          changed++;
        }
      }
    }
    return changed;
  }

  // The NFC form, or null when the value is already NFC (the common case costs one quick check).
  private static String nfc(String value) {
    if (value == null || VietnameseText.isNfc(value)) {
      return null;
    }
    return Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  /** The byte positions of the fields, from the ISO 2709 directory; positions are 0 if it is unreadable. */
  record Directory(int base, int[] starts) {
    static Directory of(byte[] bytes) {
      int base = digits(bytes, 12, 5);
      int count = Math.max(0, (Math.max(base, 24) - 24 - 1) / 12);
      int[] starts = new int[count];
      for (int i = 0; i < count; i++) {
        starts[i] = digits(bytes, 24 + i * 12 + 7, 5);
      }
      return new Directory(Math.max(base, 0), starts);
    }

    long fieldStart(int index) {
      return index < starts.length && starts[index] >= 0 ? base + starts[index] : base;
    }

    private static int digits(byte[] b, int from, int n) {
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
}
