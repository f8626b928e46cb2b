package vn.libnet.client;

import vn.libnet.core.error.LibnetException;

/**
 * The base of every error the LibNet client raises: a stable {@link #clientFailure()} for programs and a
 * message in Vietnamese or English for people ({@link #message(java.util.Locale)}). Unchecked, so that it
 * passes through streams and iterators of pages. Its subclasses say what kind of failure it was: {@link
 * LibnetProblemException} (the hub refused), {@link LibnetSignatureException} (the answer did not
 * verify), {@link LibnetTransportException} (the hub could not be reached), {@link
 * LibnetRedirectException} (a redirect not followed).
 */
public class LibnetClientException extends LibnetException {
  private static final long serialVersionUID = 1L;

  LibnetClientException(ClientFailure failure, Throwable cause, Object... args) {
    super(failure, cause, args);
  }

  /**
   * An error of {@code failure} whose message is the catalogue's {@code messageKey} (one code, several
   * wordings). Protected for the clients in this module's sub-packages (OAI-PMH, SRU).
   *
   * @throws java.util.MissingResourceException when the catalogue has no text for {@code messageKey}
   */
  protected LibnetClientException(ClientFailure failure, String messageKey, Throwable cause, Object... args) {
    super(failure, messageKey, cause, args);
  }

  /**
   * What failed. (Not named {@code failure()}: {@link LibnetSignatureException#failure()} names the
   * signature's own reason.)
   */
  public ClientFailure clientFailure() {
    return (ClientFailure) errorCode();
  }
}
