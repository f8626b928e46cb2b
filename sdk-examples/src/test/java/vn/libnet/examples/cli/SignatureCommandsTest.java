package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;

class SignatureCommandsTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    // hermetic: a LIBNET_* variable or a config file of the machine running the tests must not change them
    int code = LibnetCli.execute(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, java.util.Map.of(), null, args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static final String REQUEST =
      "POST /v1/catalog/records HTTP/1.1\r\nHost: hub.libnet.example\r\nContent-Type: application/json\r\n"
          + "Idempotency-Key: 7f1c\r\n\r\n{\"records\":[]}";

  @Test
  void generateSignAndVerifyWithTheLibnetProfile() throws IOException {
    for (String alg : new String[] {"ed25519", "ecdsa-p256", "rsa-pss"}) {
      Path keys = dir.resolve(alg);
      Run gen = run("", "keys", "generate", "--alg", alg, "--isil", "VN-HaNoi-TVHN", "--name", "k1", "--out", keys.toString(), "--lang", "en");
      assertThat(gen.code()).as(gen.err()).isZero();
      Path priv = keys.resolve("VN-HaNoi-TVHN_k1.key.pem");
      assertThat(Files.readString(priv)).startsWith("-----BEGIN PRIVATE KEY-----");
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(priv))).isEqualTo("rw-------");
      }
      var jwk = LibnetJson.mapper().readTree(keys.resolve("VN-HaNoi-TVHN_k1.jwk.json").toFile());
      assertThat(jwk.get("kid").asText()).isEqualTo("VN-HaNoi-TVHN#k1");
      assertThat(jwk.has("d")).isFalse();

      Run signed = run(REQUEST, "sign", "--key", priv.toString(), "--keyid", "VN-HaNoi-TVHN#k1", "--profile", "libnet");
      assertThat(signed.code()).as(signed.err()).isZero();
      assertThat(signed.out()).contains("Content-Digest: sha-256=").contains("Signature-Input: libnet=").contains("tag=\"libnet-v1\"");
      Run ok = run(signed.out(), "verify", "--key", keys.resolve("VN-HaNoi-TVHN_k1.jwk.json").toString(), "--profile", "libnet", "--lang", "en");
      assertThat(ok.code()).as(ok.out() + ok.err()).isZero();
      assertThat(ok.out()).contains("VERIFIED").contains("VN-HaNoi-TVHN#k1");
      Run tampered = run(signed.out().replace("Idempotency-Key: 7f1c", "Idempotency-Key: 9999"),
          "verify", "--key", keys.resolve("VN-HaNoi-TVHN_k1.pub.pem").toString(), "--profile", "libnet", "--lang", "en");
      assertThat(tampered.code()).isEqualTo(1);
      assertThat(tampered.out()).contains("REFUSED (BAD_SIGNATURE)");
    }
  }

  @Test
  void verifiesAnRfcVectorAtItsTime() throws IOException {
    Path key = copy("test-key-ed25519.pub.pem");
    String message = resource("b26-signed.http");
    Run ok = run(message, "verify", "--key", key.toString(), "--now", "1618884480", "--lang", "en");
    assertThat(ok.code()).as(ok.out()).isZero();
    assertThat(ok.out()).contains("sig-b26");
    Run stale = run(message, "verify", "--key", key.toString(), "--lang", "vi");
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.out()).contains("TOO_OLD").contains("TỪ CHỐI");
  }

  @Test
  void signWithExplicitComponentsAndTheRightErrors() throws IOException {
    Path keys = dir.resolve("k");
    run("", "keys", "generate", "--isil", "VN-A", "--name", "k", "--out", keys.toString());
    Path priv = keys.resolve("VN-A_k.key.pem");
    Run signed = run(REQUEST, "sign", "--key", priv.toString(), "--keyid", "VN-A#k", "--components", "\"@method\" \"@authority\" \"content-type\"", "--label", "mine", "--now", "1790000000");
    assertThat(signed.out()).contains("Signature-Input: mine=(\"@method\" \"@authority\" \"content-type\");created=1790000000;keyid=\"VN-A#k\"");
    Run missing = run(REQUEST, "sign", "--key", priv.toString(), "--keyid", "VN-A#k", "--components", "\"x-absent\"");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("x-absent");
    assertThat(run("", "keys", "generate", "--isil", "VN-A", "--name", "bad name", "--out", keys.toString()).code()).isEqualTo(2);
    assertThat(run("", "keys", "generate", "--isil", "VN Thư", "--name", "k", "--out", keys.toString()).code()).isEqualTo(2);
  }

  private Path copy(String name) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, resource(name));
    return p;
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SignatureCommandsTest.class.getResourceAsStream("/rfc9421/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
