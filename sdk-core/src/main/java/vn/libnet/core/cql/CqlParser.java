package vn.libnet.core.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Parses CQL 1.2 (OASIS searchRetrieve 1.0 Part 5, the Library of Congress's CQL 1.2) into a {@link
 * CqlQuery}: prefix assignments, search clauses with relations and modifiers, the boolean operators
 * {@code and or not prox} (any case, equal precedence, grouping to the left) with modifiers,
 * parentheses, quoted strings with backslash escapes, masking characters kept in terms, and {@code
 * sortBy}.
 *
 * <p>A text that is not a query, or is one over the parser's {@link CqlLimits}, is refused with a
 * {@link CqlSyntaxException} naming the position and what was expected there; nothing else is ever
 * thrown for any text (the parser's recursion is bounded by {@link CqlLimits#maxDepth()}, and the
 * length is checked before anything is read). Instances are immutable and thread-safe.
 *
 * <p>A word is read as a term, index or name wherever one is expected, keywords included ({@code a and
 * and} searches for the word "and"); the serializer quotes such terms. As CQL 1.2's grammar allows,
 * indexes, modifier names, sort keys and prefix names may be quoted too ({@code "dc.title" = x}).
 */
public final class CqlParser {
  private static final CqlParser DEFAULT = new CqlParser(CqlLimits.DEFAULTS);

  private final CqlLimits limits;

  private CqlParser(CqlLimits limits) {
    this.limits = limits;
  }

  /** A parser with {@link CqlLimits#DEFAULTS}. */
  public static CqlParser create() {
    return DEFAULT;
  }

  /**
   * A parser with {@code limits}.
   *
   * @throws NullPointerException when {@code limits} is null
   */
  public static CqlParser withLimits(CqlLimits limits) {
    return new CqlParser(Objects.requireNonNull(limits, "limits"));
  }

  /** This parser's limits. */
  public CqlLimits limits() {
    return limits;
  }

  /**
   * Parses {@code query}.
   *
   * @throws NullPointerException when {@code query} is null
   * @throws CqlSyntaxException when it is not a CQL query or is over the limits
   */
  public CqlQuery parse(String query) {
    Objects.requireNonNull(query, "query");
    if (query.length() > limits.maxLength()) {
      throw new CqlSyntaxException(CqlFailure.CQL_TOO_LONG, limits.maxLength(), query.length(), limits.maxLength());
    }
    return new Run(query, limits).query();
  }

  private enum Kind { WORD, QUOTED, LPAREN, RPAREN, SLASH, COMPARISON, END }

  /** One parse: a lexer with one token of look-ahead (two where an index may start a clause). */
  private static final class Run {
    private final String in;
    private final CqlLimits limits;
    private int pos;
    private int clauses;
    private Kind kind;
    private String text;
    private int start;

    Run(String in, CqlLimits limits) {
      this.in = in;
      this.limits = limits;
      advance();
    }

    CqlQuery query() {
      if (kind == Kind.END) {
        throw new CqlSyntaxException(CqlFailure.CQL_EMPTY, start);
      }
      CqlClause clause = cqlQuery(0);
      List<CqlSortKey> keys = List.of();
      if (isWord("sortby")) {
        advance();
        keys = sortKeys();
      }
      if (kind != Kind.END) {
        throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_BOOLEAN, start);
      }
      return new CqlQuery(clause, keys);
    }

