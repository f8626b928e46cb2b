package vn.libnet.server.sru;

import java.util.List;

/**
 * What a vendor's system gives {@link SruProvider} to answer SRU requests: a description of its database
 * for explain, a search over a parsed CQL query, and, optionally, a scan of an index. The provider does
 * the protocol (parameters, versions, paging, schemas, diagnostics); the source answers queries.
 *
 * <p>A query the source cannot answer as asked (an index, relation, modifier, boolean, mask or sort it
 * does not support) is refused with an {@link SruQueryRefusal}, never answered approximately: the client
 * gets the matching diagnostic. Any other exception becomes diagnostic 1 (general system error) without
 * its text, which is logged. Implementations must be thread-safe.
 */
public interface SruRecordSource {
  /** The database, as explain describes it. */
  SruDatabase database();

  /**
   * The records matching {@code search.query()}, ranked or sorted as the query asks, from position
   * {@code search.offset()} (0-based) for at most {@code search.limit()} records, with the total count.
   *
   * @throws SruQueryRefusal when the query asks for what the source does not support
   */
  SruResultPage search(SruSearch search);

  /**
   * The terms of {@code scan.index()} around {@code scan.term()}, in index order. By default, scan is
   * refused (diagnostic 4, unsupported operation).
   *
   * @throws SruQueryRefusal when the index or relation is not scannable
   */
  default List<SruScanTerm> scan(SruScan scan) {
    throw SruQueryRefusal.unsupportedOperation("scan");
  }
}
