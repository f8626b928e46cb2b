package vn.libnet.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import vn.libnet.core.model.Holding;

/**
 * A record of the national union catalogue as the hub returns it.
 *
 * @param id the catalogue's id of this contributed record
 * @param clusterId the cluster of records describing the same work
 * @param contributorIsil the library that contributed it
 * @param controlNumber the contributor's 001
 * @param title the title proper (245 $a $b), for lists
 * @param marc the record in MARC-in-JSON
 * @param holdings the holdings of every library in the cluster
 * @param updated when the record last changed
 */
public record CatalogRecord(
    String id, String clusterId, String contributorIsil, String controlNumber, String title, JsonNode marc,
    List<Holding> holdings, Instant updated) {
  /** Copies the holdings. */
  public CatalogRecord {
    holdings = holdings == null ? List.of() : List.copyOf(holdings);
  }
}
