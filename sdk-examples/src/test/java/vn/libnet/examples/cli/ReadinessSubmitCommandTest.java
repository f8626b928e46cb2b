package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.Library;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.LibnetTestHub;

/** {@code libnet readiness submit} against the test hub: the library's own response scored, another library's refused. */
class ReadinessSubmitCommandTest {
  private static final String ISIL = "VN-HaNoi-TVHN";

  @TempDir Path dir;

  private static ObjectNode example(String name) throws Exception {
    try (InputStream in = ReadinessSubmitCommandTest.class.getResourceAsStream("/vn/libnet/core/examples/" + name)) {
      return (ObjectNode) LibnetJson.mapper().readTree(in);
    }
  }

  @Test
  void aLibrarysResponseIsScoredByTheHubAndAnotherLibrarysIsRefused() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      hub.trust(new VerificationKey(ISIL + "#k1", SignatureAlgorithm.ED25519, k.getPublic()));
      hub.seedLibrary(LibnetJson.mapper().treeToValue(example("library.json"), Library.class));
      ObjectNode own = example("readiness-response.json");
      own.remove("measured"); // measurements are the hub's to make
      Path ownFile = Files.writeString(dir.resolve("own.json"), own.toString());

      LibnetCliTest.Run vi = LibnetCliTest.run("readiness", "submit", ownFile.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", key.toString(), "--lang", "vi");
      assertThat(vi.code()).as(vi.err()).isZero();
      assertThat(vi.out()).contains(ISIL + ": hub đã nhận, điểm", "infra_data_interop", "staff_trained");
      assertThat(vi.err()).contains("Đã gửi 1 phiếu: 1 được nhận, 0 bị từ chối.");

      LibnetCliTest.Run json = LibnetCliTest.run("readiness", "submit", ownFile.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", key.toString(), "--format", "json");
      assertThat(json.code()).as(json.err()).isZero();
      JsonNode scores = LibnetJson.mapper().readTree(json.out());
      assertThat(scores.path("accepted").get(0).path("isil").asText()).isEqualTo(ISIL);
      assertThat(scores.path("accepted").get(0).path("band").asText()).isNotEmpty();
      assertThat(scores.path("refused")).isEmpty();

      // The hub's keys pinned from its JWKS; a file that is no JWKS is a clear usage error.
      Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.jwks());
      LibnetCliTest.Run pinned = LibnetCliTest.run("readiness", "submit", ownFile.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", key.toString(), "--hub-jwks", jwks.toString());
      assertThat(pinned.code()).as(pinned.err()).isZero();
      LibnetCliTest.Run notJwks = LibnetCliTest.run("readiness", "submit", ownFile.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", key.toString(), "--hub-jwks", ownFile.toString(), "--lang", "en");
      assertThat(notJwks.code()).isEqualTo(2);
      assertThat(notJwks.err()).contains("is not a JWKS with a usable hub key").doesNotContain("Exception");

      ObjectNode other = own.deepCopy();
      other.put("isil", "VN-HCM-TVKHTH");
      Path otherFile = Files.writeString(dir.resolve("other.json"), other.toString());
      LibnetCliTest.Run en = LibnetCliTest.run("readiness", "submit", ownFile.toString(), otherFile.toString(), "--hub", hub.baseUrl(),
          "--isil", ISIL, "--key", key.toString(), "--lang", "en");
      assertThat(en.code()).isEqualTo(1);
      assertThat(en.err()).contains("VN-HCM-TVKHTH: refused by the hub", "2 response(s) sent: 1 accepted, 1 refused.").doesNotContain("Exception");
      LibnetCliTest.Run refusedJson = LibnetCliTest.run("readiness", "submit", otherFile.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", key.toString(), "--format", "json");
      assertThat(refusedJson.code()).isEqualTo(1);
      JsonNode r = LibnetJson.mapper().readTree(refusedJson.out());
      assertThat(r.path("accepted")).isEmpty();
      assertThat(r.path("refused").get(0).path("isil").asText()).isEqualTo("VN-HCM-TVKHTH");
      assertThat(r.path("refused").get(0).path("status").asInt()).isEqualTo(403);
    }
    LibnetCliTest.Run help = LibnetCliTest.run("readiness", "submit", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--hub", "--key", "RESPONSE.json");
    LibnetCliTest.Run missing = LibnetCliTest.run("readiness", "submit", dir.resolve("none.json").toString(), "--hub", "http://127.0.0.1:1/",
        "--isil", ISIL, "--key", dir.resolve("k1.key.pem").toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Cannot find");
  }

  @Test
  void aHubStartedWithTheLibrarysProfileScoresItsSubmission() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path pub = Files.writeString(dir.resolve("k1.pub.pem"), Keys.toPem(k.getPublic()));
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path library = Files.writeString(dir.resolve("library.json"), example("library.json").toString());
    ObjectNode own = example("readiness-response.json");
    own.remove("measured");
    Path response = Files.writeString(dir.resolve("response.json"), own.toString());
    java.io.ByteArrayOutputStream hubOut = new java.io.ByteArrayOutputStream();
    Thread hub = new Thread(() -> LibnetCli.execute(new java.io.ByteArrayInputStream(new byte[0]), hubOut, new java.io.ByteArrayOutputStream(),
        "hub", "--port", "0", "--trust", ISIL + "#k1=" + pub, "--library", library.toString(), "--run-for", "60", "--lang", "en"));
    hub.setDaemon(true);
    hub.start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!hubOut.toString(java.nio.charset.StandardCharsets.UTF_8).contains("Ctrl-C") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    java.util.regex.Matcher url = java.util.regex.Pattern.compile("LibNet reference hub at (http://127\\.0\\.0\\.1:\\d+/)")
        .matcher(hubOut.toString(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(url.find()).isTrue();
    LibnetCliTest.Run r = LibnetCliTest.run("readiness", "submit", response.toString(), "--hub", url.group(1), "--isil", ISIL, "--key",
        key.toString(), "--lang", "en");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(ISIL + ": accepted by the hub");
    // A profile file that is not JSON stops the hub's start with a clear line.
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"isil\": ");
    LibnetCliTest.Run bad = LibnetCliTest.run("hub", "--port", "0", "--library", broken.toString(), "--run-for", "1", "--lang", "en");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("broken.json").doesNotContain("Exception");
  }
}
