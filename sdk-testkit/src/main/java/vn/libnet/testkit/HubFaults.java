package vn.libnet.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * Faults a {@link LibnetTestHub} injects into its {@code /v1} answers, for testing how clients survive a
 * bad network or a busy hub: added latency, 503 or 429 answers with {@code Retry-After}, and connections
 * closed without an answer. A fault applies to every request ({@link #always()}), to a random share of them
 * ({@link #atRate(double)}), or only to the Nth request counted from when the faults were set ({@link
 * #onRequest(int)}). The JWKS is never faulted. Immutable.
 *
 * @param latency added before each faulted answer (zero for none)
 * @param kind what goes wrong after the latency
 * @param retryAfter the {@code Retry-After} of a 503 or 429
 * @param rate the share of requests faulted when {@code nth} is 0, from 0 to 1
 * @param nth the only request faulted (1-based), or 0
 */
public record HubFaults(Duration latency, Kind kind, Duration retryAfter, double rate, int nth) {
  /** No faults. */
  public static final HubFaults NONE = new HubFaults(Duration.ZERO, Kind.NONE, Duration.ZERO, 0, 0);

  /** What goes wrong. */
  public enum Kind {
    /** Nothing but the latency. */
    NONE,
    /** 503 UNAVAILABLE with {@code Retry-After}. */
    UNAVAILABLE,
    /** 429 RATE_LIMITED with {@code Retry-After}. */
    RATE_LIMITED,
    /** The connection is closed without an answer. */
    CONNECTION_RESET
  }

  /** Checks the values. */
  public HubFaults {
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (rate < 0 || rate > 1 || nth < 0) {
      throw new IllegalArgumentException("rate must be 0 to 1 and nth at least 0");
    }
  }

  /** Every request waits {@code d} first. */
  public static HubFaults latency(Duration d) {
    return new HubFaults(d, Kind.NONE, Duration.ZERO, 1, 0);
  }

  /** Answers 503 with {@code Retry-After}. */
  public static HubFaults unavailable(Duration retryAfter) {
    return new HubFaults(Duration.ZERO, Kind.UNAVAILABLE, retryAfter, 1, 0);
  }

  /** Answers 429 with {@code Retry-After}. */
  public static HubFaults rateLimited(Duration retryAfter) {
    return new HubFaults(Duration.ZERO, Kind.RATE_LIMITED, retryAfter, 1, 0);
  }

  /** Closes the connection without answering. */
  public static HubFaults connectionReset() {
    return new HubFaults(Duration.ZERO, Kind.CONNECTION_RESET, Duration.ZERO, 1, 0);
  }

  /** These faults on every request. */
  public HubFaults always() {
    return new HubFaults(latency, kind, retryAfter, 1, 0);
  }

  /** These faults on a random share of requests. */
  public HubFaults atRate(double share) {
    return new HubFaults(latency, kind, retryAfter, share, 0);
  }

  /** These faults on the Nth request only (1-based, counted from when they are set). */
  public HubFaults onRequest(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n is 1-based");
    }
    return new HubFaults(latency, kind, retryAfter, 0, n);
  }

  /** These faults with {@code d} of latency added. */
  public HubFaults withLatency(Duration d) {
    return new HubFaults(d, kind, retryAfter, rate, nth);
  }

  boolean applies(long requestNumber, double random) {
    return nth > 0 ? requestNumber == nth : random < rate;
  }
}
