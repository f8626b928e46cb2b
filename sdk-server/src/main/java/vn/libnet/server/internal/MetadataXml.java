package vn.libnet.server.internal;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.marc.crosswalk.DublinCoreRecord;

/**
 * Writes one record, as MARC 21 slim or as {@code oai_dc} Dublin Core, where a responder's envelope puts
 * it. Characters XML 1.0 cannot carry (controls a MARC record may hold) are left out ({@link #clean}), so
 * that every response stays well-formed whatever the catalogue holds.
 */
public final class MetadataXml {
  /** The XML Schema instance namespace. */
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  /** The MARC 21 slim namespace. */
  public static final String MARC = "http://www.loc.gov/MARC21/slim";

  private MetadataXml() {}

  /** Writes {@code r} as a {@code marc:record} element that declares its own namespaces. */
  public static void marc(XMLStreamWriter xml, Record r) throws XMLStreamException {
    xml.writeStartElement("marc", "record", MARC);
    xml.writeNamespace("marc", MARC);
    // Declared again on the record's own root: clients that cut the record out as a document of its own
    // (XOAI's harvester among them) would otherwise find xsi unbound.
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

  /** Writes {@code dc} as an {@code oai_dc:dc} element that declares its own namespaces. */
  public static void dublinCore(XMLStreamWriter xml, DublinCoreRecord dc) throws XMLStreamException {
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

  /**
   * {@code s} without the characters XML 1.0 (§2.2) forbids: what is left is tab, line feed, carriage
   * return and the rest from U+0020, without lone surrogates or U+FFFE/FFFF. Null is the empty string.
   */
  public static String clean(String s) {
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
