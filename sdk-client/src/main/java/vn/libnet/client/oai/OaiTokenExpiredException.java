package vn.libnet.client.oai;

import vn.libnet.client.ClientFailure;

/**
 * The repository refused a {@link HarvestJob}'s saved resumption token ({@code badResumptionToken}, code
 * {@link ClientFailure#CLIENT_OAI_ERROR}): it expired, or the repository forgot it. The list cannot go
 * on from there; restart it from the last datestamp with {@link HarvestJob#resumeFromDatestamp()}. The
 * repository's error is the cause.
 */
public final class OaiTokenExpiredException extends OaiException {
  private static final long serialVersionUID = 1L;

  private final String resumptionToken;
  private final String lastDatestamp;

  OaiTokenExpiredException(String token, String lastDatestamp, OaiErrorException cause) {
    super(ClientFailure.CLIENT_OAI_ERROR, "CLIENT_OAI_TOKEN_EXPIRED", cause, token, lastDatestamp.isEmpty() ? "-" : lastDatestamp);
    this.resumptionToken = token;
    this.lastDatestamp = lastDatestamp;
  }

  /** The token refused. */
  public String resumptionToken() {
    return resumptionToken;
  }

  /** The datestamp of the last record handed over before, empty when none was. */
  public String lastDatestamp() {
    return lastDatestamp;
  }
}
