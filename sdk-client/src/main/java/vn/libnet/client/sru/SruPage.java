package vn.libnet.client.sru;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.internal.Xml;
import vn.libnet.client.internal.XmlCursor;
import vn.libnet.client.internal.XmlText;
import vn.libnet.core.validation.ValidationIssue;

/**
 * One SRU answer, read by pull. Elements are matched by local name, so any prefix (zs:, srw:, sru:, none)
 * and either version's namespace are read alike. For searchRetrieve, {@link #nextRecord} hands out the
 * records one at a time while noting the elements around them (version, numberOfRecords,
 * nextRecordPosition, diagnostics); only this page's text is held.
 */
final class SruPage extends XmlCursor {
  private static final Logger LOG = LoggerFactory.getLogger(SruPage.class);
  private static final Pattern DECLARATION = Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*");

  final String url;
  private final int start;
  private final Locale locale;
  private String version = "";
  private long numberOfRecords = -1;
  private int nextRecordPosition = -1;
  private final List<SruDiagnostic> diagnostics = new ArrayList<>();
  private boolean inRecords;
  private int recordsRead;

  SruPage(String url, XmlText text, int start, Locale locale) throws XMLStreamException {
    super(text);
    this.url = url;
    this.start = start;
    this.locale = locale;
  }

  /** Reads up to the root, which must be {@code root} (e.g. {@code searchRetrieveResponse}), in any namespace. */
  void open(String root) throws XMLStreamException {
    if (!root()) {
      throw SruException.badResponse(url, "no root element", null);
    }
    if (!reader().getLocalName().equals(root)) {
      throw SruException.badResponse(url, "the root element is " + reader().getLocalName() + ", not " + root, null);
    }
  }

  /** The next record of a searchRetrieve answer, null at its end (where every element around the records is known). */
  private SruRecord nextRecord() throws XMLStreamException {
    while (true) {
      if (inRecords) {
        if (nextChild()) {
          if (reader().getLocalName().equals("record")) {
            return record();
          }
          skip();
          continue;
        }
        inRecords = false;
      }
      if (!nextChild()) {
        return null;
      }
      switch (reader().getLocalName()) {
        case "version" -> version = text();
        case "numberOfRecords" -> numberOfRecords = number(text(), -1);
        case "records" -> inRecords = true;
        case "nextRecordPosition" -> nextRecordPosition = (int) Math.min(Integer.MAX_VALUE, number(text(), -1));
        case "diagnostics" -> diagnostics(diagnostics);
        default -> skip();
      }
    }
  }

  /** The {@code version} element's text, empty when absent. */
  String version() {
    return version;
  }

  /** The response-level diagnostics read so far. */
  List<SruDiagnostic> diagnostics() {
    return diagnostics;
  }

  /** The whole searchRetrieve answer: its records (read by {@link #nextRecord}) and the elements around them. */
  SruPager.Page readAll() throws XMLStreamException {
    List<SruRecord> records = new ArrayList<>();
    for (SruRecord r = nextRecord(); r != null; r = nextRecord()) {
      records.add(r);
    }
    return new SruPager.Page(url, version, numberOfRecords, nextRecordPosition, records, diagnostics);
  }

  private SruRecord record() throws XMLStreamException {
    long from = before();
    String schema = "";
    String identifier = null;
    int position = -1;
    Data data = new Data("", null);
    while (nextChild()) {
      switch (reader().getLocalName()) {
        case "recordSchema" -> schema = text();
        case "recordData" -> data = data();
        case "recordPosition" -> position = (int) Math.min(Integer.MAX_VALUE, number(text(), -1));
        case "recordIdentifier" -> identifier = text();
        default -> skip();
      }
    }
    int counted = start + recordsRead;
    recordsRead++;
    if (position < 1) {
      position = counted;
    }
    String subject = identifier != null && !identifier.isEmpty() ? identifier : String.valueOf(position);
    List<ValidationIssue> issues = source().issues(from, offset(), "SRU", subject, locale);
    return new SruRecord(position, schema, Optional.ofNullable(identifier).filter(s -> !s.isEmpty()), data.text,
        Optional.ofNullable(data.diagnostic), issues);
  }

  private record Data(String text, SruDiagnostic diagnostic) {}

