package vn.libnet.client.oai;

import vn.libnet.client.ClientFailure;
import vn.libnet.client.LibnetClientException;

/**
 * A failure of the OAI-PMH harvester that is about the repository's answer. This class itself is raised
 * when an answer is not an OAI-PMH response ({@link ClientFailure#CLIENT_BAD_RESPONSE}: an HTTP status
 * other than 200, text that is not well-formed XML even after the lenient repairs, a root other than
 * {@code OAI-PMH}); its subclasses are an error the repository stated ({@link OaiErrorException}), a
 * list that does not end ({@link OaiLoopException}), and a {@link HarvestJob}'s saved token refused
 * ({@link OaiTokenExpiredException}) or checkpoint unusable ({@link OaiCheckpointException}). Transport faults and redirects not followed are the
 * client's own {@code LibnetTransportException} and {@code LibnetRedirectException}.
 */
public class OaiException extends LibnetClientException {
  private static final long serialVersionUID = 1L;

  OaiException(ClientFailure failure, String messageKey, Throwable cause, Object... args) {
    super(failure, messageKey, cause, args);
  }

  static OaiException badResponse(String url, String why, Throwable cause) {
    return new OaiException(ClientFailure.CLIENT_BAD_RESPONSE, "CLIENT_OAI_BAD_RESPONSE", cause, url, why);
  }

  static OaiException httpStatus(String url, int status) {
    return new OaiException(ClientFailure.CLIENT_BAD_RESPONSE, "CLIENT_OAI_HTTP_STATUS", null, url, status);
  }
}
