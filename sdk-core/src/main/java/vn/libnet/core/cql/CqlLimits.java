package vn.libnet.core.cql;

/**
 * How much a {@link CqlParser} accepts before it refuses a query with a {@link CqlSyntaxException}:
 * the bounds that keep a hostile query (a megabyte of text, 100,000 nested parentheses, thousands of
 * modifiers) from costing more than a glance. {@link #DEFAULTS} suit any SRU endpoint; derive others
 * with the {@code with...} methods.
 *
 * @param maxLength the longest query, in UTF-16 characters
 * @param maxDepth the deepest nesting of parentheses
 * @param maxClauses the most search clauses in one query
 * @param maxTermLength the longest term, modifier value or prefix URI, in characters as written
 * @param maxModifiers the most modifiers on one relation, boolean or sort key
 */
public record CqlLimits(int maxLength, int maxDepth, int maxClauses, int maxTermLength, int maxModifiers) {

  /** 8,192 characters, 32 levels, 256 clauses, 1,024-character terms, 16 modifiers. */
  public static final CqlLimits DEFAULTS = new CqlLimits(8192, 32, 256, 1024, 16);

  /**
   * Limits as given.
   *
   * @throws IllegalArgumentException when a limit is below 1
   */
  public CqlLimits {
    if (maxLength < 1 || maxDepth < 1 || maxClauses < 1 || maxTermLength < 1 || maxModifiers < 1) {
      throw new IllegalArgumentException("every CQL limit must be at least 1");
    }
  }

  /** These limits with another maximum query length. */
  public CqlLimits withMaxLength(int value) {
    return new CqlLimits(value, maxDepth, maxClauses, maxTermLength, maxModifiers);
  }

  /** These limits with another maximum nesting depth. */
  public CqlLimits withMaxDepth(int value) {
    return new CqlLimits(maxLength, value, maxClauses, maxTermLength, maxModifiers);
  }

  /** These limits with another maximum number of search clauses. */
  public CqlLimits withMaxClauses(int value) {
    return new CqlLimits(maxLength, maxDepth, value, maxTermLength, maxModifiers);
  }

  /** These limits with another maximum term length. */
  public CqlLimits withMaxTermLength(int value) {
    return new CqlLimits(maxLength, maxDepth, maxClauses, value, maxModifiers);
  }

  /** These limits with another maximum number of modifiers per list. */
  public CqlLimits withMaxModifiers(int value) {
    return new CqlLimits(maxLength, maxDepth, maxClauses, maxTermLength, value);
  }
}
