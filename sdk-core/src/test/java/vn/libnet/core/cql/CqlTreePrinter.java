package vn.libnet.core.cql;

import java.util.List;

/**
 * Writes a parsed query as the S-expression of the tables {@code cql-table.tsv}: {@code (sc "term")}
 * for a bare term, {@code (sc index relation "term")}, {@code (and left right)} (the operator in lower
 * case, its modifiers right after it), {@code (> name="uri" "uri" clause)} for prefix assignments and
 * {@code (sortBy clause key...)}. A modifier is {@code /name} or {@code /name<comparison>"value"}. Terms,
 * values and URIs are always quoted and show their escapes as written; a relation is written as it is;
 * other names are quoted only when they hold white space, a quote, a parenthesis, a slash or a
 * comparison character.
 */
final class CqlTreePrinter {
  private CqlTreePrinter() {}

  static String print(CqlQuery query) {
    StringBuilder b = new StringBuilder();
    if (query.sortKeys().isEmpty()) {
      clause(b, query.clause());
      return b.toString();
    }
    b.append("(sortBy ");
    clause(b, query.clause());
    for (CqlSortKey key : query.sortKeys()) {
      b.append(' ').append(name(key.index()));
      modifiers(b, key.modifiers());
    }
    return b.append(')').toString();
  }

  private static void clause(StringBuilder b, CqlClause clause) {
    if (clause instanceof CqlSearchClause s) {
      b.append("(sc ");
      if (!s.isBareTerm()) {
        b.append(name(s.index())).append(' ').append(s.relation().name());
        modifiers(b, s.relation().modifiers());
        b.append(' ');
      }
      b.append(quoted(s.term())).append(')');
    } else if (clause instanceof CqlBooleanClause c) {
      b.append('(').append(c.operator().keyword());
      modifiers(b, c.modifiers());
      b.append(' ');
      clause(b, c.left());
      b.append(' ');
      clause(b, c.right());
      b.append(')');
    } else {
      CqlPrefixedClause p = (CqlPrefixedClause) clause;
      b.append("(>");
      for (CqlPrefix prefix : p.prefixes()) {
        b.append(' ');
        if (prefix.name() != null) {
          b.append(name(prefix.name())).append('=');
        }
        b.append(quoted(prefix.uri()));
      }
      b.append(' ');
      clause(b, p.clause());
      b.append(')');
    }
  }

  private static void modifiers(StringBuilder b, List<CqlModifier> modifiers) {
    for (CqlModifier m : modifiers) {
      b.append('/').append(name(m.name()));
      if (m.hasValue()) {
        b.append(m.comparison()).append(quoted(m.value()));
      }
    }
  }

  private static String quoted(CqlTerm term) {
    return '"' + term.raw() + '"';
  }

  private static String name(String raw) {
    boolean plain = !raw.isEmpty();
    for (int i = 0; i < raw.length() && plain; i++) {
      char c = raw.charAt(i);
      plain = !Character.isWhitespace(c) && "\"()/=<>".indexOf(c) < 0;
    }
    return plain ? raw : '"' + raw + '"';
  }
}
