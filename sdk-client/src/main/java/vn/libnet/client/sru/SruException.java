package vn.libnet.client.sru;

import vn.libnet.client.ClientFailure;
import vn.libnet.client.LibnetClientException;

/**
 * A failure of the SRU client that is about the server's answer. This class itself is raised when an
 * answer is not an SRU response ({@link ClientFailure#CLIENT_BAD_RESPONSE}: an HTTP status other than 200
 * without SRU diagnostics, text that is not well-formed XML even after the lenient repairs, a root other
 * than the operation's response); its subclass {@link SruDiagnosticException} is a fatal diagnostic the
 * server sent. Transport faults and redirects not followed are the client's own {@code
 * LibnetTransportException} and {@code LibnetRedirectException}.
 */
public class SruException extends LibnetClientException {
  private static final long serialVersionUID = 1L;

  SruException(ClientFailure failure, String messageKey, Throwable cause, Object... args) {
    super(failure, messageKey, cause, args);
  }

  static SruException badResponse(String url, String why, Throwable cause) {
    return new SruException(ClientFailure.CLIENT_BAD_RESPONSE, "CLIENT_SRU_BAD_RESPONSE", cause, url, why);
  }

  static SruException httpStatus(String url, int status) {
    return new SruException(ClientFailure.CLIENT_BAD_RESPONSE, "CLIENT_SRU_HTTP_STATUS", null, url, status);
  }
}
