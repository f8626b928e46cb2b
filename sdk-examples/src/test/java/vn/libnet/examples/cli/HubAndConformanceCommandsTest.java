package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.Keys;

class HubAndConformanceCommandsTest {
  @TempDir Path dir;

  @Test
  void aStandaloneHubPassesTheConformanceSuiteRunFromTheCommandLine() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path pub = Files.writeString(dir.resolve("k1.pub.pem"), Keys.toPem(k.getPublic()));
    Path priv = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));

    ByteArrayOutputStream hubOut = new ByteArrayOutputStream();
    Thread hub = new Thread(() -> LibnetCli.execute(new ByteArrayInputStream(new byte[0]), hubOut, new ByteArrayOutputStream(),
        "hub", "--port", "0", "--data", dir.resolve("hub-data").toString(), "--trust", "VN-HaNoi-TVHN#k1=" + pub, "--run-for", "60",
        "--lang", "en"));
    hub.setDaemon(true);
    hub.start();
    Matcher url = Pattern.compile("LibNet reference hub at (http://127\\.0\\.0\\.1:\\d+/)").matcher("");
    long deadline = System.nanoTime() + 20_000_000_000L;
    // The last line of the banner says how to stop it; wait for the whole banner.
    while (!hubOut.toString(StandardCharsets.UTF_8).contains("Ctrl-C") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String out = hubOut.toString(StandardCharsets.UTF_8);
    assertThat(url.reset(out).find()).as(out).isTrue();
    assertThat(out).contains("VN-LIBNET#hub1", "\"kty\":\"OKP\"", "1 library key(s) trusted",
        "Signed requests must target " + url.group(1)).doesNotContain("PRIVATE KEY");
    assertThat(adminKeyFile(out)).isEqualTo(dir.resolve("hub-data").resolve("admin.key.pem").toAbsolutePath());
    assertOwnerOnlyKey(adminKeyFile(out));
    try {
      LibnetCliTest.Run text = LibnetCliTest.run("conformance", "--hub", url.group(1), "--isil", "VN-HaNoi-TVHN", "--key",
          priv.toString(), "--lang", "en");
      assertThat(text.code()).as(text.out() + text.err()).isZero();
      assertThat(text.out()).contains("PASS REPLAY_REFUSED", "PASS TARGET_MISMATCH", "PASS ANSWERS_BOUND", "PASS SIGNED_READ_REFUSED",
          "15 of 15 requirements passed").doesNotContain("FAIL");
      assertThat(text.out()).contains("first 200, replay 401 REPLAYED", "read bound, and refused for another request");

      // The same run in Vietnamese: the evidence too, not only the requirements' texts.
      LibnetCliTest.Run vi = LibnetCliTest.run("conformance", "--hub", url.group(1), "--isil", "VN-HaNoi-TVHN", "--key",
          priv.toString(), "--lang", "vi");
      assertThat(vi.code()).as(vi.out() + vi.err()).isZero();
      assertThat(vi.out()).contains("lần đầu 200, gửi lại 401 REPLAYED", "đọc: câu trả lời gắn với yêu cầu của nó", "con trỏ ",
          "không có mã biểu ghi").doesNotContain("first 200", "read bound", "cursor ", "no record id", "answered");

      // the old spelling --base-url, still accepted for one release
      Path report = dir.resolve("report.json");
      LibnetCliTest.Run json = LibnetCliTest.run("conformance", "--base-url", url.group(1), "--isil", "VN-HaNoi-TVHN", "--key",
          priv.toString(), "--format", "json", "-o", report.toString(), "--lang", "vi");
      assertThat(json.code()).isZero();
      JsonNode doc = LibnetJson.mapper().readTree(report.toFile());
      assertThat(doc.path("passed").asBoolean()).isTrue();
      assertThat(doc.path("results")).hasSize(15);
      assertThat(doc.path("results").get(0).path("text").asText()).contains("Hub công bố JWKS");
      // For programs, the evidence stays in stable English, with its key and arguments, whatever the run's language.
      JsonNode replay = doc.path("results").get(4);
      assertThat(replay.path("requirement").asText()).isEqualTo("REPLAY_REFUSED");
      assertThat(replay.path("detail").asText()).isEqualTo("first 200, replay 401 REPLAYED");
      assertThat(replay.path("key").asText()).isEqualTo("CONFORMANCE_REPLAY");
      assertThat(doc.path("results").get(0).path("arguments").isArray()).isTrue();

      LibnetCliTest.Run html = LibnetCliTest.run("conformance", "--base-url", url.group(1), "--isil", "VN-HaNoi-TVHN", "--key",
          priv.toString(), "--key-name", "unknown", "--format", "html", "--lang", "en");
      assertThat(html.code()).as("another key is not trusted: the writing checks fail").isEqualTo(1);
      assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("class=\"fail\">FAIL");
      assertThat(html.out()).containsPattern("the first send was answered 401 [A-Z_]+, not 200");

      // An untrusted key in Vietnamese: the failures say why in Vietnamese, in text, HTML and CSV alike.
      for (String format : new String[] {"text", "html", "csv"}) {
        LibnetCliTest.Run failing = LibnetCliTest.run("conformance", "--hub", url.group(1), "--isil", "VN-HaNoi-TVHN", "--key",
            priv.toString(), "--key-name", "unknown", "--format", format, "--lang", "vi");
        assertThat(failing.code()).as(format + failing.err()).isEqualTo(1);
        assertThat(failing.out()).as(format).containsPattern("lần gửi đầu được trả lời 401 [A-Z_]+, không phải 200")
            .doesNotContain("the first send", "answered", "not 200");
      }
    } finally {
      hub.interrupt();
      hub.join(10_000);
    }
    assertThat(hub.isAlive()).isFalse();
    assertThat(dir.resolve("hub-data").resolve("hub-log.jsonl")).exists();
  }

  private static final Pattern ADMIN_KEY = Pattern.compile("its private key is in (.+?) \\(readable by you only");

  private static Path adminKeyFile(String out) {
    Matcher m = ADMIN_KEY.matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Path.of(m.group(1));
  }

  private static void assertOwnerOnlyKey(Path file) throws Exception {
    assertThat(Files.readString(file)).startsWith("-----BEGIN PRIVATE KEY-----");
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
  }

  @Test
  void aHubInMemoryWritesItsAdministratorKeyToAPrivateFileAndPrintsOnlyWhereItIs() throws Exception {
    ByteArrayOutputStream hubOut = new ByteArrayOutputStream();
    Thread hub = new Thread(() -> LibnetCli.execute(new ByteArrayInputStream(new byte[0]), hubOut, new ByteArrayOutputStream(),
        "hub", "--port", "0", "--bind", "127.0.0.1", "--public-url", "https://hub.example.vn/", "--run-for", "60", "--lang", "en"));
    hub.setDaemon(true);
    hub.start();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!hubOut.toString(StandardCharsets.UTF_8).contains("Ctrl-C") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    String out = hubOut.toString(StandardCharsets.UTF_8);
    Path key;
    try {
      assertThat(out).contains("LibNet reference hub at http://127.0.0.1:", "Signed requests must target https://hub.example.vn/")
          .doesNotContain("PRIVATE KEY");
      key = adminKeyFile(out);
      assertOwnerOnlyKey(key);
      if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent()))).isEqualTo("rwx------");
      }
    } finally {
      hub.interrupt();
      hub.join(10_000);
    }
    assertThat(hub.isAlive()).isFalse();
    assertThat(key).as("the key of a hub in memory goes with it").doesNotExist();
  }

  @Test
  void aPublicUrlThatIsNotAnAbsoluteHttpUrlIsAUsageError() {
    LibnetCliTest.Run r = LibnetCliTest.run("hub", "--port", "0", "--public-url", "hub.example.vn", "--run-for", "1", "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--public-url");
  }

  @Test
  void connectorLimitsOutOfRangeAreAUsageErrorInBothLanguages() {
    LibnetCliTest.Run r = LibnetCliTest.run("hub", "--port", "0", "--idle-timeout", "0", "--run-for", "1", "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--idle-timeout").contains("at least");
    LibnetCliTest.Run vi = LibnetCliTest.run("hub", "--port", "0", "--connections-per-address", "0", "--run-for", "1", "--lang", "vi");
    assertThat(vi.code()).isEqualTo(2);
    assertThat(vi.err()).contains("--connections-per-address").contains("ít nhất");
  }
}
