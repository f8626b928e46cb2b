package vn.libnet.client.oai;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import vn.libnet.client.internal.Xml;
import vn.libnet.core.validation.ValidationIssue;

/** Reads the items of each verb from a page positioned on the item's start (and leaves it on its end). */
final class OaiItems {
  private OaiItems() {}

  /** Reads one item of a page. */
  @FunctionalInterface
  interface Parser<T> {
    T parse(OaiPage page) throws XMLStreamException;
  }

  static OaiIdentify identify(OaiPage p) throws XMLStreamException {
    String name = "";
    String base = "";
    String version = "";
    String earliest = "";
    String deleted = "";
    String granularity = "";
    List<String> emails = new ArrayList<>();
    while (p.nextChild()) {
      switch (p.reader().getLocalName()) {
        case "repositoryName" -> name = p.text();
        case "baseURL" -> base = p.text();
        case "protocolVersion" -> version = p.text();
        case "adminEmail" -> emails.add(p.text());
        case "earliestDatestamp" -> earliest = p.text();
        case "deletedRecord" -> deleted = p.text();
        case "granularity" -> granularity = p.text();
        default -> p.skip();
      }
    }
    return new OaiIdentify(name, base, version, earliest, OaiDeletedRecord.fromProtocol(deleted),
        OaiGranularity.fromPattern(granularity), emails);
  }

  static OaiMetadataFormat format(OaiPage p) throws XMLStreamException {
    String prefix = "";
    String schema = "";
    String namespace = "";
    while (p.nextChild()) {
      switch (p.reader().getLocalName()) {
        case "metadataPrefix" -> prefix = p.text();
        case "schema" -> schema = p.text();
        case "metadataNamespace" -> namespace = p.text();
        default -> p.skip();
      }
    }
    return new OaiMetadataFormat(prefix, schema, namespace);
  }

  static OaiSet set(OaiPage p) throws XMLStreamException {
    String spec = "";
    String name = "";
    while (p.nextChild()) {
      switch (p.reader().getLocalName()) {
        case "setSpec" -> spec = p.text();
        case "setName" -> name = p.text();
        default -> p.skip();
      }
    }
    return new OaiSet(spec, name);
  }

  static OaiHeader header(OaiPage p) throws XMLStreamException {
    boolean deleted = p.attribute("status").equals("deleted");
    String identifier = "";
    String datestamp = "";
    List<String> sets = new ArrayList<>();
    while (p.nextChild()) {
      switch (p.reader().getLocalName()) {
        case "identifier" -> identifier = p.text();
        case "datestamp" -> datestamp = p.text();
        case "setSpec" -> sets.add(p.text());
        default -> p.skip();
      }
    }
    return new OaiHeader(identifier, datestamp, sets, deleted);
  }

  /** A record's parser for {@code prefix}; the issues it attaches are worded in {@code locale}. */
  static Parser<OaiRecord> record(String prefix, Locale locale) {
    return p -> {
      long start = p.before();
      OaiHeader header = null;
      String metadata = null;
      while (p.nextChild()) {
        switch (p.reader().getLocalName()) {
          case "header" -> header = header(p);
          case "metadata" -> metadata = metadata(p);
          default -> p.skip();
        }
      }
      if (header == null) {
        throw OaiException.badResponse(p.url, "a record without a header at character " + start, null);
      }
      List<ValidationIssue> issues = issues(p, start, header.identifier(), locale);
      // A deletion has no metadata, whatever a repository sends with it.
      Optional<String> xml = header.deleted() ? Optional.empty() : Optional.ofNullable(metadata);
      return new OaiRecord(header, prefix, xml, issues);
    };
  }

  private static String metadata(OaiPage p) throws XMLStreamException {
    String xml = null;
    while (p.nextChild()) {
      if (xml == null) {
        xml = Xml.copyElement(p.reader());
      } else {
        p.skip();
      }
    }
    return xml;
  }

  private static List<ValidationIssue> issues(OaiPage p, long start, String identifier, Locale locale) {
    return p.text.issues(start, p.offset(), "OAI", identifier, locale);
  }
}
