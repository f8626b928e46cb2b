package vn.libnet.client.oai;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One OAI-PMH response, read by pull: {@link #open} checks the envelope and raises a stated error, then
 * {@link #nextItem} hands out the verb element's children one at a time, noting the resumption token on
 * the way. Only this page's text is held; the items are not.
 */
final class OaiPage {
  private static final Logger LOG = LoggerFactory.getLogger(OaiPage.class);

  final String url;
  final XmlText text;
  private final XMLStreamReader r;
  private String verb;
  private String token;
  private String cursor = "";
  private String completeListSize = "";
  private String responseDate = "";
  /** The character offset where the event before the current one ended. */
  private long before;

  OaiPage(String url, XmlText text) throws XMLStreamException {
    this.url = url;
    this.text = text;
    this.r = Xml.reader(text.text());
  }

  XMLStreamReader reader() {
    return r;
  }

  /** Reads up to the {@code verb} element's start. */
  void open(String verb) throws XMLStreamException {
    this.verb = verb;
    int e;
    do {
      // A stylesheet instruction (DSpace sends one), comments and a DOCTYPE may come before the root.
      e = next();
    } while (e != XMLStreamConstants.START_ELEMENT && e != XMLStreamConstants.END_DOCUMENT);
    if (e != XMLStreamConstants.START_ELEMENT || !r.getLocalName().equals("OAI-PMH")) {
      throw OaiException.badResponse(url, "the root element is not OAI-PMH", null);
    }
    OaiErrorException first = null;
    while (nextChild()) {
      String name = r.getLocalName();
      if (name.equals("responseDate")) {
        responseDate = text();
      } else if (name.equals("error")) {
        OaiErrorException stated = new OaiErrorException(url, attribute("code"), text());
        if (first == null) {
          first = stated;
        } else {
          LOG.info("{} also stated the OAI-PMH error {}", url, stated.protocolCode());
        }
      } else if (name.equals(verb) && first == null) {
        return;
      } else {
        skip();
      }
    }
    throw first != null ? first : OaiException.badResponse(url, "no " + verb + " element and no error", null);
  }

  /** Moves to the verb element's next {@code item} child; false at its end, where {@link #token()} is known. */
  boolean nextItem(String item) throws XMLStreamException {
    while (nextChild()) {
      String name = r.getLocalName();
      if (name.equals(item)) {
        return true;
      } else if (name.equals("resumptionToken")) {
        cursor = attribute("cursor");
        completeListSize = attribute("completeListSize");
        String t = text();
        token = t.isEmpty() ? null : t;
      } else {
        LOG.debug("{}: skipped <{}> in {}", url, name, verb);
        skip();
      }
    }
    return false;
  }

  /** The next resumption token, null when this page is the last; known once {@link #nextItem} said false. */
  String token() {
    return token;
  }

  /** The token's {@code cursor} attribute, empty when absent. */
  String cursor() {
    return cursor;
  }

  /** The token's {@code completeListSize} attribute, empty when absent. */
  String completeListSize() {
    return completeListSize;
  }

  /** The {@code responseDate} as written, empty when absent; known once {@link #open} has read past it. */
  String responseDate() {
    return responseDate;
  }

  /** Moves to the next child element of the current element; false (on its END_ELEMENT) when none is left. */
  boolean nextChild() throws XMLStreamException {
    while (true) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (e == XMLStreamConstants.END_ELEMENT || e == XMLStreamConstants.END_DOCUMENT) {
        return false;
      }
    }
  }

  /** Skips the current element's subtree, leaving the reader on its END_ELEMENT. */
  void skip() throws XMLStreamException {
    walk(null);
  }

  /** The current element's text, trimmed, leaving the reader on its END_ELEMENT; child elements' text included. */
  String text() throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    walk(b);
    return b.toString().strip();
  }

  /** Reads to the current element's end, collecting its text into {@code text} unless null. */
  private void walk(StringBuilder text) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int e = next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.END_DOCUMENT) {
        return;
      } else if (text != null && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE)) {
        text.append(r.getText());
      }
    }
  }

  /** An attribute of the current element by local name, empty when absent. */
  String attribute(String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name)) {
        return r.getAttributeValue(i).strip();
      }
    }
    return "";
  }

  /** Where the event before the current one ended: the start of the current element's start tag or before. */
  long before() {
    return before;
  }

  /** Where the current event ends. */
  long offset() {
    return r.getLocation().getCharacterOffset();
  }

  private int next() throws XMLStreamException {
    before = offset();
    return r.hasNext() ? r.next() : XMLStreamConstants.END_DOCUMENT;
  }
}
