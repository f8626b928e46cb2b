package vn.libnet.marc.io;

import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.validation.Severity;

/**
 * MARCXML records from a stream, with a StAX parser that has DTDs, external entities and entity
 * expansion off: a document with a DOCTYPE is refused before anything it names could be fetched.
 * Records are built with marc4j's factory, one at a time.
 */
final class MarcXmlRecordReader extends AbstractRecordReader {
  private static final XMLInputFactory FACTORY = secureFactory();

  private final InputStream in;
  private final ReadOptions options;
  private final MarcFactory factory = MARC;
  private XMLStreamReader xml;
  private int number;
  private boolean inRecord;

  MarcXmlRecordReader(InputStream in, ReadOptions options) {
    super(in);
    this.in = in;
    this.options = options;
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
  public void close() {
    try {
      if (xml != null) {
        xml.close();
      }
    } catch (XMLStreamException e) {
      // closing the input below is what matters
    }
    super.close();
  }

  @Override
  MarcRead readNext() {
    int line = 0;
    try {
      if (xml == null) {
        xml = FACTORY.createXMLStreamReader(in);
      }
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new MarcReadException(MarcFailure.MARCXML_DOCTYPE, number + 1, xml.getLocation().getLineNumber(), xml.getLocation().getLineNumber());
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new MarcReadException(MarcFailure.MARCXML_ENTITY, number + 1, xml.getLocation().getLineNumber(), xml.getLocation().getLineNumber(), xml.getLocalName());
        }
        if (event == XMLStreamConstants.START_ELEMENT && "record".equals(xml.getLocalName())) {
          line = xml.getLocation().getLineNumber();
          ReadContext ctx = new ReadContext(options, ++number, line);
          inRecord = true;
          Record record = readRecord(ctx);
          inRecord = false;
          return complete(ctx, record, -1, line);
        }
      }
      return null;
    } catch (XMLStreamException e) {
      int at = e.getLocation() == null ? line : e.getLocation().getLineNumber();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNumber();
      String reason = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
      if (reason.contains("DOCTYPE") || reason.contains("referenced, but not declared")) {
        throw new MarcReadException(MarcFailure.MARCXML_ENTITY, number + 1, at, at, reason);
      }
      ReadContext ctx = new ReadContext(options, inRecord ? number : ++number, at);
      finish();
      ctx.damage(MarcFailure.MARCXML_INVALID, Severity.ERROR, "", at, at, column, reason);
      return new MarcRead(ctx.number, -1, at, null, ctx.issues);
    }
  }

  // Reads from the <record> start tag to its end tag.
  private Record readRecord(ReadContext ctx) throws XMLStreamException {
    Record record = factory.newRecord();
    DataField field = null;
    boolean leaderSeen = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && "record".equals(xml.getLocalName())) {
        break;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      int line = xml.getLocation().getLineNumber();
      switch (xml.getLocalName()) {
        case "leader" -> {
          record.setLeader(factory.newLeader(leader(xml.getElementText(), ctx, line)));
          leaderSeen = true;
        }
        case "controlfield" -> {
          String tag = tag(xml.getAttributeValue(null, "tag"), ctx, line);
          record.addVariableField(factory.newControlField(tag, xml.getElementText()));
        }
        case "datafield" -> {
          String tag = tag(xml.getAttributeValue(null, "tag"), ctx, line);
          field =
              factory.newDataField(
                  tag,
                  indicator(xml.getAttributeValue(null, "ind1"), tag + "/ind1", ctx, line),
                  indicator(xml.getAttributeValue(null, "ind2"), tag + "/ind2", ctx, line));
          record.addVariableField(field);
        }
        case "subfield" -> {
          String code = xml.getAttributeValue(null, "code");
          String data = xml.getElementText();
          if (field == null) {
            ctx.damage(MarcFailure.MARCXML_FIELD_INVALID, Severity.WARNING, "", line, line, "subfield outside datafield");
          } else if (code == null || code.length() != 1) {
            ctx.damage(MarcFailure.MARCXML_FIELD_INVALID, Severity.WARNING, field.getTag(), line, line, "subfield code \"" + code + "\"");
            field.addSubfield(factory.newSubfield('?', data));
          } else {
            field.addSubfield(factory.newSubfield(code.charAt(0), data));
          }
        }
        default -> {
          // other elements (a collection wrapper, foreign extensions) carry no MARC data
        }
      }
    }
    if (!leaderSeen) {
      ctx.damage(MarcFailure.MARCXML_LEADER_INVALID, Severity.WARNING, "leader", ctx.offset, ctx.offset, 0);
      record.setLeader(factory.newLeader("00000nam a2200000 a 4500"));
    }
    record.getLeader().setCharCodingScheme('a');
    return record;
  }

  // marc4j needs exactly 24 characters; a short or long leader is padded or cut, and reported.
  private static String leader(String text, ReadContext ctx, int line) {
    if (text.length() == 24) {
      return text;
    }
    ctx.damage(MarcFailure.MARCXML_LEADER_INVALID, Severity.WARNING, "leader", line, line, text.length());
    return text.length() > 24 ? text.substring(0, 24) : String.format("%-24s", text);
  }

  private static String tag(String tag, ReadContext ctx, int line) {
    if (tag != null && tag.length() == 3) {
      return tag;
    }
    ctx.damage(MarcFailure.MARCXML_FIELD_INVALID, Severity.WARNING, "", line, line, "tag \"" + tag + "\"");
    return tag == null ? "???" : (tag + "???").substring(0, 3);
  }

  private static char indicator(String value, String path, ReadContext ctx, int line) {
    if (value != null && value.length() == 1) {
      return value.charAt(0);
    }
    if (value != null && !value.isEmpty()) {
      ctx.damage(MarcFailure.MARCXML_FIELD_INVALID, Severity.WARNING, path, line, line, "indicator \"" + value + "\"");
    }
    return ' ';
  }
}
