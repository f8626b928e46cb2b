package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 9530 examples from src/test/resources/rfc9530 (see its README for the published defects). */
class ContentDigestTest {
  static final JsonNode DATA = Rfc9421VectorsTest.json("/rfc9530/vectors.json");

  static byte[] input(String name) {
    return HexFormat.of().parseHex(DATA.at("/inputs/" + name + "/hex").asText());
  }

  @Test
  void helloWorldWithAndWithoutTheTrailingNewline() {
    byte[] noLf = input("hello");
    byte[] lf = input("hello-lf");
    assertThat(noLf).hasSize(18);
    assertThat(lf).hasSize(19);
    assertThat(ContentDigest.fieldValue(noLf, ContentDigest.Algorithm.SHA_256)).isEqualTo(DATA.at("/hello_world/no_lf_18_bytes/content_digest_sha256").asText());
    assertThat(ContentDigest.fieldValue(noLf, ContentDigest.Algorithm.SHA_512)).isEqualTo(DATA.at("/hello_world/no_lf_18_bytes/content_digest_sha512").asText());
    assertThat(ContentDigest.fieldValue(lf, ContentDigest.Algorithm.SHA_256)).isEqualTo(DATA.at("/hello_world/with_lf_19_bytes/content_digest_sha256").asText());
    assertThat(ContentDigest.fieldValue(lf, ContentDigest.Algorithm.SHA_512)).isEqualTo(DATA.at("/hello_world/with_lf_19_bytes/content_digest_sha512").asText());
  }

  @Test
  void everySha2MemberOfThePublishedExamplesIsReproducedExceptTheKnownDefects() {
    int checked = 0;
    for (JsonNode ex : DATA.get("examples")) {
      for (JsonNode m : ex.get("members")) {
        ContentDigest.Algorithm a = ContentDigest.Algorithm.of(m.get("alg").asText());
        if (a == null || !DATA.get("inputs").has(m.get("input").asText())) {
          continue;
        }
        String computed = Base64.getEncoder().encodeToString(a.digest(input(m.get("input").asText())));
        boolean knownBad = ex.path("known_mismatch").has(a.token()) || ex.path("value_overpadded").asBoolean();
        if (!knownBad) {
          assertThat(computed).as(ex.get("id").asText() + " " + a.token()).isEqualTo(m.get("value_b64").asText());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(10);
  }

  @Test
  void overPaddedValuesAreRejectedByTheStrictParser() {
    int cases = 0;
    for (JsonNode ex : DATA.get("examples")) {
      // Repr-Digest has the same syntax; the strict parser is the same
      if (ex.path("value_overpadded").asBoolean()) {
        cases++;
        HttpMessage m = HttpMessage.request("POST", URI.create("https://example.com/")).header("Content-Digest", ex.get("field_value").asText()).body(input("hello-lf")).build();
        assertThatThrownBy(() -> ContentDigest.verify(m))
            .isInstanceOfSatisfying(HttpSignatureException.class, e -> assertThat(e.failure()).isEqualTo(SignatureFailure.SIGNATURE_SYNTAX));
      }
    }
    assertThat(cases).isGreaterThanOrEqualTo(4);
  }

  @Test
  void verifyAcceptsTheRightBodyAndNamesWhatIsWrong() {
    HttpMessage m = ContentDigest.add(HttpMessage.request("POST", URI.create("https://hub.example.vn/v1/catalog/records")).body("{\"a\":1}").build(), ContentDigest.Algorithm.SHA_256);
    ContentDigest.verify(m);
    assertThatThrownBy(() -> ContentDigest.verify(m.withBody("{\"a\":2}".getBytes())))
        .isInstanceOfSatisfying(HttpSignatureException.class, e -> {
          assertThat(e.failure()).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
          assertThat(e.getMessage()).contains("sha-256");
          assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).contains("không khớp");
        });
    assertThatThrownBy(() -> ContentDigest.verify(m.withoutHeader("Content-Digest")))
        .isInstanceOfSatisfying(HttpSignatureException.class, e -> assertThat(e.failure()).isEqualTo(SignatureFailure.DIGEST_MISSING));
    HttpMessage onlyMd5 = m.withoutHeader("Content-Digest").withHeader("Content-Digest", "md5=:HUXZLQLMuI/KZ5KDcJPcOA==:");
    assertThatThrownBy(() -> ContentDigest.verify(onlyMd5))
        .isInstanceOfSatisfying(HttpSignatureException.class, e -> assertThat(e.failure()).isEqualTo(SignatureFailure.DIGEST_MISSING));
  }

  @Test
  void wantContentDigestPreferences() {
    Map<ContentDigest.Algorithm, Integer> prefs = new LinkedHashMap<>();
    prefs.put(ContentDigest.Algorithm.SHA_512, 10);
    prefs.put(ContentDigest.Algorithm.SHA_256, 3);
    assertThat(ContentDigest.want(prefs)).isEqualTo("sha-512=10, sha-256=3");
    assertThat(ContentDigest.preferred("sha-256=1, sha-512=3, md5=10")).isEqualTo(ContentDigest.Algorithm.SHA_512);
    assertThat(ContentDigest.preferred("md5=10")).isEqualTo(ContentDigest.Algorithm.SHA_256);
  }
}