  /** A record's data: its one element (XML packing), or its text (string packing); a diagnostic in either is a surrogate. */
  private Data data() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    String xml = null;
    SruDiagnostic diagnostic = null;
    while (true) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (xml != null || diagnostic != null) {
          skip();
        } else if (isDiagnostic(reader())) {
          diagnostic = diagnostic();
        } else {
          xml = Xml.copyElement(reader());
        }
      } else if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
        break;
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
        text.append(reader().getText());
      }
    }
    if (diagnostic != null) {
      return new Data("", diagnostic);
    }
    if (xml != null) {
      return new Data(xml, null);
    }
    String packed = DECLARATION.matcher(text.toString()).replaceFirst("").strip();
    if (packed.startsWith("<")) {
      SruDiagnostic surrogate = packedDiagnostic(packed);
      if (surrogate != null) {
        return new Data("", surrogate);
      }
    }
    return new Data(packed, null);
  }

  /** A diagnostic packed as a string, or null when the text is not one (or not XML at all). */
  private SruDiagnostic packedDiagnostic(String packed) {
    try {
      XMLStreamReader r = Xml.reader(packed);
      r.nextTag();
      if (!isDiagnostic(r)) {
        return null;
      }
      String uri = "";
      String details = "";
      String message = "";
      while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
        String name = r.getLocalName();
        String value = r.getElementText().strip();
        switch (name) {
          case "uri" -> uri = value;
          case "details" -> details = value;
          case "message" -> message = value;
          default -> {
            // Nothing else is part of a diagnostic.
          }
        }
      }
      return new SruDiagnostic(uri, details, message);
    } catch (XMLStreamException notOne) {
      LOG.debug("{}: string-packed record data is not a diagnostic: {}", url, notOne.getMessage());
      return null;
    }
  }

  private static boolean isDiagnostic(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    return r.getLocalName().equals("diagnostic") && (ns == null || ns.isEmpty() || ns.contains("diagnostic"));
  }

  /** Reads the children of a {@code diagnostics} element into {@code into}. */
  void diagnostics(List<SruDiagnostic> into) throws XMLStreamException {
    while (nextChild()) {
      if (reader().getLocalName().equals("diagnostic")) {
        into.add(diagnostic());
      } else {
        skip();
      }
    }
  }

  private SruDiagnostic diagnostic() throws XMLStreamException {
    String uri = "";
    String details = "";
    String message = "";
    while (nextChild()) {
      switch (reader().getLocalName()) {
        case "uri" -> uri = text();
        case "details" -> details = text();
        case "message" -> message = text();
        default -> skip();
      }
    }
    return new SruDiagnostic(uri, details, message);
  }

  /** The terms of a scan answer; its diagnostics go to {@link #diagnostics()}. */
  List<SruTerm> terms() throws XMLStreamException {
    List<SruTerm> terms = new ArrayList<>();
    while (nextChild()) {
      switch (reader().getLocalName()) {
        case "version" -> version = text();
        case "terms" -> {
          while (nextChild()) {
            if (reader().getLocalName().equals("term")) {
              terms.add(term());
            } else {
              skip();
            }
          }
        }
        case "diagnostics" -> diagnostics(diagnostics);
        default -> skip();
      }
    }
    return terms;
  }

  private SruTerm term() throws XMLStreamException {
    String value = "";
    long count = -1;
    String display = "";
    String where = "";
    while (nextChild()) {
      switch (reader().getLocalName()) {
        case "value" -> value = text();
        case "numberOfRecords" -> count = number(text(), -1);
        case "displayTerm" -> display = text();
        case "whereInList" -> where = text();
        default -> skip();
      }
    }
    return new SruTerm(value, count, display, where);
  }

  /** The explain record of an explain answer; its diagnostics go to {@link #diagnostics()}. */
  SruExplain explain() throws XMLStreamException {
    ExplainReader explain = null;
    while (nextChild()) {
      switch (reader().getLocalName()) {
        case "version" -> version = text();
        case "record" -> {
          while (nextChild()) {
            if (reader().getLocalName().equals("recordData")) {
              explain = explainData();
            } else {
              skip();
            }
          }
        }
        case "diagnostics" -> diagnostics(diagnostics);
        default -> skip();
      }
    }
    if (explain == null) {
      return null;
    }
    return explain.result(version, diagnostics);
  }

  private ExplainReader explainData() throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    ExplainReader explain = null;
    while (true) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if (explain == null && reader().getLocalName().equals("explain")) {
          explain = new ExplainReader();
          explain.read(this);
        } else {
          skip();
        }
      } else if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
        break;
      } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        text.append(reader().getText());
      }
    }
    String packed = text.toString().strip();
    if (explain == null && packed.startsWith("<")) {
      // The explain record packed as a string: read it from its own text.
      SruPage inner = new SruPage(url, XmlText.of(DECLARATION.matcher(packed).replaceFirst("")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8)), 1, locale);
      if (inner.root() && inner.reader().getLocalName().equals("explain")) {
        explain = new ExplainReader();
        explain.read(inner);
      }
    }
    return explain;
  }

  static long number(String text, long otherwise) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
