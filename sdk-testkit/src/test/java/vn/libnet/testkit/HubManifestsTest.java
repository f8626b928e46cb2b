package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ChangeType;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.digital.iiif.IiifValidator;

/** The hub keeps each registered object's IIIF manifest, as its owner sent it, and serves it to anyone. */
class HubManifestsTest {
  private static final String ID = "vn-hanoi-tvhn-bd-1873";
  private static final String BASE = "https://iiif.thuvien.vn/objects/" + ID;
  private static final String PATH = "/v1/digital-objects/" + ID + "/manifest";
  private static final byte[] MANIFEST = HubFixtures.manifest(BASE).getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  private static DigitalObject object(String owner) {
    return new DigitalObject(ID, owner, null, "Bản đồ Hà Nội 1873",
        List.of(new DigitalFile("1.jpg", "image/jpeg", 1024L, "a".repeat(64))), "http://rightsstatements.org/vocab/InC-EDU/1.0/", AccessLevel.OPEN, LocalDate.of(2026, 1, 5));
  }

  private static LibnetProblemException refused(Runnable call) {
    LibnetProblemException e = catchThrowableOfType(LibnetProblemException.class, call::run);
    assertThat(e).as("the hub refused it").isNotNull();
    return e;
  }

  private static HttpMessage unsignedGet(LibnetTestHub hub, String path) {
    return HubFixtures.send(HttpMessage.request("GET", URI.create(hub.baseUrl() + path.substring(1))).build());
  }

  private static String header(HttpMessage m, String name) {
    return m.headers(name).isEmpty() ? null : m.headers(name).get(0);
  }

