package vn.libnet.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries connection faults, timeouts (a slow body included: the body is read here) and 429/503 answers
 * under a {@link RetryPolicy}. A fault it gives up on surfaces as {@link RetriesExhausted}. Every answer it
 * sees has passed the network-level {@link VerifyingInterceptor}: one that did not verify arrives here as
 * a {@link VerifyingInterceptor.Refused} fault, so its {@code Retry-After} is never read and the policy's
 * own backoff applies.
 */
final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RetryInterceptor.class);

  private final RetryPolicy policy;

  RetryInterceptor(RetryPolicy policy) {
    this.policy = policy;
  }

  /** A fault after the last try; carries how many tries were made. */
  static final class RetriesExhausted extends IOException {
    final int attempts;

    RetriesExhausted(int attempts, IOException cause) {
      super(cause.getMessage(), cause);
      this.attempts = attempts;
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long start = System.nanoTime();
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        Response response = chain.proceed(request);
        int code = response.code();
        if ((code == 429 || code == 503) && attempt < policy.maxAttempts()) {
          wait = retryAfter(response.header(VerifyingInterceptor.RETRY_AFTER)).orElse(jittered(attempt));
          if (!fits(start, wait)) {
            return Http.buffered(response, Http.readBody(response));
          }
          response.close();
          LOG.info("{} {} answered {}; try {} of {} in {} ms", request.method(), request.url(), code, attempt + 1,
              policy.maxAttempts(), wait.toMillis());
        } else {
          // Read the body here, so that a body that stalls is a fault this loop retries.
          return Http.buffered(response, Http.readBody(response));
        }
      } catch (IOException e) {
        if (!retriable(e) || attempt >= policy.maxAttempts() || !fits(start, wait = jittered(attempt))) {
          throw e instanceof RetriesExhausted ? e : new RetriesExhausted(attempt, e);
        }
        LOG.info("{} {} failed ({}); try {} of {} in {} ms", request.method(), request.url(), e.toString(), attempt + 1,
            policy.maxAttempts(), wait.toMillis());
      }
      sleep(wait);
    }
  }

  private boolean fits(long start, Duration wait) {
    return Duration.ofNanos(System.nanoTime() - start).plus(wait).compareTo(policy.maxTotal()) <= 0;
  }

  private Duration jittered(int attempt) {
    long ms = policy.backoff(attempt).toMillis();
    long half = ms / 2;
    return Duration.ofMillis(half + (ms - half == 0 ? 0 : ThreadLocalRandom.current().nextLong(ms - half + 1)));
  }

  private static boolean retriable(IOException e) {
    if (e instanceof SSLPeerUnverifiedException || e instanceof SSLHandshakeException || e instanceof OpenReadClient.TooLarge) {
      return false;
    }
    // A cancelled call is an InterruptedIOException too, but not a timeout: stop.
    return !(e instanceof InterruptedIOException) || e instanceof SocketTimeoutException || "timeout".equals(e.getMessage());
  }

  /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 §10.2.3); empty when absent or unreadable. */
  static Optional<Duration> retryAfter(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(v))));
    } catch (NumberFormatException notSeconds) {
      try {
        Duration d = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        return Optional.of(d.isNegative() ? Duration.ZERO : d);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static void sleep(Duration d) throws InterruptedIOException {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("Interrupted while waiting to retry");
    }
  }
}