    private CqlClause cqlQuery(int depth) {
      List<CqlPrefix> prefixes = new ArrayList<>();
      while (kind == Kind.COMPARISON && text.equals(">")) {
        advance();
        if (kind != Kind.WORD && kind != Kind.QUOTED) {
          throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_PREFIX, start);
        }
        String first = text;
        advance();
        if (kind == Kind.COMPARISON && text.equals("=")) {
          advance();
          if (kind != Kind.WORD && kind != Kind.QUOTED) {
            throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_PREFIX, start);
          }
          prefixes.add(new CqlPrefix(first, new CqlTerm(text)));
          advance();
        } else {
          prefixes.add(new CqlPrefix(null, new CqlTerm(first)));
        }
      }
      CqlClause clause = scopedClause(depth);
      return prefixes.isEmpty() ? clause : new CqlPrefixedClause(prefixes, clause);
    }

    private CqlClause scopedClause(int depth) {
      CqlClause left = searchClause(depth);
      while (kind == Kind.WORD) {
        CqlOperator op = operator(text);
        if (op == null) {
          break;
        }
        advance();
        List<CqlModifier> modifiers = modifiers();
        CqlClause right = searchClause(depth);
        left = new CqlBooleanClause(left, op, modifiers, right);
      }
      return left;
    }

    private CqlClause searchClause(int depth) {
      if (kind == Kind.LPAREN) {
        if (depth >= limits.maxDepth()) {
          throw new CqlSyntaxException(CqlFailure.CQL_TOO_DEEP, start, limits.maxDepth());
        }
        advance();
        if (kind == Kind.END) {
          throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_TERM, start);
        }
        CqlClause inner = cqlQuery(depth + 1);
        if (kind != Kind.RPAREN) {
          throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_CLOSE, start);
        }
        advance();
        return inner;
      }
      if (kind != Kind.WORD && kind != Kind.QUOTED) {
        throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_TERM, start);
      }
      if (++clauses > limits.maxClauses()) {
        throw new CqlSyntaxException(CqlFailure.CQL_TOO_MANY_CLAUSES, start, limits.maxClauses());
      }
      String first = text;
      advance();
      if (kind == Kind.COMPARISON || (kind == Kind.WORD && !CqlSyntax.isKeyword(text))) {
        String relation = text;
        advance();
        List<CqlModifier> modifiers = modifiers();
        if (kind != Kind.WORD && kind != Kind.QUOTED) {
          throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_TERM, start);
        }
        CqlTerm term = new CqlTerm(text);
        advance();
        return new CqlSearchClause(first, new CqlRelation(relation, modifiers), term);
      }
      return CqlSearchClause.of(new CqlTerm(first));
    }

    private List<CqlModifier> modifiers() {
      if (kind != Kind.SLASH) {
        return List.of();
      }
      List<CqlModifier> modifiers = new ArrayList<>();
      while (kind == Kind.SLASH) {
        advance();
        if (kind != Kind.WORD && kind != Kind.QUOTED) {
          throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_MODIFIER, start);
        }
        if (modifiers.size() == limits.maxModifiers()) {
          throw new CqlSyntaxException(CqlFailure.CQL_TOO_MANY_MODIFIERS, start, limits.maxModifiers());
        }
        String name = text;
        advance();
        if (kind == Kind.COMPARISON) {
          String comparison = text;
          advance();
          if (kind != Kind.WORD && kind != Kind.QUOTED) {
            throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_MODIFIER_VALUE, start);
          }
          modifiers.add(new CqlModifier(name, comparison, new CqlTerm(text)));
          advance();
        } else {
          modifiers.add(CqlModifier.of(name));
        }
      }
      return modifiers;
    }

    private List<CqlSortKey> sortKeys() {
      if (kind != Kind.WORD && kind != Kind.QUOTED) {
        throw new CqlSyntaxException(CqlFailure.CQL_EXPECTED_SORT_KEY, start);
      }
      List<CqlSortKey> keys = new ArrayList<>();
      while (kind == Kind.WORD || kind == Kind.QUOTED) {
        if (keys.size() == limits.maxClauses()) {
          throw new CqlSyntaxException(CqlFailure.CQL_TOO_MANY_CLAUSES, start, limits.maxClauses());
        }
        String index = text;
        advance();
        keys.add(new CqlSortKey(index, modifiers()));
      }
      return keys;
    }

    private boolean isWord(String keyword) {
      return kind == Kind.WORD && CqlSyntax.isKeyword(text) && CqlSyntax.asciiLower(text).equals(keyword);
    }

    private static CqlOperator operator(String word) {
      if (!CqlSyntax.isKeyword(word)) {
        return null;
      }
      return switch (CqlSyntax.asciiLower(word)) {
        case "and" -> CqlOperator.AND;
        case "or" -> CqlOperator.OR;
        case "not" -> CqlOperator.NOT;
        case "prox" -> CqlOperator.PROX;
        default -> null;
      };
    }

    private void advance() {
      int n = in.length();
      while (pos < n && Character.isWhitespace(in.charAt(pos))) {
        pos++;
      }
      start = pos;
      if (pos == n) {
        kind = Kind.END;
        text = "";
        return;
      }
      char c = in.charAt(pos);
      switch (c) {
        case '(' -> single(Kind.LPAREN);
        case ')' -> single(Kind.RPAREN);
        case '/' -> single(Kind.SLASH);
        case '=' -> comparison(pos + 1 < n && in.charAt(pos + 1) == '=' ? 2 : 1);
        case '<' -> comparison(pos + 1 < n && (in.charAt(pos + 1) == '=' || in.charAt(pos + 1) == '>') ? 2 : 1);
        case '>' -> comparison(pos + 1 < n && in.charAt(pos + 1) == '=' ? 2 : 1);
        case '"' -> quoted();
        default -> word();
      }
    }

    private void single(Kind k) {
      kind = k;
      text = in.substring(pos, pos + 1);
      pos++;
    }

    private void comparison(int length) {
      kind = Kind.COMPARISON;
      text = in.substring(pos, pos + length);
      pos += length;
    }

    private void quoted() {
      int n = in.length();
      int i = pos + 1;
      while (i < n) {
        char c = in.charAt(i);
        if (c == '\\') {
          if (i + 1 == n) {
            throw new CqlSyntaxException(CqlFailure.CQL_UNTERMINATED_STRING, start);
          }
          i += 2;
        } else if (c == '"') {
          break;
        } else {
          i++;
        }
        if (i - pos - 1 > limits.maxTermLength()) {
          throw new CqlSyntaxException(CqlFailure.CQL_TERM_TOO_LONG, start, limits.maxTermLength());
        }
      }
      if (i >= n) {
        throw new CqlSyntaxException(CqlFailure.CQL_UNTERMINATED_STRING, start);
      }
      kind = Kind.QUOTED;
      text = in.substring(pos + 1, i);
      pos = i + 1;
    }

    private void word() {
      int n = in.length();
      int i = pos;
      while (i < n) {
        char c = in.charAt(i);
        if (c == '\\') {
          if (i + 1 == n) {
            throw new CqlSyntaxException(CqlFailure.CQL_DANGLING_ESCAPE, i);
          }
          i += 2;
        } else if (CqlSyntax.isSpecial(c)) {
          break;
        } else {
          i++;
        }
        if (i - pos > limits.maxTermLength()) {
          throw new CqlSyntaxException(CqlFailure.CQL_TERM_TOO_LONG, start, limits.maxTermLength());
        }
      }
      kind = Kind.WORD;
      text = in.substring(pos, i);
      pos = i;
    }
  }
}
