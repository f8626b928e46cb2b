package vn.libnet.digital.bagit;

/**
 * Told how far hashing has gone, for a progress bar: bytes hashed so far of the total to hash. Called from
 * the hashing threads, often (once per MiB read): keep it quick and thread-safe.
 */
@FunctionalInterface
public interface BagProgress {
  /** {@code done} bytes of {@code total} hashed so far. */
  void bytesHashed(long done, long total);
}
