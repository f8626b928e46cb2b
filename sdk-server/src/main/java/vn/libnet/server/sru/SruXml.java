package vn.libnet.server.sru;

import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marc4j.marc.Record;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.marc.crosswalk.DublinCoreRecord;
import vn.libnet.server.internal.MetadataXml;

/**
 * Writes one SRU response: the envelope of its version (the {@code zing/srw} namespace for 1.x, OASIS
 * {@code sruResponse} or {@code scan} for 2.0), records in either packing, and diagnostics in the
 * diagnostic namespace of the version. Elements are written in the order the versions' schemas give.
 */
final class SruXml {
  static final String SCAN_2 = "http://docs.oasis-open.org/ns/search-ws/scan";
  static final String DIAGNOSTIC_SCHEMA = "info:srw/schema/1/diagnostics-v1.1";
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  /** The record schemas the provider writes: its short name, its identifier, and how it is written. */
  enum Schema {
    MARCXML("marcxml", "info:srw/schema/1/marcxml-v1.1", "MARCXML (MARC 21 slim)"),
    DC("dc", "info:srw/schema/1/dc-v1.1", "Dublin Core (oai_dc)");

    final String shortName;
    final String identifier;
    final String title;

    Schema(String shortName, String identifier, String title) {
      this.shortName = shortName;
      this.identifier = identifier;
      this.title = title;
    }

    /** The schema a {@code recordSchema} value names (short name, identifier or namespace); null if none. */
    static Schema of(String name) {
      return switch (name) {
        case "marcxml", "marc21", "marcxml-v1.1", "info:srw/schema/1/marcxml-v1.1", "http://www.loc.gov/MARC21/slim" -> MARCXML;
        case "dc", "oai_dc", "info:srw/schema/1/dc-v1.1", "http://purl.org/dc/elements/1.1/" -> DC;
        default -> null;
      };
    }
  }

  private final StringWriter out = new StringWriter();
  private final XMLStreamWriter xml;
  private final SruVersion version;
  private final String ns;
  private final String prefix;

  private SruXml(SruVersion version, String ns, String prefix) {
    this.version = version;
    this.ns = ns;
    this.prefix = prefix;
    try {
      xml = FACTORY.createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The JDK's XML writer is missing", e);
    }
  }

  /** A writer of a searchRetrieve or explain response of {@code version}. */
  static SruXml response(SruVersion version) {
    return new SruXml(version, version.responseNamespace(), version.isLocVersion() ? "zs" : "sru");
  }

  /** A writer of a scan response of {@code version} (2.0 has a namespace of its own for scan). */
  static SruXml scan(SruVersion version) {
    return version.isLocVersion() ? response(version) : new SruXml(version, SCAN_2, "scan");
  }

  XMLStreamWriter stax() {
    return xml;
  }

  SruXml open(String root) throws XMLStreamException {
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeStartElement(prefix, root, ns);
    xml.writeNamespace(prefix, ns);
    if (version.isLocVersion()) {
      text("version", version.protocolVersion());
    }
    return this;
  }

  void start(String name) throws XMLStreamException {
    xml.writeStartElement(prefix, name, ns);
  }

  void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  void text(String name, String value) throws XMLStreamException {
    start(name);
    xml.writeCharacters(MetadataXml.clean(value));
    end();
  }

  /** The record's schema and packing elements, the order both versions give them. */
  void recordHead(String schema, boolean string) throws XMLStreamException {
    text("recordSchema", schema);
    text(version.isLocVersion() ? "recordPacking" : "recordXMLEscaping", string ? "string" : "xml");
  }

  /**
   * One record of a result at {@code position}: {@code marc} as MARCXML, or {@code dc} as Dublin Core, or
   * {@code surrogate} in its place; as XML or, when {@code string}, as its XML escaped as text.
   */
  void record(Record marc, DublinCoreRecord dc, SruFault surrogate, String schemaId, boolean string, long position)
      throws XMLStreamException {
    start("record");
    recordHead(surrogate == null ? schemaId : DIAGNOSTIC_SCHEMA, string);
    start("recordData");
    Part data = surrogate != null ? w -> w.diagnostic(surrogate)
        : marc != null ? w -> MetadataXml.marc(w.xml, marc) : w -> MetadataXml.dublinCore(w.xml, dc);
    if (string) {
      xml.writeCharacters(alone(data));
    } else {
      data.write(this);
    }
    end();
    text("recordPosition", String.valueOf(position));
    end();
  }

  /** A part written on a writer of its own (to escape it as text, say). */
  interface Part {
    void write(SruXml w) throws XMLStreamException;
  }

  String alone(Part part) throws XMLStreamException {
    SruXml w = new SruXml(version, ns, prefix);
    part.write(w);
    w.xml.flush();
    return w.out.toString();
  }

  void diagnostics(List<SruFault> faults) throws XMLStreamException {
    if (faults.isEmpty()) {
      return;
    }
    start("diagnostics");
    for (SruFault f : faults) {
      diagnostic(f);
    }
    end();
  }

  private void diagnostic(SruFault f) throws XMLStreamException {
    String d = version.diagnosticNamespace();
    xml.writeStartElement("diag", "diagnostic", d);
    xml.writeNamespace("diag", d);
    xml.writeStartElement("diag", "uri", d);
    xml.writeCharacters(f.code.uri());
    xml.writeEndElement();
    if (!f.details.isEmpty()) {
      xml.writeStartElement("diag", "details", d);
      xml.writeCharacters(MetadataXml.clean(f.details));
      xml.writeEndElement();
    }
    xml.writeStartElement("diag", "message", d);
    xml.writeCharacters(f.text());
    xml.writeEndElement();
    xml.writeEndElement();
  }

  String finish() throws XMLStreamException {
    xml.writeEndDocument();
    xml.close();
    return out.toString();
  }
}
