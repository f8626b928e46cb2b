package vn.libnet.client.internal;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A pull reader over one protocol page's repaired text ({@link XmlText}), with the moves protocol readers
 * make: to the next child element, over a subtree, through an element's text; and the character offsets
 * that tie a repair to the item it fell in. Internal: not part of the SDK's API. Not thread-safe.
 */
public class XmlCursor {
  private final XmlText source;
  private final XMLStreamReader r;
  /** The character offset where the event before the current one ended. */
  private long before;

  /**
   * A cursor at the start of {@code source}.
   *
   * @throws XMLStreamException when the text cannot even be started
   */
  public XmlCursor(XmlText source) throws XMLStreamException {
    this.source = source;
    this.r = Xml.reader(source.text());
  }

  /** The StAX reader underneath, for reading the current element's name, namespace and attributes. */
  public final XMLStreamReader reader() {
    return r;
  }

  /** The repaired text being read, with its repairs. */
  public final XmlText source() {
    return source;
  }

  /** Moves to the first START_ELEMENT (the root), past a prolog; false when the document has none. */
  public final boolean root() throws XMLStreamException {
    int e;
    do {
      // A stylesheet instruction, comments and a DOCTYPE may come before the root.
      e = next();
    } while (e != XMLStreamConstants.START_ELEMENT && e != XMLStreamConstants.END_DOCUMENT);
    return e == XMLStreamConstants.START_ELEMENT;
  }

  /** Moves to the next child element of the current element; false (on its END_ELEMENT) when none is left. */
  public final boolean nextChild() throws XMLStreamException {
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
  public final void skip() throws XMLStreamException {
    walk(null);
  }

  /** The current element's text, trimmed, leaving the reader on its END_ELEMENT; child elements' text included. */
  public final String text() throws XMLStreamException {
    return rawText().strip();
  }

  /** The current element's text as written (not trimmed), leaving the reader on its END_ELEMENT. */
  public final String rawText() throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    walk(b);
    return b.toString();
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

  /** An attribute of the current element by local name, trimmed, empty when absent. */
  public final String attribute(String name) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(name)) {
        return r.getAttributeValue(i).strip();
      }
    }
    return "";
  }

  /** Where the event before the current one ended: the start of the current element's start tag or before. */
  public final long before() {
    return before;
  }

  /** Where the current event ends. */
  public final long offset() {
    return r.getLocation().getCharacterOffset();
  }

  /** The next event, {@code END_DOCUMENT} when there is none. */
  protected final int next() throws XMLStreamException {
    before = offset();
    return r.hasNext() ? r.next() : XMLStreamConstants.END_DOCUMENT;
  }

  /** Where a parse failed, for a message: line and column when known, then the parser's text. */
  public static String describe(XMLStreamException e) {
    return e.getLocation() == null ? e.getMessage()
        : "line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ": " + e.getMessage();
  }
}
