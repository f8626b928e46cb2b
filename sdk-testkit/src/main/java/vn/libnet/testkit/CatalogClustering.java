package vn.libnet.testkit;

import java.util.ArrayList;
import java.util.List;
import vn.libnet.marc.match.Deduplicator;
import vn.libnet.marc.match.MatchKey;

/**
 * The union catalogue's clusters: every stored record's match key in sdk-marc's {@link Deduplicator}, in
 * the order first contributed. A cluster is named after its first record: {@code c7} is the cluster whose
 * first record is {@code r7}. Not thread-safe: {@link HubState}'s lock guards it.
 */
final class CatalogClustering {
  private Deduplicator dedup = Deduplicator.standard();
  // The record id at each of the deduplicator's indexes (it numbers its keys 0, 1, 2, ... as added).
  private final List<String> recordByIndex = new ArrayList<>();

  /** The index of a stored record that {@code key} matches, or -1; nothing is added. */
  int findMatch(MatchKey key) {
    return dedup.findMatch(key);
  }

  /** Adds record {@code recordId} of match key {@code key}; its index. */
  int add(String recordId, MatchKey key) {
    int index = dedup.add(recordId, key);
    recordByIndex.add(recordId);
    return index;
  }

  /** Whether the record at {@code index} is the first of its cluster (so it was accepted, not merged). */
  boolean leads(int index) {
    return dedup.clusterOf(index) == index;
  }

  /** The id of the cluster of the record at {@code index}. */
  String clusterId(int index) {
    return "c" + recordByIndex.get(dedup.clusterOf(index)).substring(1);
  }

  /** Forgets every record. */
  void clear() {
    dedup = Deduplicator.standard();
    recordByIndex.clear();
  }
}
