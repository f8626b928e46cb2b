package vn.libnet.client;

import java.io.IOException;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what a redirect (HTTP 3xx) answer means, since OkHttp's own following is turned off (it would
 * follow a 307 of a write, and the signing interceptor would sign the write for the new URL).
 *
 * <p>By default every 3xx is refused as {@link Redirected}. With {@code followReads}, a GET or HEAD follows
 * a 301, 302, 303, 307 or 308 with a {@code Location} (resolved against the request's URL, RFC 9110
 * §10.2.2) at most {@link #MAX_HOPS} times, to the same scheme or from http to https, never from https to
 * http. Each hop is a new call down the chain, so it is retried, signed afresh on the wire and its answer
 * verified like any other. It runs outside the retry interceptor: a redirect is an answer, not a fault.
 */
final class RedirectInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RedirectInterceptor.class);
  /** The most redirects a read follows. */
  static final int MAX_HOPS = 5;
  private static final Set<Integer> FOLLOWABLE = Set.of(301, 302, 303, 307, 308);

  private final boolean followReads;

  RedirectInterceptor(boolean followReads) {
    this.followReads = followReads;
  }

  /** A redirect not followed, as an {@link IOException} so that it crosses OkHttp; the client raises {@link LibnetRedirectException}. */
  static final class Redirected extends IOException {
    final String messageKey;
    final String method;
    final String url;
    final int status;
    final String location;

    Redirected(String messageKey, Request request, int status, String location) {
      super("HTTP " + status + " to " + location);
      this.messageKey = messageKey;
      this.method = request.method();
      this.url = request.url().toString();
      this.status = status;
      this.location = location;
    }
  }

  static boolean isRedirect(int status) {
    return status >= 300 && status < 400;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Response response = chain.proceed(request);
    for (int hop = 1; isRedirect(response.code()); hop++) {
      int status = response.code();
      String location = response.header("Location");
      response.close();
      HttpUrl target = location == null ? null : request.url().resolve(location);
      String refusal = refusal(request, status, target, hop);
      if (refusal != null) {
        throw new Redirected(refusal, request, status, location);
      }
      LOG.info("{} {} was redirected (HTTP {}) to {}; following, hop {} of at most {}", request.method(), request.url(), status,
          target, hop, MAX_HOPS);
      // Only the URL changes; the signing interceptor replaces the signature on the wire for the new target.
      request = request.newBuilder().url(target).build();
      response = chain.proceed(request);
    }
    return response;
  }

  /** The message key that says why this redirect is not followed, or {@code null} to follow it. */
  String refusal(Request request, int status, HttpUrl target, int hop) {
    if (Http.isWrite(request)) {
      return "CLIENT_REDIRECT_WRITE";
    }
    if (!followReads || !FOLLOWABLE.contains(status) || target == null || !isRead(request)) {
      return "CLIENT_REDIRECT";
    }
    if (request.url().isHttps() && !target.isHttps()) {
      return "CLIENT_REDIRECT_DOWNGRADE";
    }
    if (hop > MAX_HOPS) {
      return "CLIENT_REDIRECT_LIMIT";
    }
    return null;
  }

  private static boolean isRead(Request request) {
    return request.method().equals("GET") || request.method().equals("HEAD");
  }
}
