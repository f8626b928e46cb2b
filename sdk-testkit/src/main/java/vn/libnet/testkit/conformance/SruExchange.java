package vn.libnet.testkit.conformance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.testkit.conformance.OaiExchange.Answer;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;
import vn.libnet.testkit.conformance.SuiteChecks.Said;

/**
 * The suite's side of SRU: sends a GET, reads the answer into a DOM (bounded as {@link OaiExchange}
 * bounds its answers: size, time, no DTD, nesting), and judges every answer's envelope as it goes: HTTP
 * 200, XML, the root in the namespace of the version asked, and for SRU 2.0 validity against the OASIS
 * schemas (shipped beside this class; see their README). Elements are found by local name in any namespace
 * of either version, as clients read them.
 */
final class SruExchange {
  static final String SCAN_2 = "http://docs.oasis-open.org/ns/search-ws/scan";
  private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
  private static final Schema OASIS = oasis();
  private final String baseUrl;
  private final java.time.Duration answerTime;
  private int answers;
  private Said formatFailure;
  private Said schemaFailure;
  private int validated;

  /**
   * A parsed answer.
   *
   * @param answer what was asked and what came back
   * @param root the document's root element
   */
  record Page(Answer answer, Element root) {
    /** The URIs of the fatal diagnostics (those of the response, not of a record), in order. */
    List<String> diagnostics() {
      List<String> out = new ArrayList<>();
      child(root, "diagnostics").ifPresent(d -> children(d, "diagnostic").forEach(x -> out.add(text(x, "uri"))));
      return out;
    }

    /** The numbers of the fatal diagnostics of the SRU list; -1 for another URI. */
    List<Integer> diagnosticNumbers() {
      return diagnostics().stream().map(u -> {
        try {
          return u.startsWith("info:srw/diagnostic/1/") ? Integer.parseInt(u.substring("info:srw/diagnostic/1/".length())) : -1;
        } catch (NumberFormatException e) {
          return -1;
        }
      }).toList();
    }

    /** The records of a searchRetrieve answer. */
    List<Element> records() {
      return child(root, "records").map(r -> children(r, "record")).orElse(List.of());
    }
  }

  SruExchange(String baseUrl, java.time.Duration answerTime) {
    this.baseUrl = baseUrl;
    this.answerTime = answerTime;
  }

  /**
   * GETs {@code baseUrl?k=v&...} as a request of {@code version}, judges the envelope, and gives the page.
   * A {@code null} version (the bare explain request, which names none) is judged in the version whose
   * namespace the answer's root is in.
   */
  Page get(SruVersion version, String... keysAndValues) throws Failed {
    String query = OaiExchange.query(keysAndValues);
    URI target = URI.create(query.isEmpty() ? baseUrl : baseUrl + (baseUrl.contains("?") ? "&" : "?") + query);
    String named = query.isEmpty() ? baseUrl : query;
    answers++;
    Answer a;
    try {
      a = BoundedExchange.send(named, HttpMessage.request("GET", target).build(), MAX_ANSWER_BYTES, answerTime);
    } catch (Failed f) {
      // Unreachable or too large: the check that asked says why; the envelope checks judge answers only.
      answers--;
      throw f;
    }
    Page page;
    try {
      page = parse(a, version);
    } catch (Failed f) {
      if (formatFailure == null) {
        formatFailure = f.reason();
      }
      throw f;
    }
    if (!version(page.root(), version).isLocVersion()) {
      validate(page);
    }
    return page;
  }

  /** The version asked, or for a request that named none, the one whose namespace the root is in. */
  private static SruVersion version(Element root, SruVersion asked) {
    if (asked != null) {
      return asked;
    }
    return SruVersion.V1_2.responseNamespace().equals(root.getNamespaceURI()) ? SruVersion.V1_2 : SruVersion.V2_0;
  }

  private static Page parse(Answer a, SruVersion version) throws Failed {
    if (a.status() != 200) {
      throw new Failed("CONFORMANCE_OAI_STATUS", a.query(), a.status());
    }
    Document d;
    try {
      d = OaiExchange.builder().parse(new ByteArrayInputStream(a.body()));
    } catch (org.xml.sax.SAXException | java.io.IOException e) {
      throw new Failed("CONFORMANCE_OAI_NOT_XML", a.query(), String.valueOf(e.getMessage()));
    }
    Element root = d.getDocumentElement();
    version = version(root, version);
    String ns = String.valueOf(root.getNamespaceURI());
    boolean right = version.isLocVersion() ? ns.equals(version.responseNamespace()) : ns.equals(version.responseNamespace()) || ns.equals(SCAN_2);
    if (!right) {
      throw new Failed("CONFORMANCE_SRU_NAMESPACE", a.query(), "{" + ns + "}" + root.getLocalName(), version.protocolVersion());
    }
    if (version.isLocVersion() && text(root, "version").isEmpty()) {
      throw new Failed("CONFORMANCE_SRU_NO_VERSION", a.query());
    }
    return new Page(a, root);
  }

  private void validate(Page page) {
    if (schemaFailure != null) {
      return;
    }
    try {
      OASIS.newValidator().validate(new DOMSource(page.root()));
      validated++;
    } catch (org.xml.sax.SAXException | java.io.IOException e) {
      schemaFailure = SuiteChecks.said("CONFORMANCE_SRU_INVALID", page.answer().query(), String.valueOf(e.getMessage()));
    }
  }

  /** The judgement of every answer's envelope so far. */
  Said format() throws Failed {
    if (formatFailure != null) {
      throw new Failed(formatFailure);
    }
    return SuiteChecks.said("CONFORMANCE_SRU_ENVELOPES", answers);
  }

  /** The judgement of the SRU 2.0 answers against the OASIS schemas, or why there was none to judge. */
  Said schema(SruVersion version) throws Failed {
    if (schemaFailure != null) {
      throw new Failed(schemaFailure);
    }
    return version.isLocVersion() ? SuiteChecks.said("CONFORMANCE_SRU_SCHEMA_ONE", version.protocolVersion())
        : SuiteChecks.said("CONFORMANCE_SRU_VALID", validated);
  }

  private static Schema oasis() {
    try {
      URL main = SruExchange.class.getResource("/vn/libnet/testkit/conformance/sru/sruResponse.xsd");
      URL scan = SruExchange.class.getResource("/vn/libnet/testkit/conformance/sru/scan.xsd");
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      // Only the schemas shipped beside this class, in the jar or on disk; never the network.
      f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
      return f.newSchema(new StreamSource[] {new StreamSource(main.toString()), new StreamSource(scan.toString())});
    } catch (org.xml.sax.SAXException e) {
      throw new IllegalStateException("The SRU 2.0 schemas shipped with the test kit do not load", e);
    }
  }

  /** The child elements of {@code parent} named {@code local}, in any namespace. */
  static List<Element> children(Element parent, String local) {
    return SuiteXml.children(parent, null, local);
  }

  static Optional<Element> child(Element parent, String local) {
    return SuiteXml.child(parent, null, local);
  }

  /** The trimmed text of the child {@code local}, empty when there is none. */
  static String text(Element parent, String local) {
    return SuiteXml.text(parent, null, local);
  }

  /** Every descendant of {@code parent} named {@code local}, in any namespace, in document order. */
  static List<Element> descendants(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    org.w3c.dom.NodeList l = parent.getElementsByTagNameNS("*", local);
    for (int i = 0; i < l.getLength(); i++) {
      out.add((Element) l.item(i));
    }
    return out;
  }
}