  @Test
  void theOwnersManifestIsKeptAndServedToAnyoneAsSent() throws Exception {
    assertThat(IiifValidator.validate(LibnetJson.mapper().readTree(new String(MANIFEST, StandardCharsets.UTF_8)), Locale.ENGLISH)
        .isValid()).as("the fixture is a valid manifest").isTrue();
    try (LibnetTestHub hub = LibnetTestHub.start();
        LibnetClient hanoi = hub.clientFor(HANOI).build();
        LibnetClient hcm = hub.clientFor(HCM).build()) {
      hanoi.registerDigitalObject(object(HANOI));
      assertThat(refused(() -> hanoi.getDigitalObjectManifest(ID)).problemCode()).as("none yet").isEqualTo(ProblemCode.NOT_FOUND);
      Versioned<JsonNode> first = hanoi.putDigitalObjectManifest(ID, MANIFEST, "*");
      assertThat(first.etag()).isEqualTo("\"v1\"");
      assertThat(first.value().path("id").asText()).isEqualTo(BASE + "/manifest");

      // A viewer's unsigned, cross-origin read gets the very bytes, as JSON-LD of the IIIF profile.
      HttpMessage open = unsignedGet(hub, PATH);
      assertThat(open.status()).isEqualTo(200);
      assertThat(open.body()).isEqualTo(MANIFEST);
      assertThat(header(open, "Content-Type")).isEqualTo(DigitalManifestsHandler.MEDIA_TYPE);
      assertThat(header(open, "Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(header(open, "ETag")).isEqualTo("\"v1\"");
      // Another library's signed read, verified by its client.
      Versioned<JsonNode> read = hcm.getDigitalObjectManifest(ID);
      assertThat(read.value()).isEqualTo(first.value());
      assertThat(read.etag()).isEqualTo("\"v1\"");

      byte[] second = HubFixtures.manifest(BASE + "-v2").getBytes(StandardCharsets.UTF_8);
      assertThat(refused(() -> hanoi.putDigitalObjectManifest(ID, second, "\"v9\"")).problemCode()).isEqualTo(ProblemCode.CONFLICT);
      assertThat(hanoi.putDigitalObjectManifest(ID, second, "\"v1\"").etag()).isEqualTo("\"v2\"");
      assertThat(unsignedGet(hub, PATH).body()).isEqualTo(second);
      assertThat(hanoi.changesSince(null).filter(c -> c.type() == ChangeType.DIGITAL_OBJECT_MANIFEST_SET).map(Change::resourceId))
          .containsExactly(ID, ID);
      try (LibnetClient admin = hub.adminClient().build()) {
        assertThat(admin.putDigitalObjectManifest(ID, MANIFEST, null).etag()).as("the administrator may too").isEqualTo("\"v3\"");
      }
    }
  }

  @Test
  void invalidManifestsAreRefusedWithEachErrorsCodeAndPointer() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HANOI).build()) {
      hanoi.registerDigitalObject(object(HANOI));
      String good = HubFixtures.manifest(BASE);
      LibnetProblemException p2 = refused(() -> hanoi.putDigitalObjectManifest(ID,
          good.replace("\"label\":{\"vi\":[\"Bản đồ Hà Nội 1873\"]},", "\"description\":\"x\",").getBytes(StandardCharsets.UTF_8), null));
      assertThat(p2.problemCode()).isEqualTo(ProblemCode.VALIDATION_FAILED);
      assertThat(p2.issues()).extracting(ValidationIssue::code, ValidationIssue::path)
          .contains(org.assertj.core.groups.Tuple.tuple("IIIF_LABEL_MISSING", "/"),
              org.assertj.core.groups.Tuple.tuple("IIIF_PRESENTATION2_KEY", "/description"));
      assertThat(p2.issues()).allSatisfy(i -> assertThat(i.message()).contains(" / "));

      LibnetProblemException ftp = refused(() -> hanoi.putDigitalObjectManifest(ID,
          good.replace("\"id\":\"" + BASE + "/manifest\"", "\"id\":\"ftp://iiif.thuvien.vn/m\"").getBytes(StandardCharsets.UTF_8), null));
      assertThat(ftp.issues()).extracting(ValidationIssue::code, ValidationIssue::path)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("IIIF_ID_NOT_HTTP", "/id"));

      String collection = "{\"@context\":\"http://iiif.io/api/presentation/3/context.json\",\"id\":\"" + BASE
          + "/collection\",\"type\":\"Collection\",\"label\":{\"none\":[\"c\"]},\"items\":[]}";
      assertThat(refused(() -> hanoi.putDigitalObjectManifest(ID, collection.getBytes(StandardCharsets.UTF_8), null)).issues())
          .extracting(ValidationIssue::code).containsExactly("HUB_MANIFEST_NOT_MANIFEST");
      assertThat(refused(() -> hanoi.putDigitalObjectManifest(ID, "{\"id\":".getBytes(StandardCharsets.UTF_8), null)).issues())
          .extracting(ValidationIssue::code).containsExactly("IIIF_JSON_INVALID");
      assertThat(refused(() -> hanoi.getDigitalObjectManifest(ID)).problemCode()).as("nothing stored").isEqualTo(ProblemCode.NOT_FOUND);
    }
  }

  @Test
  void anotherLibraryAnUnknownObjectAndAnOversizedManifestAreRefused() {
    try (LibnetTestHub hub = LibnetTestHub.start();
        LibnetClient hanoi = hub.clientFor(HANOI).build();
        LibnetClient hcm = hub.clientFor(HCM).build()) {
      hanoi.registerDigitalObject(object(HANOI));
      assertThat(refused(() -> hcm.putDigitalObjectManifest(ID, MANIFEST, null)).problemCode()).isEqualTo(ProblemCode.FORBIDDEN);
      LibnetProblemException unknown = refused(() -> hanoi.putDigitalObjectManifest("nope", MANIFEST, null));
      assertThat(unknown.problemCode()).isEqualTo(ProblemCode.NOT_FOUND);
      assertThat(refused(() -> hcm.getDigitalObjectManifest("nope")).problemCode()).isEqualTo(ProblemCode.NOT_FOUND);
      assertThat(unsignedGet(hub, "/v1/digital-objects/nope/manifest").status()).isEqualTo(404);

      byte[] huge = new byte[DigitalManifestsHandler.MAX_BYTES + 1];
      java.util.Arrays.fill(huge, (byte) ' ');
      LibnetProblemException tooLarge = refused(() -> hanoi.putDigitalObjectManifest(ID, huge, null));
      assertThat(tooLarge.problemCode()).isEqualTo(ProblemCode.PAYLOAD_TOO_LARGE);
      assertThat(tooLarge.problem().status()).isEqualTo(413);
      assertThat(unsignedGet(hub, PATH).status()).isEqualTo(404);
    }
  }

  @Test
  void aHubStartedAgainOnItsFolderServesTheSameManifest() {
    KeyPair key = HubFixtures.ed25519();
    VerificationKey trusted = new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, key.getPublic());
    VerificationKey hubKey;
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).trust(trusted).start();
        LibnetClient c = client(hub, hub.hubKey(), key)) {
      c.registerDigitalObject(object(HANOI));
      c.putDigitalObjectManifest(ID, MANIFEST, null);
      hubKey = hub.hubKey();
    }
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).trust(trusted).start();
        LibnetClient c = client(hub, hubKey, key)) {
      HttpMessage open = unsignedGet(hub, PATH);
      assertThat(open.body()).isEqualTo(MANIFEST);
      assertThat(header(open, "ETag")).isEqualTo("\"v1\"");
      assertThat(c.putDigitalObjectManifest(ID, MANIFEST, "\"v1\"").etag()).isEqualTo("\"v2\"");
    }
  }

  private static LibnetClient client(LibnetTestHub hub, VerificationKey hubKey, KeyPair key) {
    return LibnetClient.builder().baseUrl(hub.baseUrl()).signingKey(HANOI + "#k1", key.getPrivate()).hubKeys(HubKeys.pinned(hubKey)).build();
  }

  @Test
  void anUnsignedOrReplayedPutIsRefusedAsEveryWrite() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HANOI).build()) {
      hanoi.registerDigitalObject(object(HANOI));
      KeyPair k = HubFixtures.ed25519();
      hub.trust(new VerificationKey(HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPublic()));
      HttpMessage signed = HubFixtures.signedWrite(hub, "PUT", PATH, "application/ld+json",
          new String(MANIFEST, StandardCharsets.UTF_8), HANOI + "#raw", k);
      HttpMessage unsigned = HubFixtures.send(signed.withoutHeader("Signature").withoutHeader("Signature-Input"));
      assertThat(unsigned.status()).isEqualTo(401);
      assertThat(problemOf(hub, unsigned).code()).isEqualTo("SIGNATURE_INVALID");
      assertThat(unsignedGet(hub, PATH).status()).as("nothing stored").isEqualTo(404);

      assertThat(HubFixtures.send(signed).status()).isEqualTo(201);
      HttpMessage again = HubFixtures.send(signed);
      assertThat(again.status()).isEqualTo(401);
      assertThat(problemOf(hub, again).code()).isEqualTo("REPLAYED");
      assertThat(header(unsignedGet(hub, PATH), "ETag")).as("stored once").isEqualTo("\"v1\"");
    }
  }

  private static Problem problemOf(LibnetTestHub hub, HttpMessage r) throws Exception {
    LibnetSignatures.responseVerifier(KeyResolver.of(hub.hubKey()), java.time.Clock.systemUTC()).verify(r);
    return LibnetJson.mapper().readValue(r.body(), Problem.class);
  }
}
