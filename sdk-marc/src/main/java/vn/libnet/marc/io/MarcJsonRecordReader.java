package vn.libnet.marc.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * MARC-in-JSON records (Ross Singer's proposal, as marc4j and pymarc write it): {@code {"leader":
 * "...", "fields": [{"001": "..."}, {"245": {"ind1": "1", "ind2": "0", "subfields": [{"a":
 * "..."}]}}]}}. Every top-level value is read: a single record object, arrays of them, objects one after
 * another, and newline-delimited JSON (one record per line, recognised when the first line holds exactly
 * one whole object), in which a line that is not valid JSON is reported and reading goes on at the next
 * line. In other layouts JSON offers no place to resynchronise after a syntax error, so reading stops
 * there, reported. Record numbers count every top-level record, readable or not.
 *
 * <p>What does not fit the format is reported, never silently dropped: a key that occurs twice in one
 * object refuses the record (the reader finds duplicates itself rather than with Jackson's {@code
 * STRICT_DUPLICATE_DETECTION}, whose exception leaves the parser unable to go on to the next record), a
 * record without a {@code fields} array is refused, a field or subfield object with more than one key
 * has each key read in order, values that are not strings are read as their text. Strict mode throws
 * {@link MarcReadException} at the first damage.
 */
final class MarcJsonRecordReader extends AbstractRecordReader {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  /** The longest line of newline-delimited JSON kept in memory; a longer one is skipped and reported. */
  static final int MAX_LINE = 16 << 20;
  private static final int DETECT_LIMIT = 1 << 20;

  private final InputStream in;
  private final ReadOptions options;
  private Boolean lines; // null until detected
  private JsonParser parser;
  private int arrayDepth;
  private int number;
  private int depth;
  // newline-delimited input
  private byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;
  private long line;

  MarcJsonRecordReader(InputStream in, ReadOptions options) {
    super(in);
    this.in = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
    this.options = options;
  }

  @Override
  public void close() {
    try {
      if (parser != null) {
        parser.close();
      }
    } catch (IOException e) {
      // closing the input below is what matters
    }
    super.close();
  }

