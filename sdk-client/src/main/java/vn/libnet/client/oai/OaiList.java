package vn.libnet.client.oai;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.internal.XmlCursor;

/**
 * A list verb's items over its pages: one page is fetched and read at a time, each item handed out as it
 * is read, the next page asked with the resumption token. Stops at a page without a token, at a {@code
 * noRecordsMatch}; raises {@link OaiLoopException} at a token seen before in this list or at too many
 * empty pages in a row. Not thread-safe.
 */
final class OaiList<T> implements Iterator<T> {
  private static final Logger LOG = LoggerFactory.getLogger(OaiList.class);

  private final BiFunction<String, Map<String, String>, OaiPage> fetch;
  private final String verb;
  private final String item;
  private final Map<String, String> arguments;
  private final OaiItems.Parser<T> parser;
  private final int maxEmptyPages;
  // One entry per page, not per item: the list's memory does not grow with its records.
  private final Set<String> seenTokens = new HashSet<>();
  private OaiPage page;
  private T next;
  private boolean done;
  private int pages;
  private int itemsOnPage;
  private int emptyRun;
  private boolean resumed;
  private String lastToken;
  private PageListener listener = (responseDate, token, cursor, size) -> {};

  /** Told of each page's end, after its last item was handed out and before the next page is asked. */
  @FunctionalInterface
  interface PageListener {
    /** {@code token} is null at the list's end (and at a {@code noRecordsMatch}); the others empty when not sent. */
    void pageEnd(String responseDate, String token, String cursor, String completeListSize);
  }

  OaiList(BiFunction<String, Map<String, String>, OaiPage> fetch, String verb, String item, Map<String, String> arguments,
      OaiItems.Parser<T> parser, int maxEmptyPages) {
    this.fetch = fetch;
    this.verb = verb;
    this.item = item;
    this.arguments = arguments;
    this.parser = parser;
    this.maxEmptyPages = maxEmptyPages;
  }

  /** Starts the list at {@code token} (a page saved before) instead of its first page. */
  OaiList<T> resumeAt(String token) {
    this.lastToken = token;
    this.resumed = true;
    return this;
  }

  OaiList<T> onPageEnd(PageListener listener) {
    this.listener = listener;
    return this;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      advance();
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = next;
    next = null;
    return t;
  }

  private void advance() {
    if (page == null) {
      page = open(pages == 0 && !resumed ? arguments : Map.of("resumptionToken", lastToken));
      if (page == null) {
        done = true;
        return;
      }
      pages++;
      itemsOnPage = 0;
    }
    try {
      if (page.nextItem(item)) {
        next = parser.parse(page);
        itemsOnPage++;
        return;
      }
    } catch (XMLStreamException e) {
      throw OaiException.badResponse(page.url, describe(e), e);
    }
    endOfPage();
  }

  private void endOfPage() {
    String token = page.token();
    if (page.text.repairs() > 0) {
      LOG.warn("{}: {} repair(s) of bad UTF-8 or characters XML forbids on page {}; each record they fell in carries an issue",
          page.url, page.text.repairs(), pages);
    }
    String url = page.url;
    OaiPage ended = page;
    page = null;
    if (token == null) {
      done = true;
      listener.pageEnd(ended.responseDate(), null, ended.cursor(), ended.completeListSize());
      return;
    }
    if (!seenTokens.add(token)) {
      throw OaiLoopException.repeatedToken(url, token, pages);
    }
    emptyRun = itemsOnPage == 0 ? emptyRun + 1 : 0;
    if (emptyRun > maxEmptyPages) {
      throw OaiLoopException.emptyPages(url, token, pages);
    }
    lastToken = token;
    listener.pageEnd(ended.responseDate(), token, ended.cursor(), ended.completeListSize());
  }

  private OaiPage open(Map<String, String> args) {
    OaiPage p = fetch.apply(verb, args);
    try {
      p.open(verb);
      return p;
    } catch (OaiErrorException e) {
      if (e.oaiError() == OaiErrorCode.NO_RECORDS_MATCH) {
        listener.pageEnd(p.responseDate(), null, "", "");
        return null;
      }
      throw e;
    } catch (XMLStreamException e) {
      throw OaiException.badResponse(p.url, describe(e), e);
    }
  }

  static String describe(XMLStreamException e) {
    return XmlCursor.describe(e);
  }
}
