package vn.libnet.server.sru;

import java.util.Objects;
import org.marc4j.marc.Record;

/**
 * One record of a result: its identifier in the source and its MARC 21 record, from which the provider
 * writes {@code marcxml} or {@code dc}. A hit without a record (withdrawn since the count, or failing to
 * load) is answered as a surrogate diagnostic in its place (64, record temporarily unavailable), and the
 * rest of the page is kept.
 *
 * @param identifier the record's identifier in the source (its 001, or the catalogue's id)
 * @param record the record, or {@code null} when it cannot be given
 */
public record SruHit(String identifier, Record record) {
  /** Requires an identifier. */
  public SruHit {
    Objects.requireNonNull(identifier, "identifier");
  }

  /** A hit whose record cannot be given now. */
  public static SruHit unavailable(String identifier) {
    return new SruHit(identifier, null);
  }
}
