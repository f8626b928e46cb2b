package vn.libnet.core.cql;

import vn.libnet.core.error.LibnetException;

/**
 * Thrown by {@link CqlParser#parse(String)} (and {@link Cql#parse(String)}) when a text is not a CQL
 * query, or is one over the parser's {@link CqlLimits}. It names the {@link #failure()}, the 0-based
 * {@link #offset()} of the character where parsing stopped, and says what was expected there, in
 * English ({@link #getMessage()}) or Vietnamese ({@link #message(java.util.Locale)}); the messages
 * count characters from 1.
 *
 * <p>The query itself is not kept (a hostile query may be megabytes long); the caller has it.
 */
public final class CqlSyntaxException extends LibnetException {
  private static final long serialVersionUID = 1L;

  private final int offset;

  CqlSyntaxException(CqlFailure failure, int offset, Object... more) {
    super(failure, null, withPosition(offset, more));
    this.offset = offset;
  }

  /** Why the query was refused. */
  public CqlFailure failure() {
    return (CqlFailure) errorCode();
  }

  /** The 0-based offset in the query of the character where parsing stopped. */
  public int offset() {
    return offset;
  }

  private static Object[] withPosition(int offset, Object[] more) {
    Object[] all = new Object[more.length + 1];
    all[0] = offset + 1;
    System.arraycopy(more, 0, all, 1, more.length);
    return all;
  }
}
