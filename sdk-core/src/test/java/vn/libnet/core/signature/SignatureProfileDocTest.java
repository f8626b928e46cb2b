package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the worked example of {@code docs/signature-profile.md} true: the messages shown there were made by
 * {@link #main} (the SDK signing with the interop test keys at a fixed time), and this test verifies them
 * with the SDK's verifiers and checks the signature bases printed beside them.
 */
class SignatureProfileDocTest {
  static final Path DOC = Path.of("..", "docs", "signature-profile.md");
  static final String LIBRARY_KEY = "VN-HaNoi-TVHN#key-2026";
  static final String HUB_KEY = "VN-LIBNET#hub1";
  static final Instant SIGNED_AT = Instant.parse("2026-01-01T08:00:00Z");
  static final Clock READ_AT = Clock.fixed(SIGNED_AT.plusSeconds(30), ZoneOffset.UTC);

  @Test
  void theWorkedExampleVerifies() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    KeyResolver keys = KeyResolver.of(
        new VerificationKey(LIBRARY_KEY, SignatureAlgorithm.ED25519, Keys.publicKeyFromPem(PythonInteropTest.resource("ed25519.pub.pem"))),
        new VerificationKey(HUB_KEY, SignatureAlgorithm.ECDSA_P256_SHA256, Keys.publicKeyFromPem(PythonInteropTest.resource("ecdsa-p256.pub.pem"))));
    SignatureVerifier hub = LibnetSignatures.requestVerifier(keys, new NonceCache(10), READ_AT, List.of(URI.create("https://hub.libnet.vn/")));
    SignatureVerifier client = LibnetSignatures.responseVerifier(keys, READ_AT);

    HttpMessage write = HttpMessage.parse(block(doc, "write"), "https");
    HttpMessage read = HttpMessage.parse(block(doc, "read"), "https");
    HttpMessage answer = PythonInteropTest.withRequest(HttpMessage.parse(block(doc, "answer"), "https"), write);

    assertThat(hub.verify(write).key().keyId()).isEqualTo(LIBRARY_KEY);
    assertThat(hub.verify(read).parameters().components()).hasSize(2);
    assertThat(client.verify(answer).parameters().components()).contains(LibnetSignatures.REQUEST_SIGNATURE);
    for (var shown : List.of(List.of("write", write), List.of("read", read), List.of("answer", answer))) {
      HttpMessage m = (HttpMessage) shown.get(1);
      assertThat(block(doc, shown.get(0) + "-base")).as(shown.get(0) + " base")
          .isEqualTo(SignatureBase.build(m, HttpSignatures.signatureInputs(m).get(LibnetSignatures.LABEL)));
    }
  }

  /** The fenced block after {@code <!-- example: name -->}. */
  private static String block(String doc, String name) {
    Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\n```[a-z]*\\n(.*?)\\n```", Pattern.DOTALL).matcher(doc);
    assertThat(m.find()).as("example " + name + " in " + DOC).isTrue();
    return m.group(1);
  }

  /**
   * Prints the example as the document shows it (the command is in the document, under "A worked
   * example"). The nonces are random, so each run prints other, equally valid, signatures.
   */
  public static void main(String[] args) {
    PrivateKey library = Keys.privateKeyFromPem(PythonInteropTest.resource("ed25519.priv.pem"));
    PrivateKey hubKey = Keys.privateKeyFromPem(PythonInteropTest.resource("ecdsa-p256.priv.pem"));
    Clock t0 = Clock.fixed(SIGNED_AT, ZoneOffset.UTC);
    Clock t1 = Clock.fixed(SIGNED_AT.plusSeconds(1), ZoneOffset.UTC);
    String holding = "{\"ownerIsil\":\"VN-HaNoi-TVHN\",\"localId\":\"HN-000123\",\"callNumber\":\"959.7 L302S\",\"location\":\"Kho mở tầng 2\"}";
    HttpMessage write = LibnetSignatures.signRequest(
        HttpMessage.request("PUT", URI.create("https://hub.libnet.vn/v1/catalog/holdings/VN-HaNoi-TVHN/HN-000123"))
            .header("Content-Type", "application/json").header("Idempotency-Key", "2f1c9a4e-holding-HN-000123")
            .header("If-Match", "\"h-6\"").body(holding).build(),
        LIBRARY_KEY, SignatureAlgorithm.ED25519, library, t0);
    HttpMessage answer = LibnetSignatures.signResponse(HttpMessage.response(200).request(write)
        .header("Content-Type", "application/json").header("ETag", "\"h-7\"").body(holding).build(),
        HUB_KEY, SignatureAlgorithm.ECDSA_P256_SHA256, hubKey, t1);
    HttpMessage read = LibnetSignatures.signRequest(
        HttpMessage.request("GET", URI.create("https://hub.libnet.vn/v1/libraries/VN-HaNoi-TVHN")).header("Accept", "application/json").build(),
        LIBRARY_KEY, SignatureAlgorithm.ED25519, library, t0);
    for (var shown : List.of(List.of("write", write), List.of("answer", answer), List.of("read", read))) {
      HttpMessage m = (HttpMessage) shown.get(1);
      System.out.println("<!-- example: " + shown.get(0) + " -->\n```http\n" + m.toHttpText().stripTrailing() + "\n```\n");
      System.out.println("<!-- example: " + shown.get(0) + "-base -->\n```text\n"
          + SignatureBase.build(m, HttpSignatures.signatureInputs(m).get(LibnetSignatures.LABEL)) + "\n```\n");
    }
  }
}
