package vn.libnet.server.sru;

import vn.libnet.core.cql.CqlClause;
import vn.libnet.core.cql.CqlPrefixedClause;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSearchClause;
import vn.libnet.core.sru.SruDiagnosticCode;

/** Reads a scan clause: one search clause ({@code index relation term}), which CQL parses like a query. */
final class SruScans {
  private SruScans() {}

  /**
   * The scan a parsed {@code scanClause} asks for.
   *
   * @throws SruFault 10 when the clause is not a single search clause (a boolean, a sortBy)
   */
  static SruScan of(CqlQuery parsed, String clause, int responsePosition, int maximumTerms) throws SruFault {
    CqlClause c = parsed.clause();
    while (c instanceof CqlPrefixedClause p) {
      c = p.clause();
    }
    if (!(c instanceof CqlSearchClause s) || !parsed.sortKeys().isEmpty()) {
      throw new SruFault(SruDiagnosticCode.QUERY_SYNTAX_ERROR, "scanClause is one search clause: " + clause);
    }
    return new SruScan(s.effectiveIndex(), s.effectiveRelation().name(), s.term().text(), responsePosition, maximumTerms);
  }
}
