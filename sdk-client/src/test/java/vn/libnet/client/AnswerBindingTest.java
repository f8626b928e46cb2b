package vn.libnet.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.signature.SignatureFailure;

/**
 * Every answer is bound to the exact request it answers: a proxy that replays a genuine, hub-signed answer
 * of one request as the answer to another (even to the same method and URL) is refused, because the answer
 * covers the request's own signature and the client checks it against the signature it sent.
 */
class AnswerBindingTest {
  private static final String SURVEY = "{\"id\":\"s\",\"criteriaId\":\"c\",\"criteriaVersion\":1,\"title\":{\"vi\":\"Khảo sát\",\"en\":\"Survey\"},\"sections\":[]}";
  private static final String STATS = "/v1/libraries/VN-HaNoi-TVHN/statistics/2024";

  private StubHub hub;
  private WireProxy proxy;

  @BeforeEach
  void start() {
    hub = new StubHub();
    hub.server.stubFor(get(urlEqualTo("/v1/surveys/s"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(SURVEY)));
  }

  @AfterEach
  void stop() {
    if (proxy != null) {
      proxy.close();
    }
    hub.close();
  }

  private LibnetClient throughProxy() {
    return hub.client().okHttpClient(proxy.okHttp()).build();
  }

  private static StatisticsReport report(int loans) {
    return new StatisticsReport(StubHub.ISIL, 2024, Map.of(StatisticsIndicator.LOANS, BigDecimal.valueOf(loans)));
  }

  @Test
  void aReadsAnswerReplayedForTheSameReadIsRefused() {
    WireProxy.Replayer replay = new WireProxy.Replayer(r -> r.method().equals("GET"), r -> r.method().equals("GET"), false);
    proxy = WireProxy.start(replay);
    try (LibnetClient c = throughProxy()) {
      assertThat(c.getQuestionnaire("s").title().vi()).isEqualTo("Khảo sát");
      // Same method, same URL, the hub's own valid signature: only the request signature it covers differs.
      assertThatThrownBy(() -> c.getQuestionnaire("s")).isInstanceOfSatisfying(LibnetSignatureException.class,
          e -> assertThat(e.failure()).isEqualTo(SignatureFailure.BAD_SIGNATURE));
    }
    assertThat(replay.replays()).as("each of the 4 tries got the replayed answer").isEqualTo(4);
    assertThat(hub.requests()).as("the replays never reached the hub").hasSize(1);
  }

  @Test
  void aWritesAnswerReplayedForAnotherWriteIsRefusedThoughTheHubActedOnIt() {
    hub.server.stubFor(put(urlEqualTo(STATS)).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"isil\":\"VN-HaNoi-TVHN\",\"year\":2024,\"values\":{\"LOANS\":5}}")));
    WireProxy.Replayer replay = new WireProxy.Replayer(r -> r.method().equals("PUT"), r -> r.method().equals("PUT"), true);
    proxy = WireProxy.start(replay);
    try (LibnetClient c = throughProxy()) {
      assertThat(c.submitStatistics(report(5)).year()).isEqualTo(2024);
      assertThatThrownBy(() -> c.submitStatistics(report(7))).isInstanceOf(LibnetSignatureException.class);
    }
    assertThat(replay.replays()).isEqualTo(4);
  }

  @Test
  void anAnswerThatDoesNotCoverTheRequestsSignatureIsRefused() {
    hub.server.stubFor(get(urlEqualTo("/v1/surveys/u")).willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withBody(SURVEY).withTransformerParameter("tamper", "unbound")));
    try (LibnetClient c = hub.client().build()) {
      assertThatThrownBy(() -> c.getQuestionnaire("u")).isInstanceOfSatisfying(LibnetSignatureException.class,
          e -> assertThat(e.failure()).isEqualTo(SignatureFailure.COMPONENT_NOT_COVERED));
    }
  }

  @Test
  void aSignedReadWithoutAProxyIsAccepted() {
    proxy = WireProxy.start(WireProxy.passThrough());
    try (LibnetClient c = throughProxy()) {
      assertThat(c.getQuestionnaire("s").id()).isEqualTo("s");
      assertThat(c.getQuestionnaire("s").id()).isEqualTo("s");
    }
    assertThat(proxy.requests()).hasSize(2);
  }
}
