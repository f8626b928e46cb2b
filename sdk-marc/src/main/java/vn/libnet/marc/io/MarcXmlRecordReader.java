package vn.libnet.marc.io;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * MARCXML (the MARC 21 slim schema, {@code http://www.loc.gov/MARC21/slim}) records from a stream: a
 * {@code <collection>}, a single {@code <record>}, records with a {@code marc:} prefix or with no
 * namespace at all, and MARC records inside an OAI-PMH {@code ListRecords}/{@code GetRecord} response
 * or another envelope (the envelope itself is ignored; deleted OAI-PMH records carry no record and are
 * passed over).
 *
 * <p>{@link MarcXmlFramer} cuts the stream into one chunk per record and each chunk is parsed by its own
 * StAX parser, with DTDs, external entities and entity expansion off; a document with a DOCTYPE is
 * refused whole, before anything it names could be fetched. So damage stays in its record: a record
 * without {@code </record>} ends where the next one starts (read, and reported); a record that is not
 * well-formed is reported with its line and column and skipped in lenient mode; bytes that are not UTF-8
 * are read as Windows-1252 and control characters (raw, or as character references that XML 1.0 does
 * not allow) are kept and reported. A {@code record} element that is not MARC 21 (an OAI-PMH record of
 * Dublin Core, a record in another namespace, one without any MARC field) is refused by name, namespace
 * and line, never read as an empty record. Strict mode throws {@link MarcReadException} at the first
 * damage. Field order is the document's; repeated control fields are kept.
 */
final class MarcXmlRecordReader extends AbstractRecordReader {
  // The JDK's factory is safe to share once configured. A parser costs more to set up than a record
  // costs to parse, so intact records are parsed in batches, one document each; a parser is never reused
  // across documents (the JDK's "reuse-instance" leaks memory for every document left unfinished).
  private static final XMLInputFactory FACTORY = secureFactory();
  private static final int BATCH_RECORDS = 64;
  private static final int BATCH_CHARS = 1 << 19;

  private final ReadOptions options;
  private final MarcXmlFramer framer;
  private final ArrayDeque<Object> queue = new ArrayDeque<>();
  private final List<Chunk> batch = new ArrayList<>();
  private Object held;
  private char[] doc = new char[1 << 16];
  private int docLength;
  private long lines;
  private CharsetDecoder decoder;
  private int number;
  private String headerText;
  private String wrapper;

  /** A record chunk taken out of the framer's buffer: its text and where it was. */
  private static final class Chunk {
    int number;
    long line;
    int column;
    long lines;
    String element;
    String namespace;
    String endedBy;
    long endedAt;
    String closing;
    String header;
    int docStart;
    int docEnd;
    long bufferLine;
    MarcXmlRepair repair;
    int virtualLine = 1;
  }

  MarcXmlRecordReader(InputStream in, ReadOptions options) {
    super(in);
    this.options = options;
    this.framer = new MarcXmlFramer(in);
  }

  private static XMLInputFactory secureFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    try {
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (IllegalArgumentException e) {
      // a StAX implementation without these properties still has DTDs off
    }
    return f;
  }

  @Override
  MarcRead readNext() {
    while (queue.isEmpty()) {
      if (!fill()) {
        return null;
      }
    }
    Object next = queue.poll();
    if (next instanceof MarcReadException e) {
      queue.clear(); // strict mode: nothing after the first damage
      finish();
      throw e;
    }
    return (MarcRead) next;
  }

  // Takes up to a batch of record chunks from the framer, decoded one after another into one character
  // buffer, and reads them; false at the end of the input.
  private boolean fill() {
    batch.clear();
    docLength = 0;
    lines = 0;
    String batchHeader = null;
    while (batch.size() < BATCH_RECORDS && docLength < BATCH_CHARS) {
      Object f = held != null ? held : framer.next();
      held = null;
      if (f == null) {
        break;
      }
      if (!(f instanceof MarcXmlFramer.Frame)) {
        queue.add(f); // a refusal held back behind the last batch
        return true;
      }
      MarcXmlFramer.Frame frame = (MarcXmlFramer.Frame) f;
      if (frame.kind == MarcXmlFramer.Kind.RECORD) {
        String h = header();
        if (batchHeader != null && !h.equals(batchHeader)) {
          // other namespaces in scope: the next batch; the framer has not moved, its frame is still good
          held = frame;
          break;
        }
        batchHeader = h;
        batch.add(chunk(frame, h));
        continue;
      }
      if (!batch.isEmpty()) {
        // read the records before it first
        held = nonRecord(frame);
        break;
      }
      queue.add(nonRecord(frame));
      return true;
    }
    if (batch.isEmpty()) {
      return !queue.isEmpty();
    }
    readBatch();
    return true;
  }

  // Decodes the chunk into the batch's buffer (or, when its bytes are not all UTF-8, keeps their repair).
  private Chunk chunk(MarcXmlFramer.Frame f, String header) {
    Chunk c = new Chunk();
    c.number = ++number;
    c.line = f.line;
    c.column = f.column;
    c.lines = f.endLine - f.line;
    c.element = f.element;
    c.namespace = f.namespace;
    c.endedBy = f.endedBy;
    c.endedAt = f.endedAt;
    c.closing = f.closing;
    c.header = header;
    byte[] b = framer.buffer();
    int n = f.end - f.start;
    int need = docLength + n + c.closing.length() + 1;
    if (doc.length < need) {
      doc = Arrays.copyOf(doc, Math.max(need, doc.length * 2));
    }
    CharsetDecoder decoder = decoder();
    CharBuffer out = CharBuffer.wrap(doc, docLength, doc.length - docLength);
    CoderResult r = decoder.decode(ByteBuffer.wrap(b, f.start, n), out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      // bytes that are not UTF-8: repaired and read alone
      c.repair = MarcXmlRepair.of(b, f.start, f.end, f.line);
      return c;
    }
    c.docStart = docLength;
    docLength = out.position();
    c.closing.getChars(0, c.closing.length(), doc, docLength);
    docLength += c.closing.length();
    doc[docLength++] = '\n';
    c.docEnd = docLength;
    c.bufferLine = lines;
    lines += c.lines + 1;
    return c;
  }

  private CharsetDecoder decoder() {
    Charset charset = charset();
    if (decoder == null || !decoder.charset().equals(charset)) {
      decoder = charset.newDecoder();
      CodingErrorAction onError = charset.equals(StandardCharsets.UTF_8) ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
      decoder.onMalformedInput(onError).onUnmappableCharacter(onError);
    }
    decoder.reset();
    return decoder;
  }

  // A find that is not a record chunk, as what the reader gives for it (a refusal, or the DOCTYPE's exception).
  private Object nonRecord(MarcXmlFramer.Frame f) {
    long line = f.line;
    try {
      switch (f.kind) {
        case DOCTYPE:
          return new MarcReadException(MarcFailure.MARCXML_DOCTYPE, number + 1, line, line);
        case NOT_MARC:
          return refused(MarcFailure.MARCXML_NOT_MARC, line, line, f.element, f.namespace);
        case TRUNCATED:
          return refused(MarcFailure.MARCXML_RECORD_TRUNCATED, line, line);
        case UNCLOSED_MARKUP:
          return refused(MarcFailure.MARCXML_MARKUP_UNCLOSED, line, line);
        default:
          return refused(MarcFailure.MARCXML_RECORD_TOO_LARGE, line, line, MarcXmlFramer.MAX_RECORD >> 20);
      }
    } catch (MarcReadException e) {
      return e;
    }
  }

  private MarcRead refused(MarcFailure failure, long line, Object... args) {
    ReadContext ctx = new ReadContext(options, ++number, line);
    ctx.damage(failure, Severity.ERROR, "", line, args);
    return new MarcRead(ctx.number, -1, line, null, ctx.issues);
  }

  // Reads the batch's chunks with as few parsers as can be: one document for a run of intact chunks; a
  // chunk that breaks its document is read again alone (salvage), and the run goes on after it.
  private void readBatch() {
    int i = 0;
    while (i < batch.size()) {
      Chunk first = batch.get(i);
      if (first.repair != null) {
        queue.add(salvage(first, null));
        i++;
        continue;
      }
      int j = i;
      while (j < batch.size() && batch.get(j).repair == null) {
        Chunk c = batch.get(j);
        c.virtualLine = 2 + (int) (c.bufferLine - first.bufferLine);
        j++;
      }
      Reader text = new DocumentReader(first.header + "\n", doc, first.docStart, batch.get(j - 1).docEnd, MarcXmlFramer.WRAPPER_END);
      int k = i;
      try {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(text);
        try {
          xml.nextTag(); // the wrapper
          for (; k < j; k++) {
            Chunk c = batch.get(k);
            ReadContext ctx = new ReadContext(options, c.number, c.line);
            if (c.endedBy != null) {
              ctx.damage(MarcFailure.MARCXML_RECORD_UNCLOSED, Severity.WARNING, "", c.line, c.line, c.endedAt, c.endedBy);
            }
            xml.nextTag(); // the record
            Record record = readRecord(xml, ctx, c);
            queue.add(record == null ? new MarcRead(c.number, -1, c.line, null, ctx.issues) : complete(ctx, record, -1, c.line));
          }
        } finally {
          xml.close();
        }
        i = j;
      } catch (XMLStreamException e) {
        queue.add(salvage(batch.get(k), e));
        i = k + 1;
      } catch (MarcReadException e) {
        queue.add(e);
        return; // strict mode ends at the first damage
      }
    }
  }

  /** A header, a range of the batch's buffer and a tail, read in turn: the buffer is not copied again. */
  private static final class DocumentReader extends Reader {
    private final String head;
    private final char[] body;
    private final int to;
    private final String tail;
    private int at;
    private int part;

    DocumentReader(String head, char[] body, int from, int to, String tail) {
      this.head = head;
      this.body = body;
      this.to = to;
      this.tail = tail;
      this.at = 0;
      this.bodyFrom = from;
    }

    private final int bodyFrom;

    @Override
    public int read(char[] cbuf, int off, int len) {
      while (part < 3) {
        int n;
        if (part == 1) {
          n = Math.min(len, to - (bodyFrom + at));
          if (n > 0) {
            System.arraycopy(body, bodyFrom + at, cbuf, off, n);
          }
        } else {
          String s = part == 0 ? head : tail;
          n = Math.min(len, s.length() - at);
          if (n > 0) {
            s.getChars(at, at + n, cbuf, off);
          }
        }
        if (n > 0) {
          at += n;
          return n;
        }
        part++;
        at = 0;
      }
      return -1;
    }

    @Override
    public void close() {
      // nothing to release
    }
  }

  // The chunk did not parse: read it again with what commonly breaks real files repaired (bytes that are
  // not UTF-8, control characters, a bare '&'), each reported; or report it unreadable where it broke.
  private Object salvage(Chunk c, XMLStreamException failure) {
    try {
      ReadContext ctx = new ReadContext(options, c.number, c.line);
      if (c.endedBy != null) {
        ctx.damage(MarcFailure.MARCXML_RECORD_UNCLOSED, Severity.WARNING, "", c.line, c.line, c.endedAt, c.endedBy);
      }
      String original = c.repair != null ? null : new String(doc, c.docStart, c.docEnd - c.docStart - c.closing.length() - 1);
      MarcXmlRepair repair = c.repair != null ? c.repair : MarcXmlRepair.of(original, c.line);
      if (repair.entity() != null) {
        ctx.damage(MarcFailure.MARCXML_ENTITY, Severity.ERROR, "", repair.entityLine(), repair.entityLine(), repair.entity());
        return new MarcRead(c.number, -1, c.line, null, ctx.issues);
      }
      if (!repair.changed() && failure != null) {
        return malformed(ctx, c, failure, original);
      }
      repair.report(ctx);
      boolean xml11 = repair.needsXml11() || "1.1".equals(framer.version());
      String start = (xml11 ? "<?xml version=\"1.1\"?>" : "") + c.header.substring(c.header.indexOf("<libnet-chunk")) + "\n";
      String text = repair.text();
      c.virtualLine = 2;
      try {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(start + text + c.closing + MarcXmlFramer.WRAPPER_END));
        try {
          xml.nextTag();
          xml.nextTag();
          Record record = readRecord(xml, ctx, c);
          return record == null ? new MarcRead(c.number, -1, c.line, null, ctx.issues) : complete(ctx, record, -1, c.line);
        } finally {
          xml.close();
        }
      } catch (XMLStreamException e) {
        return malformed(ctx, c, e, text);
      }
    } catch (MarcReadException e) {
      return e;
    }
  }

  private MarcRead malformed(ReadContext ctx, Chunk c, XMLStreamException e, String text) {
    Location at = e.getLocation();
    long line = c.line;
    int column = 0;
    int chunkColumn = 0;
    if (at != null && at.getLineNumber() >= c.virtualLine) {
      line = c.line + at.getLineNumber() - c.virtualLine;
      chunkColumn = at.getColumnNumber();
      column = at.getLineNumber() == c.virtualLine ? chunkColumn + c.column - 1 : chunkColumn;
    }
    String near = MarcXmlRepair.near(text, (int) (line - c.line), chunkColumn);
    ctx.damage(MarcFailure.MARCXML_INVALID, Severity.ERROR, "", line, line, column, near);
    return new MarcRead(ctx.number, -1, c.line, null, ctx.issues);
  }

  private Charset charset() {
    try {
      return Charset.forName(framer.encoding());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  // What every chunk is parsed in: the wrapper that declares the namespaces in scope, after a declaration
  // only where the document is XML 1.1 (the parser reads characters, so no encoding is named).
  private String header() {
    String w = framer.wrapperStart();
    if (!w.equals(wrapper)) {
      wrapper = w;
      headerText = ("1.1".equals(framer.version()) ? "<?xml version=\"1.1\"?>" : "") + w;
    }
    return headerText;
  }

  // Reads the record element the parser is at, with its fields; null when it is not a MARC record.
  private Record readRecord(XMLStreamReader xml, ReadContext ctx, Chunk f) throws XMLStreamException {
    String ns = nsOf(xml);
    MarkupRecordBuilder builder = new MarkupRecordBuilder(ctx);
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        long at = f.line + xml.getLocation().getLineNumber() - f.virtualLine;
        ctx.damage(MarcFailure.MARCXML_ENTITY, Severity.ERROR, "", at, at, xml.getLocalName());
        return null;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      long line = f.line + xml.getLocation().getLineNumber() - f.virtualLine;
      String name = xml.getLocalName();
      if (!ns.equals(nsOf(xml))) {
        skip(xml); // an extension in another namespace carries no MARC data
        continue;
      }
      switch (name) {
        case "leader" -> builder.leader(xml.getElementText(), line);
        case "controlfield" -> builder.controlField(xml.getAttributeValue(null, "tag"), xml.getElementText(), line);
        case "datafield" -> dataField(xml, builder, ctx, f, line);
        default -> {
          ctx.report(MarcFailure.MARCXML_ELEMENT_IGNORED.code(), Severity.WARNING, "", line, "<" + qname(xml) + ">");
          skip(xml);
        }
      }
    }
    if (builder.isEmpty()) {
      if (MarcXmlFramer.MARC_NS.equals(ns)) {
        ctx.damage(MarcFailure.MARCXML_RECORD_EMPTY, Severity.ERROR, "", f.line, f.line);
      } else {
        // a record element without namespace and without MARC fields is some other XML's record
        ctx.damage(MarcFailure.MARCXML_NOT_MARC, Severity.ERROR, "", f.line, f.line, f.element, f.namespace);
      }
      return null;
    }
    return builder.build(f.line);
  }

  private void dataField(XMLStreamReader xml, MarkupRecordBuilder builder, ReadContext ctx, Chunk f, long line)
      throws XMLStreamException {
    DataField field =
        builder.dataField(xml.getAttributeValue(null, "tag"), xml.getAttributeValue(null, "ind1"), xml.getAttributeValue(null, "ind2"), line);
    for (int i = 3; i <= 9; i++) {
      // MARCXchange (ISO 25577) allows up to nine indicators; MARC 21 has two
      String extra = xml.getAttributeValue(null, "ind" + i);
      if (extra != null) {
        ctx.damage(MarcFailure.MARCXML_INDICATOR_EXTRA, Severity.WARNING, field.getTag() + "/ind" + i, line, line, field.getTag(), i, extra);
      }
    }
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        long at = f.line + xml.getLocation().getLineNumber() - f.virtualLine;
        if ("subfield".equals(xml.getLocalName())) {
          builder.subfield(field, xml.getAttributeValue(null, "code"), xml.getElementText(), at);
        } else {
          ctx.report(MarcFailure.MARCXML_ELEMENT_IGNORED.code(), Severity.WARNING, field.getTag(), at, "<" + qname(xml) + ">");
          skip(xml);
        }
      }
    }
  }

  private static String nsOf(XMLStreamReader xml) {
    String ns = xml.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  private static String qname(XMLStreamReader xml) {
    String p = xml.getPrefix();
    return p == null || p.isEmpty() ? xml.getLocalName() : p + ":" + xml.getLocalName();
  }

  // Skips the element the reader is at, with all it holds.
  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }
}
