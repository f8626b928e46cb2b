package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.DataField;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.LibnetTestHub;

class ContributeCommandTest {
  @TempDir Path dir;

  @Test
  void contributesAFileThenResumesToNothingAndReportsRejections() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path file = dir.resolve("catalogue.mrc");
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(77).build().stream(250).forEach(s -> w.write(s.record()));
    }
    try (LibnetTestHub hub = LibnetTestHub.builder()
        .trust(new VerificationKey("VN-HaNoi-TVHN#k1", SignatureAlgorithm.ED25519, k.getPublic())).start()) {
      Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.jwks());
      LibnetCliTest.Run first = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", "VN-HaNoi-TVHN",
          "--key", key.toString(), "--hub-jwks", jwks.toString(), "--batch-size", "50", "--lang", "en");
      assertThat(first.code()).as(first.out() + first.err()).isZero();
      assertThat(first.out()).contains("250 records in 5 batches (0 done by an earlier run): 250 accepted, 0 merged, 0 rejected");
      assertThat(dir.resolve("catalogue.mrc.checkpoint")).exists();

      LibnetCliTest.Run again = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", "VN-HaNoi-TVHN",
          "--key", key.toString(), "--lang", "vi");
      assertThat(again.code()).isZero();
      assertThat(again.out()).contains("250 biểu ghi trong 5 lô (5 lô đã xong ở lần chạy trước)");

      Path other = dir.resolve("other.mrc");
      try (MarcRecordWriter w = MarcWriters.open(other, MarcFormat.ISO2709)) {
        SyntheticRecords.builder().seed(78).build().stream(10).forEach(s -> {
          ((DataField) s.record().getVariableField("852")).getSubfield('a').setData("VN-HCM-TVKHTH");
          w.write(s.record());
        });
      }
      LibnetCliTest.Run rejected = LibnetCliTest.run("contribute", other.toString(), "--hub", hub.baseUrl(), "--isil", "VN-HaNoi-TVHN",
          "--key", key.toString(), "--lang", "en");
      assertThat(rejected.code()).isEqualTo(1);
      assertThat(rejected.out()).contains("0 accepted, 0 merged, 10 rejected");

      LibnetCliTest.Run badKey = LibnetCliTest.run("contribute", file.toString(), "--hub", hub.baseUrl(), "--isil", "VN-HaNoi-TVHN",
          "--key", jwks.toString(), "--lang", "en");
      assertThat(badKey.code()).isEqualTo(2);
      assertThat(badKey.err()).contains("Cannot read a key");
    }
  }

  @Test
  void aHubOverPlainHttpOnAnotherHostIsRefusedUnlessAllowedAndNothingIsSent() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path file = dir.resolve("one.mrc");
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(5).build().stream(1).forEach(s -> w.write(s.record()));
    }
    // A name that is not this machine: refused before any connection, in either language, naming the way out.
    for (String lang : new String[] {"en", "vi"}) {
      LibnetCliTest.Run r = LibnetCliTest.run("contribute", file.toString(), "--hub", "http://hub.libnet.invalid:8080/", "--isil",
          "VN-HaNoi-TVHN", "--key", key.toString(), "--checkpoint", dir.resolve("cp-" + lang).toString(), "--lang", lang);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().strip()).contains("http://hub.libnet.invalid:8080/", "--hub-jwks", "--allow-plain-http").doesNotContain("Exception", "HubKeys");
      assertThat(r.err()).contains(lang.equals("en") ? "plain http" : "không mã hoá");
    }
    // Allowed: the key fetch is tried (and fails, as nothing answers there), so the refusal above was the guard.
    LibnetCliTest.Run allowed = LibnetCliTest.run("contribute", file.toString(), "--hub", "http://hub.libnet.invalid:8080/", "--isil",
        "VN-HaNoi-TVHN", "--key", key.toString(), "--checkpoint", dir.resolve("cp-allowed").toString(), "--allow-plain-http", "--lang", "en");
    assertThat(allowed.err() + allowed.out()).doesNotContain("--allow-plain-http");
  }
}
