package vn.libnet.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LibnetVersionTest {

  @Test
  void theVersionIsTheOneTheBuildIsConfiguredWith() throws IOException {
    // .mvn/maven.config is where the version is typed (-Drevision=...); surefire runs in sdk-core/.
    String config = Files.readString(Path.of("..", ".mvn", "maven.config"));
    String revision = config.replaceAll("(?s).*-Drevision=(\\S+).*", "$1");
    assertThat(revision).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(LibnetVersion.current()).isEqualTo(revision);
  }
}
