package vn.libnet.marc.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/**
 * ISO 2709 in UTF-8, fields in the record's own order. ISO 2709 cannot hold a field over 9,999 bytes, a
 * record over 99,999 bytes, or a terminator or delimiter inside a value (a subfield delimiter is
 * allowed in a control field, where it is plain data); such a record is refused with {@link
 * MarcWriteException} before any of its bytes is written. The leader's lengths, base address, Leader/09
 * ({@code a}), 10-11 and 20-23 are written as the record needs them, whatever the record says.
 */
final class Iso2709RecordWriter implements MarcRecordWriter {
  static final int MAX_FIELD = 9_999;
  static final int MAX_RECORD = 99_999;

  private final OutputStream out;
  private final ByteArrayOutputStream data = new ByteArrayOutputStream(4096);
  private final ByteArrayOutputStream directory = new ByteArrayOutputStream(512);
  private int number;

  Iso2709RecordWriter(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(Record record) {
    number++;
    record.getLeader().setCharCodingScheme('a');
    data.reset();
    directory.reset();
    for (VariableField field : record.getVariableFields()) {
      int start = data.size();
      if (field instanceof ControlField cf) {
        put(record, cf.getTag(), cf.getData(), true);
      } else {
        DataField df = (DataField) field;
        data.write(df.getIndicator1());
        data.write(df.getIndicator2());
        for (Subfield sf : df.getSubfields()) {
          data.write(0x1F);
          data.write(sf.getCode());
          put(record, df.getTag(), sf.getData(), false);
        }
      }
      data.write(0x1E);
      int length = data.size() - start;
      if (length > MAX_FIELD) {
        throw new MarcWriteException(MarcFailure.MARC_FIELD_TOO_LONG, number, controlNumber(record), field.getTag(), length, MAX_FIELD);
      }
      String tag = field.getTag() == null ? "" : field.getTag();
      if (tag.length() != 3 || !StandardCharsets.US_ASCII.newEncoder().canEncode(tag)) {
        throw new MarcWriteException(MarcFailure.MARC_TAG_UNWRITABLE, number, controlNumber(record), tag);
      }
      ascii(directory, String.format("%s%04d%05d", tag, length, start));
    }
    int base = 24 + directory.size() + 1;
    int total = base + data.size() + 1;
    if (total > MAX_RECORD) {
      throw new MarcWriteException(MarcFailure.MARC_RECORD_TOO_LONG, number, controlNumber(record), total, MAX_RECORD);
    }
    char[] leader = String.format("%-24.24s", record.getLeader().marshal()).toCharArray();
    String.format("%05d", total).getChars(0, 5, leader, 0);
    leader[9] = 'a';
    leader[10] = '2';
    leader[11] = '2';
    String.format("%05d", base).getChars(0, 5, leader, 12);
    "4500".getChars(0, 4, leader, 20);
    try {
      out.write(new String(leader).getBytes(StandardCharsets.ISO_8859_1));
      directory.writeTo(out);
      out.write(0x1E);
      data.writeTo(out);
      out.write(0x1D);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void put(Record record, String tag, String value, boolean control) {
    byte[] bytes = value == null ? new byte[0] : value.getBytes(StandardCharsets.UTF_8);
    for (byte b : bytes) {
      if (b == 0x1D || b == 0x1E || b == 0x1F && !control) {
        throw new MarcWriteException(MarcFailure.MARC_VALUE_UNWRITABLE, number, controlNumber(record), tag, String.format("%02X", b));
      }
    }
    data.writeBytes(bytes);
  }

  private static void ascii(ByteArrayOutputStream to, String s) {
    to.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }

  static String controlNumber(Record record) {
    String cn = record.getControlNumber();
    return cn == null ? "-" : cn;
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
