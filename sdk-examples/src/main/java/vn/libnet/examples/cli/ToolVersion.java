package vn.libnet.examples.cli;

import java.util.Optional;
import vn.libnet.core.LibnetVersion;

/** The SDK version this command line was built as, for reports: sdk-core's {@link LibnetVersion}, never typed in code. */
final class ToolVersion {
  private ToolVersion() {}

  /** The version (always present: a build that did not record it fails when sdk-core loads). */
  static Optional<String> current() {
    return Optional.of(LibnetVersion.current());
  }
}
