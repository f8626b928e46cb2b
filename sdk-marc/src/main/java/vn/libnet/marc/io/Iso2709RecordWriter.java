package vn.libnet.marc.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * ISO 2709 in UTF-8 through marc4j. ISO 2709 cannot hold a field over 9,999 bytes or a record over
 * 99,999 bytes; such a record is refused with {@link MarcWriteException} before any byte is written.
 */
final class Iso2709RecordWriter implements MarcRecordWriter {
  static final int MAX_FIELD = 9_999;
  static final int MAX_RECORD = 99_999;

  private final OutputStream out;
  private final MarcStreamWriter writer;
  private int number;

  Iso2709RecordWriter(OutputStream out) {
    this.out = out;
    this.writer = new MarcStreamWriter(out, "UTF-8");
  }

  @Override
  public void write(Record record) {
    number++;
    record.getLeader().setCharCodingScheme('a');
    checkLengths(record);
    try {
      writer.write(record);
    } catch (RuntimeException e) {
      throw new MarcWriteException(MarcFailure.MARC_WRITE_FAILED, e, number, controlNumber(record), e.getMessage());
    }
  }

  private void checkLengths(Record record) {
    int total = 24 + 1 + 1; // leader, directory terminator, record terminator
    for (ControlField cf : record.getControlFields()) {
      int length = bytes(cf.getData()) + 1;
      total += length + 12;
      tooLong(record, cf.getTag(), length);
    }
    for (DataField df : record.getDataFields()) {
      int length = 3; // indicators and field terminator
      for (Subfield sf : df.getSubfields()) {
        length += 2 + bytes(sf.getData());
      }
      total += length + 12;
      tooLong(record, df.getTag(), length);
    }
    if (total > MAX_RECORD) {
      throw new MarcWriteException(MarcFailure.MARC_RECORD_TOO_LONG, number, controlNumber(record), total, MAX_RECORD);
    }
  }

  private void tooLong(Record record, String tag, int length) {
    if (length > MAX_FIELD) {
      throw new MarcWriteException(MarcFailure.MARC_FIELD_TOO_LONG, number, controlNumber(record), tag, length, MAX_FIELD);
    }
  }

  private static int bytes(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }

  static String controlNumber(Record record) {
    String cn = record.getControlNumber();
    return cn == null ? "-" : cn;
  }

  @Override
  public void close() {
    try {
      writer.close();
    } catch (RuntimeException e) {
      // marc4j wraps the stream's close failure; the output is already flushed or lost
    }
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
