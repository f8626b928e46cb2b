package vn.libnet.server.sru;

import java.util.Objects;
import vn.libnet.core.cql.CqlQuery;

/**
 * A search the provider asks of its {@link SruRecordSource}: the parsed query (its sort keys included,
 * which a source that cannot sort refuses with {@link SruQueryRefusal#unsupportedSort()}), and the window of
 * results the request's {@code startRecord} and {@code maximumRecords} name.
 *
 * @param query the CQL query, parsed within the provider's limits
 * @param offset the first result wanted, 0-based ({@code startRecord - 1})
 * @param limit the most results wanted; 0 when the client asked only for the count
 */
public record SruSearch(CqlQuery query, int offset, int limit) {
  /** Checks the parts. */
  public SruSearch {
    Objects.requireNonNull(query, "query");
    if (offset < 0 || limit < 0) {
      throw new IllegalArgumentException("offset and limit are not negative: " + offset + ", " + limit);
    }
  }
}
