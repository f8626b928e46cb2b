package vn.libnet.core.cql;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * The differential oracle: yaz's XCQL (SRU 1.2 form, as its {@code cql_to_xml} writes it in strict
 * mode) beside ours, each reduced to one comparable string.
 *
 * <p>What legitimately differs is normalised away: white space between elements, namespaces (yaz
 * writes none), the order of modifiers (yaz lists them last first) and prefix assignments (yaz's
 * strict mode drops them from its XCQL).
 */
final class YazXcql {
  static final Path CORPUS = Path.of("src/test/resources/vn/libnet/core/cql/corpus.txt");
  static final Path RECORDED = Path.of("src/test/resources/vn/libnet/core/cql/corpus.yaz.xml.txt");
  static final String SEPARATOR = "%%";

  private YazXcql() {}

  static List<String> corpus() throws IOException {
    return Files.readAllLines(CORPUS, StandardCharsets.UTF_8);
  }

  /** yaz's answers, one per query: its XCQL, or "ERROR n". */
  static List<String> answers(String output) {
    List<String> out = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : output.split("\n", -1)) {
      if (line.equals(SEPARATOR)) {
        out.add(block.toString().strip());
        block.setLength(0);
      } else {
        block.append(line).append('\n');
      }
    }
    return out;
  }

  /** One XCQL document as a comparable string of nested local names and text. */
  static String normalise(String xml, boolean ours) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
      StringBuilder b = new StringBuilder();
      write(root, ours, b);
      return b.toString();
    } catch (Exception e) {
      throw new AssertionError("not XML: " + xml, e);
    }
  }

  private static void write(Element e, boolean ours, StringBuilder b) {
    String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
    b.append('<').append(name).append('>');
    List<Element> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) {
        String childName = c.getLocalName() == null ? c.getTagName() : c.getLocalName();
        if (!childName.equals("prefixes")) {
          children.add(c);
        }
      } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
    if (children.isEmpty()) {
      b.append(text);
    }
    if (name.equals("modifiers") && ours) {
      Collections.reverse(children);
    }
    children.forEach(c -> write(c, ours, b));
    b.append("</").append(name).append('>');
  }
}
