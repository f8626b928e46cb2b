package vn.libnet.marc.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * Records in the mnemonic text form: one line per field ({@code =LDR  …}, {@code =001  …}, {@code =245
 * 10$aTitle$bsubtitle}), a blank line between records. The input must be UTF-8.
 */
final class MrkRecordReader extends AbstractRecordReader {
  private final BufferedReader reader;
  private final ReadOptions options;
  private final MarcFactory factory = MARC;
  private String pending;
  private long lineNumber;
  private int number;

  MrkRecordReader(InputStream in, ReadOptions options) {
    this(new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT))),
        options);
  }

  private MrkRecordReader(BufferedReader reader, ReadOptions options) {
    super(reader);
    this.reader = reader;
    this.options = options;
  }

  private String line() {
    if (pending != null) {
      String p = pending;
      pending = null;
      return p;
    }
    try {
      String l = reader.readLine();
      if (l != null) {
        lineNumber++;
      }
      return l;
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new NotUtf8(lineNumber + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input is not UTF-8 at {@code line}; text cannot be read past it. */
  private static final class NotUtf8 extends RuntimeException {
    final long line;

    NotUtf8(long line) {
      super(null, null, false, false);
      this.line = line;
    }
  }

  @Override
  MarcRead readNext() {
    try {
      return readRecord();
    } catch (NotUtf8 e) {
      finish();
      ReadContext ctx = new ReadContext(options, ++number, e.line);
      ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.ERROR, "", e.line, e.line, "not UTF-8");
      return new MarcRead(ctx.number, -1, e.line, null, ctx.issues);
    }
  }

  private MarcRead readRecord() {
    String l;
    do {
      l = line();
      if (l == null) {
        return null;
      }
    } while (l.isBlank());
    long start = lineNumber;
    ReadContext ctx = new ReadContext(options, ++number, start);
    Record record = factory.newRecord();
    boolean leader = false;
    for (; l != null && !l.isBlank(); l = line()) {
      if (l.startsWith("\uFEFF")) {
        l = l.substring(1);
      }
      if (l.length() < 4 || l.charAt(0) != '=') {
        ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, "", lineNumber, lineNumber, l);
        continue;
      }
      String tag = l.substring(1, 4);
      String data = l.length() > 6 ? l.substring(6) : "";
      if (tag.equals("LDR")) {
        String text = Mrk.unescapeFixed(data);
        if (text.length() != 24) {
          ctx.damage(MarcFailure.MARCXML_LEADER_INVALID, Severity.WARNING, "leader", lineNumber, lineNumber, text.length());
          text = text.length() > 24 ? text.substring(0, 24) : String.format("%-24s", text);
        }
        record.setLeader(factory.newLeader(text));
        leader = true;
      } else if (tag.compareTo("010") < 0) {
        record.addVariableField(factory.newControlField(tag, Mrk.unescapeFixed(data)));
      } else {
        if (data.length() < 2) {
          ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, tag, lineNumber, lineNumber, l);
          continue;
        }
        char ind1 = data.charAt(0) == '\\' ? ' ' : data.charAt(0);
        char ind2 = data.charAt(1) == '\\' ? ' ' : data.charAt(1);
        DataField df = factory.newDataField(tag, ind1, ind2);
        String[] parts = data.substring(2).split("\\$", -1);
        for (int i = 1; i < parts.length; i++) {
          String p = parts[i];
          if (p.isEmpty()) {
            ctx.damage(MarcFailure.MRK_LINE_INVALID, Severity.WARNING, tag, lineNumber, lineNumber, "empty subfield code");
            continue;
          }
          df.addSubfield(factory.newSubfield(p.charAt(0), Mrk.unescapeData(p.substring(1))));
        }
        record.addVariableField(df);
      }
    }
    if (!leader) {
      ctx.damage(MarcFailure.MARCXML_LEADER_INVALID, Severity.WARNING, "leader", start, start, 0);
      record.setLeader(factory.newLeader("00000nam a2200000 a 4500"));
    }
    record.getLeader().setCharCodingScheme('a');
    return complete(ctx, record, -1, start);
  }
}
