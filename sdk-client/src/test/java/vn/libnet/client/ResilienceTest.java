package vn.libnet.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.VerificationKey;

/** Refused answers, fault injection and retries: what the client does when the network or the hub misbehaves. */
class ResilienceTest {
  private static final String SURVEY = "{\"id\":\"s\",\"criteriaId\":\"c\",\"criteriaVersion\":1,\"title\":{\"vi\":\"Khảo sát\",\"en\":\"Survey\"},\"sections\":[]}";
  private static final String STATS = "/v1/libraries/VN-HaNoi-TVHN/statistics/2024";
  private static final String STATS_BODY = "{\"isil\":\"VN-HaNoi-TVHN\",\"year\":2024,\"values\":{\"LOANS\":5}}";

  private StubHub hub;

  @BeforeEach
  void start() {
    hub = new StubHub();
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
  }

  private void surveyAnswer(String tamper) {
    hub.server.stubFor(get(urlEqualTo("/v1/surveys/s")).willReturn(json(200, SURVEY).withTransformerParameter("tamper", tamper)));
  }

  private SignatureFailure refusal(LibnetClient client) {
    try {
      client.getQuestionnaire("s");
    } catch (LibnetSignatureException e) {
      assertThat(e.code()).isEqualTo("CLIENT_RESPONSE_SIGNATURE");
      assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).contains("bị từ chối");
      return e.failure();
    }
    throw new AssertionError("the answer was accepted");
  }

  // ------------------------------------------------------------ answers the client must refuse

  @Test
  void aSignedAnswerIsAccepted() {
    surveyAnswer("none");
    try (LibnetClient c = hub.client().build()) {
      assertThat(c.getQuestionnaire("s").title().vi()).isEqualTo("Khảo sát");
    }
  }

  @Test
  void anUnsignedAnswerIsRefused() {
    surveyAnswer("unsigned");
    try (LibnetClient c = hub.client().build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.SIGNATURE_MISSING);
    }
  }

  @Test
  void anAnswerWhoseBodyChangedIsRefusedByItsDigest() {
    surveyAnswer("body");
    try (LibnetClient c = hub.client().build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.DIGEST_MISMATCH);
    }
  }

  @Test
  void anAnswerWithoutItsDigestIsRefused() {
    surveyAnswer("no-digest");
    try (LibnetClient c = hub.client().build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.COMPONENT_MISSING);
    }
  }

  @Test
  void anAnswerWithABrokenSignatureIsRefused() {
    surveyAnswer("signature");
    try (LibnetClient c = hub.client().build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.BAD_SIGNATURE);
    }
  }

  @Test
  void anAnswerSignedByAnotherKeyUnderTheHubsKeyIdIsRefused() {
    surveyAnswer("foreign-key");
    try (LibnetClient c = hub.client().build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.BAD_SIGNATURE);
    }
  }

  @Test
  void anAnswerByAKeyThatIsNotPinnedIsRefused() {
    surveyAnswer("none");
    VerificationKey other = new VerificationKey("hub#2025", SignatureAlgorithm.ED25519, hub.hub.getPublic());
    try (LibnetClient c = hub.client().hubKeys(HubKeys.pinned(other)).build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.UNKNOWN_KEY);
    }
  }

  @Test
  void anUnsignedErrorIsRefusedRatherThanBelieved() {
    hub.server.stubFor(get(urlEqualTo("/v1/surveys/s")).willReturn(json(404, "{\"code\":\"NOT_FOUND\",\"status\":404}")
        .withTransformerParameter("tamper", "unsigned")));
    try (LibnetClient c = hub.client().build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.SIGNATURE_MISSING);
    }
  }

  @Test
  void hubKeysAreFetchedOnceAndAgainForAnUnknownKeyIdAfterTheMinimumIntervalAndRollOnlyUnderAKnownKey() {
    surveyAnswer("none");
    String previousOnly = "{\"keys\":[" + vn.libnet.core.json.LibnetJson.mapper().valueToTree(hub.previousHubKey().toPublicJwk()) + "]}";
    String both = "{\"keys\":[" + vn.libnet.core.json.LibnetJson.mapper().valueToTree(hub.previousHubKey().toPublicJwk()) + ","
        + vn.libnet.core.json.LibnetJson.mapper().valueToTree(hub.hubKey().toPublicJwk()) + "]}";
    hub.server.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(json(200, previousOnly)));
    MovableClock clock = new MovableClock();
    try (LibnetClient c = hub.client().hubKeys(HubKeys.fromHub()).clock(clock).build()) {
      assertThat(refusal(c)).isEqualTo(SignatureFailure.UNKNOWN_KEY);
      // The set now names the new key, but its answer is signed by that new key, which nothing vouches for
      // yet (a man in the middle could do as much): ignored, and within 30 s not even fetched.
      hub.server.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(json(200, both)));
      assertThat(refusal(c)).isEqualTo(SignatureFailure.UNKNOWN_KEY);
      clock.advance(Duration.ofSeconds(31));
      assertThat(refusal(c)).isEqualTo(SignatureFailure.UNKNOWN_KEY);
      // The hub rolls its key properly: the new set is signed with the key the client already trusts.
      hub.server.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
          .willReturn(json(200, both).withTransformerParameter("tamper", "previous-key")));
      clock.advance(Duration.ofSeconds(31));
      assertThat(c.getQuestionnaire("s").id()).isEqualTo("s");
      assertThat(c.getQuestionnaire("s").id()).isEqualTo("s");
    }
    long fetches = hub.requests().stream().filter(r -> r.getUrl().equals("/.well-known/jwks.json")).count();
    assertThat(fetches).isEqualTo(3);
  }

  // ------------------------------------------------------------ faults the client must survive

  private List<LoggedRequest> writes() {
    return hub.requests().stream().filter(r -> r.getMethod().getName().equals("PUT")).collect(Collectors.toList());
  }

  /** Every try of the one logical write: the same idempotency key, a fresh nonce, each accepted by the hub's verifier. */
  private void assertOneLogicalWrite(int tries) {
    List<LoggedRequest> w = writes();
    assertThat(w).hasSize(tries);
    assertThat(w.stream().map(r -> r.getHeader("Idempotency-Key")).distinct()).hasSize(1);
    var verifier = hub.requestVerifier();
    List<String> nonces = w.stream().map(r -> verifier.verify(StubHub.toMessage(r)).parameters())
        .map(p -> p.nonce().orElseThrow()).collect(Collectors.toList());
    assertThat(nonces).doesNotHaveDuplicates();
  }

  private void faultThenOk(ResponseDefinitionBuilder first) {
    hub.server.stubFor(put(urlEqualTo(STATS)).inScenario("f").whenScenarioStateIs(STARTED).willReturn(first).willSetStateTo("ok"));
    hub.server.stubFor(put(urlEqualTo(STATS)).inScenario("f").whenScenarioStateIs("ok").willReturn(json(200, STATS_BODY)));
  }

  private void submit(LibnetClient c) {
    assertThat(c.submitStatistics(new vn.libnet.core.model.StatisticsReport("VN-HaNoi-TVHN", 2024, java.util.Map.of(
        vn.libnet.core.model.StatisticsIndicator.LOANS, java.math.BigDecimal.valueOf(5)))).year()).isEqualTo(2024);
  }

  @Test
  void aConnectionResetIsRetriedUnderTheSameKey() {
    faultThenOk(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    try (LibnetClient c = hub.client().build()) {
      submit(c);
    }
    assertOneLogicalWrite(2);
  }

  @Test
  void a503ThenA200IsRetried() {
    faultThenOk(json(503, "{\"code\":\"UNAVAILABLE\",\"status\":503}"));
    try (LibnetClient c = hub.client().build()) {
      submit(c);
    }
    assertOneLogicalWrite(2);
  }

  @Test
  void a503WithRetryAfterZeroIsTriedAgainOnlyByThePolicyEachTryFreshlySigned() {
    // OkHttp resends a 503 with Retry-After: 0 on its own; the client hides that header from it, so the
    // policy alone decides how many tries go on the wire.
    faultThenOk(json(503, "{\"code\":\"UNAVAILABLE\",\"status\":503}").withHeader("Retry-After", "0"));
    try (LibnetClient c = hub.client().retryPolicy(RetryPolicy.NONE).build()) {
      assertThatThrownBy(() -> submit(c)).isInstanceOfSatisfying(LibnetProblemException.class, e -> assertThat(e.status()).isEqualTo(503));
    }
    assertOneLogicalWrite(1);
    hub.server.resetRequests();
    hub.server.resetScenarios();
    faultThenOk(json(503, "{\"code\":\"UNAVAILABLE\",\"status\":503}").withHeader("Retry-After", "0"));
    try (LibnetClient c = hub.client().retryPolicy(new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5)))
        .build()) {
      submit(c);
    }
    assertOneLogicalWrite(2);
  }

  @Test
  void a429WaitsForRetryAfter() {
    faultThenOk(json(429, "{\"code\":\"RATE_LIMITED\",\"status\":429}").withHeader("Retry-After", "1"));
    long start = System.nanoTime();
    try (LibnetClient c = hub.client().build()) {
      submit(c);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    assertOneLogicalWrite(2);
  }

  @Test
  void aSlowBodyTimesOutAndIsRetried() {
    faultThenOk(json(200, STATS_BODY).withChunkedDribbleDelay(5, 3000));
    try (LibnetClient c = hub.client().readTimeout(Duration.ofMillis(300)).build()) {
      submit(c);
    }
    assertOneLogicalWrite(2);
  }

  @Test
  void aClientErrorIsNeverRetried() {
    for (int status : new int[] {400, 401, 422}) {
      hub.server.resetAll();
      hub.server.stubFor(put(urlEqualTo(STATS)).willReturn(json(status, "{\"code\":\"BAD_REQUEST\",\"status\":" + status + "}")));
      try (LibnetClient c = hub.client().build()) {
        assertThatThrownBy(() -> submit(c)).isInstanceOfSatisfying(LibnetProblemException.class,
            e -> assertThat(e.status()).isEqualTo(status));
      }
      assertThat(writes()).as("HTTP " + status).hasSize(1);
    }
  }

  @Test
  void aHubThatStaysDownEndsInATransportErrorAfterTheLastAttempt() {
    hub.server.stubFor(put(urlEqualTo(STATS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    try (LibnetClient c = hub.client().build()) {
      assertThatThrownBy(() -> submit(c)).isInstanceOfSatisfying(LibnetTransportException.class, e -> {
        assertThat(e.code()).isEqualTo("CLIENT_TRANSPORT");
        assertThat(e.getMessage()).contains("after 4 attempt(s)");
      });
    }
    assertThat(writes()).hasSize(4);
  }

  @Test
  void aRetryAfterBeyondTheTotalCapIsNotAwaited() {
    hub.server.stubFor(put(urlEqualTo(STATS)).willReturn(json(429, "{\"code\":\"RATE_LIMITED\",\"status\":429,\"title\":\"Slow down\"}")
        .withHeader("Retry-After", "3600")));
    long start = System.nanoTime();
    try (LibnetClient c = hub.client().build()) {
      assertThatThrownBy(() -> submit(c)).isInstanceOfSatisfying(LibnetProblemException.class,
          e -> assertThat(e.problemCode()).isEqualTo(ProblemCode.RATE_LIMITED));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(writes()).hasSize(1);
  }

  @Test
  void anUnsigned503WithRetryAfterIsRetriedWithThePolicysBackoffThenRefused() {
    // An attacker's 503 asking for an hour: not believed; a transport fault under the policy's own backoff.
    hub.server.stubFor(put(urlEqualTo(STATS)).willReturn(json(503, "{\"code\":\"UNAVAILABLE\",\"status\":503}")
        .withHeader("Retry-After", "3600").withTransformerParameter("tamper", "unsigned")));
    RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofSeconds(10));
    long start = System.nanoTime();
    try (LibnetClient c = hub.client().retryPolicy(policy).build()) {
      assertThatThrownBy(() -> submit(c)).isInstanceOfSatisfying(LibnetSignatureException.class,
          e -> assertThat(e.failure()).isEqualTo(SignatureFailure.SIGNATURE_MISSING));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    // Backoffs 200, 400, 400 ms, each at least half of it with jitter: at least 500 ms, far below an hour.
    assertThat(took).isBetween(Duration.ofMillis(500), Duration.ofSeconds(10));
    assertThat(writes()).hasSize(4);
  }

  @Test
  void unsigned503sEndWithinThePolicysTotalCap() {
    hub.server.stubFor(put(urlEqualTo(STATS)).willReturn(json(503, "{\"code\":\"UNAVAILABLE\",\"status\":503}")
        .withHeader("Retry-After", "3600").withTransformerParameter("tamper", "unsigned")));
    RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(1500));
    long start = System.nanoTime();
    try (LibnetClient c = hub.client().retryPolicy(policy).build()) {
      assertThatThrownBy(() -> submit(c)).isInstanceOf(LibnetSignatureException.class);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(writes().size()).as("tries within 1.5 s of backoff, not 100").isBetween(3, 40);
  }

  @Test
  void aSigned503WithRetryAfterIsHonouredWithinTheCap() {
    faultThenOk(json(503, "{\"code\":\"UNAVAILABLE\",\"status\":503}").withHeader("Retry-After", "1"));
    long start = System.nanoTime();
    try (LibnetClient c = hub.client().build()) {
      submit(c);
    }
    // The stub's policy backs off 20 ms: only the hub's own Retry-After explains a second.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    assertOneLogicalWrite(2);
  }

  @Test
  void retryAfterIsReadAsSecondsOrAnHttpDate() {
    assertThat(RetryInterceptor.retryAfter("7")).contains(Duration.ofSeconds(7));
    assertThat(RetryInterceptor.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).contains(Duration.ZERO);
    assertThat(RetryInterceptor.retryAfter("soon")).isEmpty();
    assertThat(RetryInterceptor.retryAfter(null)).isEmpty();
  }

  @Test
  void backoffDoublesUpToItsCap() {
    RetryPolicy p = new RetryPolicy(10, Duration.ofMillis(100), Duration.ofMillis(700), Duration.ofMinutes(1));
    assertThat(List.of(1, 2, 3, 4, 5)).extracting(p::backoff)
        .containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(700), Duration.ofMillis(700));
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A clock that tests move forward. */
  static final class MovableClock extends Clock {
    private volatile Instant now = Instant.now();

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
