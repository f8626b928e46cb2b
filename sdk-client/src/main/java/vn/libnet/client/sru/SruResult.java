package vn.libnet.client.sru;

import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The answer to a searchRetrieve: the hit count the server gave with its first page, its non-fatal
 * diagnostics, and the records as a lazy stream across pages. The first page is already read (so a fatal
 * diagnostic was raised by {@link SruClient#searchRetrieve}); each further page is asked when the stream
 * reaches it, and only one page is held at a time.
 *
 * <p>Paging follows {@code nextRecordPosition}, or counts on from the last record seen when the server
 * sends none and {@link #numberOfRecords()} says more remain; a server that sends more records than
 * {@code maximumRecords} asked is read whole and the next page starts after what it sent, and a record
 * whose position was already handed out is not handed out again. A page that brings nothing new ends the
 * stream (logged) rather than asking for ever. A page that comes without records but with diagnostics
 * raises {@link SruDiagnosticException} from the stream; the records before it were the server's.
 *
 * <p>{@link #records()} can be consumed once, by one thread; {@link #diagnostics()} may be read from any.
 */
public final class SruResult {
  private final String version;
  private final long numberOfRecords;
  private final List<SruDiagnostic> diagnostics = new CopyOnWriteArrayList<>();
  private final SruPager pager;
  private boolean streamed;

  SruResult(SruPager.Page first, Function<List<SruDiagnostic>, SruPager> pager) {
    this.version = first.version();
    this.numberOfRecords = first.numberOfRecords();
    this.pager = pager.apply(diagnostics);
  }

  /** The SRU version of the first page's answer, as written ({@code 1.2}, {@code 2.0}); empty when it said none. */
  public String version() {
    return version;
  }

  /** How many records match, as the first page said; -1 when the server did not say. */
  public long numberOfRecords() {
    return numberOfRecords;
  }

  /** The non-fatal diagnostics of the pages read so far (the first page's at once, later ones' as the stream reaches them). */
  public List<SruDiagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /**
   * The records, surrogate diagnostics in their place, fetched page by page as the stream is read.
   *
   * @throws IllegalStateException when called a second time
   */
  public synchronized Stream<SruRecord> records() {
    if (streamed) {
      throw new IllegalStateException("the records of a searchRetrieve can be streamed once");
    }
    streamed = true;
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pager, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }
}
