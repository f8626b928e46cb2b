package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.text.LegacyEncoding;

/**
 * Option names follow DESIGN.md's command-line conventions; the old spellings still work for one release,
 * hidden from the help. Key files are never overwritten by accident.
 */
class CliNamesTest {
  @TempDir Path dir;

  static final byte[] REQUEST = "GET /v1/libraries HTTP/1.1\r\nHost: hub.example.vn\r\n\r\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void keysGenerateRefusesToOverwriteAKeyUnlessForce() throws Exception {
    Path keys = dir.resolve("keys");
    assertThat(LibnetCliTest.run("keys", "generate", "--isil", "VN-HaNoi-TVHN", "--key-name", "k1", "--out", keys.toString()).code()).isZero();
    Path priv = keys.resolve("VN-HaNoi-TVHN_k1.key.pem");
    String first = Files.readString(priv);
    LibnetCliTest.Run again = LibnetCliTest.run("keys", "generate", "--isil", "VN-HaNoi-TVHN", "--key-name", "k1", "--out", keys.toString(), "--lang", "en");
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).isEqualTo(priv + " already exists: choose another --out or --key-name, or replace it with --force.\n");
    assertThat(Files.readString(priv)).isEqualTo(first);
    LibnetCliTest.Run vi = LibnetCliTest.run("keys", "generate", "--isil", "VN-HaNoi-TVHN", "--key-name", "k1", "--out", keys.toString(), "--lang", "vi");
    assertThat(vi.err()).isEqualTo(priv + " đã có: hãy chọn --out hoặc --key-name khác, hoặc thay nó bằng --force.\n");
    LibnetCliTest.Run forced = LibnetCliTest.run("keys", "generate", "--isil", "VN-HaNoi-TVHN", "--key-name", "k1", "--out", keys.toString(), "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(priv)).isNotEqualTo(first);
  }

  @Test
  void oldSpellingsStillWorkAndAreHidden() throws Exception {
    Path keys = dir.resolve("keys");
    // keys generate --name (now --key-name)
    assertThat(LibnetCliTest.run("keys", "generate", "--isil", "VN-A", "--name", "old", "--out", keys.toString()).code()).isZero();
    Path priv = keys.resolve("VN-A_old.key.pem");
    assertThat(priv).exists();
    // sign --keyid (now --isil and --key-name)
    LibnetCliTest.Run oldSign = LibnetCliTest.run(REQUEST, "sign", "--key", priv.toString(), "--keyid", "VN-A#old", "--now", "1790000000");
    LibnetCliTest.Run newSign = LibnetCliTest.run(REQUEST, "sign", "--key", priv.toString(), "--isil", "VN-A", "--key-name", "old", "--now", "1790000000");
    assertThat(oldSign.code()).isZero();
    assertThat(newSign.out()).isEqualTo(oldSign.out()).contains("keyid=\"VN-A#old\"");
    // text repair --from (now --encoding)
    byte[] viscii = LegacyEncoding.VISCII.encode("Hà Nội\n");
    assertThat(LibnetCliTest.run(viscii, "text", "repair", "--from", "viscii").out()).isEqualTo("Hà Nội\n");
    assertThat(LibnetCliTest.run(viscii, "text", "repair", "--encoding", "viscii").out()).isEqualTo("Hà Nội\n");
    // marc validate --output (now --out / -o), marc convert --from (now --from-format)
    Path mrc = dir.resolve("in.mrc");
    assertThat(LibnetCliTest.run("marc", "generate", mrc.toString(), "--count", "3").code()).isZero();
    for (String option : new String[] {"--output", "--out", "-o"}) {
      Path report = dir.resolve("report" + option + ".json");
      assertThat(LibnetCliTest.run("marc", "validate", mrc.toString(), "--format", "json", option, report.toString()).code()).isZero();
      assertThat(report).isNotEmptyFile();
    }
    assertThat(LibnetCliTest.run("marc", "convert", mrc.toString(), dir.resolve("a.xml").toString(), "--from", "iso2709").code()).isZero();
    assertThat(LibnetCliTest.run("marc", "convert", mrc.toString(), "-o", dir.resolve("b.xml").toString(), "--from-format", "iso2709").code()).isZero();
    assertThat(Files.readString(dir.resolve("a.xml"))).isEqualTo(Files.readString(dir.resolve("b.xml")));
    // hidden: not in the help
    assertThat(LibnetCliTest.run("sign", "--help").out()).contains("--key-name", "--isil").doesNotContain("--keyid");
    assertThat(LibnetCliTest.run("conformance", "--help").out()).contains("--hub", "--out").doesNotContain("--base-url", "--output");
    assertThat(LibnetCliTest.run("text", "repair", "--help").out()).contains("--encoding").doesNotContain("--from");
    assertThat(LibnetCliTest.run("keys", "generate", "--help").out()).contains("--key-name", "--force").doesNotContain("--name=");
  }
}
