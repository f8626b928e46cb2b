package vn.libnet.marc.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/** The mnemonic text form, UTF-8, a blank line after each record. */
final class MrkRecordWriter implements MarcRecordWriter {
  private final Writer out;

  MrkRecordWriter(OutputStream out) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  @Override
  public void write(Record record) {
    record.getLeader().setCharCodingScheme('a');
    StringBuilder sb = new StringBuilder(512);
    sb.append("=LDR  ").append(Mrk.escapeFixed(record.getLeader().marshal())).append('\n');
    for (ControlField cf : record.getControlFields()) {
      sb.append('=').append(cf.getTag()).append("  ").append(Mrk.escapeFixed(cf.getData())).append('\n');
    }
    for (DataField df : record.getDataFields()) {
      sb.append('=').append(df.getTag()).append("  ");
      sb.append(df.getIndicator1() == ' ' ? '\\' : df.getIndicator1());
      sb.append(df.getIndicator2() == ' ' ? '\\' : df.getIndicator2());
      for (Subfield sf : df.getSubfields()) {
        sb.append('$').append(sf.getCode()).append(Mrk.escapeData(sf.getData()));
      }
      sb.append('\n');
    }
    sb.append('\n');
    try {
      out.write(sb.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
