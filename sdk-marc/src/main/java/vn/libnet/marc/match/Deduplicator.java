package vn.libnet.marc.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marc4j.marc.Record;

/**
 * Groups records that describe the same work, one record at a time.
 *
 * <p>Each added record is compared only with earlier records that share a block: an ISBN-13, an ISSN
 * (022 $a, $y, $z) or ISSN-L (022 $l), a system number (035, OCLC numbers normalised), an LCCN (010), a
 * 024 identifier, or the start of its folded title with the first word of its author and the year. Each comparison is scored by {@link
 * MatchScorer}; a match joins the two records' clusters (union-find), so clustering is transitive.
 * Every match is kept as a {@link MatchDecision} with its evidence, so each cluster can be explained.
 *
 * <p>Memory per record is the {@link MatchKey} (its folded strings are ASCII, one byte a character, about
 * 200-300 bytes for a typical book), the id, an int of union-find and its block entries: about 400 bytes,
 * so a million records fit in well under 1 GiB. A block holds at most {@link Builder#maxBlockSize(int)}
 * records, which bounds the comparisons per record on very common titles. Not thread-safe.
 */
public final class Deduplicator {
  private final MatchScorer scorer;
  private final int maxBlockSize;
  private final List<String> ids = new ArrayList<>();
  private final List<MatchKey> keys = new ArrayList<>();
  private int[] parent = new int[1024];
  private final Map<Long, int[]> byIsbn = new HashMap<>();
  private final Map<String, int[]> byTitle = new HashMap<>();
  private final Map<String, int[]> byId = new HashMap<>();
  private final List<MatchDecision> links = new ArrayList<>();
  private long comparisons;

  private Deduplicator(Builder b) {
    this.scorer = new MatchScorer(b.threshold);
    this.maxBlockSize = b.maxBlockSize;
  }

  /** A deduplicator with the defaults: threshold 0.9, blocks of at most 200 records. */
  public static Deduplicator standard() {
    return builder().build();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Options of a {@link Deduplicator}. */
  public static final class Builder {
    private double threshold = 0.9;
    private int maxBlockSize = 200;

    private Builder() {}

    /** The score at which two records are the same work (default 0.9). */
    public Builder threshold(double threshold) {
      this.threshold = threshold;
      return this;
    }

    /** The most records a block keeps for comparison (default 200). */
    public Builder maxBlockSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("maxBlockSize must be at least 1");
      }
      this.maxBlockSize = size;
      return this;
    }

