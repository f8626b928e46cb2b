package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.digital.bagit.BagObjects;
import vn.libnet.digital.iiif.IiifValidator;
import vn.libnet.testkit.LibnetTestHub;

/** {@code libnet digital register} against the SDK's own hub: the object registered, its manifest served and valid. */
class DigitalRegisterCommandTest {
  private static final String ISIL = "VN-HaNoi-TVHN";
  private static final String BASE = "https://iiif.thuvien.vn/objects/SACH-0001";

  @TempDir Path dir;

  /** A bag of three scans whose names sort otherwise than they were written, made by sdk-digital. */
  private Path bag() throws Exception {
    Path scans = Files.createDirectories(dir.resolve("scans"));
    ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "png", scans.resolve("0010.png").toFile());
    ImageIO.write(new BufferedImage(50, 20, BufferedImage.TYPE_INT_RGB), "jpeg", scans.resolve("0001.jpg").toFile());
    ImageIO.write(new BufferedImage(60, 70, BufferedImage.TYPE_INT_RGB), "png", scans.resolve("0002.png").toFile());
    List<DigitalFile> files = new ArrayList<>();
    for (String name : new String[] {"0010.png", "0001.jpg", "0002.png"}) {
      files.add(new DigitalFile(name, null, Files.size(scans.resolve(name)), null));
    }
    DigitalObject o = new DigitalObject("SACH-0001", ISIL, null, "Truyện Kiều (bản quét)", files,
        "http://rightsstatements.org/vocab/NoC-US/1.0/", AccessLevel.OPEN, LocalDate.of(2026, 11, 30));
    Path bag = dir.resolve("bag");
    BagObjects.bag(o, scans, bag);
    return bag;
  }

  private static JsonNode manifestAt(LibnetTestHub hub) throws Exception {
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(hub.baseUrl() + "v1/digital-objects/SACH-0001/manifest")).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    return LibnetJson.mapper().readTree(r.body());
  }

  @Test
  void aBagIsRegisteredWithItsManifestAndARerunOnlySendsTheManifest() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path bag = bag();
    try (LibnetTestHub hub = LibnetTestHub.builder()
        .trust(new VerificationKey(ISIL + "#k1", SignatureAlgorithm.ED25519, k.getPublic())).start()) {
      // No --isil: the bag's Source-Organization names the library that signs.
      LibnetCliTest.Run first = LibnetCliTest.run("digital", "register", bag.toString(), "--hub", hub.baseUrl(), "--key", key.toString(),
          "--base-url", BASE, "--lang", "en");
      assertThat(first.code()).as(first.out() + first.err()).isZero();
      assertThat(first.err()).contains("Validating and reading the bag", "Registering SACH-0001 (3 files)",
          "Sending the manifest of SACH-0001 (3 canvases)");
      assertThat(first.out()).contains("Registered SACH-0001 and stored its manifest (3 canvases, version \"v1\")",
          hub.baseUrl() + "v1/digital-objects/SACH-0001/manifest");

      JsonNode manifest = manifestAt(hub);
      ValidationReport report = IiifValidator.validate(manifest, Locale.ENGLISH);
      assertThat(report.isValid()).as(report.issues().toString()).isTrue();
      assertThat(manifest.path("id").asText()).isEqualTo(BASE + "/manifest");
      List<String> bodies = new ArrayList<>();
      manifest.path("items").forEach(c -> bodies.add(c.at("/items/0/items/0/body/id").asText()));
      assertThat(bodies).as("canvases in the bag's file order")
          .containsExactly(BASE + "/files/0001.jpg", BASE + "/files/0002.png", BASE + "/files/0010.png");
      assertThat(manifest.at("/items/1/width").asInt()).isEqualTo(60);
      try (var client = hub.clientFor(ISIL).build()) {
        assertThat(client.getDigitalObject("SACH-0001").files()).hasSize(3);
      }

      LibnetCliTest.Run again = LibnetCliTest.run("digital", "register", bag.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", key.toString(), "--base-url", BASE, "--format", "json", "--lang", "vi");
      assertThat(again.code()).as(again.out() + again.err()).isZero();
      assertThat(again.err()).contains("SACH-0001 đã được đăng ký với hub: chỉ gửi lại manifest của nó.");
      JsonNode json = LibnetJson.mapper().readTree(again.out());
      assertThat(json.path("registered").asBoolean()).isFalse();
      assertThat(json.path("etag").asText()).isEqualTo("\"v2\"");
      assertThat(json.path("canvases").asInt()).isEqualTo(3);

      // Another library's key is refused by the hub: exit 1, the reason said.
      KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
      hub.trust(new VerificationKey("VN-HCM-TVKHTH#k1", SignatureAlgorithm.ED25519, other.getPublic()));
      Path otherKey = Files.writeString(dir.resolve("hcm.key.pem"), Keys.toPem(other.getPrivate()));
      LibnetCliTest.Run forbidden = LibnetCliTest.run("digital", "register", bag.toString(), "--hub", hub.baseUrl(), "--isil",
          "VN-HCM-TVKHTH", "--key", otherKey.toString(), "--base-url", BASE, "--lang", "en");
      assertThat(forbidden.code()).as(forbidden.out() + forbidden.err()).isEqualTo(1);
      assertThat(forbidden.err()).contains("The hub refused SACH-0001", "FORBIDDEN");
      LibnetCliTest.Run forbiddenJson = LibnetCliTest.run("digital", "register", bag.toString(), "--hub", hub.baseUrl(), "--isil",
          "VN-HCM-TVKHTH", "--key", otherKey.toString(), "--base-url", BASE, "--format", "json");
      assertThat(forbiddenJson.code()).isEqualTo(1);
      JsonNode refusal = LibnetJson.mapper().readTree(forbiddenJson.out());
      assertThat(refusal.path("refused").asBoolean()).isTrue();
      assertThat(refusal.path("status").asInt()).isEqualTo(403);
      assertThat(refusal.path("object").asText()).isEqualTo("SACH-0001");
    }
  }

  @Test
  void anInvalidBagIsRefusedWithItsIssuesAndNothingIsSent() throws Exception {
    Path bag = bag();
    Files.write(bag.resolve("data/0002.png"), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      LibnetCliTest.Run r = LibnetCliTest.run("digital", "register", bag.toString(), "--hub", hub.baseUrl(), "--isil", ISIL,
          "--key", dir.resolve("none.pem").toString(), "--base-url", BASE, "--lang", "en");
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
      assertThat(r.out()).contains("INVALID", "data/0002.png");
      assertThat(r.err()).contains("is not valid (see the issues): nothing was sent to the hub.");
      assertThat(hub.requestCount()).isZero();
    }
    LibnetCliTest.Run notABag = LibnetCliTest.run("digital", "register", dir.resolve("scans").toString(), "--hub", "http://127.0.0.1:1/",
        "--base-url", BASE, "--lang", "vi");
    assertThat(notABag.code()).isEqualTo(2);
    assertThat(notABag.err()).contains("không phải là gói");
    LibnetCliTest.Run help = LibnetCliTest.run("digital", "register", "--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--base-url", "--hub", "--key", "--image-service", "--record", "--library", "--hub-jwks",
        "--allow-plain-http");
  }

  @Test
  void aBagWithoutRightsIsStoppedHereAndOneMadeWithRightsAndAccessIsRegistered() throws Exception {
    KeyPair k = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(k.getPrivate()));
    Path scans = Files.createDirectories(dir.resolve("plain"));
    ImageIO.write(new BufferedImage(30, 40, BufferedImage.TYPE_INT_RGB), "png", scans.resolve("trang 1.png").toFile());
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      hub.trust(new VerificationKey(ISIL + "#k1", SignatureAlgorithm.ED25519, k.getPublic()));
      Path plain = dir.resolve("plain-bag");
      assertThat(LibnetCliTest.run("digital", "bag", scans.toString(), "--out", plain.toString(), "--isil", ISIL, "--object-id", "SACH-0002")
          .code()).isZero();
      LibnetCliTest.Run stopped = LibnetCliTest.run("digital", "register", plain.toString(), "--hub", hub.baseUrl(), "--key", key.toString(),
          "--base-url", BASE, "--lang", "vi");
      assertThat(stopped.code()).as(stopped.err()).isEqualTo(1);
      assertThat(stopped.out()).contains("DIGITAL_RIGHTS_MISSING", "DIGITAL_ACCESS_MISSING");
      assertThat(stopped.err()).contains("--rights", "--access", "Chưa gửi gì");
      assertThat(hub.requestCount()).isZero();

      // The same given on the command line of register...
      LibnetCliTest.Run given = LibnetCliTest.run("digital", "register", plain.toString(), "--hub", hub.baseUrl(), "--key", key.toString(),
          "--base-url", BASE, "--rights", "http://rightsstatements.org/vocab/InC-EDU/1.0/", "--access", "on_site", "--lang", "en");
      assertThat(given.code()).as(given.err()).isZero();
      // ...or written into the bag when it is made.
      Path withRights = dir.resolve("rights-bag");
      assertThat(LibnetCliTest.run("digital", "bag", scans.toString(), "--out", withRights.toString(), "--isil", ISIL, "--object-id",
          "SACH-0003", "--rights", "http://creativecommons.org/licenses/by/4.0/", "--access", "open").code()).isZero();
      assertThat(Files.readString(withRights.resolve("bag-info.txt"))).contains("LibNet-Rights: http://creativecommons.org/licenses/by/4.0/",
          "LibNet-Access-Level: OPEN");
      LibnetCliTest.Run made = LibnetCliTest.run("digital", "register", withRights.toString(), "--hub", hub.baseUrl(), "--key", key.toString(),
          "--base-url", BASE.replace("0001", "0003"));
      assertThat(made.code()).as(made.err()).isZero();
      try (var reader = hub.adminClient().build()) {
        assertThat(reader.getDigitalObject("SACH-0002").accessLevel()).isEqualTo(AccessLevel.ON_SITE);
        assertThat(reader.getDigitalObject("SACH-0003").rights()).isEqualTo("http://creativecommons.org/licenses/by/4.0/");
      }
    }
  }
}
