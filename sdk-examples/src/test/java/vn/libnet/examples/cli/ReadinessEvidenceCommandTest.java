package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.testkit.LibnetTestHub;

/**
 * {@code libnet readiness evidence} against the test hub: the hub's own /oai passes, a dead endpoint does
 * not, and a declared "yes" the network measures "no" is a contradiction (exit 1), in JSON and in both
 * languages of the text.
 */
class ReadinessEvidenceCommandTest {
  private static final String ISIL = "VN-HaNoi-TVHN";

  private static Path library(Path dir, String... oaiUrls) throws Exception {
    ObjectNode l;
    try (InputStream in = ReadinessEvidenceCommandTest.class.getResourceAsStream("/vn/libnet/core/examples/library.json")) {
      l = (ObjectNode) LibnetJson.mapper().readTree(in);
    }
    l.put("isil", ISIL);
    var endpoints = l.putArray("endpoints");
    for (String u : oaiUrls) {
      endpoints.addObject().put("kind", "OAI-PMH").put("url", u);
    }
    Path f = dir.resolve("library.json");
    Files.writeString(f, l.toString());
    return f;
  }

  private static Path response(Path dir, String hasOai) throws Exception {
    Path f = dir.resolve("response.json");
    Files.writeString(f, "{\"questionnaireId\":\"qd206-2021\",\"isil\":\"" + ISIL + "\",\"answers\":{\"has_oai_pmh\":\"" + hasOai + "\"}}");
    return f;
  }

  private static String dead() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort() + "/oai";
    }
  }

  @Test
  void aDeclaredYesThatTheNetworkMeasuresNoIsAContradiction(@TempDir Path dir) throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      Path lib = library(dir, dead());
      LibnetCliTest.Run json = LibnetCliTest.run("readiness", "evidence", lib.toString(), "--hub", hub.baseUrl(),
          "--response", response(dir, "yes").toString(), "--format", "json", "--timeout", "5");
      assertThat(json.code()).as(json.err()).isEqualTo(1);
      JsonNode doc = LibnetJson.mapper().readTree(json.out());
      assertThat(doc.path("checks").get(0).path("outcome").asText()).isEqualTo("UNREACHABLE");
      JsonNode compared = doc.path("compared").get(0);
      assertThat(compared.path("question").asText()).isEqualTo("has_oai_pmh");
      assertThat(compared.path("declared").asText()).isEqualTo("yes");
      assertThat(compared.path("measured").asText()).isEqualTo("no");
      assertThat(compared.path("agrees").asBoolean()).isFalse();

      LibnetCliTest.Run vi = LibnetCliTest.run("readiness", "evidence", lib.toString(), "--hub", hub.baseUrl(),
          "--response", response(dir, "yes").toString(), "--lang", "vi", "--timeout", "5");
      assertThat(vi.code()).isEqualTo(1);
      assertThat(vi.out()).contains("Bằng chứng về mức độ sẵn sàng của " + ISIL, "không trả lời", "MÂU THUẪN", "đã khai \"có\", đo được \"không\"",
          "mục lục liên hợp không có biểu ghi nào");
    }
  }

  @Test
  void theHubsOwnOaiPmhRepositoryAgreesWithADeclaredYes(@TempDir Path dir) throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      LibnetCliTest.Run en = LibnetCliTest.run("readiness", "evidence", library(dir, hub.baseUrl() + "oai").toString(), "--hub",
          hub.baseUrl(), "--response", response(dir, "yes").toString(), "--lang", "en");
      assertThat(en.code()).as(en.out() + en.err()).isZero();
      assertThat(en.out()).contains("OAI_PMH", "passed", "has_oai_pmh = yes", "has_oai_pmh: declared \"yes\", measured \"yes\": agrees")
          .doesNotContain("Exception");
    }
  }

  @Test
  void wrongInputIsAClearErrorAndHelpWorks(@TempDir Path dir) throws Exception {
    LibnetCliTest.Run missing = LibnetCliTest.run("readiness", "evidence", dir.resolve("none.json").toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Cannot find").doesNotContain("Exception");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"isil\": ");
    LibnetCliTest.Run bad = LibnetCliTest.run("readiness", "evidence", broken.toString(), "--lang", "vi");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.json").doesNotContain("Exception");
    Path lib = library(dir);
    Files.writeString(dir.resolve("other.json"), "{\"questionnaireId\":\"qd206-2021\",\"isil\":\"VN-HCM-TVKHTH\",\"answers\":{}}");
    LibnetCliTest.Run other = LibnetCliTest.run("readiness", "evidence", lib.toString(), "--response", dir.resolve("other.json").toString(),
        "--lang", "en");
    assertThat(other.code()).isEqualTo(2);
    assertThat(other.err()).contains("VN-HCM-TVKHTH", ISIL);
    LibnetCliTest.Run help = LibnetCliTest.run("readiness", "evidence", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--response", "--hub", "--key");
  }
}
