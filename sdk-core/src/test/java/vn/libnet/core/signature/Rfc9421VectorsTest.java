package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.libnet.core.json.LibnetJson;

/** Every vector of RFC 9421 in src/test/resources/rfc9421 (see its README). */
class Rfc9421VectorsTest {
  static final JsonNode DATA = json("/rfc9421/vectors.json");

  static Stream<Arguments> vectors() {
    List<Arguments> out = new ArrayList<>();
    DATA.get("vectors").forEach(v -> out.add(Arguments.of(v.get("id").asText(), v)));
    return out.stream();
  }

  static HttpMessage message(String name) {
    return HttpMessage.parse(DATA.at("/messages/" + name + "/raw").asText(), "https");
  }

  static HttpMessage messageOf(JsonNode v) {
    HttpMessage m = message(v.get("message").asText());
    if (!v.get("request_message").isNull()) {
      HttpMessage req = message(v.get("request_message").asText());
      HttpMessage.Builder b = HttpMessage.response(m.status()).request(req).body(m.body());
      m.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
      m = b.build();
    }
    return m;
  }

  static Key privateKey(String keyId) {
    if (keyId.equals("test-shared-secret")) {
      return hmacKey();
    }
    return Keys.privateKeyFromPem(text("/rfc9421/" + DATA.at("/keys/" + keyId + "/private").asText()));
  }

  static Key publicKey(String keyId) {
    if (keyId.equals("test-shared-secret")) {
      return hmacKey();
    }
    return Keys.publicKeyFromPem(text("/rfc9421/" + DATA.at("/keys/" + keyId + "/public").asText()));
  }

  static Key hmacKey() {
    return new SecretKeySpec(Base64.getDecoder().decode(DATA.at("/keys/test-shared-secret/secret_b64").asText()), "HmacSHA256");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void signatureBaseIsReproducedByteForByte(String id, JsonNode v) {
    HttpMessage m = messageOf(v);
    SignatureParameters params = SignatureParameters.parse(v.get("signature_params").asText());
    assertThat(params.toString()).isEqualTo(v.get("signature_params").asText());
    assertThat(SignatureBase.build(m, params)).isEqualTo(v.get("signature_base").asText());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void rfcSignatureVerifiesWithThePemKeyAndTheJwk(String id, JsonNode v) {
    HttpMessage m = messageOf(v);
    SignatureAlgorithm alg = SignatureAlgorithm.fromName(v.get("alg").asText());
    SignatureParameters params = SignatureParameters.parse(v.get("signature_params").asText());
    byte[] base = SignatureBase.bytes(m, params);
    byte[] signature = Base64.getDecoder().decode(v.get("signature_b64").asText());
    String keyId = v.get("keyid").asText();
    assertThat(alg.verify(publicKey(keyId), base, signature)).isTrue();
    JsonNode jwk = DATA.at("/keys/" + keyId + "/jwk");
    if (!jwk.isMissingNode()) {
      assertThat(alg.verify(Keys.publicFromJwk(jwk.toString()), base, signature)).as("JWK").isTrue();
    }
    byte[] tampered = base.clone();
    tampered[tampered.length - 2] ^= 1;
    assertThat(alg.verify(publicKey(keyId), tampered, signature)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void deterministicAlgorithmsSignIdentically(String id, JsonNode v) {
    if (!v.get("deterministic").asBoolean()) {
      return;
    }
    HttpMessage m = messageOf(v);
    SignatureAlgorithm alg = SignatureAlgorithm.fromName(v.get("alg").asText());
    SignatureParameters params = SignatureParameters.parse(v.get("signature_params").asText());
    HttpMessage signed = HttpSignatures.sign(m.withoutHeader("Signature").withoutHeader("Signature-Input"),
        v.get("label").asText(), params, alg, privateKey(v.get("keyid").asText()));
    assertThat(signed.headers("Signature-Input")).containsExactly(v.get("signature_input_header").asText());
    assertThat(signed.headers("Signature")).containsExactly(v.get("signature_header").asText());
    assertThat(HttpSignatures.verify(signed, v.get("label").asText(), alg, publicKey(v.get("keyid").asText()))).isTrue();
  }

  @Test
  void nonDeterministicAlgorithmsRoundTrip() {
    HttpMessage m = message("test-request");
    for (String keyId : List.of("test-key-rsa-pss", "test-key-ecc-p256")) {
      SignatureAlgorithm alg = keyId.contains("ecc") ? SignatureAlgorithm.ECDSA_P256_SHA256 : SignatureAlgorithm.RSA_PSS_SHA512;
      SignatureParameters p = SignatureParameters.builder().cover("@method", "@authority", "content-digest").created(1618884473).keyId(keyId).build();
      HttpMessage signed = HttpSignatures.sign(m, "s", p, alg, privateKey(keyId));
      assertThat(HttpSignatures.verify(signed, "s", alg, publicKey(keyId))).isTrue();
      if (alg == SignatureAlgorithm.ECDSA_P256_SHA256) {
        assertThat(Base64.getDecoder().decode(HttpSignatures.signatureBase64(signed, "s"))).hasSize(64);
      }
    }
  }

  @Test
  void transformedMessagesVerifyOrFailAsTheRfcSays() {
    JsonNode v = null;
    for (JsonNode x : DATA.get("vectors")) {
      if (x.get("id").asText().equals("B.4-transform")) {
        v = x;
      }
    }
    Key key = publicKey("test-key-ed25519");
    for (JsonNode valid : v.at("/transform_cases/valid")) {
      assertThat(HttpSignatures.verify(HttpMessage.parse(valid.asText(), "https"), "transform", SignatureAlgorithm.ED25519, key))
          .as(valid.asText()).isTrue();
    }
    for (JsonNode invalid : v.at("/transform_cases/invalid")) {
      HttpMessage m = HttpMessage.parse(invalid.asText(), "https");
      boolean verified;
      try {
        verified = HttpSignatures.verify(m, "transform", SignatureAlgorithm.ED25519, key);
      } catch (HttpSignatureException e) {
        verified = false;
      }
      assertThat(verified).as(invalid.asText()).isFalse();
    }
  }

  @Test
  void everyRfcKeyLoadsFromPemAndJwk() {
    for (String keyId : List.of("test-key-rsa", "test-key-rsa-pss", "test-key-ecc-p256", "test-key-ed25519")) {
      assertThat(privateKey(keyId)).as(keyId).isNotNull();
      assertThat(publicKey(keyId)).as(keyId).isNotNull();
      JsonNode jwk = DATA.at("/keys/" + keyId + "/jwk");
      if (!jwk.isMissingNode()) {
        assertThat(Keys.fromJwk(jwk.toString())).as(keyId + " private JWK").isInstanceOf(java.security.PrivateKey.class);
        assertThat(Keys.toPublicJwk(Keys.publicFromJwk(jwk.toString()))).as(keyId).containsEntry("kty", jwk.get("kty").asText());
      }
    }
    for (String derived : List.of("derived/test-key-ecc-p256.pkcs8.pem", "derived/test-key-rsa.pkcs8.pem")) {
      assertThat(Keys.privateKeyFromPem(text("/rfc9421/" + derived))).as(derived).isNotNull();
    }
    assertThat(Keys.publicKeyFromPem(text("/rfc9421/derived/test-key-rsa.spki.pem"))).isNotNull();
  }

  static JsonNode json(String resource) {
    try {
      return LibnetJson.mapper().readTree(text(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String resource) {
    try (InputStream in = Rfc9421VectorsTest.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
