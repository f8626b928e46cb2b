package vn.libnet.marc.io;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
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
  private static final XMLInputFactory FACTORY = secureFactory();

  private final ReadOptions options;
  private final MarcXmlFramer framer;
  private final ChunkStream chunk = new ChunkStream();
  private int number;
  private byte[] header;
  private String headerText;
  private String wrapper;

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
    MarcXmlFramer.Frame f = framer.next();
    if (f == null) {
      return null;
    }
    long line = f.line;
    switch (f.kind) {
      case DOCTYPE:
        throw new MarcReadException(MarcFailure.MARCXML_DOCTYPE, number + 1, line, line);
      case NOT_MARC:
        return refused(MarcFailure.MARCXML_NOT_MARC, line, line, f.element, f.namespace);
      case TRUNCATED:
        finish();
        return refused(MarcFailure.MARCXML_RECORD_TRUNCATED, line, line);
      case TOO_LARGE:
        return refused(MarcFailure.MARCXML_RECORD_TOO_LARGE, line, line, MarcXmlFramer.MAX_RECORD >> 20);
      default:
        return parse(f);
    }
  }

  private MarcRead refused(MarcFailure failure, long line, Object... args) {
    ReadContext ctx = new ReadContext(options, ++number, line);
    ctx.damage(failure, Severity.ERROR, "", line, args);
    return new MarcRead(ctx.number, -1, line, null, ctx.issues);
  }

  private MarcRead parse(MarcXmlFramer.Frame f) {
    int recordNumber = ++number;
    String start = header();
    int shift = start.length();
    ReadContext ctx = new ReadContext(options, recordNumber, f.line);
    if (f.endedBy != null) {
      ctx.damage(MarcFailure.MARCXML_RECORD_UNCLOSED, Severity.WARNING, "", f.line, f.line, f.endedAt, f.endedBy);
    }
    chunk.set(header, framer.buffer(), f.start, f.end, (f.closing + MarcXmlFramer.WRAPPER_END).getBytes(StandardCharsets.US_ASCII));
    XMLStreamException failure;
    try {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(chunk);
      try {
        Record record = readRecord(xml, ctx, f);
        return record == null ? new MarcRead(recordNumber, -1, f.line, null, ctx.issues) : complete(ctx, record, -1, f.line);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      failure = e;
    }
    return salvage(f, failure, shift, recordNumber);
  }

  // The chunk did not parse: read it again with what commonly breaks real files repaired (bytes that are
  // not UTF-8, control characters, a bare '&'), each reported; or report it unreadable where it broke.
  private MarcRead salvage(MarcXmlFramer.Frame f, XMLStreamException failure, int shift, int recordNumber) {
    ReadContext ctx = new ReadContext(options, recordNumber, f.line);
    if (f.endedBy != null) {
      ctx.report(MarcFailure.MARCXML_RECORD_UNCLOSED.code(), Severity.WARNING, "", f.line, f.endedAt, f.endedBy);
    }
    MarcXmlRepair repair = MarcXmlRepair.of(framer.buffer(), f.start, f.end, charset(), f.line);
    if (repair.entity() != null) {
      ctx.damage(MarcFailure.MARCXML_ENTITY, Severity.ERROR, "", repair.entityLine(), repair.entityLine(), repair.entity());
      return new MarcRead(recordNumber, -1, f.line, null, ctx.issues);
    }
    if (!repair.changed()) {
      return malformed(ctx, f, failure, shift);
    }
    repair.report(ctx);
    boolean xml11 = repair.needsXml11() || "1.1".equals(framer.version());
    String start = "<?xml version=\"" + (xml11 ? "1.1" : "1.0") + "\"?>" + wrapper;
    Reader text = new StringReader(start + repair.text() + f.closing + MarcXmlFramer.WRAPPER_END);
    try {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(text);
      try {
        Record record = readRecord(xml, ctx, f);
        return record == null ? new MarcRead(recordNumber, -1, f.line, null, ctx.issues) : complete(ctx, record, -1, f.line);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      return malformed(ctx, f, e, start.length());
    }
  }

  private MarcRead malformed(ReadContext ctx, MarcXmlFramer.Frame f, XMLStreamException e, int shift) {
    Location at = e.getLocation();
    long line = f.line;
    int column = 0;
    int chunkColumn = 0;
    if (at != null && at.getLineNumber() > 0) {
      line = f.line + at.getLineNumber() - 1;
      chunkColumn = at.getLineNumber() == 1 ? Math.max(1, at.getColumnNumber() - shift) : at.getColumnNumber();
      column = at.getLineNumber() == 1 ? chunkColumn + f.column - 1 : chunkColumn;
    }
    String near = MarcXmlRepair.near(framer.buffer(), f.start, f.end, charset(), (int) (line - f.line), chunkColumn);
    ctx.damage(MarcFailure.MARCXML_INVALID, Severity.ERROR, "", line, line, column, near);
    return new MarcRead(ctx.number, -1, f.line, null, ctx.issues);
  }

  private Charset charset() {
    try {
      return Charset.forName(framer.encoding());
    } catch (IllegalArgumentException e) {
      return StandardCharsets.UTF_8;
    }
  }

  // The declaration and wrapper every chunk is parsed in; rebuilt only when the namespaces in scope change.
  private String header() {
    String w = framer.wrapperStart();
    if (!w.equals(wrapper)) {
      wrapper = w;
      headerText = "<?xml version=\"" + framer.version() + "\" encoding=\"" + framer.encoding() + "\"?>" + w;
      header = headerText.getBytes(charset());
    }
    return headerText;
  }

  // Reads the wrapper, then the record element with its fields; null when it is not a MARC record.
  private Record readRecord(XMLStreamReader xml, ReadContext ctx, MarcXmlFramer.Frame f) throws XMLStreamException {
    xml.nextTag(); // the wrapper
    xml.nextTag(); // the record
    String ns = nsOf(xml);
    MarkupRecordBuilder builder = new MarkupRecordBuilder(ctx);
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        long at = f.line + xml.getLocation().getLineNumber() - 1;
        ctx.damage(MarcFailure.MARCXML_ENTITY, Severity.ERROR, "", at, at, xml.getLocalName());
        return null;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      long line = f.line + xml.getLocation().getLineNumber() - 1;
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

  private void dataField(XMLStreamReader xml, MarkupRecordBuilder builder, ReadContext ctx, MarcXmlFramer.Frame f, long line)
      throws XMLStreamException {
    DataField field =
        builder.dataField(xml.getAttributeValue(null, "tag"), xml.getAttributeValue(null, "ind1"), xml.getAttributeValue(null, "ind2"), line);
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        long at = f.line + xml.getLocation().getLineNumber() - 1;
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

  /** The header, a slice of the framer's buffer and the closing tags, read in turn without copying the slice. */
  private static final class ChunkStream extends InputStream {
    private byte[] head;
    private byte[] body;
    private byte[] tail;
    private int from;
    private int to;
    private int part;
    private int at;

    void set(byte[] head, byte[] body, int from, int to, byte[] tail) {
      this.head = head;
      this.body = body;
      this.from = from;
      this.to = to;
      this.tail = tail;
      this.part = 0;
      this.at = 0;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      while (part < 3) {
        byte[] src = part == 0 ? head : part == 1 ? body : tail;
        int start = part == 1 ? from : 0;
        int end = part == 1 ? to : src.length;
        int left = end - (start + at);
        if (left > 0) {
          int n = Math.min(len, left);
          System.arraycopy(src, start + at, b, off, n);
          at += n;
          return n;
        }
        part++;
        at = 0;
      }
      return -1;
    }
  }
}
