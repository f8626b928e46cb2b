package vn.libnet.core.cql;

import vn.libnet.core.error.ErrorCode;

/**
 * Why a text is not a CQL query the parser accepts: the codes of {@link CqlSyntaxException}. Each
 * code's message names the character position (1-based, as {@link CqlSyntaxException#offset()} + 1)
 * as its first argument.
 */
public enum CqlFailure implements ErrorCode {
  /** The query is empty or only white space. */
  CQL_EMPTY,
  /** A search term (or an index followed by a relation and a term) was expected. */
  CQL_EXPECTED_TERM,
  /** A closing parenthesis was expected. */
  CQL_EXPECTED_CLOSE,
  /** A boolean operator, {@code sortBy} or the end of the query was expected. */
  CQL_EXPECTED_BOOLEAN,
  /** A modifier name was expected after {@code /}. */
  CQL_EXPECTED_MODIFIER,
  /** A modifier value was expected after a comparison symbol. */
  CQL_EXPECTED_MODIFIER_VALUE,
  /** An index to sort by was expected. */
  CQL_EXPECTED_SORT_KEY,
  /** A prefix name or context set URI was expected after {@code >}. */
  CQL_EXPECTED_PREFIX,
  /** A quoted string is not closed. */
  CQL_UNTERMINATED_STRING,
  /** A backslash ends the query, escaping nothing. */
  CQL_DANGLING_ESCAPE,
  /** The query is longer than {@link CqlLimits#maxLength()}. */
  CQL_TOO_LONG,
  /** Parentheses nest deeper than {@link CqlLimits#maxDepth()}. */
  CQL_TOO_DEEP,
  /** More search clauses than {@link CqlLimits#maxClauses()}. */
  CQL_TOO_MANY_CLAUSES,
  /** A term longer than {@link CqlLimits#maxTermLength()}. */
  CQL_TERM_TOO_LONG,
  /** More modifiers in one list than {@link CqlLimits#maxModifiers()}. */
  CQL_TOO_MANY_MODIFIERS
}
