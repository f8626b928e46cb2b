package vn.libnet.client;

/**
 * The hub could not be reached, or kept answering 429/503, until the retry policy gave up. The outcome
 * of a write is unknown: repeat it with the same idempotency key (as {@link BatchContributor} does) and
 * the hub stores it at most once.
 */
public final class LibnetTransportException extends LibnetClientException {
  LibnetTransportException(String url, int attempts, Throwable cause) {
    this("CLIENT_TRANSPORT", url, attempts, cause);
  }

  /** The same failure worded by {@code messageKey} with its own arguments (an open endpoint, not the hub). */
  LibnetTransportException(String messageKey, Throwable cause, Object... args) {
    super(ClientFailure.CLIENT_TRANSPORT, messageKey, cause, args);
  }

  /** The same failure worded by {@code messageKey} (an open endpoint, not the hub). */
  LibnetTransportException(String messageKey, String url, int attempts, Throwable cause) {
    super(ClientFailure.CLIENT_TRANSPORT, messageKey, cause, url, attempts, cause == null ? "" : String.valueOf(cause.getMessage()));
  }
}
