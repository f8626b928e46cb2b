package vn.libnet.core.signature;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Remembers the nonces of accepted signatures until their window closes, to refuse replays (RFC 9421
 * §7.2.2). Bounded, and never forgetful: a nonce is dropped only once its window has closed, so a replay
 * inside the window is always recognised. When {@code capacity} nonces are all still live, a new one is
 * refused ({@link Use#FULL}) rather than making room by forgetting one; {@link #secondsUntilRoom} tells
 * a server what to put in {@code Retry-After}. Each call costs O(log n). Thread-safe.
 */
public final class NonceCache {
  /** What {@link #use} found. */
  public enum Use {
    /** The nonce was new and is now remembered. */
    FIRST,
    /** The nonce is already held and still live: a replay. */
    REPLAYED,
    /** The nonce is new but the cache is full of live nonces: it is not remembered, and must be refused. */
    FULL
  }

  private record Entry(long expiresAt, String nonce) {}

  private final int capacity;
  private final Map<String, Long> live = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>((a, b) -> Long.compare(a.expiresAt, b.expiresAt));

  /**
   * A cache holding at most {@code capacity} live nonces.
   *
   * @throws IllegalArgumentException when {@code capacity} is below 1
   */
  public NonceCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /**
   * Records {@code nonce}, live until {@code expiresAt} (epoch seconds), unless it is already live at
   * {@code now} (a replay) or the cache is full of live nonces.
   */
  public synchronized Use use(String nonce, long expiresAt, long now) {
    dropExpired(now);
    if (live.containsKey(nonce)) {
      return Use.REPLAYED;
    }
    if (live.size() >= capacity) {
      return Use.FULL;
    }
    live.put(nonce, expiresAt);
    byExpiry.add(new Entry(expiresAt, nonce));
    return Use.FIRST;
  }

  /** Seconds from {@code now} until the oldest live nonce expires and makes room (0 when there is room). */
  public synchronized long secondsUntilRoom(long now) {
    dropExpired(now);
    if (live.size() < capacity || byExpiry.isEmpty()) {
      return 0;
    }
    return Math.max(1, byExpiry.peek().expiresAt - now + 1);
  }

  /** How many live nonces are held. */
  public synchronized int size() {
    return live.size();
  }

  /** The most live nonces held at once. */
  public int capacity() {
    return capacity;
  }

  private void dropExpired(long now) {
    while (!byExpiry.isEmpty() && byExpiry.peek().expiresAt < now) {
      Entry e = byExpiry.poll();
      live.remove(e.nonce, e.expiresAt);
    }
  }
}
