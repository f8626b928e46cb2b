package vn.libnet.client;

/**
 * How to contribute a batch of records.
 *
 * @param dryRun validate and match only; the hub stores nothing and answers what it would have done
 * @param idempotencyKey the key of this logical contribution, or {@code null} for a fresh random one; give
 *     the same key when repeating a contribution whose outcome is unknown, and the hub stores it once
 */
public record ContributeOptions(boolean dryRun, String idempotencyKey) {
  /** Store, under a fresh idempotency key. */
  public static final ContributeOptions DEFAULT = new ContributeOptions(false, null);

  /** Validate and match only. */
  public static ContributeOptions dryRunOnly() {
    return new ContributeOptions(true, null);
  }

  /** These options with {@code key} as the idempotency key. */
  public ContributeOptions withIdempotencyKey(String key) {
    return new ContributeOptions(dryRun, key);
  }
}
