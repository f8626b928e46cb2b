package vn.libnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.client.LibnetSignatureException;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.server.LibnetSignatureFilter;

/**
 * What a vendor gets from mounting {@link LibnetSignatureFilter} in its container, checked through the SDK's
 * real {@link LibnetClient}: signed writes reach the application, every refusal names its reason, and every
 * answer (refusals included) is signed and verified by the client. Each container runs the same checks.
 */
abstract class FilterThroughClientContract {
  static final String HANOI = "VN-HaNoi-TVHN";
  static final String HCM = "VN-HCM-TVKHTH";
  static final String SERVER_KEY = "VN-HaNoi-OPAC#server";
  final KeyPair hanoi = ed25519();
  final KeyPair hcm = ed25519();
  final KeyPair server = ed25519();
  final VendorEndpoint.Deferred filter = new VendorEndpoint.Deferred();

  /** Starts the container with {@link #filter} on {@code /v1/*} before a {@link VendorEndpoint}; its base URL. */
  abstract URI start() throws Exception;

  abstract void stop() throws Exception;

  @AfterEach
  void end() throws Exception {
    stop();
  }

  private URI serve(UnaryOperator<LibnetSignatureFilter.Builder> configure) throws Exception {
    URI base = start();
    filter.target = configure.apply(LibnetSignatureFilter.builder()
        .trustedKeys(KeyResolver.of(new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, hanoi.getPublic()),
            new VerificationKey(HCM + "#k1", SignatureAlgorithm.ED25519, hcm.getPublic())))
        .publicUrls(base)
        .signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, server.getPrivate())).build();
    return base;
  }

  private LibnetClient client(URI base, String isil, KeyPair key) {
    return LibnetClient.builder().baseUrl(base.toString()).libraryIsil(isil).signingKey(isil + "#k1", key.getPrivate())
        .hubKeys(HubKeys.pinned(new VerificationKey(SERVER_KEY, SignatureAlgorithm.ED25519, server.getPublic()))).build();
  }

  private static StatisticsReport stats(String isil) {
    return new StatisticsReport(isil, 2025, Map.of(StatisticsIndicator.COLLECTION_TITLES, new BigDecimal("12345")));
  }

  private static ProblemCode refusal(Runnable call) {
    try {
      call.run();
    } catch (LibnetProblemException e) {
      return e.problemCode();
    }
    throw new AssertionError("The call was not refused");
  }

  @Test
  void aSignedWritePassesWithItsSignerAndTheClientVerifiesEveryAnswer() throws Exception {
    URI base = serve(b -> b);
    try (LibnetClient c = client(base, HANOI, hanoi)) {
      assertThat(c.submitStatistics(stats(HANOI))).isEqualTo(stats(HANOI));
      assertThat(c.listLibraries(vn.libnet.client.model.LibraryFilter.ANY)).isEmpty();
    }
  }

  @Test
  void eachRefusalReasonReachesTheClientAsASignedProblem() throws Exception {
    URI base = serve(b -> b.limits(SignatureLimits.DEFAULTS.withMaxBodyBytes(160)));
    try (LibnetClient c = client(base, HANOI, hanoi); LibnetClient other = client(base, HCM, hcm);
         LibnetClient stranger = client(base, "VN-Hue-TVTTH", ed25519())) {
      // The application's own refusal (sendError), signed by the filter.
      assertThat(refusal(() -> other.submitStatistics(stats(HANOI)))).isEqualTo(ProblemCode.FORBIDDEN);
      // A key the server does not trust.
      assertThat(refusal(() -> stranger.submitStatistics(stats("VN-Hue-TVTTH")))).isEqualTo(ProblemCode.SIGNATURE_INVALID);
      // A body over the limit.
      StatisticsReport big = new StatisticsReport(HANOI, 2025, Map.of(StatisticsIndicator.COLLECTION_TITLES, new BigDecimal("1".repeat(200))));
      assertThat(refusal(() -> c.submitStatistics(big))).isEqualTo(ProblemCode.PAYLOAD_TOO_LARGE);
    }
    // Replayed and altered requests, which the client never sends: by hand.
    HttpMessage signed = LibnetSignatures.signRequest(HttpMessage.request("PUT", base.resolve("/v1/libraries/" + HANOI + "/statistics/2025"))
        .header("Content-Type", "application/json; charset=UTF-8").header("Idempotency-Key", "k-1").body("{}").build(),
        HANOI + "#k1", SignatureAlgorithm.ED25519, hanoi.getPrivate(), Clock.systemUTC());
    assertThat(send(signed).statusCode()).isEqualTo(200);
    assertThat(code(send(signed))).isEqualTo("REPLAYED");
    HttpMessage fresh = LibnetSignatures.signRequest(signed, HANOI + "#k1", SignatureAlgorithm.ED25519, hanoi.getPrivate(), Clock.systemUTC());
    assertThat(code(send(fresh.withBody("{\"a\":1}".getBytes(StandardCharsets.UTF_8))))).isEqualTo("DIGEST_INVALID");
  }

  @Test
  void aRequestSignedForAnotherPublicUrlIsATargetMismatch() throws Exception {
    URI base = start();
    filter.target = LibnetSignatureFilter.builder()
        .trustedKeys(KeyResolver.of(new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, hanoi.getPublic())))
        .publicUrls(URI.create("https://opac.example.vn/"))
        .signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, server.getPrivate()).build();
    try (LibnetClient c = client(base, HANOI, hanoi)) {
      assertThat(refusal(() -> c.submitStatistics(stats(HANOI)))).isEqualTo(ProblemCode.TARGET_MISMATCH);
    }
  }

  @Test
  void aClientPinnedToAnotherServerKeyBelievesNothingTheServerSays() throws Exception {
    URI base = serve(b -> b);
    try (LibnetClient c = LibnetClient.builder().baseUrl(base.toString()).libraryIsil(HANOI).signingKey(HANOI + "#k1", hanoi.getPrivate())
        .hubKeys(HubKeys.pinned(new VerificationKey(SERVER_KEY, SignatureAlgorithm.ED25519, ed25519().getPublic()))).build()) {
      assertThatThrownBy(() -> c.submitStatistics(stats(HANOI))).isInstanceOf(LibnetSignatureException.class);
    }
  }

  private static HttpResponse<byte[]> send(HttpMessage m) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(m.targetUri()).method(m.method(), HttpRequest.BodyPublishers.ofByteArray(m.body()));
    m.headers().forEach(h -> r.header(h.getKey(), h.getValue()));
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String code(HttpResponse<byte[]> r) throws Exception {
    return LibnetJson.mapper().readTree(r.body()).path("code").asText();
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
