package vn.libnet.marc.io;

import java.io.OutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.marc4j.marc.VariableField;

/** MARCXML (MARC 21 slim) in UTF-8, one {@code <record>} at a time inside a {@code <collection>}. */
final class MarcXmlRecordWriter implements MarcRecordWriter {
  static final String NS = "http://www.loc.gov/MARC21/slim";

  // Looking the factory up costs more than writing a small batch; the JDK's is safe to share.
  private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

  private final OutputStream out;
  private final XMLStreamWriter xml;
  private int number;

  MarcXmlRecordWriter(OutputStream out) {
    this.out = out;
    try {
      this.xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("collection");
      xml.writeDefaultNamespace(NS);
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new MarcWriteException(MarcFailure.MARC_WRITE_FAILED, e, 0, "-", e.getMessage());
    }
  }

  @Override
  public void write(Record record) {
    number++;
    record.getLeader().setCharCodingScheme('a');
    try {
      xml.writeStartElement("record");
      xml.writeCharacters("\n  ");
      element("leader", record.getLeader().marshal());
      // The record's own order: control fields among data fields stay where they are.
      for (VariableField field : record.getVariableFields()) {
        xml.writeCharacters("\n  ");
        if (field instanceof ControlField cf) {
          xml.writeStartElement("controlfield");
          xml.writeAttribute("tag", cf.getTag());
          text(cf.getData());
          xml.writeEndElement();
          continue;
        }
        DataField df = (DataField) field;
        xml.writeStartElement("datafield");
        xml.writeAttribute("tag", df.getTag());
        xml.writeAttribute("ind1", String.valueOf(df.getIndicator1()));
        xml.writeAttribute("ind2", String.valueOf(df.getIndicator2()));
        for (Subfield sf : df.getSubfields()) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("subfield");
          xml.writeAttribute("code", String.valueOf(sf.getCode()));
          text(sf.getData());
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new MarcWriteException(MarcFailure.MARC_WRITE_FAILED, e, number, Iso2709RecordWriter.controlNumber(record), e.getMessage());
    }
  }

  private void element(String name, String value) throws XMLStreamException {
    xml.writeStartElement(name);
    text(value);
    xml.writeEndElement();
  }

  // XML 1.0 cannot carry most C0 controls; the reader reported them (MARC_CONTROL_CHARACTER), and MARCXML
  // leaves them out.
  private void text(String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    StringBuilder clean = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed = c >= 0x20 || c == '\t' || c == '\n' || c == '\r';
      if (!allowed && clean == null) {
        clean = new StringBuilder(value.substring(0, i));
      } else if (allowed && clean != null) {
        clean.append(c);
      }
    }
    xml.writeCharacters(clean == null ? value : clean.toString());
  }

  @Override
  public void close() {
    try {
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
      out.close();
    } catch (XMLStreamException | java.io.IOException e) {
      throw new java.io.UncheckedIOException(new java.io.IOException(e));
    }
  }
}
