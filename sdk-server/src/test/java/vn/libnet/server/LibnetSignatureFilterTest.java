package vn.libnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.VerificationKey;

/**
 * The filter in a real container (Jetty 12 ee10), spoken to over HTTP by requests signed with sdk-core's
 * profile; the client-level tests, through {@code LibnetClient} and in Tomcat too, are in sdk-testkit.
 */
class LibnetSignatureFilterTest {
  static final String LIBRARY_KEY = "VN-HaNoi-TVHN#k1";
  static final String SERVER_KEY = "VN-HaNoi-OPAC#server";
  final KeyPair library = ed25519();
  final KeyPair serverKey = ed25519();
  final HttpClient http = HttpClient.newHttpClient();
  final AtomicInteger applicationCalls = new AtomicInteger();
  FilteredApp app;

  @AfterEach
  void stop() throws Exception {
    if (app != null) {
      app.close();
    }
  }

  /** What the application does: echo the signer and body, or answer as the path says. */
  final class Echo extends HttpServlet {
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      applicationCalls.incrementAndGet();
      String path = req.getRequestURI();
      if (path.endsWith("/missing")) {
        res.sendError(404, "No such record / Không có biểu ghi này");
        return;
      }
      if (path.endsWith("/boom")) {
        throw new IllegalStateException("secret internal state 0xDEADBEEF");
      }
      if (path.endsWith("/moved")) {
        res.sendRedirect("https://elsewhere.example/");
        return;
      }
      byte[] body = req.getInputStream().readAllBytes();
      res.setStatus(path.endsWith("/created") ? 201 : 200);
      res.setHeader("ETag", "\"v7\"");
      res.setContentType("application/json");
      res.getWriter().write(LibnetJson.mapper().writeValueAsString(Map.of(
          "signer", VerifiedSigner.of(req).map(VerifiedSigner::keyId).orElse("none"),
          "isil", VerifiedSigner.of(req).map(VerifiedSigner::isil).orElse("none"),
          "body", new String(body, StandardCharsets.UTF_8))));
    }
  }

  private LibnetSignatureFilter.Builder filter(FilteredApp a) {
    return LibnetSignatureFilter.builder()
        .trustedKeys(KeyResolver.of(new VerificationKey(LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPublic())))
        .publicUrls(a.baseUrl())
        .signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, serverKey.getPrivate());
  }

  private FilteredApp start(java.util.function.UnaryOperator<LibnetSignatureFilter.Builder> configure) throws Exception {
    app = new FilteredApp();
    return app.start(configure.apply(filter(app)).build(), new Echo());
  }

  private HttpMessage signedWrite(String method, URI target, String body) {
    // The charset in upper case, as OkHttp writes it: Jetty's header cache would lower it unless told not to.
    HttpMessage m = HttpMessage.request(method, target).header("Content-Type", "application/json; charset=UTF-8")
        .header("Idempotency-Key", LibnetSignatures.nonce()).body(body).build();
    return LibnetSignatures.signRequest(m, LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPrivate(), Clock.systemUTC());
  }

  private HttpResponse<byte[]> send(HttpMessage m) throws Exception {
    return SignedExchange.send(http, m);
  }

  /** The answer verified as the LibNet client verifies one: bound to {@code request}. */
  private void assertSignedAnswerTo(HttpMessage request, HttpResponse<byte[]> res) {
    SignedExchange.assertSignedAnswerTo(new VerificationKey(SERVER_KEY, SignatureAlgorithm.ED25519, serverKey.getPublic()), request, res);
  }

  private static JsonNode json(HttpResponse<byte[]> res) throws IOException {
    return LibnetJson.mapper().readTree(res.body());
  }

  @Test
  void aSignedWriteReachesTheApplicationWithItsSignerAndBodyAndItsAnswerIsSignedAndBound() throws Exception {
    start(b -> b);
    HttpMessage request = signedWrite("POST", app.baseUrl().resolve("/v1/catalog/records/created"), "{\"tựa\":\"Truyện Kiều\"}");
    HttpResponse<byte[]> res = send(request);
    assertThat(res.statusCode()).isEqualTo(201);
    assertThat(json(res).get("signer").asText()).isEqualTo(LIBRARY_KEY);
    assertThat(json(res).get("isil").asText()).isEqualTo("VN-HaNoi-TVHN");
    assertThat(json(res).get("body").asText()).isEqualTo("{\"tựa\":\"Truyện Kiều\"}");
    assertThat(res.headers().firstValue("ETag")).contains("\"v7\"");
    assertThat(res.headers().firstValue("Signature-Input").orElseThrow()).contains("\"signature\";req;key=\"libnet\"").contains("\"etag\"");
    assertSignedAnswerTo(request, res);
    // The same answer does not verify as the answer to another request.
    HttpMessage other = signedWrite("POST", app.baseUrl().resolve("/v1/catalog/records/created"), "{\"tựa\":\"Truyện Kiều\"}");
    assertThatThrownBy(() -> assertSignedAnswerTo(other, res)).isInstanceOf(vn.libnet.core.signature.HttpSignatureException.class);
  }

  @Test
  void eachRefusalNamesItsReasonIsSignedAndNeverReachesTheApplication() throws Exception {
    start(b -> b);
    URI target = app.baseUrl().resolve("/v1/catalog/records");
    // Unsigned write.
    HttpMessage unsigned = HttpMessage.request("POST", target).header("Content-Type", "application/json").body("{}").build();
    HttpResponse<byte[]> res = send(unsigned);
    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(res.headers().firstValue("Content-Type")).contains("application/problem+json");
    assertThat(json(res).get("code").asText()).isEqualTo("SIGNATURE_INVALID");
    assertSignedAnswerTo(unsigned, res);
    // Body changed after signing.
    HttpMessage signed = signedWrite("POST", target, "{\"a\":1}");
    res = send(signed.withBody("{\"a\":2}".getBytes(StandardCharsets.UTF_8)));
    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(json(res).get("code").asText()).isEqualTo("DIGEST_INVALID");
    // Replayed: first accepted, then refused.
    assertThat(send(signed).statusCode()).isEqualTo(200);
    res = send(signed);
    assertThat(json(res).get("code").asText()).isEqualTo("REPLAYED");
    assertThat(json(res).get("detail").asText()).contains("SIG_");
    assertSignedAnswerTo(signed, res);
    assertThat(applicationCalls).hasValue(1);
  }

  @Test
  void aRequestSignedForAnotherPublicUrlThanTheServersIsATargetMismatch() throws Exception {
    app = new FilteredApp();
    app.start(LibnetSignatureFilter.builder()
        .trustedKeys(KeyResolver.of(new VerificationKey(LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPublic())))
        .publicUrls(URI.create("https://opac.example.vn/"))
        .signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, serverKey.getPrivate()).build(), new Echo());
    HttpMessage signed = signedWrite("POST", app.baseUrl().resolve("/v1/catalog/records"), "{}");
    HttpResponse<byte[]> res = send(signed);
    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(json(res).get("code").asText()).isEqualTo("TARGET_MISMATCH");
    assertSignedAnswerTo(signed, res);
    assertThat(applicationCalls).hasValue(0);
  }

  @Test
  void anUnsignedReadPassesUnlessSignedReadsAreRequiredAndASignedReadIsVerified() throws Exception {
    start(b -> b);
    HttpMessage read = HttpMessage.request("GET", app.baseUrl().resolve("/v1/libraries")).build();
    HttpResponse<byte[]> res = send(read);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(json(res).get("signer").asText()).isEqualTo("none");
    assertSignedAnswerTo(read, res);
    HttpMessage signedRead = LibnetSignatures.signRequest(read, LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPrivate(), Clock.systemUTC());
    res = send(signedRead);
    assertThat(json(res).get("signer").asText()).isEqualTo(LIBRARY_KEY);
    assertSignedAnswerTo(signedRead, res);
    assertThat(json(send(signedRead)).get("code").asText()).isEqualTo("REPLAYED");
    app.close();
    start(b -> b.requireSignedReads(true));
    read = HttpMessage.request("GET", app.baseUrl().resolve("/v1/libraries")).build();
    assertThat(send(read).statusCode()).isEqualTo(401);
  }

  @Test
  void aBodyOverTheLimitIsRefusedOnItsLengthAloneOrAsSoonAsReadingPassesIt() throws Exception {
    start(b -> b.limits(SignatureLimits.DEFAULTS.withMaxBodyBytes(1024)));
    HttpMessage big = signedWrite("POST", app.baseUrl().resolve("/v1/catalog/records"), "x".repeat(4096));
    HttpResponse<byte[]> res = send(big);
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(json(res).get("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
    assertSignedAnswerTo(big, res);
    // Chunked: no length to judge by, so the filter counts as it reads.
    HttpRequest.Builder chunked = HttpRequest.newBuilder(big.targetUri());
    big.headers().forEach(h -> chunked.header(h.getKey(), h.getValue()));
    chunked.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.body())));
    res = http.send(chunked.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(res.statusCode()).isEqualTo(413);
    assertThat(applicationCalls).hasValue(0);
    // At the limit exactly, it passes.
    assertThat(send(signedWrite("POST", app.baseUrl().resolve("/v1/catalog/records"), "y".repeat(1024))).statusCode()).isEqualTo(200);
  }

  @Test
  void theApplicationsErrorsRedirectsAndExceptionsAreSignedAndAnExceptionsTextStaysInside() throws Exception {
    start(b -> b);
    HttpMessage missing = HttpMessage.request("GET", app.baseUrl().resolve("/v1/catalog/records/missing")).build();
    HttpResponse<byte[]> res = send(missing);
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(json(res).get("code").asText()).isEqualTo("NOT_FOUND");
    assertThat(json(res).get("detail").asText()).contains("Không có biểu ghi");
    assertSignedAnswerTo(missing, res);
    HttpMessage boom = HttpMessage.request("GET", app.baseUrl().resolve("/v1/boom")).build();
    res = send(boom);
    assertThat(res.statusCode()).isEqualTo(500);
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).doesNotContain("DEADBEEF").doesNotContain("IllegalState").contains("INTERNAL_ERROR");
    assertSignedAnswerTo(boom, res);
    HttpMessage moved = HttpMessage.request("GET", app.baseUrl().resolve("/v1/moved")).build();
    res = send(moved);
    assertThat(res.statusCode()).isEqualTo(302);
    assertThat(res.headers().firstValue("Location")).contains("https://elsewhere.example/");
    assertThat(res.headers().firstValue("Signature-Input").orElseThrow()).contains("\"location\"");
    assertSignedAnswerTo(moved, res);
  }

  @Test
  void aRequestWithoutAUsableHostIsRefusedWith400() throws Exception {
    start(b -> b);
    for (String host : new String[] {"Host: bad host!\r\n", "Host: a/b\r\n"}) {
      try (Socket s = new Socket("127.0.0.1", app.port())) {
        OutputStream o = s.getOutputStream();
        o.write(("GET /v1/libraries HTTP/1.1\r\n" + host + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.flush();
        InputStream in = s.getInputStream();
        String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(answer).startsWith("HTTP/1.1 400");
      }
    }
    assertThat(applicationCalls).hasValue(0);
  }

  @Test
  void aBuilderWithoutASigningKeyOrAVerifierIsAProgrammingError() {
    assertThatThrownBy(() -> LibnetSignatureFilter.builder().publicUrls(URI.create("https://opac.example.vn/")).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("signing key");
    assertThatThrownBy(() -> LibnetSignatureFilter.builder().signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, serverKey.getPrivate()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("verifier");
    assertThatThrownBy(() -> LibnetSignatureFilter.builder().publicUrls(URI.create("ftp://x/")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
