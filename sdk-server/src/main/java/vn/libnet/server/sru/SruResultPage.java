package vn.libnet.server.sru;

import java.util.List;

/**
 * A source's answer to one {@link SruSearch}: how many records match in all, and the ones of the window
 * asked, in result order. Fewer hits than the window holds (while more remain) is allowed: the provider
 * then points {@code nextRecordPosition} at the first one not given.
 *
 * @param total how many records match the query
 * @param hits the records of the window, at most {@link SruSearch#limit()}
 */
public record SruResultPage(long total, List<SruHit> hits) {
  /** Checks the parts. */
  public SruResultPage {
    hits = List.copyOf(hits);
    if (total < 0) {
      throw new IllegalArgumentException("total cannot be negative: " + total);
    }
  }
}
