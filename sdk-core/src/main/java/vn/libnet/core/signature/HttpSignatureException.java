package vn.libnet.core.signature;

import vn.libnet.core.error.LibnetException;

/**
 * An RFC 9421 HTTP message signature (or an RFC 9530 {@code Content-Digest}) could not be made or was
 * refused, with the exact reason ({@link #failure()}) and a message in English ({@link #getMessage()})
 * or Vietnamese ({@link #message(java.util.Locale)}). Unchecked.
 *
 * <p>Named for HTTP so that it never clashes with the JDK's checked {@link
 * java.security.SignatureException}, which the signature engines also meet.
 */
public final class HttpSignatureException extends LibnetException {
  private static final long serialVersionUID = 1L;

  HttpSignatureException(SignatureFailure failure, Object... arguments) {
    super(failure, null, arguments);
  }

  /** Why. */
  public SignatureFailure failure() {
    return (SignatureFailure) errorCode();
  }
}
