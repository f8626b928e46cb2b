package vn.libnet.server.sru;

import java.util.List;
import java.util.Objects;

/**
 * A database as SRU explain describes it (a ZeeRex record): its title and description, the context sets
 * its indexes belong to, and the indexes themselves.
 *
 * @param title the database's title (shown by clients as its name)
 * @param description what the database holds, or {@code null}
 * @param contextSets the context sets whose indexes it has, each with the prefix the indexes use
 * @param indexes the indexes a query may use
 */
public record SruDatabase(String title, String description, List<ContextSet> contextSets, List<Index> indexes) {
  /** Checks the parts; every index's set is one of the context sets. */
  public SruDatabase {
    Objects.requireNonNull(title, "title");
    contextSets = List.copyOf(contextSets);
    indexes = List.copyOf(indexes);
    for (Index i : indexes) {
      if (contextSets.stream().noneMatch(c -> c.prefix().equals(i.set()))) {
        throw new IllegalArgumentException("Index " + i.set() + "." + i.name() + " is of no declared context set");
      }
    }
  }

  /**
   * A context set: the prefix queries use and the URI that identifies it.
   *
   * @param prefix the short name, e.g. {@code dc}
   * @param identifier its URI, e.g. {@code info:srw/cql-context-set/1/dc-v1.1}
   */
  public record ContextSet(String prefix, String identifier) {
    /** Checks the parts. */
    public ContextSet {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(identifier, "identifier");
    }
  }

  /**
   * An index of a context set.
   *
   * @param set the prefix of its context set
   * @param name its name in the set, e.g. {@code title}
   * @param title what it is, for people
   * @param scannable whether scan answers it
   */
  public record Index(String set, String name, String title, boolean scannable) {
    /** Checks the parts. */
    public Index {
      Objects.requireNonNull(set, "set");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(title, "title");
    }
  }
}
