package vn.libnet.core.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Asks a live yaz (its CQL parser, through the small C program in {@code src/test/yaz/cql2xcql.c},
 * compiled here with {@code gcc} and {@code pkg-config yaz} or {@code yaz-config}) about the corpus, and checks that it still
 * answers what the recorded fixture says and that we agree with it. Skipped where yaz's development
 * files or a C compiler are absent (CI).
 */
class CqlYazLiveTest {

  @Test
  void aLiveYazAnswersTheRecordedFixtureAndAgreesWithUs() throws Exception {
    Path exe = compile();
    List<String> queries = YazXcql.corpus();
    Process p = new ProcessBuilder(exe.toString(), "-s").redirectError(ProcessBuilder.Redirect.DISCARD)
        .redirectInput(YazXcql.CORPUS.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> live = YazXcql.answers(out);
    assertThat(live).isEqualTo(YazXcql.answers(Files.readString(YazXcql.RECORDED, StandardCharsets.UTF_8)));
    assertThat(CqlYazDifferentialTest.differences(queries, live)).isEmpty();
  }

  private static Path compile() throws IOException, InterruptedException {
    String flags = run("pkg-config", "--cflags", "--libs", "yaz");
    if (flags == null) {
      flags = run("yaz-config", "--cflags", "--libs");
    }
    assumeTrue(flags != null, "yaz's development files (libyaz-dev) are not installed");
    Path exe = Path.of("target", "cql2xcql");
    Files.createDirectories(exe.getParent());
    List<String> cmd = new java.util.ArrayList<>(List.of("gcc", "-O", "-o", exe.toString(), "src/test/yaz/cql2xcql.c"));
    cmd.addAll(List.of(flags.trim().split("\\s+")));
    assumeTrue(run(cmd.toArray(String[]::new)) != null, "gcc could not build the yaz helper");
    return exe;
  }

  private static String run(String... cmd) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
    } catch (IOException absent) {
      return null;
    }
  }
}
