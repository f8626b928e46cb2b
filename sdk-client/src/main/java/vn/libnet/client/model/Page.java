package vn.libnet.client.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list that continues behind an opaque cursor (LibNet API v1 cursor pagination).
 *
 * @param items the items of this page, in the hub's order
 * @param next the cursor of the next page, or {@code null} on the last page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, String next) {
  /** Copies the items; a missing list is empty. */
  public Page {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** The cursor of the next page, or empty on the last page. */
  public Optional<String> nextCursor() {
    return Optional.ofNullable(next).filter(s -> !s.isEmpty());
  }
}
