package vn.libnet.client.oai;

import java.util.Locale;

/** How a repository keeps deletions (its Identify {@code deletedRecord}). */
public enum OaiDeletedRecord {
  /** It does not keep them: a deleted record simply disappears. */
  NO,
  /** It keeps them for ever: an incremental harvest sees every deletion. */
  PERSISTENT,
  /** It may keep them for a while: a full harvest now and then is needed. */
  TRANSIENT;

  /** The policy an Identify answer names (any case, trimmed); {@link #NO} for anything else. */
  public static OaiDeletedRecord fromProtocol(String value) {
    if (value != null) {
      for (OaiDeletedRecord d : values()) {
        if (d.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
          return d;
        }
      }
    }
    return NO;
  }
}
