package vn.libnet.digital.bagit;

import vn.libnet.core.error.LibnetException;

/**
 * A bag could not be made ({@link BagFailure} says why, in both languages). Nothing is left at the bag's
 * place when it is raised: a bag is built beside it and moved there whole only once it is complete.
 */
public final class BagException extends LibnetException {
  private static final long serialVersionUID = 1L;

  BagException(BagFailure failure, Throwable cause, Object... arguments) {
    super(failure, cause, arguments);
  }

  /** Why. */
  public BagFailure failure() {
    return (BagFailure) errorCode();
  }
}