  @Override
  MarcRead readNext() {
    int before = number;
    try {
      if (lines == null) {
        lines = detectLines();
      }
      return lines ? nextLine() : nextValue();
    } catch (java.io.CharConversionException | java.nio.charset.CharacterCodingException e) {
      // Jackson guessed UTF-16 or UTF-32 from the first bytes, or the bytes are no Unicode at all; JSON
      // for exchange is UTF-8 (RFC 8259), and nothing can be read past such bytes.
      finish();
      if (number > before) {
        number--; // the record that was being read is the one refused
      }
      return refused(MarcFailure.MARC_JSON_NOT_UTF8, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Newline-delimited when the first line that is not blank holds one whole JSON object and nothing else.
  private boolean detectLines() throws IOException {
    in.mark(DETECT_LIMIT);
    byte[] head = in.readNBytes(DETECT_LIMIT);
    in.reset();
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i >= head.length || head[i] != '{') {
      return false;
    }
    int end = i;
    while (end < head.length && head[end] != '\n') {
      end++;
    }
    if (end == head.length && head.length == DETECT_LIMIT) {
      return false;
    }
    try (JsonParser p = JSON.createParser(head, i, end - i)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (StreamReadException e) {
      return false;
    }
  }

  // --- one record per line ---

  private MarcRead nextLine() throws IOException {
    while (true) {
      int start = pos;
      int end = -1;
      boolean tooLong = false;
      while (end < 0) {
        for (int k = pos; k < lim; k++) {
          if (buf[k] == '\n') {
            end = k;
            break;
          }
        }
        if (end >= 0) {
          break;
        }
        pos = lim;
        if (eof) {
          end = lim;
          break;
        }
        // keep the line so far at the front and read more
        if (start > 0) {
          System.arraycopy(buf, start, buf, 0, lim - start);
          lim -= start;
          pos -= start;
          start = 0;
        }
        if (lim == buf.length) {
          if (buf.length >= MAX_LINE) {
            tooLong = true;
            lim = 0;
            pos = 0;
            start = 0;
          } else {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
          }
        }
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
          eof = true;
        } else {
          lim += n;
        }
      }
      line++;
      pos = end < lim ? end + 1 : lim;
      if (tooLong) {
        return refused(MarcFailure.MARC_JSON_LINE_TOO_LONG, line, line, MAX_LINE >> 20);
      }
      if (blank(start, end)) {
        if (eof && pos >= lim) {
          return null;
        }
        continue;
      }
      return parseLine(start, end);
    }
  }

  private boolean blank(int from, int to) {
    for (int k = from; k < to; k++) {
      byte b = buf[k];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private MarcRead parseLine(int from, int to) throws IOException {
    ReadContext ctx = new ReadContext(options, ++number, line);
    try (JsonParser p = JSON.createParser(buf, from, to - from)) {
      depth = 0;
      JsonToken t = next(p);
      if (t != JsonToken.START_OBJECT) {
        return notRecord(ctx, p, line);
      }
      Record record = readRecord(p, ctx, line - 1);
      if (next(p) != null) {
        JsonLocation at = p.currentTokenLocation();
        ctx.damage(MarcFailure.MARC_JSON_SYNTAX, Severity.ERROR, "", line, line, at.getColumnNr(), near(from, to, (int) at.getColumnNr()));
        return new MarcRead(ctx.number, -1, line, null, ctx.issues);
      }
      return record == null ? new MarcRead(ctx.number, -1, line, null, ctx.issues) : complete(ctx, record, -1, line);
    } catch (StreamReadException e) {
      JsonLocation at = e.getLocation();
      int column = at == null ? 0 : (int) at.getColumnNr();
      ctx.damage(MarcFailure.MARC_JSON_SYNTAX, Severity.ERROR, "", line, line, column, near(from, to, column));
      return new MarcRead(ctx.number, -1, line, null, ctx.issues);
    }
  }

  private String near(int from, int to, int column) {
    String text = new String(buf, from, to - from, StandardCharsets.UTF_8);
    int c = Math.max(0, Math.min(text.length(), column - 1));
    return clean(text.substring(Math.max(0, c - 30), Math.min(text.length(), c + 10)));
  }

  // --- a stream of values ---

  private MarcRead nextValue() throws IOException {
    if (parser == null) {
      parser = JSON.createParser(in);
    }
    int before = number;
    long at = 0;
    boolean inRecord = false;
    try {
      while (true) {
        JsonToken t = parser.nextToken();
        if (t == null) {
          return null;
        }
        if (t == JsonToken.START_ARRAY) {
          arrayDepth++;
          continue;
        }
        if (t == JsonToken.END_ARRAY) {
          arrayDepth--;
          continue;
        }
        at = parser.currentTokenLocation().getLineNr();
        ReadContext ctx = new ReadContext(options, ++number, at);
        depth = t == JsonToken.START_OBJECT ? 1 : 0;
        if (t != JsonToken.START_OBJECT) {
          return notRecord(ctx, parser, at);
        }
        inRecord = true;
        Record record = readRecord(parser, ctx, 0);
        return record == null ? new MarcRead(ctx.number, -1, at, null, ctx.issues) : complete(ctx, record, -1, at);
      }
    } catch (StreamReadException e) {
      // without line breaks to go by, JSON has no place to start again after a syntax error
      finish();
      if (!inRecord && e instanceof JsonEOFException) {
        return null; // an array left open after its last record: nothing is lost that could be named
      }
      if (!inRecord) {
        number = before; // a value that was not a record may have been counted before its damage showed
      }
      ReadContext ctx = new ReadContext(options, inRecord ? number : ++number, at);
      if (e instanceof JsonEOFException) {
        ctx.damage(MarcFailure.MARC_JSON_TRUNCATED, Severity.ERROR, "", at, at);
      } else {
        JsonLocation loc = e.getLocation();
        long errLine = loc == null ? at : loc.getLineNr();
        long column = loc == null ? 0 : loc.getColumnNr();
        ctx.damage(MarcFailure.MARC_JSON_INVALID, Severity.ERROR, "", errLine, errLine, column, lastText());
      }
      return new MarcRead(ctx.number, -1, at, null, ctx.issues);
    }
  }

  private String lastText() {
    try {
      String s = parser.getText();
      return s == null ? "" : clean(s.length() > 40 ? s.substring(0, 40) : s);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  private MarcRead refused(MarcFailure failure, long at, Object... args) {
    ReadContext ctx = new ReadContext(options, ++number, at);
    ctx.damage(failure, Severity.ERROR, "", at, args);
    return new MarcRead(ctx.number, -1, at, null, ctx.issues);
  }

  private MarcRead notRecord(ReadContext ctx, JsonParser p, long at) throws IOException {
    String text = p.currentToken() == JsonToken.START_ARRAY ? "[" : clean(String.valueOf(p.getText()));
    if (p.currentToken() != null && p.currentToken().isStructStart()) {
      p.skipChildren();
    }
    ctx.damage(MarcFailure.MARC_JSON_NOT_RECORD, Severity.ERROR, "", at, at, text.length() > 40 ? text.substring(0, 40) : text);
    return new MarcRead(ctx.number, -1, at, null, ctx.issues);
  }

  // --- a record, token by token ---

  private JsonToken next(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t != null && t.isStructStart()) {
      depth++;
    } else if (t != null && t.isStructEnd()) {
      depth--;
    }
    return t;
  }

  // Skips the value the parser is at (a whole object or array).
  private void skip(JsonParser p) throws IOException {
    if (p.currentToken() != null && p.currentToken().isStructStart()) {
      p.skipChildren();
      depth--;
    }
  }

  // At the record's START_OBJECT; returns the record, or null when it was refused.
  private Record readRecord(JsonParser p, ReadContext ctx, long lineBase) throws IOException {
    long start = lineBase + p.currentTokenLocation().getLineNr();
    MarkupRecordBuilder builder = new MarkupRecordBuilder(ctx);
    Set<String> keys = new HashSet<>(4);
    boolean fields = false;
    String leader = null;
    long leaderLine = start;
    while (next(p) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      long at = lineBase + p.currentTokenLocation().getLineNr();
      unique(keys, key, key, p, ctx, lineBase);
      JsonToken v = next(p);
      switch (key) {
        case "leader" -> {
          leader = text(p, v, "leader", ctx, lineBase);
          leaderLine = at;
        }
        case "fields" -> {
          if (v != JsonToken.START_ARRAY) {
            skip(p);
            break;
          }
          fields = true;
          readFields(p, builder, ctx, lineBase);
        }
        default -> {
          ctx.report(MarcFailure.MARC_JSON_KEY_IGNORED.code(), Severity.WARNING, "", at, key);
          skip(p);
        }
      }
    }
    if (!fields) {
      ctx.damage(MarcFailure.MARC_JSON_FIELDS_MISSING, Severity.ERROR, "", start, start);
      return null;
    }
    if (leader != null) {
      builder.leader(leader, leaderLine);
    }
    return builder.build(start);
  }

  // A key met twice in one object is an error of JSON (strict mode stops); lenient reading goes on as
  // JSON libraries do, with the later value, and keeps both where both can be kept (a tag or a code).
  private void unique(Set<String> keys, String key, String path, JsonParser p, ReadContext ctx, long lineBase) {
    if (!keys.add(key)) {
      long at = lineBase + p.currentTokenLocation().getLineNr();
      ctx.damage(MarcFailure.MARC_JSON_DUPLICATE_KEY, Severity.ERROR, path, at, at, p.currentTokenLocation().getColumnNr(), key);
    }
  }

  private void readFields(JsonParser p, MarkupRecordBuilder builder, ReadContext ctx, long lineBase) throws IOException {
    JsonToken t;
    while ((t = next(p)) != JsonToken.END_ARRAY && t != null) {
      long at = lineBase + p.currentTokenLocation().getLineNr();
      if (t != JsonToken.START_OBJECT) {
        shape(ctx, p, at, 0);
        skip(p);
        continue;
      }
      int count = 0;
      Set<String> keys = new HashSet<>(2);
      while (next(p) == JsonToken.FIELD_NAME) {
        String tag = p.currentName();
        long fieldLine = lineBase + p.currentTokenLocation().getLineNr();
        unique(keys, tag, tag, p, ctx, lineBase);
        count++;
        JsonToken v = next(p);
        if (v == JsonToken.START_OBJECT) {
          readDataField(p, tag, builder, ctx, lineBase, fieldLine);
        } else {
          builder.controlField(tag, text(p, v, tag, ctx, lineBase), fieldLine);
        }
      }
      if (count != 1) {
        shape(ctx, p, at, count);
      }
    }
  }

  private void shape(ReadContext ctx, JsonParser p, long at, int count) {
    ctx.damage(MarcFailure.MARC_JSON_FIELD_SHAPE, Severity.WARNING, "", at, at, count);
  }

  private void readDataField(JsonParser p, String tag, MarkupRecordBuilder builder, ReadContext ctx, long lineBase, long fieldLine)
      throws IOException {
    String ind1 = null;
    String ind2 = null;
    List<Object[]> subfields = new ArrayList<>();
    Set<String> keys = new HashSet<>(4);
    while (next(p) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      long at = lineBase + p.currentTokenLocation().getLineNr();
      unique(keys, key, tag + "/" + key, p, ctx, lineBase);
      JsonToken v = next(p);
      switch (key) {
        case "ind1" -> ind1 = text(p, v, tag + "/ind1", ctx, lineBase);
        case "ind2" -> ind2 = text(p, v, tag + "/ind2", ctx, lineBase);
        case "subfields" -> {
          if (v != JsonToken.START_ARRAY) {
            shape(ctx, p, at, 0);
            skip(p);
            break;
          }
          JsonToken s;
          while ((s = next(p)) != JsonToken.END_ARRAY && s != null) {
            long sfLine = lineBase + p.currentTokenLocation().getLineNr();
            if (s != JsonToken.START_OBJECT) {
              shape(ctx, p, sfLine, 0);
              skip(p);
              continue;
            }
            int count = 0;
            Set<String> codes = new HashSet<>(2);
            while (next(p) == JsonToken.FIELD_NAME) {
              String code = p.currentName();
              unique(codes, code, tag + "$" + code, p, ctx, lineBase);
              count++;
              JsonToken sv = next(p);
              subfields.add(new Object[] {code, text(p, sv, tag + "$" + code, ctx, lineBase), sfLine});
            }
            if (count != 1) {
              shape(ctx, p, sfLine, count);
            }
          }
        }
        default -> {
          ctx.report(MarcFailure.MARC_JSON_KEY_IGNORED.code(), Severity.WARNING, tag, at, key);
          skip(p);
        }
      }
    }
    DataField field = builder.dataField(tag, ind1, ind2, fieldLine);
    for (Object[] sf : subfields) {
      builder.subfield(field, (String) sf[0], (String) sf[1], (Long) sf[2]);
    }
  }

  // The text of a value; one that is not a string is read as its JSON text (a number) or as empty (null,
  // an object, an array), reported.
  private String text(JsonParser p, JsonToken v, String path, ReadContext ctx, long lineBase) throws IOException {
    if (v == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    long at = lineBase + p.currentTokenLocation().getLineNr();
    long column = p.currentTokenLocation().getColumnNr();
    String raw;
    String made;
    if (v != null && v.isStructStart()) {
      raw = v == JsonToken.START_OBJECT ? "{…}" : "[…]";
      made = "";
      skip(p);
    } else if (v == JsonToken.VALUE_NULL) {
      raw = "null";
      made = "";
    } else {
      raw = p.getText();
      made = raw;
    }
    ctx.damage(MarcFailure.MARC_JSON_VALUE_NOT_TEXT, Severity.WARNING, path, at, path, at, column, raw, made);
    return made;
  }

  private static String clean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(c < 0x20 ? ' ' : c);
    }
    return out.toString().strip();
  }
}
