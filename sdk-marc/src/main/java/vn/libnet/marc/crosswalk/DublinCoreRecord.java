package vn.libnet.marc.crosswalk;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A simple (unqualified) Dublin Core description: the fifteen DCMES elements, each repeatable, in the
 * order they were added.
 *
 * @param elements the element values, in order
 */
public record DublinCoreRecord(List<Element> elements) {
  /** The OAI-PMH {@code oai_dc} namespace. */
  public static final String OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  /** The DCMES 1.1 namespace. */
  public static final String DC = "http://purl.org/dc/elements/1.1/";

  /**
   * One element value.
   *
   * @param name the DCMES element name, e.g. {@code title}
   * @param value the value
   */
  public record Element(String name, String value) {
    /** Checks both parts. */
    public Element {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /** Copies the elements. */
  public DublinCoreRecord {
    elements = List.copyOf(elements);
  }

  /** The values of element {@code name}, in order. */
  public List<String> values(String name) {
    List<String> out = new ArrayList<>();
    for (Element e : elements) {
      if (e.name().equals(name)) {
        out.add(e.value());
      }
    }
    return out;
  }

  /** The record as an {@code oai_dc:dc} XML element, ready for an OAI-PMH response. */
  public String toOaiDcXml() {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartElement("oai_dc", "dc", OAI_DC);
      xml.writeNamespace("oai_dc", OAI_DC);
      xml.writeNamespace("dc", DC);
      xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          OAI_DC + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
      for (Element e : elements) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("dc", e.name(), DC);
        xml.writeCharacters(e.value());
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Dublin Core could not be written as XML", e);
    }
    return out.toString();
  }
}
