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
import vn.libnet.marc.crosswalk.MarcToDublinCore;
import vn.libnet.server.internal.MetadataXml;

/**
 * Writes OAI-PMH 2.0 responses: the envelope (responseDate, request), headers, and the two formats the
 * provider disseminates ({@code marc21} as MARC 21 slim, {@code oai_dc}). Characters XML 1.0 cannot carry
 * (controls a MARC record may hold) are left out, so that every response is well-formed.
 */
final class OaiXml {
  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  static final String XSI = MetadataXml.XSI;
  static final String MARC = MetadataXml.MARC;
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
        MetadataXml.marc(xml, item.record());
      } else {
        MetadataXml.dublinCore(xml, MarcToDublinCore.convert(item.record()));
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

  String finish() throws XMLStreamException {
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }

  static String clean(String s) {
    return MetadataXml.clean(s);
  }
}
