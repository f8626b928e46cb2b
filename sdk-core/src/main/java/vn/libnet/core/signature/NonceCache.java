package vn.libnet.core.signature;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the nonces of accepted signatures until their window closes, to refuse replays. Bounded:
 * expired nonces are dropped first, and when {@code capacity} live nonces are held the oldest is
 * dropped (a replay of it would then also be older than the verifier's maximum age). Thread-safe.
 */
public final class NonceCache {
  private final int capacity;
  private final LinkedHashMap<String, Long> seen = new LinkedHashMap<>();

  /** A cache holding at most {@code capacity} nonces. */
  public NonceCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.capacity = capacity;
  }

  /**
   * Records {@code nonce}, valid until {@code expiresAt} (epoch seconds); false when it is already
   * held and still valid at {@code now}: a replay.
   */
  public synchronized boolean firstUse(String nonce, long expiresAt, long now) {
    for (Iterator<Map.Entry<String, Long>> it = seen.entrySet().iterator(); it.hasNext(); ) {
      if (it.next().getValue() < now) {
        it.remove();
      } else {
        break; // insertion order is close to expiry order; later entries are newer
      }
    }
    Long until = seen.get(nonce);
    if (until != null && until >= now) {
      return false;
    }
    seen.put(nonce, expiresAt);
    while (seen.size() > capacity) {
      seen.remove(seen.keySet().iterator().next());
    }
    return true;
  }

  /** How many nonces are held. */
  public synchronized int size() {
    return seen.size();
  }
}
