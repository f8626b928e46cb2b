package vn.libnet.client.sru;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamException;
import vn.libnet.client.internal.XmlCursor;

/** Reads a ZeeRex {@code explain} element (the one inside an explain answer's record data), any namespace or prefix. */
final class ExplainReader {
  private String serverVersion = "";
  private String host = "";
  private String port = "";
  private String database = "";
  private String title = "";
  private String description = "";
  private final List<SruIndex> indexes = new ArrayList<>();
  private final List<SruSchema> schemas = new ArrayList<>();
  private OptionalInt defaultNumberOfRecords = OptionalInt.empty();
  private OptionalInt maximumRecords = OptionalInt.empty();

  /** Reads the element {@code c} is on, leaving it on its end. */
  void read(XmlCursor c) throws XMLStreamException {
    while (c.nextChild()) {
      switch (c.reader().getLocalName()) {
        case "serverInfo" -> serverInfo(c);
        case "databaseInfo" -> databaseInfo(c);
        case "indexInfo" -> indexInfo(c);
        case "schemaInfo" -> schemaInfo(c);
        case "configInfo" -> configInfo(c);
        default -> c.skip();
      }
    }
  }

  SruExplain result(String version, List<SruDiagnostic> diagnostics) {
    return new SruExplain(version.isEmpty() ? serverVersion : version, host, port, database, title, description, indexes, schemas,
        defaultNumberOfRecords, maximumRecords, diagnostics);
  }

  private void serverInfo(XmlCursor c) throws XMLStreamException {
    serverVersion = c.attribute("version");
    while (c.nextChild()) {
      switch (c.reader().getLocalName()) {
        case "host" -> host = c.text();
        case "port" -> port = c.text();
        case "database" -> database = c.text();
        default -> c.skip();
      }
    }
  }

  private void databaseInfo(XmlCursor c) throws XMLStreamException {
    boolean primaryTitle = false;
    boolean primaryDescription = false;
    while (c.nextChild()) {
      String name = c.reader().getLocalName();
      boolean primary = c.attribute("primary").equals("true");
      if (name.equals("title") && (title.isEmpty() || primary && !primaryTitle)) {
        primaryTitle = primary;
        title = c.text();
      } else if (name.equals("description") && (description.isEmpty() || primary && !primaryDescription)) {
        primaryDescription = primary;
        description = c.text();
      } else {
        c.skip();
      }
    }
  }

  private void indexInfo(XmlCursor c) throws XMLStreamException {
    while (c.nextChild()) {
      if (!c.reader().getLocalName().equals("index")) {
        c.skip();
        continue;
      }
      String indexTitle = "";
      List<String> names = new ArrayList<>();
      while (c.nextChild()) {
        switch (c.reader().getLocalName()) {
          case "title" -> {
            String t = c.text();
            indexTitle = indexTitle.isEmpty() ? t : indexTitle;
          }
          case "map" -> {
            while (c.nextChild()) {
              if (c.reader().getLocalName().equals("name")) {
                String set = c.attribute("set");
                String n = c.text();
                names.add(set.isEmpty() ? n : set + "." + n);
              } else {
                c.skip();
              }
            }
          }
          default -> c.skip();
        }
      }
      indexes.add(new SruIndex(indexTitle, names));
    }
  }

  private void schemaInfo(XmlCursor c) throws XMLStreamException {
    while (c.nextChild()) {
      if (!c.reader().getLocalName().equals("schema")) {
        c.skip();
        continue;
      }
      String name = c.attribute("name");
      String identifier = c.attribute("identifier");
      String schemaTitle = "";
      while (c.nextChild()) {
        if (c.reader().getLocalName().equals("title") && schemaTitle.isEmpty()) {
          schemaTitle = c.text();
        } else {
          c.skip();
        }
      }
      schemas.add(new SruSchema(name, identifier, schemaTitle));
    }
  }

  private void configInfo(XmlCursor c) throws XMLStreamException {
    while (c.nextChild()) {
      String name = c.reader().getLocalName();
      String type = c.attribute("type");
      if (name.equals("default") && type.equals("numberOfRecords")) {
        defaultNumberOfRecords = integer(c.text());
      } else if (name.equals("setting") && type.equals("maximumRecords")) {
        maximumRecords = integer(c.text());
      } else {
        c.skip();
      }
    }
  }

  private static OptionalInt integer(String text) {
    long n = SruPage.number(text, -1);
    return n < 0 || n > Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of((int) n);
  }
}
