package vn.libnet.server.oai;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.marc.crosswalk.DublinCoreRecord;
import vn.libnet.marc.crosswalk.MarcToDublinCore;

/**
 * Writes OAI-PMH 2.0 responses: the envelope (responseDate, request), headers, and the two formats the
 * provider disseminates ({@code marc21} as MARC 21 slim, {@code oai_dc}). Characters XML 1.0 cannot carry
 * (controls a MARC record may hold) are left out, so that every response is well-formed.
 */
final class OaiXml {
  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  static final String MARC = "http://www.loc.gov/MARC21/slim";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  private final StringWriter out = new StringWriter();
  private final XMLStreamWriter xml;
  private final boolean seconds;

  OaiXml(boolean seconds) {
    this.seconds = seconds;
    try {
      xml = FACTORY.createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The JDK's XML writer is missing", e);
    }
  }

  String date(Instant i) {
    return seconds ? DateTimeFormatter.ISO_INSTANT.format(i.truncatedTo(ChronoUnit.SECONDS))
        : DateTimeFormatter.ISO_LOCAL_DATE.format(i.atOffset(ZoneOffset.UTC));
  }

  /** Opens the envelope; {@code arguments} are left off the request element for badVerb and badArgument. */
  OaiXml open(Instant now, String baseUrl, Map<String, String> arguments) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement("OAI-PMH");
    xml.writeDefaultNamespace(OAI);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "schemaLocation", OAI + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
    text("responseDate", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
    xml.writeStartElement("request");
    for (Map.Entry<String, String> a : arguments.entrySet()) {
      xml.writeAttribute(a.getKey(), clean(a.getValue()));
    }
    xml.writeCharacters(baseUrl);
    xml.writeEndElement();
    return this;
  }

  void error(String code, String message) throws XMLStreamException {
    xml.writeStartElement("error");
    xml.writeAttribute("code", code);
    xml.writeCharacters(clean(message));
    xml.writeEndElement();
  }

  void start(String name) throws XMLStreamException {
    xml.writeStartElement(name);
  }

  void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  void text(String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(clean(value));
    xml.writeEndElement();
  }

  void header(OaiItem item) throws XMLStreamException {
    xml.writeStartElement("header");
    if (item.deleted()) {
      xml.writeAttribute("status", "deleted");
    }
    text("identifier", item.identifier());
    text("datestamp", date(item.datestamp()));
    for (String s : item.sets()) {
      text("setSpec", s);
    }
    xml.writeEndElement();
  }

  void record(OaiItem item, String prefix) throws XMLStreamException {
    xml.writeStartElement("record");
    header(item);
    if (!item.deleted()) {
      xml.writeStartElement("metadata");
      if (prefix.equals(OaiProvider.MARC21)) {
        marc(item.record());
      } else {
        dc(MarcToDublinCore.convert(item.record()));
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  void token(String token, Integer cursor) throws XMLStreamException {
    xml.writeStartElement("resumptionToken");
    if (cursor != null) {
      xml.writeAttribute("cursor", String.valueOf(cursor));
    }
    if (token != null) {
      xml.writeCharacters(token);
    }
    xml.writeEndElement();
  }

  private void marc(Record r) throws XMLStreamException {
    xml.writeStartElement("marc", "record", MARC);
    xml.writeNamespace("marc", MARC);
    // Declared again on the metadata's own root: harvesters that cut the record out as a document of its own
    // (XOAI's among them) would otherwise find xsi unbound.
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "schemaLocation", MARC + " http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd");
    xml.writeStartElement("marc", "leader", MARC);
    xml.writeCharacters(clean(r.getLeader().marshal()));
    xml.writeEndElement();
    for (ControlField f : r.getControlFields()) {
      xml.writeStartElement("marc", "controlfield", MARC);
      xml.writeAttribute("tag", f.getTag());
      xml.writeCharacters(clean(f.getData()));
      xml.writeEndElement();
    }
    for (DataField f : r.getDataFields()) {
      xml.writeStartElement("marc", "datafield", MARC);
      xml.writeAttribute("tag", f.getTag());
      xml.writeAttribute("ind1", String.valueOf(f.getIndicator1()));
      xml.writeAttribute("ind2", String.valueOf(f.getIndicator2()));
      for (Subfield s : f.getSubfields()) {
        xml.writeStartElement("marc", "subfield", MARC);
        xml.writeAttribute("code", String.valueOf(s.getCode()));
        xml.writeCharacters(clean(s.getData()));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private void dc(DublinCoreRecord dc) throws XMLStreamException {
    xml.writeStartElement("oai_dc", "dc", DublinCoreRecord.OAI_DC);
    xml.writeNamespace("oai_dc", DublinCoreRecord.OAI_DC);
    xml.writeNamespace("dc", DublinCoreRecord.DC);
    xml.writeNamespace("xsi", XSI);
    xml.writeAttribute("xsi", XSI, "schemaLocation", DublinCoreRecord.OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    for (DublinCoreRecord.Element e : dc.elements()) {
      xml.writeStartElement("dc", e.name(), DublinCoreRecord.DC);
      xml.writeCharacters(clean(e.value()));
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  String finish() throws XMLStreamException {
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  // XML 1.0 §2.2: tab, line feed, carriage return and the rest from U+0020, without surrogates alone or U+FFFE/FFFF.
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
          || (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))
          || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1)));
      if (!ok && b == null) {
        b = new StringBuilder(s.substring(0, i));
      } else if (ok && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }
}
