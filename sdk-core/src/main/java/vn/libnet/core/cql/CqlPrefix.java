package vn.libnet.core.cql;

import java.util.Objects;

/**
 * A prefix assignment, {@code > dc = "info:srw/cql-context-set/1/dc-v1.1"}: a short name for a
 * context set's URI, or (with no name) the default context set.
 *
 * @param name the prefix, or null for the default context set
 * @param uri the context set's identifier as written
 */
public record CqlPrefix(String name, CqlTerm uri) {

  /**
   * A prefix assignment as given.
   *
   * @throws NullPointerException when {@code uri} is null
   * @throws IllegalArgumentException when a name is given that has an unescaped quote or ends in a lone backslash
   */
  public CqlPrefix {
    if (name != null) {
      CqlSyntax.name(name, "prefix name");
    }
    Objects.requireNonNull(uri, "uri");
  }

  /** The assignment of {@code name} to {@code uri}, taken literally. */
  public static CqlPrefix of(String name, String uri) {
    return new CqlPrefix(name, CqlTerm.literal(uri));
  }
}
