package vn.libnet.client.sru;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a result set over its pages (see {@link SruResult} for the rules). Holds one page's
 * records at a time and, across pages, only the last position handed out. Not thread-safe.
 */
final class SruPager implements Iterator<SruRecord> {
  private static final Logger LOG = LoggerFactory.getLogger(SruPager.class);

  /** One answer read whole: its records and the elements around them. */
  record Page(String url, String version, long numberOfRecords, int nextRecordPosition, List<SruRecord> records,
      List<SruDiagnostic> diagnostics) {}

  private final IntFunction<Page> fetch;
  private final boolean wantsRecords;
  private final Consumer<List<SruDiagnostic>> diagnostics;
  private final ArrayDeque<SruRecord> buffer = new ArrayDeque<>();
  private final long numberOfRecords;
  private int lastPosition;
  private int nextStart = -1;

  /**
   * Starts with {@code first}, asked from {@code start}; {@code fetch} reads the page from a position.
   *
   * @throws SruDiagnosticException when the first page is a fatal diagnostic
   */
  SruPager(Page first, int start, IntFunction<Page> fetch, boolean wantsRecords, Consumer<List<SruDiagnostic>> diagnostics) {
    this.fetch = fetch;
    this.wantsRecords = wantsRecords;
    this.diagnostics = diagnostics;
    this.numberOfRecords = first.numberOfRecords();
    this.lastPosition = start - 1;
    accept(first, true);
  }

  @Override
  public boolean hasNext() {
    while (buffer.isEmpty() && nextStart > 0) {
      accept(fetch.apply(nextStart), false);
    }
    return !buffer.isEmpty();
  }

  @Override
  public SruRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return buffer.poll();
  }

  private void accept(Page page, boolean first) {
    if (page.records().isEmpty() && !page.diagnostics().isEmpty() && (!first || wantsRecords || page.numberOfRecords() <= 0)) {
      // No records came, and the diagnostics say why: the request failed.
      throw new SruDiagnosticException(page.url(), page.diagnostics());
    }
    if (!page.diagnostics().isEmpty()) {
      diagnostics.accept(page.diagnostics());
    }
    int fresh = 0;
    for (SruRecord r : page.records()) {
      if (r.position() <= lastPosition) {
        LOG.debug("{}: the record at position {} was already handed out; skipped", page.url(), r.position());
        continue;
      }
      lastPosition = r.position();
      buffer.add(r);
      fresh++;
    }
    nextStart = wantsRecords ? following(page, fresh) : -1;
  }

  /** Where the next page starts, -1 when this one was the last. */
  private int following(Page page, int fresh) {
    long count = page.numberOfRecords() >= 0 ? page.numberOfRecords() : numberOfRecords;
    if (fresh == 0) {
      if (page.nextRecordPosition() > 0 || count > lastPosition) {
        LOG.warn("{}: a page without new records although more were announced ({} in all); the result stops after position {}",
            page.url(), count, lastPosition);
      }
      return -1;
    }
    int from;
    if (page.nextRecordPosition() > 0) {
      // A server that sent more than it was asked names a position already handed out: start after them.
      from = Math.max(page.nextRecordPosition(), lastPosition + 1);
    } else if (count > lastPosition) {
      LOG.debug("{}: no nextRecordPosition although {} records match; asking from {}", page.url(), count, lastPosition + 1);
      from = lastPosition + 1;
    } else {
      return -1;
    }
    return count >= 0 && from > count ? -1 : from;
  }
}
