package vn.libnet.client.oai;

import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.internal.XmlCursor;
import vn.libnet.client.internal.XmlText;

/**
 * One OAI-PMH response, read by pull: {@link #open} checks the envelope and raises a stated error, then
 * {@link #nextItem} hands out the verb element's children one at a time, noting the resumption token on
 * the way. Only this page's text is held; the items are not.
 */
final class OaiPage extends XmlCursor {
  private static final Logger LOG = LoggerFactory.getLogger(OaiPage.class);

  final String url;
  final XmlText text;
  private String verb;
  private String token;
  private String cursor = "";
  private String completeListSize = "";
  private String responseDate = "";

  OaiPage(String url, XmlText text) throws XMLStreamException {
    super(text);
    this.url = url;
    this.text = text;
  }

  /** Reads up to the {@code verb} element's start. */
  void open(String verb) throws XMLStreamException {
    this.verb = verb;
    // A stylesheet instruction (DSpace sends one), comments and a DOCTYPE may come before the root.
    if (!root() || !reader().getLocalName().equals("OAI-PMH")) {
      throw OaiException.badResponse(url, "the root element is not OAI-PMH", null);
    }
    OaiErrorException first = null;
    while (nextChild()) {
      String name = reader().getLocalName();
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
      String name = reader().getLocalName();
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

}
