package vn.libnet.server.oai;

import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link OaiRecordSource} over items held in memory, for tests, demonstrations and small collections
 * (every record stays on the heap: a vendor with a database implements the SPI over its own queries).
 * Immutable once built, so thread-safe; {@link #items} is a binary search and a copy of one page.
 *
 * <pre>{@code
 * OaiRecordSource source = OaiMemorySource.builder(repository).add(item1).add(item2).build();
 * }</pre>
 *
 * <p>Sets are those given to {@link Builder#set}, and any other set an item names, listed under its spec.
 * Two items with one identifier are refused when built: an OAI identifier names one item.
 */
public final class OaiMemorySource implements OaiRecordSource {
  private static final Comparator<OaiItem> ORDER = Comparator.comparing(OaiItem::position);
  private final OaiRepository repository;
  private final List<OaiSetSpec> sets;
  private final OaiItem[] items;
  private final Map<String, OaiItem> byIdentifier;

  private OaiMemorySource(Builder b) {
    this.repository = b.repository;
    this.items = b.items.toArray(OaiItem[]::new);
    Arrays.sort(items, ORDER);
    this.byIdentifier = new HashMap<>(items.length * 2);
    Map<String, OaiSetSpec> sets = new java.util.TreeMap<>();
    b.sets.forEach(s -> sets.put(s.spec(), s));
    for (OaiItem i : items) {
      if (byIdentifier.put(i.identifier(), i) != null) {
        throw new IllegalArgumentException("Two items with the identifier " + i.identifier());
      }
      i.sets().forEach(s -> sets.putIfAbsent(s, new OaiSetSpec(s, s)));
    }
    this.sets = List.copyOf(sets.values());
  }

  /** A builder of a source that describes itself as {@code repository}. */
  public static Builder builder(OaiRepository repository) {
    return new Builder(repository);
  }

  @Override
  public OaiRepository repository() {
    return repository;
  }

  @Override
  public List<OaiSetSpec> sets() {
    return sets;
  }

  @Override
  public Optional<OaiItem> item(String identifier) {
    return Optional.ofNullable(byIdentifier.get(identifier));
  }

  /** How many items the source holds, deletions included. */
  public int size() {
    return items.length;
  }

  @Override
  public List<OaiItem> items(Instant from, Instant until, String set, OaiItem.Position after, int limit) {
    int start = 0;
    if (from != null) {
      start = firstAfter(new OaiItem.Position(from, ""), true);
    }
    if (after != null) {
      start = Math.max(start, firstAfter(after, false));
    }
    List<OaiItem> page = new ArrayList<>(Math.min(limit, 64));
    for (int i = start; i < items.length && page.size() < limit; i++) {
      OaiItem item = items[i];
      if (until != null && item.datestamp().isAfter(until)) {
        break;
      }
      if (set == null || inSet(item, set)) {
        page.add(item);
      }
    }
    return page;
  }

  // OAI-PMH 2.0 §4.6: a set's records include those of its subsets (setSpec "a:b" is within "a").
  private static boolean inSet(OaiItem item, String set) {
    for (String s : item.sets()) {
      if (s.equals(set) || s.startsWith(set + ":")) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first item at or after ({@code inclusive}) or strictly after {@code p}. */
  private int firstAfter(OaiItem.Position p, boolean inclusive) {
    int lo = 0;
    int hi = items.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int c = items[mid].position().compareTo(p);
      if (c < 0 || (!inclusive && c == 0)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Collects the items and sets of an {@link OaiMemorySource}; every method refuses {@code null}. */
  public static final class Builder {
    private final OaiRepository repository;
    private final List<OaiItem> items = new ArrayList<>();
    private final Set<OaiSetSpec> sets = new LinkedHashSet<>();

    private Builder(OaiRepository repository) {
      this.repository = Objects.requireNonNull(repository, "repository");
    }

    /** Adds an item. */
    public Builder add(OaiItem item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /** Adds every item of {@code items}. */
    public Builder addAll(Iterable<OaiItem> items) {
      items.forEach(this::add);
      return this;
    }

    /** Declares a set with its name; an item's set that is not declared is listed with its spec as its name. */
    public Builder set(OaiSetSpec set) {
      sets.add(Objects.requireNonNull(set, "set"));
      return this;
    }

    /**
     * The source.
     *
     * @throws IllegalArgumentException when two items share an identifier
     */
    public OaiMemorySource build() {
      return new OaiMemorySource(this);
    }
  }
}
