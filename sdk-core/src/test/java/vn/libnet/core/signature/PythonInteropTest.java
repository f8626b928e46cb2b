package vn.libnet.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cross-checks the SDK's LibNet signatures against an independent implementation of RFC 9421 in Python
 * ({@code src/test/resources/interop/rfc9421_interop.py}, over the {@code cryptography} package), with
 * messages exchanged as plain HTTP/1.1 text ({@link HttpMessage#toHttpText}, {@link HttpMessage#parse}).
 *
 * <p>The recorded fixtures (Python-signed with fixed keys, a fixed {@code created} and fixed nonces) are
 * verified on every build, CI included, with a fixed clock. The live exchanges, in both directions, need
 * {@code python3} with {@code cryptography}; without them those tests are skipped, saying so.
 */
class PythonInteropTest {
  /** The {@code created} of every fixture (2026-01-01T00:00:00Z), as the script records it. */
  static final long FIXTURE_CREATED = 1767225600L;
  static final String LIBRARY = "VN-HaNoi-TVHN";
  static final URI FIXTURE_HUB = URI.create("https://hub.libnet.vn/");
  static final URI LIVE_HUB = URI.create("https://hub.libnet.vn:8443/");
  static final Clock FIXTURE_CLOCK = Clock.fixed(Instant.ofEpochSecond(FIXTURE_CREATED + 30), ZoneOffset.UTC);

  private static Boolean pythonAvailable;
  private static String pythonProblem = "";

  /** The algorithms both sides support, with the name of their fixture files. */
  enum Alg {
    ED25519("ed25519", SignatureAlgorithm.ED25519),
    ECDSA_P256("ecdsa-p256", SignatureAlgorithm.ECDSA_P256_SHA256),
    RSA_PSS("rsa-pss", SignatureAlgorithm.RSA_PSS_SHA512);

    final String file;
    final SignatureAlgorithm algorithm;

    Alg(String file, SignatureAlgorithm algorithm) {
      this.file = file;
      this.algorithm = algorithm;
    }

    /** Only Ed25519 signs the same bytes twice; ECDSA (random k) and PSS (random salt) do not. */
    boolean deterministic() {
      return this == ED25519;
    }

    KeyPair generate() {
      try {
        KeyPairGenerator g;
        switch (this) {
          case ED25519 -> g = KeyPairGenerator.getInstance("Ed25519");
          case ECDSA_P256 -> {
            g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
          }
          default -> {
            g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
          }
        }
        return g.generateKeyPair();
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  // ------------------------------------------------------------------------------------------------
  // Recorded fixtures: always, without Python.

  @ParameterizedTest
  @EnumSource(Alg.class)
  void recordedPythonSignedRequestsVerifyWithTheSdk(Alg alg) {
    PublicKey pub = Keys.publicKeyFromPem(resource(alg.file + ".pub.pem"));
    SignatureVerifier verifier = LibnetSignatures.requestVerifier(
        KeyResolver.of(new VerificationKey(LIBRARY + "#interop-" + alg.file, alg.algorithm, pub)), new NonceCache(100),
        FIXTURE_CLOCK, List.of(FIXTURE_HUB));

    SignatureVerifier.Verified write = verifier.verify(fixture(alg, "write"));
    assertThat(write.parameters().components()).extracting(ComponentId::toString)
        .containsExactly("\"@method\"", "\"@target-uri\"", "\"content-digest\"", "\"content-type\"", "\"idempotency-key\"");
    assertThat(write.parameters().created()).contains(FIXTURE_CREATED);
    assertThat(write.parameters().expires()).contains(FIXTURE_CREATED + 300);
    assertThat(write.parameters().tag()).contains(LibnetSignatures.TAG);

    SignatureVerifier.Verified read = verifier.verify(fixture(alg, "read"));
    assertThat(read.parameters().components()).extracting(ComponentId::toString).containsExactly("\"@method\"", "\"@target-uri\"");
  }

  @ParameterizedTest
  @EnumSource(Alg.class)
  void recordedPythonSignedBoundAnswerVerifiesWithTheSdk(Alg alg) {
    SignatureVerifier.Verified answer = responseVerifier(alg, FIXTURE_CLOCK).verify(withRequest(fixture(alg, "response"), fixture(alg, "write")));
    assertThat(answer.parameters().components()).contains(LibnetSignatures.REQUEST_SIGNATURE);
    assertThat(answer.key().keyId()).isEqualTo("hub#interop-" + alg.file);
  }

  @ParameterizedTest
  @EnumSource(Alg.class)
  void recordedFixturesTamperedOrOutOfTimeAreRefused(Alg alg) {
    PublicKey pub = Keys.publicKeyFromPem(resource(alg.file + ".pub.pem"));
    KeyResolver keys = KeyResolver.of(new VerificationKey(LIBRARY + "#interop-" + alg.file, alg.algorithm, pub));
    HttpMessage write = fixture(alg, "write");
    SignatureVerifier verifier = LibnetSignatures.requestVerifier(keys, new NonceCache(100), FIXTURE_CLOCK, List.of(FIXTURE_HUB));

    assertThat(failure(() -> verifier.verify(flipLastBodyByte(write)))).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
    HttpMessage otherKey = write.withoutHeader("Idempotency-Key").withHeader("Idempotency-Key", "interop-0002");
    assertThat(failure(() -> verifier.verify(otherKey))).isEqualTo(SignatureFailure.BAD_SIGNATURE);
    assertThat(failure(() -> LibnetSignatures.requestVerifier(keys, new NonceCache(100), FIXTURE_CLOCK,
        List.of(URI.create("https://other-hub.libnet.vn/"))).verify(write))).isEqualTo(SignatureFailure.TARGET_MISMATCH);
    Clock later = Clock.offset(FIXTURE_CLOCK, java.time.Duration.ofSeconds(400));
    assertThat(failure(() -> LibnetSignatures.requestVerifier(keys, new NonceCache(100), later, List.of(FIXTURE_HUB)).verify(write)))
        .isIn(SignatureFailure.TOO_OLD, SignatureFailure.EXPIRED);
    verifier.verify(write);
    assertThat(failure(() -> verifier.verify(write))).isEqualTo(SignatureFailure.REPLAYED);

    SignatureVerifier answers = responseVerifier(alg, FIXTURE_CLOCK);
    HttpMessage response = fixture(alg, "response");
    assertThat(failure(() -> answers.verify(withRequest(flipLastBodyByte(response), write)))).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
    // The same answer given for another request (the read) no longer verifies: it is bound to the write.
    assertThat(failure(() -> answers.verify(withRequest(response, fixture(alg, "read"))))).isEqualTo(SignatureFailure.BAD_SIGNATURE);
  }

  // ------------------------------------------------------------------------------------------------
  // Live exchanges with Python: skipped without python3 and cryptography.

  @ParameterizedTest
  @EnumSource(Alg.class)
  void sdkSignedWriteReadAndBoundAnswerVerifyInPython(Alg alg, @TempDir Path dir) throws IOException {
    assumePython();
    KeyPair pair = alg.generate();
    Path pub = write(dir, "key.pub.pem", Keys.toPem(pair.getPublic()));
    Exchange x = sdkSignedExchange(alg, pair.getPrivate());

    Path writeFile = write(dir, "write.http", x.write.toHttpText());
    Path readFile = write(dir, "read.http", x.read.toHttpText());
    Path answerFile = write(dir, "response.http", x.response.toHttpText());
    String now = String.valueOf(Instant.now().getEpochSecond());
    assertThat(python("verify", "--alg", alg.algorithm.rfcName(), "--key", pub.toString(), "--kind", "write", "--now", now, writeFile.toString()))
        .isEqualTo(new Result(0, "verified"));
    assertThat(python("verify", "--alg", alg.algorithm.rfcName(), "--key", pub.toString(), "--kind", "read", "--now", now, readFile.toString()))
        .isEqualTo(new Result(0, "verified"));
    assertThat(python("verify", "--alg", alg.algorithm.rfcName(), "--key", pub.toString(), "--kind", "response", "--now", now,
        "--request", writeFile.toString(), answerFile.toString())).isEqualTo(new Result(0, "verified"));

    // One byte changed, anywhere that matters, and Python refuses too.
    Path badBody = write(dir, "write-body.http", flipLastBodyByte(x.write).toHttpText());
    assertThat(python("verify", "--alg", alg.algorithm.rfcName(), "--key", pub.toString(), badBody.toString()).out())
        .startsWith("refused: the body does not match");
    Path badTarget = write(dir, "read-target.http", x.read.toHttpText().replaceFirst("VN-HaNoi-TVHN", "VN-HaNoi-TVHM"));
    assertThat(python("verify", "--alg", alg.algorithm.rfcName(), "--key", pub.toString(), badTarget.toString()))
        .isEqualTo(new Result(1, "refused: the signature does not verify"));
    assertThat(python("verify", "--alg", alg.algorithm.rfcName(), "--key", pub.toString(), "--request", readFile.toString(),
        answerFile.toString())).isEqualTo(new Result(1, "refused: the signature does not verify"));
  }

  @ParameterizedTest
  @EnumSource(Alg.class)
  void pythonComputesTheSameSignatureBasesAsTheSdk(Alg alg, @TempDir Path dir) throws IOException {
    assumePython();
    Exchange x = sdkSignedExchange(alg, alg.generate().getPrivate());
    Path writeFile = write(dir, "write.http", x.write.toHttpText());
    for (HttpMessage m : List.of(x.write, x.read)) {
      Path f = write(dir, "m.http", m.toHttpText());
      assertThat(python("base", f.toString()).out()).isEqualTo(SignatureBase.build(m, libnetParams(m)));
    }
    Path answerFile = write(dir, "response.http", x.response.toHttpText());
    assertThat(python("base", "--request", writeFile.toString(), answerFile.toString()).out())
        .isEqualTo(SignatureBase.build(x.response, libnetParams(x.response)));
  }

  @ParameterizedTest
  @EnumSource(Alg.class)
  void pythonSignedRequestsAndBoundAnswerVerifyWithTheSdk(Alg alg, @TempDir Path dir) throws IOException {
    assumePython();
    KeyPair pair = alg.generate();
    Path priv = write(dir, "key.priv.pem", Keys.toPem(pair.getPrivate()));
    String keyId = LIBRARY + "#py-" + alg.file;
    String created = String.valueOf(Instant.now().getEpochSecond());
    Clock clock = Clock.systemUTC();
    SignatureVerifier requests = LibnetSignatures.requestVerifier(KeyResolver.of(new VerificationKey(keyId, alg.algorithm, pair.getPublic())),
        new NonceCache(100), clock, List.of(LIVE_HUB));

    HttpMessage unsignedWrite = HttpMessage.request("PUT", LIVE_HUB.resolve("/v1/libraries/VN-HaNoi-TVHN/statistics/2025"))
        .header("Content-Type", "application/json").header("Idempotency-Key", "py-" + alg.file)
        .body("{\"isil\":\"VN-HaNoi-TVHN\",\"year\":2025,\"ghiChu\":\"Thư viện Hà Nội\"}").build();
    HttpMessage signedWrite = pythonSign(dir, "write", alg, priv, keyId, created, unsignedWrite, null);
    assertThat(requests.verify(signedWrite).key().keyId()).isEqualTo(keyId);
    assertThat(failure(() -> requests.verify(flipLastBodyByte(signedWrite)))).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
    HttpMessage otherType = signedWrite.withoutHeader("Content-Type").withHeader("Content-Type", "text/plain");
    assertThat(failure(() -> requests.verify(otherType))).isEqualTo(SignatureFailure.BAD_SIGNATURE);

    HttpMessage unsignedRead = HttpMessage.request("GET", LIVE_HUB.resolve("/v1/catalog/search?query=title%20any%20%22l%E1%BB%8Bch%22&limit=5")).build();
    HttpMessage signedRead = pythonSign(dir, "read", alg, priv, keyId, created, unsignedRead, null);
    assertThat(requests.verify(signedRead).parameters().components()).hasSize(2);
    HttpMessage otherQuery = HttpMessage.parse(signedRead.toHttpText().replace("limit=5", "limit=6"), "https");
    assertThat(failure(() -> requests.verify(otherQuery))).isEqualTo(SignatureFailure.BAD_SIGNATURE);

    // Python as the hub: it answers a request the SDK signed, and the SDK's client-side verifier accepts it.
    HttpMessage sdkRequest = LibnetSignatures.signRequest(unsignedWrite, keyId, alg.algorithm, pair.getPrivate(), clock);
    HttpMessage answer = HttpMessage.response(201).request(sdkRequest).header("Content-Type", "application/json").body("{\"ok\":true}").build();
    HttpMessage signedAnswer = withRequest(pythonSign(dir, "response", alg, priv, "hub#py-" + alg.file, created, answer, sdkRequest), sdkRequest);
    SignatureVerifier answers = LibnetSignatures.responseVerifier(KeyResolver.of(new VerificationKey("hub#py-" + alg.file, alg.algorithm,
        pair.getPublic())), clock);
    assertThat(answers.verify(signedAnswer).parameters().components()).contains(LibnetSignatures.REQUEST_SIGNATURE);
    assertThat(failure(() -> answers.verify(flipLastBodyByte(signedAnswer)))).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
    // A fresh signature of the same request (another nonce) is another request: the answer is not its answer.
    HttpMessage again = LibnetSignatures.signRequest(unsignedWrite, keyId, alg.algorithm, pair.getPrivate(), clock);
    assertThat(failure(() -> answers.verify(withRequest(signedAnswer, again)))).isEqualTo(SignatureFailure.BAD_SIGNATURE);
  }

  @Test
  void thePythonImplementationReproducesTheRfcExamples() throws Exception {
    assumePython();
    // First the second implementation is checked against the RFC itself, so that agreeing with it means something.
    Path vectors = Path.of(PythonInteropTest.class.getResource("/rfc9421/vectors.json").toURI());
    Result r = python("rfc-vectors", vectors.toString());
    assertThat(r.out()).doesNotContain("FAIL")
        .contains("ok 2.4-reqres-1: base and signature", "ok 2.4-sig1: base and signature", "ok B.2.6: base and signature",
            "ok B.2.4: base and signature", "ok B.2.1: base and signature");
    assertThat(r.status()).isZero();
  }

  @Test
  void theRecordedFixturesAreWhatTheScriptMakes(@TempDir Path dir) throws IOException {
    assumePython();
    for (Alg alg : Alg.values()) {
      write(dir, alg.file + ".priv.pem", resource(alg.file + ".priv.pem"));
      write(dir, alg.file + ".pub.pem", resource(alg.file + ".pub.pem"));
    }
    assertThat(python("fixtures", dir.toString()).status()).isZero();
    for (Alg alg : Alg.values()) {
      for (String kind : List.of("write", "read", "response")) {
        String made = Files.readString(dir.resolve(alg.file + "-" + kind + ".http"), StandardCharsets.UTF_8);
        String recorded = resource(alg.file + "-" + kind + ".http");
        if (alg.deterministic()) {
          assertThat(made).as(alg + " " + kind).isEqualTo(recorded);
        } else {
          assertThat(withoutSignatureLine(made)).as(alg + " " + kind).isEqualTo(withoutSignatureLine(recorded));
        }
      }
    }
  }

  // ------------------------------------------------------------------------------------------------

  private record Exchange(HttpMessage write, HttpMessage read, HttpMessage response) {}

  private record Result(int status, String out) {}

  private static Exchange sdkSignedExchange(Alg alg, PrivateKey key) {
    Clock clock = Clock.systemUTC();
    String keyId = LIBRARY + "#sdk-" + alg.file;
    HttpMessage write = LibnetSignatures.signRequest(HttpMessage.request("POST", LIVE_HUB.resolve("/v1/catalog/records?dryRun=true"))
        .header("Content-Type", "application/json").header("Idempotency-Key", "sdk-" + alg.file)
        .body("[{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"245\":{\"subfields\":[{\"a\":\"Truyện Kiều\"}]}}]}]").build(),
        keyId, alg.algorithm, key, clock);
    HttpMessage read = LibnetSignatures.signRequest(HttpMessage.request("GET", LIVE_HUB.resolve("/v1/libraries/VN-HaNoi-TVHN")).build(),
        keyId, alg.algorithm, key, clock);
    HttpMessage response = LibnetSignatures.signResponse(HttpMessage.response(200).request(write)
        .header("Content-Type", "application/json").body("{\"dryRun\":true,\"outcomes\":[]}").build(), keyId, alg.algorithm, key, clock);
    return new Exchange(write, read, response);
  }

  private static SignatureParameters libnetParams(HttpMessage m) {
    return HttpSignatures.signatureInputs(m).get(LibnetSignatures.LABEL);
  }

  private static SignatureVerifier responseVerifier(Alg alg, Clock clock) {
    PublicKey pub = Keys.publicKeyFromPem(resource(alg.file + ".pub.pem"));
    return LibnetSignatures.responseVerifier(KeyResolver.of(new VerificationKey("hub#interop-" + alg.file, alg.algorithm, pub)), clock);
  }

  private static HttpMessage pythonSign(Path dir, String kind, Alg alg, Path priv, String keyId, String created, HttpMessage m,
      HttpMessage request) throws IOException {
    List<String> args = new ArrayList<>(List.of("sign", "--kind", kind, "--alg", alg.algorithm.rfcName(), "--key", priv.toString(),
        "--keyid", keyId, "--created", created));
    if (request != null) {
      args.add("--request");
      args.add(write(dir, kind + "-request.http", request.toHttpText()).toString());
    }
    args.add(write(dir, kind + ".http", m.toHttpText()).toString());
    Result r = python(args.toArray(String[]::new));
    assertThat(r.status()).as(r.out()).isZero();
    return HttpMessage.parse(r.out(), "https");
  }

  /** A response read from text, with the request it answers attached (text has no room for it). */
  static HttpMessage withRequest(HttpMessage response, HttpMessage request) {
    HttpMessage.Builder b = HttpMessage.response(response.status()).request(request).body(response.body());
    response.headers().forEach(h -> b.header(h.getKey(), h.getValue()));
    return b.build();
  }

  private static HttpMessage flipLastBodyByte(HttpMessage m) {
    byte[] body = m.body();
    body[body.length - 2] ^= 0x01; // inside the JSON, so the text stays ASCII or UTF-8
    return m.withBody(body);
  }

  private static HttpMessage fixture(Alg alg, String kind) {
    return HttpMessage.parse(resource(alg.file + "-" + kind + ".http"), "https");
  }

  private static String withoutSignatureLine(String http) {
    return http.lines().filter(l -> !l.startsWith("Signature: ")).collect(Collectors.joining("\n"));
  }

  private static SignatureFailure failure(Runnable r) {
    HttpSignatureException e = catchThrowableOfType(r::run, HttpSignatureException.class);
    assertThat(e).as("refused").isNotNull();
    return e.failure();
  }

  static String resource(String name) {
    try (InputStream in = PythonInteropTest.class.getResourceAsStream("/interop/" + name)) {
      assertThat(in).as("/interop/" + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static Path script() {
    try {
      return Path.of(PythonInteropTest.class.getResource("/interop/rfc9421_interop.py").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void assumePython() {
    Assumptions.assumeTrue(available(), () -> "No Python cross-check: " + pythonProblem
        + " (the Python cross-check is optional; the recorded fixtures are still verified)");
  }

  private static synchronized boolean available() {
    if (pythonAvailable == null) {
      try {
        Process p = new ProcessBuilder("python3", "-c", "import cryptography").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        boolean done = p.waitFor(30, TimeUnit.SECONDS);
        pythonAvailable = done && p.exitValue() == 0;
        if (!pythonAvailable) {
          pythonProblem = "python3 cannot import the cryptography module" + (out.isEmpty() ? "" : ": " + out.lines().reduce((a, b) -> b).orElse(""));
        }
      } catch (IOException e) {
        pythonAvailable = false;
        pythonProblem = "python3 is not on the PATH (" + e.getMessage() + ")";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pythonAvailable = false;
        pythonProblem = "python3 did not answer";
      }
    }
    return pythonAvailable;
  }

  private static Result python(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of("python3", script().toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("python3 took more than 60 s: " + cmd);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    // sign and base print the message or base as it is; verify prints one line.
    return new Result(p.exitValue(), args[0].equals("verify") ? out.strip() : out);
  }
}
