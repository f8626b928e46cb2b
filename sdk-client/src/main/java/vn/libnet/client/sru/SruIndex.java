package vn.libnet.client.sru;

import java.util.List;
import java.util.Objects;

/**
 * An index an SRU server's explain record announces.
 *
 * @param title its human title (the first one given), empty when none
 * @param names the names to search it by in CQL, each {@code set.name} (e.g. {@code dc.title}), or the bare
 *     name when the server gave no set
 */
public record SruIndex(String title, List<String> names) {
  /** Checks the parts and copies the list. */
  public SruIndex {
    Objects.requireNonNull(title, "title");
    names = List.copyOf(names);
  }
}
