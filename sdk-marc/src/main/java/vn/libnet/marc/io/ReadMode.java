package vn.libnet.marc.io;

/** How a reader treats a damaged record. */
public enum ReadMode {
  /** Throw {@link MarcReadException}, naming the record number and byte offset, at the first damage. */
  STRICT,
  /**
   * Repair what can be repaired and report it; skip a record that cannot be read, report it with its
   * offset, and go on with the rest of the file.
   */
  LENIENT
}
