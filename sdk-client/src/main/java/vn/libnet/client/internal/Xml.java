package vn.libnet.client.internal;

import java.io.StringReader;
import java.io.StringWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * StAX with DTDs and external entities off (no XXE, no entity expansion), and the copying of a subtree; shared by
 * the OAI-PMH harvester and the SRU client. Internal: not part of the SDK's API.
 */
public final class Xml {
  private static final XMLInputFactory IN = XMLInputFactory.newDefaultFactory();
  private static final XMLOutputFactory OUT = XMLOutputFactory.newDefaultFactory();

  static {
    IN.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    IN.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    IN.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    IN.setProperty(XMLInputFactory.IS_COALESCING, true);
    IN.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    OUT.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
  }

  private Xml() {}

  /** A namespace-aware reader of {@code text}, DTDs and external entities off. */
  public static XMLStreamReader reader(String text) throws XMLStreamException {
    synchronized (IN) {
      return IN.createXMLStreamReader(new StringReader(text));
    }
  }

  /**
   * The element {@code r} is on (a START_ELEMENT), with its whole subtree, as a standalone document with
   * every namespace it uses declared; leaves {@code r} on its END_ELEMENT. Comments and processing
   * instructions are left out.
   */
  public static String copyElement(XMLStreamReader r) throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter w;
    synchronized (OUT) {
      w = OUT.createXMLStreamWriter(out);
    }
    int depth = 0;
    do {
      switch (r.getEventType()) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          w.writeStartElement(nonNull(r.getPrefix()), r.getLocalName(), nonNull(r.getNamespaceURI()));
          for (int i = 0; i < r.getNamespaceCount(); i++) {
            w.writeNamespace(nonNull(r.getNamespacePrefix(i)), nonNull(r.getNamespaceURI(i)));
          }
          for (int i = 0; i < r.getAttributeCount(); i++) {
            w.writeAttribute(nonNull(r.getAttributePrefix(i)), nonNull(r.getAttributeNamespace(i)), r.getAttributeLocalName(i),
                r.getAttributeValue(i));
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          w.writeEndElement();
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> w.writeCharacters(r.getText());
        default -> {
          // Comments, processing instructions, unexpanded entity references: not part of the data.
        }
      }
      if (depth > 0) {
        r.next();
      }
    } while (depth > 0);
    w.flush();
    return out.toString();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
