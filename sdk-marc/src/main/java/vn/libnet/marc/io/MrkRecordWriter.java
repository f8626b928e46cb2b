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
import org.marc4j.marc.VariableField;

/**
 * The mnemonic text form, a blank line after each record, in one of two forms. UTF-8 (the default):
 * Leader/09 {@code a}, text as it is, only the syntax characters as mnemonics. MARC-8 mnemonics (as
 * LC's MARCBreaker writes MARC-8 records): Leader/09 blank, every character MARC-8 has as its
 * mnemonic, and the characters MARC-8 lacks as LC's lossless {@code &#xXXXX;}; the file is ASCII.
 * Both are read back by {@link MrkRecordReader} as the same record.
 */
final class MrkRecordWriter implements MarcRecordWriter {
  private final Writer out;
  private final boolean marc8;

  MrkRecordWriter(OutputStream out, boolean marc8Mnemonics) {
    this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    this.marc8 = marc8Mnemonics;
  }

  @Override
  public void write(Record record) {
    StringBuilder sb = new StringBuilder(512);
    String leader;
    if (marc8) {
      // The caller's record keeps its Leader/09: only the text written says MARC-8.
      char[] l = record.getLeader().marshal().toCharArray();
      l[9] = ' ';
      leader = new String(l);
    } else {
      record.getLeader().setCharCodingScheme('a');
      leader = record.getLeader().marshal();
    }
    sb.append("=LDR  ").append(Mrk.escapeFixed(leader)).append('\n');
    for (VariableField field : record.getVariableFields()) {
      if (field instanceof ControlField cf) {
        String data = marc8 ? Mrk.escapeMarc8(cf.getData()).replace(' ', '\\') : Mrk.escapeFixed(cf.getData());
        sb.append('=').append(cf.getTag()).append("  ").append(data).append('\n');
        continue;
      }
      DataField df = (DataField) field;
      sb.append('=').append(df.getTag()).append("  ");
      sb.append(df.getIndicator1() == ' ' ? '\\' : df.getIndicator1());
      sb.append(df.getIndicator2() == ' ' ? '\\' : df.getIndicator2());
      for (Subfield sf : df.getSubfields()) {
        sb.append('$').append(sf.getCode()).append(marc8 ? Mrk.escapeMarc8(sf.getData()) : Mrk.escapeData(sf.getData()));
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
