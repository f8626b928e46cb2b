package vn.libnet.testkit.conformance;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;

/**
 * The suite's side of OAI-PMH: sends a request (GET with a query, or a form POST), hands every answer to
 * the checks made over all of them (envelope, schema), and reads one into a DOM. Pages are bounded by
 * {@link BoundedExchange}'s limits (64 MiB an answer, and the suite's timeout); DTDs and external entities are off,
 * and the nesting of elements is bounded.
 */
final class OaiExchange {
  static final String OAI = "http://www.openarchives.org/OAI/2.0/";
  private static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
  private static final int MAX_DEPTH = 256;
  private final String baseUrl;
  private final OaiEnvelopeChecks envelope;
  private final java.time.Duration answerTime;

  /**
   * One answer: what was asked, and what came back.
   *
   * @param query the request's parameters, as sent ({@code verb=Identify}), {@code POST } before them for a POST
   * @param status the HTTP status
   * @param contentType the Content-Type, empty when none
   * @param body the body
   */
  record Answer(String query, int status, String contentType, byte[] body) {}

  /** A parsed answer: its root {@code OAI-PMH} element. */
  record Page(Answer answer, Element root) {
    /** The error codes the answer gives, empty when none. */
    List<String> errors() {
      return children(root, "error").stream().map(e -> e.getAttribute("code")).toList();
    }

    /** The verb's element ({@code ListRecords} ...), if the answer has one. */
    Optional<Element> verb(String verb) {
      return child(root, verb);
    }

    /** The answer's request element. */
    Optional<Element> request() {
      return child(root, "request");
    }
  }

  OaiExchange(String baseUrl, java.time.Duration answerTime) {
    this.baseUrl = baseUrl;
    this.answerTime = answerTime;
    this.envelope = new OaiEnvelopeChecks(baseUrl);
  }

  /** The checks of every answer so far. */
  OaiEnvelopeChecks envelope() {
    return envelope;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** GETs {@code baseUrl?k=v&...} and parses the answer. */
  Page get(String... keysAndValues) throws Failed {
    String query = query(keysAndValues);
    URI target = URI.create(query.isEmpty() ? baseUrl : baseUrl + (baseUrl.contains("?") ? "&" : "?") + query);
    // The bare base URL (badVerb's first case) is named whole, so that the report never says "the answer to  ...".
    return exchange(query.isEmpty() ? baseUrl : query, HttpMessage.request("GET", target).build());
  }

  /** POSTs the parameters as {@code application/x-www-form-urlencoded} and parses the answer. */
  Page post(String... keysAndValues) throws Failed {
    String query = query(keysAndValues);
    HttpMessage m = HttpMessage.request("POST", URI.create(baseUrl)).header("Content-Type", "application/x-www-form-urlencoded")
        .body(query.getBytes(StandardCharsets.US_ASCII)).build();
    return exchange("POST " + query, m);
  }

  /** Sends, parses once, hands the answer and its parse to the envelope checks, and gives the page. */
  private Page exchange(String query, HttpMessage request) throws Failed {
    Answer a = BoundedExchange.send(query, request, MAX_ANSWER_BYTES, answerTime);
    Page page = null;
    Failed unreadable = null;
    try {
      page = parse(a);
    } catch (Failed f) {
      unreadable = f;
    }
    envelope.see(a, page, unreadable);
    if (unreadable != null) {
      throw unreadable;
    }
    return page;
  }

  static String query(String... kv) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < kv.length; i += 2) {
      if (b.length() > 0) {
        b.append('&');
      }
      b.append(URLEncoder.encode(kv[i], StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
    }
    return b.toString();
  }

  /**
   * The answer as an OAI-PMH document.
   *
   * @throws Failed when it is not HTTP 200, not XML, or its root is not {@code OAI-PMH}
   */
  static Page parse(Answer a) throws Failed {
    if (a.status() != 200) {
      throw new Failed("CONFORMANCE_OAI_STATUS", a.query(), a.status());
    }
    Document d;
    try {
      d = builder().parse(new ByteArrayInputStream(a.body()));
    } catch (org.xml.sax.SAXException | java.io.IOException e) {
      throw new Failed("CONFORMANCE_OAI_NOT_XML", a.query(), String.valueOf(e.getMessage()));
    }
    Element root = d.getDocumentElement();
    if (!OAI.equals(root.getNamespaceURI()) || !"OAI-PMH".equals(root.getLocalName())) {
      throw new Failed("CONFORMANCE_OAI_NOT_OAI", a.query(), "{" + root.getNamespaceURI() + "}" + root.getLocalName());
    }
    return new Page(a, root);
  }

  static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      f.setXIncludeAware(false);
      // An OAI-PMH answer nests a dozen levels (MARC slim the deepest); thousands are an attack on whoever walks the tree.
      f.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
      DocumentBuilder b = f.newDocumentBuilder();
      // Quiet: a parse error is reported as the check's failure, not printed by the parser.
      b.setErrorHandler(null);
      return b;
    } catch (javax.xml.parsers.ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be configured securely", e);
    }
  }

  /** The child elements of {@code parent} in the OAI namespace named {@code name}. */
  static List<Element> children(Element parent, String name) {
    return SuiteXml.children(parent, OAI, name);
  }

  static Optional<Element> child(Element parent, String name) {
    return SuiteXml.child(parent, OAI, name);
  }

  /** The trimmed text of the child {@code name}, empty when there is none. */
  static String text(Element parent, String name) {
    return SuiteXml.text(parent, OAI, name);
  }

  /** The first element child of {@code parent}, whatever its namespace. */
  static Optional<Element> firstElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}
