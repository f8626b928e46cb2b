package vn.libnet.client;

import java.util.Optional;

/**
 * The answer was a redirect (HTTP 3xx) that the client did not follow. The LibNet client never follows a
 * redirect on its own: a write is never sent again to another URL, and a read follows one only when the
 * client was built with {@link LibnetClient.Builder#followRedirectsForReads(boolean)
 * followRedirectsForReads(true)} and the hub signed the redirect, covering its {@code Location} (then at
 * most 5 hops, never from https to http). Nothing was sent to the {@link #location()}. An unsigned redirect
 * (message {@code CLIENT_REDIRECT_UNSIGNED}) came from something between the client and the hub: it was
 * treated as a fault of the try and retried under the same idempotency key before this was raised, and
 * the outcome of a write is unknown. A signed one is never retried. Code {@code CLIENT_REDIRECT}.
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
