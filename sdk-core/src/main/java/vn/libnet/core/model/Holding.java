package vn.libnet.core.model;

import java.util.List;

/**
 * What one library holds of a resource: the link between a union-catalogue record and the copies on a
 * library's shelves.
 *
 * @param ownerIsil the ISIL of the holding library (MARC 852 $a)
 * @param localId the holding library's own identifier for this holding or its record
 * @param recordId the bibliographic record this holding belongs to
 * @param callNumber the call number (852 $h $i)
 * @param location the collection or shelving location (852 $b $c)
 * @param items the copies
 * @param note a public note
 */
public record Holding(
    String ownerIsil,
    String localId,
    String recordId,
    String callNumber,
    String location,
    List<Item> items,
    String note) {

  /** Makes an immutable copy of the items. */
  public Holding {
    items = Lists.copy(items);
  }

  /** How many copies are available for loan now. */
  public long availableCount() {
    return items.stream().filter(i -> i.status() == ItemStatus.AVAILABLE).count();
  }
}
