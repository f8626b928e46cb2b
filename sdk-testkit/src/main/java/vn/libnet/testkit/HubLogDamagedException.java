package vn.libnet.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * The hub's data folder holds a log entry that is complete but damaged (its length, CRC-32 or JSON is
 * wrong): a failing disk or a hand edit, not a crash, which only ever tears the last entry. The hub does
 * not start on it, since the entries after it were acknowledged and replaying them without it would change
 * what they describe. {@link LibnetTestHub.Builder#start()} throws it as the cause of an {@link
 * java.io.UncheckedIOException}; the log is left as it was. {@link HubLogRecovery#recover(java.nio.file.Path)}
 * (the command {@code libnet hub recover --data DIR}) keeps every intact entry and reports what is lost.
 */
public final class HubLogDamagedException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int entry;
  private final long offset;

  HubLogDamagedException(Path file, int entry, long offset) {
    super(Messages.format(Locale.ENGLISH, "HUB_LOG_DAMAGED", file, entry, offset));
    this.file = file;
    this.entry = entry;
    this.offset = offset;
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  /** The damaged entry's number, from 1. */
  public int entry() {
    return entry;
  }

  /** The byte offset where the damaged entry starts. */
  public long offset() {
    return offset;
  }

  /** The problem in {@code locale}'s language (Vietnamese or English). */
  public String message(Locale locale) {
    return Messages.format(locale, "HUB_LOG_DAMAGED", file, entry, offset);
  }
}
