package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.signature.Keys;

/** Values not repeated on every call: flags win over the environment, which wins over the config file. */
class CliConfigTest {
  @TempDir Path dir;

  static final byte[] REQUEST = "GET /v1/libraries HTTP/1.1\r\nHost: hub.example.vn\r\n\r\n".getBytes(StandardCharsets.UTF_8);

  Path config(String text) throws Exception {
    return Files.writeString(dir.resolve("config.properties"), text);
  }

  String keyId(Map<String, String> env, Path defaultConfig, String... args) {
    String[] all = new String[args.length + 6];
    all[0] = "keys";
    all[1] = "generate";
    all[2] = "--out";
    all[3] = dir.resolve("keys-" + System.nanoTime()).toString();
    all[4] = "--lang";
    all[5] = "en";
    System.arraycopy(args, 0, all, 6, args.length);
    LibnetCliTest.Run r = LibnetCliTest.runWith(env, defaultConfig, new byte[0], all);
    assertThat(r.code()).as(r.err()).isZero();
    return r.out().substring("Key ".length(), r.out().indexOf(' ', "Key ".length()));
  }

  @Test
  void flagsWinOverTheEnvironmentWhichWinsOverTheFile() throws Exception {
    Path file = config("hub=http://file.example/\nisil=VN-File\nkey.name=kfile\n");
    assertThat(keyId(Map.of(), file)).isEqualTo("VN-File#kfile");
    assertThat(keyId(Map.of("LIBNET_ISIL", "VN-Env"), file)).isEqualTo("VN-Env#kfile");
    assertThat(keyId(Map.of("LIBNET_ISIL", "VN-Env", "LIBNET_KEY_NAME", "kenv"), file)).isEqualTo("VN-Env#kenv");
    assertThat(keyId(Map.of("LIBNET_ISIL", "VN-Env", "LIBNET_KEY_NAME", "kenv"), file, "--isil", "VN-Flag", "--key-name", "kflag"))
        .isEqualTo("VN-Flag#kflag");
    // nothing anywhere: the documented default name
    assertThat(keyId(Map.of(), null, "--isil", "VN-Flag")).isEqualTo("VN-Flag#k1");
  }

  @Test
  void anExplicitConfigFileReplacesTheDefaultOne() throws Exception {
    Path defaultFile = config("isil=VN-Default\n");
    Path other = Files.writeString(dir.resolve("other.properties"), "isil=VN-Other\n");
    assertThat(keyId(Map.of(), defaultFile, "--config", other.toString())).isEqualTo("VN-Other#k1");
    LibnetCliTest.Run missing = LibnetCliTest.runWith(Map.of(), defaultFile, new byte[0],
        "keys", "generate", "--out", dir.toString(), "--config", dir.resolve("nope.properties").toString(), "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("Cannot find " + dir.resolve("nope.properties") + ": check the name and the folder.\n");
  }

  @Test
  void theKeyPathComesFromTheEnvironmentForSigningButNeverForVerifying() throws Exception {
    Path key = Files.writeString(dir.resolve("k.key.pem"), Keys.toPem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate()));
    Map<String, String> env = Map.of("LIBNET_KEY", key.toString(), "LIBNET_ISIL", "VN-HaNoi-TVHN", "LIBNET_KEY_NAME", "k7");
    LibnetCliTest.Run signed = LibnetCliTest.runWith(env, null, REQUEST, "sign", "--now", "1790000000");
    assertThat(signed.code()).as(signed.err()).isZero();
    assertThat(signed.out()).contains("keyid=\"VN-HaNoi-TVHN#k7\"");
    LibnetCliTest.Run verify = LibnetCliTest.runWith(env, null, signed.out().getBytes(StandardCharsets.UTF_8), "verify", "--lang", "en");
    assertThat(verify.code()).isEqualTo(2);
    assertThat(verify.err()).isEqualTo("Missing --key PUBLIC.pem|JWKS. See: libnet verify --help\n");
  }

  @Test
  void aMissingHubSaysWhereItCanCome() throws Exception {
    Path key = Files.writeString(dir.resolve("k.key.pem"), "x");
    LibnetCliTest.Run r = LibnetCliTest.runWith(Map.of(), null, new byte[0], "conformance", "--isil", "VN-A", "--key", key.toString(), "--lang", "en");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("--hub is needed: give --hub URL, set LIBNET_HUB, or put hub in the configuration file.\n");
    // and from the environment, the hub is the one tried
    LibnetCliTest.Run env = LibnetCliTest.runWith(Map.of("LIBNET_HUB", "http://127.0.0.1:1/", "LIBNET_ISIL", "VN-A"), config("hub=http://file/\n"),
        new byte[0], "conformance", "--key", key.toString(), "--lang", "en");
    assertThat(env.err()).contains(key.toString()).doesNotContain("--hub is needed");
  }

  @Test
  void theLanguageComesFromTheEnvironmentUnlessLang() {
    LibnetCliTest.Run vi = LibnetCliTest.runWith(Map.of("LANG", "vi_VN.UTF-8"), null, new byte[0], "marc", "valdate");
    assertThat(vi.err()).startsWith("Không có lệnh \"valdate\"");
    LibnetCliTest.Run en = LibnetCliTest.runWith(Map.of("LANG", "vi_VN.UTF-8"), null, new byte[0], "marc", "valdate", "--lang", "en");
    assertThat(en.err()).startsWith("Unknown command \"valdate\"");
    LibnetCliTest.Run lcAll = LibnetCliTest.runWith(Map.of("LC_ALL", "en_US.UTF-8", "LANG", "vi_VN.UTF-8"), null, new byte[0], "marc", "valdate");
    assertThat(lcAll.err()).startsWith("Unknown command \"valdate\"");
  }
}
