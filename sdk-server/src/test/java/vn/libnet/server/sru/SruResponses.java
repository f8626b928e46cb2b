package vn.libnet.server.sru;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Asks a provider and reads its answer back as a namespace-aware DOM, the way a client reads it. */
final class SruResponses {
  static final URI AT = URI.create("http://opac.example.vn:8080/sru");

  private SruResponses() {}

  static SruAnswer ask(SruProvider p, String... kv) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      params.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    }
    return p.respond(params, AT);
  }

  static Document dom(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("Not well-formed XML: " + xml, e);
    }
  }

  /** The texts of every element named {@code local} in {@code ns}, in document order. */
  static List<String> texts(Document d, String ns, String local) {
    NodeList l = d.getElementsByTagNameNS(ns, local);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.getLength(); i++) {
      out.add(l.item(i).getTextContent());
    }
    return out;
  }

  static Element root(Document d) {
    return d.getDocumentElement();
  }
}
