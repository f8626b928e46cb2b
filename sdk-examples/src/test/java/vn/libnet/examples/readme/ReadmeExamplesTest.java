package vn.libnet.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.client.BatchSummary;
import vn.libnet.client.StubHub;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.id.Isil;
import vn.libnet.core.id.Issn;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.TonePlacement;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.ValidationContext;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.match.MatchDecision;

/** Runs each README example and checks that it does what the README says. */
class ReadmeExamplesTest {
  @TempDir Path dir;

  @Test
  void validateLibraryReportsTheExampleWithErrorsAsInvalidAndTheGoodOneAsValid() throws IOException {
    JsonNode bad = LibnetJson.mapper().readTree(ReadmeExamples.validateLibrary(resource("library-with-errors.json")));
    assertThat(bad.get("valid").asBoolean()).isFalse();
    assertThat(bad.get("issues")).isNotEmpty();
    JsonNode good = LibnetJson.mapper().readTree(ReadmeExamples.validateLibrary(resource("library.json")));
    assertThat(good.get("valid").asBoolean()).isTrue();
  }

  @Test
  void theIdentifierCommentsAreWhatTheCallsReturn() {
    ReadmeExamples.identifiers();
    Isbn isbn = Isbn.parse("ISBN 978-604-1-01234-9 (bìa mềm)");
    assertThat(isbn).hasToString("9786041012349");
    assertThat(isbn.toIsbn10()).hasValueSatisfying(i -> assertThat(i).hasToString("6041012343"));
    assertThat(Isbn.isValid("978-604-1-01234-5")).isFalse();
    assertThat(Issn.parse("issn 0378 5955")).hasToString("0378-5955");
    assertThat(Isil.parse("VN-HaNoi-TVHN").isVietnamese()).isTrue();
  }

  @Test
  void theTextCommentsAreWhatTheCallsReturn() {
    List<String> titles = new ArrayList<>(List.of("đ", "b", "â", "a", "ă"));
    byte[] tcvn3 = LegacyEncoding.TCVN3.encode("Thư viện");
    ReadmeExamples.vietnameseText(titles, tcvn3);
    assertThat(titles).containsExactly("a", "ă", "â", "b", "đ");
    assertThat(VietnameseText.normalize("Khánh Hoà")).isEqualTo("Khánh Hòa");
    assertThat(VietnameseText.normalize("Khánh Hòa", TonePlacement.MODERN)).isEqualTo("Khánh Hoà");
    assertThat(VietnameseText.fold("Đà Nẵng, Hoà Bình")).isEqualTo("da nang hoa binh");
    assertThat(LegacyEncoding.TCVN3.decode(tcvn3)).isEqualTo("Thư viện");
    assertThat(LegacyEncoding.repair("Th­ viÖn Hµ Néi")).hasValueSatisfying(r -> {
      assertThat(r.text()).isEqualTo("Thư viện Hà Nội");
      assertThat(r.encoding()).isEqualTo(LegacyEncoding.TCVN3);
    });
  }

  @Test
  void readJsonDocumentsValidatesEachDocumentAndReportsTheUnreadableOne() throws IOException {
    String json = "[" + resource("bib-record.json") + ", {\"titles\": 5}]";
    List<ValidationReport> reports = ReadmeExamples.readJsonDocuments(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), Locale.ENGLISH, ValidationContext.of(Locale.ENGLISH));
    assertThat(reports).hasSize(2);
    assertThat(reports.get(1).isValid()).isFalse();
    assertThat(reports.get(1).issues()).anySatisfy(i -> assertThat(i.code()).startsWith("JSON_"));
  }

  @Test
  void theSignedRequestIsAcceptedOnceThenRefusedAsAReplayAndTheAnswerVerifies() throws Exception {
    KeyPair library = ed25519();
    KeyPair hub = ed25519();
    Path keyFile = Files.writeString(dir.resolve("VN-HaNoi-TVHN_k1.key.pem"), Keys.toPem(library.getPrivate()));
    KeyResolver hubKeys = KeyResolver.of(new VerificationKey("VN-LIBNET#hub1", SignatureAlgorithm.ED25519, hub.getPublic()));
    SignatureFailure why = ReadmeExamples.signatures(keyFile, library.getPublic(), UUID.randomUUID().toString(),
        "<collection xmlns=\"http://www.loc.gov/MARC21/slim\"/>", hub.getPrivate(), hubKeys, "{\"ok\":true}");
    assertThat(why).isEqualTo(SignatureFailure.REPLAYED);
  }

  @Test
  void repairAndValidateWritesEveryReadableRecordAsMarcxml() throws IOException {
    Path catalogue = dir.resolve("catalogue.mrc");
    try (MarcRecordWriter w = MarcWriters.open(catalogue, MarcFormat.ISO2709)) {
      SyntheticRecords.builder().seed(3).build().stream(20).forEach(s -> w.write(s.record()));
    }
    Path marcxml = dir.resolve("catalogue.xml");
    ReadmeExamples.repairAndValidate(catalogue, marcxml, Locale.ENGLISH);
    try (MarcRecordReader back = MarcReaders.open(marcxml, MarcFormat.MARCXML, ReadOptions.strict())) {
      int n = 0;
      while (back.hasNext()) {
        back.next();
        n++;
      }
      assertThat(n).isEqualTo(20);
    }
  }

  @Test
  void dedupLinksTheSameBookContributedTwice() {
    Record one = SyntheticRecords.builder().seed(9).build().stream(1).findFirst().orElseThrow().record();
    List<MatchDecision> links = ReadmeExamples.dedup(List.of(one, one));
    assertThat(links).hasSize(1);
    assertThat(links.get(0).score()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void contributeSendsEveryRecordSignedAndTrustsThePinnedHubKeys() throws IOException {
    try (StubHub hub = new StubHub()) {
      hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).willReturn(aResponse().withTransformers("ledger")));
      Path catalogue = dir.resolve("catalogue.mrc");
      try (MarcRecordWriter w = MarcWriters.open(catalogue, MarcFormat.ISO2709)) {
        SyntheticRecords.builder().seed(5).build().stream(150).forEach(s -> w.write(s.record()));
      }
      Path key = Files.writeString(dir.resolve("k1.key.pem"), Keys.toPem(hub.library.getPrivate()));
      Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.hubJwks());
      BatchSummary s = ReadmeExamples.contribute(hub.baseUrl(), key, jwks, catalogue);
      assertThat(s.complete()).isTrue();
      assertThat(s.accepted()).isEqualTo(150);
      assertThat(hub.ledger.stored).hasSize(150);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ReadmeExamplesTest.class.getResourceAsStream("/vn/libnet/core/examples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static KeyPair ed25519() throws NoSuchAlgorithmException {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }
}
