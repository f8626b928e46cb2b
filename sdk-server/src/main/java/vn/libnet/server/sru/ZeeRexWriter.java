package vn.libnet.server.sru;

import java.net.URI;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.libnet.server.internal.MetadataXml;

/**
 * Writes the explain record: ZeeRex 2.0 ({@code http://explain.z3950.org/dtd/2.0/}), with what the SRU base
 * profile asks of it (serverInfo with host, port and database and the highest version; indexInfo with its
 * sets and each index's map), the schemas the provider writes and its record defaults.
 */
final class ZeeRexWriter {
  static final String ZEEREX = "http://explain.z3950.org/dtd/2.0/";

  private ZeeRexWriter() {}

  static void write(XMLStreamWriter xml, SruDatabase db, String highestVersion, URI base, int defaultRecords, int maximumRecords,
      int maximumTerms) throws XMLStreamException {
    xml.writeStartElement("", "explain", ZEEREX);
    xml.writeDefaultNamespace(ZEEREX);
    xml.writeStartElement(ZEEREX, "serverInfo");
    xml.writeAttribute("protocol", "SRU");
    xml.writeAttribute("version", highestVersion);
    xml.writeAttribute("transport", base.getScheme() == null ? "http" : base.getScheme());
    text(xml, "host", base.getHost() == null ? "localhost" : base.getHost());
    int port = base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
    text(xml, "port", String.valueOf(port));
    String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
    text(xml, "database", path.startsWith("/") ? path.substring(1) : path);
    xml.writeEndElement();
    xml.writeStartElement(ZEEREX, "databaseInfo");
    xml.writeStartElement(ZEEREX, "title");
    xml.writeAttribute("primary", "true");
    xml.writeCharacters(MetadataXml.clean(db.title()));
    xml.writeEndElement();
    if (db.description() != null) {
      text(xml, "description", db.description());
    }
    xml.writeEndElement();
    xml.writeStartElement(ZEEREX, "indexInfo");
    for (SruDatabase.ContextSet set : db.contextSets()) {
      xml.writeEmptyElement(ZEEREX, "set");
      xml.writeAttribute("name", set.prefix());
      xml.writeAttribute("identifier", set.identifier());
    }
    for (SruDatabase.Index index : db.indexes()) {
      xml.writeStartElement(ZEEREX, "index");
      xml.writeAttribute("search", "true");
      xml.writeAttribute("scan", String.valueOf(index.scannable()));
      xml.writeAttribute("sort", "false");
      text(xml, "title", index.title());
      xml.writeStartElement(ZEEREX, "map");
      xml.writeStartElement(ZEEREX, "name");
      xml.writeAttribute("set", index.set());
      xml.writeCharacters(index.name());
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(ZEEREX, "schemaInfo");
    for (SruXml.Schema s : SruXml.Schema.values()) {
      xml.writeStartElement(ZEEREX, "schema");
      xml.writeAttribute("identifier", s.identifier);
      xml.writeAttribute("name", s.shortName);
      xml.writeAttribute("retrieve", "true");
      text(xml, "title", s.title);
      xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(ZEEREX, "configInfo");
    config(xml, "default", "numberOfRecords", String.valueOf(defaultRecords));
    config(xml, "default", "retrieveSchema", SruXml.Schema.MARCXML.shortName);
    config(xml, "default", "relation", "=");
    config(xml, "setting", "maximumRecords", String.valueOf(maximumRecords));
    config(xml, "setting", "maximumTerms", String.valueOf(maximumTerms));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private static void config(XMLStreamWriter xml, String element, String type, String value) throws XMLStreamException {
    xml.writeStartElement(ZEEREX, element);
    xml.writeAttribute("type", type);
    xml.writeCharacters(value);
    xml.writeEndElement();
  }

  private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
    xml.writeStartElement(ZEEREX, name);
    xml.writeCharacters(MetadataXml.clean(value));
    xml.writeEndElement();
  }
}
