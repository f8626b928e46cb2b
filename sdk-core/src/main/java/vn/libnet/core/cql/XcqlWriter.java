package vn.libnet.core.cql;

import java.util.ArrayList;
import java.util.List;

/** Writes XCQL, of either schema, with two-space indentation. */
final class XcqlWriter {
  private final StringBuilder b = new StringBuilder(256);
  private final XcqlSchema schema;

  private XcqlWriter(XcqlSchema schema) {
    this.schema = schema;
  }

  static String write(CqlQuery query, XcqlSchema schema) {
    XcqlWriter w = new XcqlWriter(schema);
    if (schema == XcqlSchema.OASIS) {
      w.b.append("<xcql xmlns=\"").append(schema.namespace()).append("\">\n");
      List<CqlPrefix> all = new ArrayList<>();
      collectPrefixes(query.clause(), all);
      w.prefixes(all, 1);
      w.open("triple", 1);
      w.body(unwrap(query.clause()), 2);
      w.close("triple", 1);
      w.sortKeys(query.sortKeys(), 1);
      w.b.append("</xcql>\n");
    } else {
      w.node(query.clause(), 0, query.sortKeys());
      w.b.insert(w.b.indexOf(">"), " xmlns=\"" + schema.namespace() + "\"");
    }
    return w.b.toString();
  }

  // OASIS: <triple> holds either a searchClause or Boolean, leftOperand, rightOperand.
  private void body(CqlClause clause, int depth) {
    if (clause instanceof CqlSearchClause s) {
      searchClause(s, depth, List.of(), List.of());
    } else {
      CqlBooleanClause bool = (CqlBooleanClause) clause;
      booleanParts(bool, depth);
    }
  }

  private void booleanParts(CqlBooleanClause bool, int depth) {
    String name = schema == XcqlSchema.OASIS ? "Boolean" : "boolean";
    open(name, depth);
    leaf("value", bool.operator().keyword(), depth + 1);
    modifiers(bool.modifiers(), depth + 1);
    close(name, depth);
    operand("leftOperand", bool.left(), depth);
    operand("rightOperand", bool.right(), depth);
  }

  private void operand(String name, CqlClause clause, int depth) {
    open(name, depth);
    if (schema == XcqlSchema.OASIS) {
      CqlClause inner = unwrap(clause);
      if (inner instanceof CqlSearchClause s) {
        searchClause(s, depth + 1, List.of(), List.of());
      } else {
        open("triple", depth + 1);
        booleanParts((CqlBooleanClause) inner, depth + 2);
        close("triple", depth + 1);
      }
    } else {
      node(clause, depth + 1, List.of());
    }
    close(name, depth);
  }

  // LOC: each node carries its own prefixes first and (the top one) its sort keys last.
  private void node(CqlClause clause, int depth, List<CqlSortKey> sortKeys) {
    List<CqlPrefix> prefixes = List.of();
    if (clause instanceof CqlPrefixedClause p) {
      prefixes = p.prefixes();
      clause = p.clause();
    }
    if (clause instanceof CqlSearchClause s) {
      searchClause(s, depth, prefixes, sortKeys);
    } else {
      open("triple", depth);
      prefixes(prefixes, depth + 1);
      booleanParts((CqlBooleanClause) clause, depth + 1);
      sortKeys(sortKeys, depth + 1);
      close("triple", depth);
    }
  }

  private void searchClause(CqlSearchClause s, int depth, List<CqlPrefix> prefixes, List<CqlSortKey> sortKeys) {
    open("searchClause", depth);
    prefixes(prefixes, depth + 1);
    leaf("index", s.effectiveIndex(), depth + 1);
    open("relation", depth + 1);
    leaf("value", s.effectiveRelation().name(), depth + 2);
    modifiers(s.effectiveRelation().modifiers(), depth + 2);
    close("relation", depth + 1);
    leaf("term", s.term().raw(), depth + 1);
    sortKeys(sortKeys, depth + 1);
    close("searchClause", depth);
  }

  private void prefixes(List<CqlPrefix> prefixes, int depth) {
    if (prefixes.isEmpty()) {
      return;
    }
    open("prefixes", depth);
    for (CqlPrefix p : prefixes) {
      open("prefix", depth + 1);
      // The OASIS schema requires a name; the default context set has the empty one.
      if (p.name() != null || schema == XcqlSchema.OASIS) {
        leaf("name", p.name() == null ? "" : p.name(), depth + 2);
      }
      leaf("identifier", p.uri().raw(), depth + 2);
      close("prefix", depth + 1);
    }
    close("prefixes", depth);
  }

  private void sortKeys(List<CqlSortKey> keys, int depth) {
    if (keys.isEmpty()) {
      return;
    }
    open("sortKeys", depth);
    for (CqlSortKey k : keys) {
      open("key", depth + 1);
      leaf("index", k.index(), depth + 2);
      modifiers(k.modifiers(), depth + 2);
      close("key", depth + 1);
    }
    close("sortKeys", depth);
  }

  private void modifiers(List<CqlModifier> modifiers, int depth) {
    if (modifiers.isEmpty()) {
      return;
    }
    open("modifiers", depth);
    for (CqlModifier m : modifiers) {
      open("modifier", depth + 1);
      leaf("type", m.name(), depth + 2);
      if (m.hasValue()) {
        leaf("comparison", m.comparison(), depth + 2);
        leaf("value", m.value().raw(), depth + 2);
      }
      close("modifier", depth + 1);
    }
    close("modifiers", depth);
  }

  private static CqlClause unwrap(CqlClause clause) {
    return clause instanceof CqlPrefixedClause p ? p.clause() : clause;
  }

  private static void collectPrefixes(CqlClause clause, List<CqlPrefix> into) {
    if (clause instanceof CqlPrefixedClause p) {
      into.addAll(p.prefixes());
      collectPrefixes(p.clause(), into);
    } else if (clause instanceof CqlBooleanClause bool) {
      collectPrefixes(bool.left(), into);
      collectPrefixes(bool.right(), into);
    }
  }

  private void open(String name, int depth) {
    indent(depth);
    b.append('<').append(name).append(">\n");
  }

  private void close(String name, int depth) {
    indent(depth);
    b.append("</").append(name).append(">\n");
  }

  private void leaf(String name, String text, int depth) {
    indent(depth);
    b.append('<').append(name).append('>');
    escape(text);
    b.append("</").append(name).append(">\n");
  }

  private void indent(int depth) {
    b.append("  ".repeat(depth));
  }

  private void escape(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\r' -> b.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
            b.append(c);
          } else {
            b.append('\uFFFD');
          }
        }
      }
    }
  }
}
