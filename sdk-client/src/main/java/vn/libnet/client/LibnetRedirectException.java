package vn.libnet.client;

import java.util.Optional;

/**
 * The hub's answer was a redirect (HTTP 3xx) that the client did not follow. The LibNet client never
 * follows a redirect on its own: a write is never sent again to another URL, and a read follows one only
 * when the client was built with {@link LibnetClient.Builder#followRedirectsForReads(boolean)
 * followRedirectsForReads(true)} (then at most 5 hops, never from https to http). Nothing was sent to the
 * {@link #location()}. A hub of LibNet API v1 does not redirect its API, so this usually means a proxy or a
 * moved base URL: check the base URL. Never retried; code {@code CLIENT_REDIRECT}.
 */
public final class LibnetRedirectException extends LibnetClientException {
  private final int status;
  private final String location;

  LibnetRedirectException(String messageKey, String method, String url, int status, String location) {
    super(ClientFailure.CLIENT_REDIRECT, messageKey, null, method, url, status, location == null ? "-" : location);
    this.status = status;
    this.location = location;
  }

  /** The answer's status, e.g. 302 or 307. */
  public int status() {
    return status;
  }

  /** The answer's {@code Location} as it was sent, if it had one. */
  public Optional<String> location() {
    return Optional.ofNullable(location);
  }
}
