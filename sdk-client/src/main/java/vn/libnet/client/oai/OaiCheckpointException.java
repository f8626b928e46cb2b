package vn.libnet.client.oai;

import java.nio.file.Path;
import vn.libnet.client.ClientFailure;

/**
 * A {@link HarvestJob}'s checkpoint file cannot be used: it belongs to another list (code {@link
 * ClientFailure#CLIENT_CHECKPOINT_MISMATCH}: another base URL, prefix or set), or it cannot be read or
 * written (code {@link ClientFailure#CLIENT_CHECKPOINT_UNREADABLE}: torn, damaged, not a checkpoint, a
 * file system error). Nothing was harvested when it is raised at the start of a run.
 */
public final class OaiCheckpointException extends OaiException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  private OaiCheckpointException(ClientFailure failure, String key, Path file, Throwable cause, Object... args) {
    super(failure, key, cause, args);
    this.file = file;
  }

  static OaiCheckpointException mismatch(Path file, String saved, String asked) {
    return new OaiCheckpointException(ClientFailure.CLIENT_CHECKPOINT_MISMATCH, "CLIENT_OAI_CHECKPOINT_MISMATCH", file, null, file, saved, asked);
  }

  static OaiCheckpointException unreadable(Path file, String why, Throwable cause) {
    return new OaiCheckpointException(ClientFailure.CLIENT_CHECKPOINT_UNREADABLE, "CLIENT_OAI_CHECKPOINT_UNREADABLE", file, cause, file, why);
  }

  static OaiCheckpointException unwritable(Path file, String why, Throwable cause) {
    return new OaiCheckpointException(ClientFailure.CLIENT_CHECKPOINT_UNREADABLE, "CLIENT_OAI_CHECKPOINT_UNWRITABLE", file, cause, file, why);
  }

  /** The checkpoint file. */
  public Path file() {
    return file;
  }
}
