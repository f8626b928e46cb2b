package vn.libnet.marc.io;

import vn.libnet.core.error.LibnetException;

/**
 * A record that cannot be written in the chosen format, such as a field longer than ISO 2709's 9,999
 * bytes. Names the record and the field; nothing of the record is written. Unchecked.
 */
public final class MarcWriteException extends LibnetException {
  private static final long serialVersionUID = 1L;

  MarcWriteException(MarcFailure failure, Object... arguments) {
    super(failure, null, arguments);
  }

  MarcWriteException(MarcFailure failure, Throwable cause, Object... arguments) {
    super(failure, cause, arguments);
  }

  /** Why the record could not be written. */
  public MarcFailure failure() {
    return (MarcFailure) errorCode();
  }
}
