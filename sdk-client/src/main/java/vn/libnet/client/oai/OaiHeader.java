package vn.libnet.client.oai;

import java.util.List;
import java.util.Objects;

/**
 * The header of a record (ListIdentifiers, or inside a record).
 *
 * @param identifier the item's unique identifier in the repository
 * @param datestamp the datestamp as written (its granularity is the repository's)
 * @param setSpecs the sets the record belongs to, possibly none
 * @param deleted whether the header says {@code status="deleted"}
 */
public record OaiHeader(String identifier, String datestamp, List<String> setSpecs, boolean deleted) {
  /** Checks the parts and copies the list. */
  public OaiHeader {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(datestamp, "datestamp");
    setSpecs = List.copyOf(setSpecs);
  }
}
