package vn.libnet.client;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how long the client retries a call: on connection faults and timeouts, and on 429 and 503
 * answers, never on any other 4xx or 5xx. The wait grows exponentially from {@code initialBackoff} up to
 * {@code maxBackoff}, with random jitter (half the step fixed, half random) so that many clients do not
 * retry in step; a {@code Retry-After} from the hub (seconds or an HTTP date) is honoured instead, on an
 * answer whose signature verified only: an unsigned or badly signed answer is a transport fault, retried
 * with this backoff whatever it asks, and refused with {@link LibnetSignatureException} at the end. The
 * client gives up after {@code maxAttempts} tries or when the next wait would pass {@code maxTotal} from
 * the first try. Every try carries a fresh signature and the call's one idempotency key.
 *
 * @param maxAttempts tries in all, at least 1
 * @param initialBackoff the wait before the second try
 * @param maxBackoff the longest wait between two tries
 * @param maxTotal the cap on the time from the first try to the start of the last
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxTotal) {
  /** Five tries, 250 ms doubling up to 10 s, within two minutes. */
  public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofMinutes(2));
  /** One try, no retries. */
  public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);

  /** Checks the values. */
  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    }
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(maxTotal, "maxTotal");
    if (initialBackoff.isNegative() || maxBackoff.isNegative() || maxTotal.isNegative()) {
      throw new IllegalArgumentException("Retry durations cannot be negative");
    }
  }

  /** The wait before try {@code attempt + 1} without jitter: {@code initialBackoff * 2^(attempt-1)}, capped. */
  Duration backoff(int attempt) {
    long ms = initialBackoff.toMillis();
    for (int i = 1; i < attempt && ms < maxBackoff.toMillis(); i++) {
      ms *= 2;
    }
    return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
  }
}
