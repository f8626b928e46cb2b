package vn.libnet.core.cql;

/**
 * Which XCQL a query is written as. Both carry the same tree; they differ in namespace and shape.
 */
public enum XcqlSchema {
  /**
   * OASIS searchRetrieve 1.0 Part 5 (SRU 2.0), namespace {@code
   * http://docs.oasis-open.org/ns/search-ws/xcql}: an {@code xcql} root holding {@code prefixes}, one
   * {@code triple} and {@code sortKeys}; the operator element is {@code Boolean}. That schema has room
   * for prefixes only at the root, so assignments nested in parentheses are written there too, in the
   * order they appear.
   */
  OASIS("http://docs.oasis-open.org/ns/search-ws/xcql"),
  /**
   * The Library of Congress's XCQL of SRU 1.1/1.2 (CQL 1.2), namespace {@code
   * http://www.loc.gov/zing/cql/xcql/}, as yaz writes it: the root is the top {@code triple} or {@code
   * searchClause}, each carrying its own {@code prefixes} first, the top one its {@code sortKeys} last;
   * the operator element is {@code boolean}.
   */
  LOC("http://www.loc.gov/zing/cql/xcql/");

  private final String namespace;

  XcqlSchema(String namespace) {
    this.namespace = namespace;
  }

  /** The schema's XML namespace. */
  public String namespace() {
    return namespace;
  }
}
