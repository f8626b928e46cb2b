package vn.libnet.testkit.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The walking of answers' DOM trees that the OAI-PMH and SRU suites share. */
final class SuiteXml {
  private SuiteXml() {}

  /** The child elements of {@code parent} named {@code local}, in {@code namespace} or, when it is null, in any. */
  static List<Element> children(Element parent, String namespace, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName()) && (namespace == null || namespace.equals(e.getNamespaceURI()))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first of {@link #children}, if any. */
  static Optional<Element> child(Element parent, String namespace, String local) {
    return children(parent, namespace, local).stream().findFirst();
  }

  /** The trimmed text of the first such child, empty when there is none. */
  static String text(Element parent, String namespace, String local) {
    return child(parent, namespace, local).map(e -> e.getTextContent().trim()).orElse("");
  }
}
