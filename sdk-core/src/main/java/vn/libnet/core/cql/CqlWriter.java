package vn.libnet.core.cql;

import java.util.List;

/** Writes the canonical CQL text of a tree. */
final class CqlWriter {
  private CqlWriter() {}

  static String cql(CqlQuery query) {
    StringBuilder b = new StringBuilder();
    clause(b, query.clause(), true);
    if (!query.sortKeys().isEmpty()) {
      b.append(" sortBy");
      for (CqlSortKey key : query.sortKeys()) {
        b.append(' ').append(quoted(key.index()));
        key.modifiers().forEach(m -> modifier(b, m));
      }
    }
    return b.toString();
  }

  static String term(CqlTerm term) {
    return quoted(term.raw());
  }

  static String quoted(String raw) {
    return needsQuotes(raw) ? '"' + raw + '"' : raw;
  }

  static void modifier(StringBuilder b, CqlModifier m) {
    b.append('/').append(quoted(m.name()));
    if (m.hasValue()) {
      b.append(m.comparison()).append(term(m.value()));
    }
  }

  private static void clause(StringBuilder b, CqlClause clause, boolean top) {
    if (clause instanceof CqlSearchClause s) {
      if (s.index() != null) {
        b.append(quoted(s.index())).append(' ').append(s.relation()).append(' ');
      }
      b.append(term(s.term()));
    } else if (clause instanceof CqlBooleanClause bool) {
      operand(b, bool.left(), false);
      b.append(' ').append(bool.operator().keyword());
      bool.modifiers().forEach(m -> modifier(b, m));
      b.append(' ');
      operand(b, bool.right(), true);
    } else {
      CqlPrefixedClause p = (CqlPrefixedClause) clause;
      if (!top) {
        b.append('(');
      }
      prefixes(b, p.prefixes());
      clause(b, p.clause(), true);
      if (!top) {
        b.append(')');
      }
    }
  }

  private static void operand(StringBuilder b, CqlClause operand, boolean right) {
    boolean parens = operand instanceof CqlBooleanClause && right;
    if (parens) {
      b.append('(');
    }
    clause(b, operand, false);
    if (parens) {
      b.append(')');
    }
  }

  private static void prefixes(StringBuilder b, List<CqlPrefix> prefixes) {
    for (CqlPrefix p : prefixes) {
      b.append("> ");
      if (p.name() != null) {
        b.append(quoted(p.name())).append(" = ");
      }
      b.append(term(p.uri())).append(' ');
    }
  }

  private static boolean needsQuotes(String raw) {
    if (raw.isEmpty() || CqlSyntax.isKeyword(raw)) {
      return true;
    }
    for (int i = 0; i < raw.length(); i++) {
      if (CqlSyntax.isSpecial(raw.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
