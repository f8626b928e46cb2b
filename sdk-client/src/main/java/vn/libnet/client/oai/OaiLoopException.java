package vn.libnet.client.oai;

import vn.libnet.client.ClientFailure;

/**
 * A list that would never end (code {@link ClientFailure#CLIENT_OAI_LOOP}): the repository sent a
 * resumption token it had already sent in the same list (message {@code CLIENT_OAI_LOOP}), or more
 * empty pages in a row than the harvester allows, each with a new token (message {@code
 * CLIENT_OAI_EMPTY_PAGES}). The items already given out are the repository's; the list stops here.
 */
public final class OaiLoopException extends OaiException {
  private static final long serialVersionUID = 1L;

  private final String resumptionToken;
  private final int page;

  private OaiLoopException(String key, String url, String token, int page) {
    super(ClientFailure.CLIENT_OAI_LOOP, key, null, url, token, page);
    this.resumptionToken = token;
    this.page = page;
  }

  static OaiLoopException repeatedToken(String url, String token, int page) {
    return new OaiLoopException("CLIENT_OAI_LOOP", url, token, page);
  }

  static OaiLoopException emptyPages(String url, String token, int page) {
    return new OaiLoopException("CLIENT_OAI_EMPTY_PAGES", url, token, page);
  }

  /** The token that repeated, or the last one of the empty pages. */
  public String resumptionToken() {
    return resumptionToken;
  }

  /** The number of the page (1 = the first) whose token was refused. */
  public int page() {
    return page;
  }
}