    /** The deduplicator. */
    public Deduplicator build() {
      return new Deduplicator(this);
    }
  }

  /** Adds a MARC record under its control number (or its position when it has none). */
  public int add(Record record) {
    String id = record.getControlNumber();
    return add(id == null ? "#" + (ids.size() + 1) : id, MatchKey.of(record));
  }

  /** Adds a record by its id and key; returns its 0-based index. */
  public int add(String id, MatchKey key) {
    int index = ids.size();
    ids.add(id);
    keys.add(key);
    if (index == parent.length) {
      parent = Arrays.copyOf(parent, parent.length * 2);
    }
    parent[index] = index;

    for (long isbn : key.isbns()) {
      compareWith(byIsbn.get(isbn), index);
    }
    String block = key.blockKey();
    compareWith(byTitle.get(block), index);
    List<String> idBlocks = idBlocks(key);
    for (String idBlock : idBlocks) {
      compareWith(byId.get(idBlock), index);
    }

    for (long isbn : key.isbns()) {
      byIsbn.put(isbn, append(byIsbn.get(isbn), index));
    }
    for (String idBlock : idBlocks) {
      byId.put(idBlock, append(byId.get(idBlock), index));
    }
    if (!key.title().isEmpty()) {
      byTitle.put(block, append(byTitle.get(block), index));
    }
    return index;
  }

  // The identifiers a record is blocked on, each kind with its own prefix so that kinds never mix.
  private static List<String> idBlocks(MatchKey key) {
    StandardIds ids = key.ids();
    if (ids == StandardIds.EMPTY) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String issn : ids.issns()) {
      out.add("issn:" + issn);
    }
    for (String issn : ids.formerIssns()) {
      out.add("issn:" + issn);
    }
    for (String issn : ids.linkingIssns()) {
      out.add("issn-l:" + issn);
    }
    out.addAll(Arrays.asList(ids.systemNumbers()));
    for (String lccn : ids.lccns()) {
      out.add("lccn:" + lccn);
    }
    out.addAll(Arrays.asList(ids.otherIds()));
    return out;
  }

  private void compareWith(int[] block, int index) {
    if (block == null) {
      return;
    }
    int n = block[0];
    for (int i = 1; i <= n; i++) {
      int other = block[i];
      if (find(other) == find(index)) {
        continue;
      }
      comparisons++;
      if (scorer.matches(keys.get(other), keys.get(index))) {
        union(other, index);
        // the evidence is built only for the pairs that are kept
        links.add(scorer.decide(ids.get(other), keys.get(other), ids.get(index), keys.get(index)));
      }
    }
  }

  // Blocks are int arrays whose element 0 is the count; a full block takes no more records.
  private int[] append(int[] block, int index) {
    if (block == null) {
      return new int[] {1, index, 0, 0};
    }
    int n = block[0];
    if (n >= maxBlockSize) {
      return block;
    }
    if (n + 1 >= block.length) {
      block = Arrays.copyOf(block, Math.min(maxBlockSize + 1, block.length * 2));
    }
    block[n + 1] = index;
    block[0] = n + 1;
    return block;
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      // the earlier record stays the root, so a cluster is named by its first record
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /**
   * The cluster of an added record, named by the index of its first record (which stays the same as the
   * cluster grows, and becomes the earlier cluster's when two clusters join).
   */
  public int clusterOf(int index) {
    return find(index);
  }

  /**
   * The first added record that {@code key} would match, or -1; nothing is added. For a dry run that
   * says what {@link #add} would do.
   */
  public int findMatch(MatchKey key) {
    for (long isbn : key.isbns()) {
      int m = firstMatch(byIsbn.get(isbn), key);
      if (m >= 0) {
        return m;
      }
    }
    for (String id : idBlocks(key)) {
      int m = firstMatch(byId.get(id), key);
      if (m >= 0) {
        return m;
      }
    }
    return firstMatch(byTitle.get(key.blockKey()), key);
  }

  private int firstMatch(int[] block, MatchKey key) {
    if (block == null) {
      return -1;
    }
    for (int i = 1; i <= block[0]; i++) {
      if (scorer.matches(keys.get(block[i]), key)) {
        return block[i];
      }
    }
    return -1;
  }

  /** How many records were added. */
  public int size() {
    return ids.size();
  }

  /** How many pairs were scored so far. */
  public long comparisons() {
    return comparisons;
  }

  /** The clusters so far, with the decisions that formed them. */
  public DedupResult result() {
    Map<Integer, List<String>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      clusters.computeIfAbsent(find(i), k -> new ArrayList<>()).add(ids.get(i));
    }
    List<List<String>> multi = new ArrayList<>();
    for (List<String> c : clusters.values()) {
      if (c.size() > 1) {
        multi.add(List.copyOf(c));
      }
    }
    return new DedupResult(ids.size(), clusters.size(), multi, links, comparisons);
  }

  /** Whether the records at {@code a} and {@code b} (indices from {@link #add}) are in one cluster. */
  public boolean sameCluster(int a, int b) {
    return find(a) == find(b);
  }

  /** The decision the scorer would make for two added records, for explaining a pair. */
  public MatchDecision explain(int a, int b) {
    return scorer.decide(ids.get(a), keys.get(a), ids.get(b), keys.get(b));
  }
}
