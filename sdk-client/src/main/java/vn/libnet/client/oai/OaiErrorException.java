package vn.libnet.client.oai;

import vn.libnet.client.ClientFailure;

/**
 * The repository answered with an OAI-PMH {@code <error>} (code {@link ClientFailure#CLIENT_OAI_ERROR}):
 * {@link #oaiError()} says which, {@link #repositoryMessage()} what the repository wrote. A
 * {@code noRecordsMatch} on a list is not raised: the list is empty. When the answer holds several
 * errors, this is the first; the others are in the log.
 */
public final class OaiErrorException extends OaiException {
  private static final long serialVersionUID = 1L;

  private final OaiErrorCode oaiError;
  private final String protocolCode;
  private final String repositoryMessage;

  OaiErrorException(String url, String protocolCode, String repositoryMessage) {
    super(ClientFailure.CLIENT_OAI_ERROR, "CLIENT_OAI_ERROR", null, url, protocolCode, repositoryMessage);
    this.oaiError = OaiErrorCode.fromProtocol(protocolCode);
    this.protocolCode = protocolCode;
    this.repositoryMessage = repositoryMessage;
  }

  /** Which error, {@link OaiErrorCode#UNKNOWN} for a code the specification does not define. */
  public OaiErrorCode oaiError() {
    return oaiError;
  }

  /** The code exactly as the repository wrote it (empty when it wrote none). */
  public String protocolCode() {
    return protocolCode;
  }

  /** The repository's own text of the error, possibly empty. */
  public String repositoryMessage() {
    return repositoryMessage;
  }
}
