package vn.libnet.core.signature;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Remembers the nonces of accepted signatures until their window closes, to refuse replays (RFC 9421
 * §7.2.2). Bounded, and never forgetful: a nonce is dropped only once its window has closed, so a replay
 * inside the window is always recognised. When the cache, or one key's share of it, holds only live
 * nonces, a new one is refused ({@link Use#FULL}) rather than making room by forgetting one; {@link
 * #secondsUntilRoom} tells a server what to put in {@code Retry-After}.
 *
 * <p>Each key gets at most a quarter of the room unless set otherwise, so that one library (or one stolen
 * key) filling the cache with valid requests shuts out only itself. Time never runs backwards here: the
 * cache forgets by the latest time it has been told, so a clock stepped back cannot reopen a window that
 * closed. Each call costs O(log n). Thread-safe.
 */
public final class NonceCache {
  /** What {@link #use} found. */
  public enum Use {
    /** The nonce was new and is now remembered. */
    FIRST,
    /** The nonce is already held and still live: a replay. */
    REPLAYED,
    /** The nonce is new but the cache (or this key's share) is full of live nonces: refuse the request. */
    FULL
  }

  private record Entry(long expiresAt, String keyId, String nonce) {}

  private record Slot(String keyId, String nonce) {}

  private final int capacity;
  private final int perKey;
  private final Map<Slot, Long> live = new HashMap<>();
  // Each key's live expiries in arrival order: its size is the key's share used, its head (nearly always the
  // earliest, as one signer's clock moves forward) says when the key gets room, with no scan of the cache.
  private final Map<String, ArrayDeque<Long>> byKey = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry = new PriorityQueue<>((a, b) -> Long.compare(a.expiresAt, b.expiresAt));
  private long latest = Long.MIN_VALUE;

  /**
   * A cache holding at most {@code capacity} live nonces, a quarter of them (at least one) per key.
   *
   * @throws IllegalArgumentException when {@code capacity} is below 1
   */
  public NonceCache(int capacity) {
    this(capacity, Math.max(1, capacity / 4));
  }

  /**
   * A cache holding at most {@code capacity} live nonces, {@code perKey} of them per key.
   *
   * @throws IllegalArgumentException when a bound is below 1 or {@code perKey} exceeds {@code capacity}
   */
  public NonceCache(int capacity, int perKey) {
    if (capacity < 1 || perKey < 1 || perKey > capacity) {
      throw new IllegalArgumentException("capacity and perKey must be at least 1, perKey at most capacity");
    }
    this.capacity = capacity;
    this.perKey = perKey;
  }

  /**
   * Records {@code nonce} of {@code keyId}, live until {@code expiresAt} (epoch seconds), unless it is
   * already live (a replay) or there is no room for it.
   */
  public synchronized Use use(String keyId, String nonce, long expiresAt, long now) {
    dropExpired(now);
    Slot slot = new Slot(keyId, nonce);
    if (live.containsKey(slot)) {
      return Use.REPLAYED;
    }
    if (live.size() >= capacity || used(keyId) >= perKey) {
      return Use.FULL;
    }
    live.put(slot, expiresAt);
    byKey.computeIfAbsent(keyId, k -> new ArrayDeque<>()).addLast(expiresAt);
    byExpiry.add(new Entry(expiresAt, keyId, nonce));
    return Use.FIRST;
  }

  /**
   * Seconds from {@code now} until {@code keyId} may be given room again (0 when there is room): when the
   * oldest live nonce that holds it back expires.
   */
  public synchronized long secondsUntilRoom(String keyId, long now) {
    dropExpired(now);
    long current = Math.max(now, latest);
    boolean cacheFull = live.size() >= capacity;
    boolean keyFull = used(keyId) >= perKey;
    if (!cacheFull && !keyFull) {
      return 0;
    }
    // A key over its share waits for one of its own to expire; otherwise any expiry makes room. O(1) either way.
    long first = keyFull ? byKey.get(keyId).peekFirst() : byExpiry.peek().expiresAt;
    return Math.max(1, first - current + 1);
  }

  /** How many live nonces are held. */
  public synchronized int size() {
    return live.size();
  }

  /** The most live nonces held at once. */
  public int capacity() {
    return capacity;
  }

  private int used(String keyId) {
    ArrayDeque<Long> mine = byKey.get(keyId);
    return mine == null ? 0 : mine.size();
  }

  private void dropExpired(long now) {
    latest = Math.max(latest, now);
    while (!byExpiry.isEmpty() && byExpiry.peek().expiresAt < latest) {
      Entry e = byExpiry.poll();
      Slot slot = new Slot(e.keyId, e.nonce);
      if (live.remove(slot, e.expiresAt)) {
        ArrayDeque<Long> mine = byKey.get(e.keyId);
        // Usually the head; a signer whose clock stepped back costs a short walk of its own entries.
        mine.removeFirstOccurrence(e.expiresAt);
        if (mine.isEmpty()) {
          byKey.remove(e.keyId);
        }
      }
    }
  }
}
