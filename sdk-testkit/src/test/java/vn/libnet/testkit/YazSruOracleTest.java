package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.libnet.client.sru.SruClient;
import vn.libnet.core.sru.SruVersion;

/**
 * Index Data's yaz-client, an SRU client the SDK did not write, searches the SDK's SRU responder in 1.2 and
 * 2.0 and must find what the responder's own count says, decode every record it shows, and report no
 * protocol error. Live when {@code yaz-client} is installed ({@code apt-get install yaz}); otherwise the
 * transcript recorded from yaz (src/test/resources/vn/libnet/testkit/sru/yaz-transcript.txt) is checked
 * against the responder as it is now: the same hit counts for the same queries.
 */
class YazSruOracleTest {
  static final List<String> QUERIES = List.of("dc.title = \"lich su viet nam\"", "dc.creator = \"nguyễn du\"", "libnet.holder = \"VN-HaNoi-TVHN\"",
      "bath.issn = 1859-1450", "cql.allRecords = 1");
  private static final Path RECORDED = Path.of("src/test/resources/vn/libnet/testkit/sru/yaz-transcript.txt");
  private static final Pattern HITS = Pattern.compile("Number of hits: (\\d+)");

  private static Map<String, Long> ourCounts(SruTestServer sru, SruVersion v) {
    Map<String, Long> out = new LinkedHashMap<>();
    try (SruClient c = SruClient.builder().baseUrl(sru.baseUrl()).sruVersion(v).maximumRecords(0).build()) {
      for (String q : QUERIES) {
        out.put(q, c.searchRetrieve(q).numberOfRecords());
      }
    }
    return out;
  }

  /**
   * The hit counts a transcript gives, in the order of the queries, for each version block. yaz prints a
   * count for each find and again for the show after it (an SRU show searches again): the find's is kept.
   */
  static Map<String, List<Long>> counts(String transcript) {
    Map<String, List<Long>> out = new LinkedHashMap<>();
    for (String block : transcript.split("=== SRU ")) {
      if (block.isBlank()) {
        continue;
      }
      String version = block.substring(0, 3);
      List<Long> hits = new ArrayList<>();
      Matcher m = HITS.matcher(block);
      for (int i = 0; m.find(); i++) {
        if (i % 2 == 0) {
          hits.add(Long.parseLong(m.group(1)));
        }
      }
      out.put(version, hits);
    }
    return out;
  }

  private static String yaz(String baseUrl, String version) throws IOException, InterruptedException {
    StringBuilder commands = new StringBuilder("sru get " + version + "\nquerytype cql\nopen " + baseUrl + "\n");
    for (String q : QUERIES) {
      commands.append("find ").append(q).append("\nshow 1\n");
    }
    commands.append("quit\n");
    Process p = new ProcessBuilder("yaz-client").redirectErrorStream(true).start();
    p.getOutputStream().write(commands.toString().getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  private static boolean yazInstalled() {
    try {
      Process p = new ProcessBuilder("yaz-client", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS);
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void yazClientFindsWhatTheResponderCountsInBothVersions() throws Exception {
    assumeTrue(yazInstalled(), "yaz-client is not installed (apt-get install yaz): the recorded transcript is checked instead");
    try (SruTestServer sru = SruTestServer.builder().start(SruTestServer.catalogue(SruInteropTest.catalogue()))) {
      StringBuilder transcript = new StringBuilder();
      for (String v : List.of("1.2", "2.0")) {
        String out = yaz(sru.baseUrl(), v);
        assertThat(out).doesNotContainIgnoringCase("decoding").doesNotContain("Diagnostic message").doesNotContain("HTTP error");
        Map<String, Long> ours = ourCounts(sru, v.equals("1.2") ? SruVersion.V1_2 : SruVersion.V2_0);
        List<Long> theirs = counts("=== SRU " + v + "\n" + out).get(v);
        assertThat(theirs).as(out).containsExactlyElementsOf(ours.values());
        // Every "show 1" decoded a MARC record: its 245 is printed.
        assertThat(out.split("tag=\"245\"", -1).length - 1).as(out).isEqualTo(QUERIES.size());
        transcript.append("=== SRU ").append(v).append('\n').append(out.replace(String.valueOf(sru.port()), "PORT"));
      }
      if (Boolean.getBoolean("libnet.oracle.update")) {
        Files.createDirectories(RECORDED.getParent());
        Files.writeString(RECORDED, transcript.toString());
      }
    }
  }

  @Test
  void theRecordedYazTranscriptStillAgreesWithTheResponder() throws Exception {
    Map<String, List<Long>> recorded = counts(Files.readString(RECORDED));
    assertThat(recorded).containsOnlyKeys("1.2", "2.0");
    try (SruTestServer sru = SruTestServer.builder().start(SruTestServer.catalogue(SruInteropTest.catalogue()))) {
      assertThat(recorded.get("1.2")).containsExactlyElementsOf(ourCounts(sru, SruVersion.V1_2).values());
      assertThat(recorded.get("2.0")).containsExactlyElementsOf(ourCounts(sru, SruVersion.V2_0).values());
    }
  }
}
