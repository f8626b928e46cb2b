package vn.libnet.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** The SDK version this command line was built as, read from the build's output, never typed in code. */
final class ToolVersion {
  private ToolVersion() {}

  /**
   * The version: the jar manifest's {@code Implementation-Version} when the build writes one, else the
   * version Maven records in the jar ({@code META-INF/maven/…/pom.properties}); empty when run from
   * classes that were not packaged (tests in the IDE).
   */
  static Optional<String> current() {
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    if (v != null && !v.isBlank()) {
      return Optional.of(v);
    }
    try (InputStream in = ToolVersion.class.getResourceAsStream("/META-INF/maven/vn.libnet/sdk-examples/pom.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        return Optional.ofNullable(p.getProperty("version")).filter(s -> !s.isBlank());
      }
    } catch (IOException e) {
      // An unreadable resource in our own jar only costs the version line.
    }
    return Optional.empty();
  }
}
