package vn.libnet.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/** Where the hub's keys may come from: never plain http outside loopback unless allowed, and checked against an anchor. */
class HubKeysTest {
  private static final String SURVEY = "{\"id\":\"s\",\"criteriaId\":\"c\",\"criteriaVersion\":1,\"title\":{\"vi\":\"Khảo sát\",\"en\":\"Survey\"},\"sections\":[]}";
  private StubHub hub;

  @BeforeEach
  void start() {
    hub = new StubHub();
    hub.server.stubFor(get(urlEqualTo("/v1/surveys/s"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(SURVEY)));
    hub.server.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(hub.hubJwks())));
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private long jwksFetches() {
    return hub.requests().stream().filter(r -> r.getUrl().equals("/.well-known/jwks.json")).count();
  }

  @Test
  void keysFetchedOverPlainHttpOutsideLoopbackAreRefusedWithABilingualError() {
    for (String url : new String[] {"http://hub.libnet.test/", "http://10.1.2.3:8080/", "http://127.0.0.1.nip.io/"}) {
      assertThatThrownBy(() -> LibnetClient.builder().baseUrl(url).build()).as(url)
          .isInstanceOfSatisfying(LibnetClientException.class, e -> {
            assertThat(e.code()).isEqualTo("CLIENT_HUB_KEYS_INSECURE");
            assertThat(e.getMessage()).contains(url, "plain http", "allowPlainHttp()");
            assertThat(e.message(Locale.forLanguageTag("vi"))).contains(url, "không mã hoá", "allowPlainHttp()");
          });
    }
    // https, loopback and pinned keys are fine.
    for (String url : new String[] {"https://hub.libnet.vn/", "http://127.0.0.1:9/", "http://localhost:9/", "http://[::1]:9/"}) {
      LibnetClient.builder().baseUrl(url).build().close();
    }
    LibnetClient.builder().baseUrl("http://hub.libnet.test/").hubKeys(HubKeys.pinned(hub.hubKey())).build().close();
  }

  @Test
  void plainHttpOutsideLoopbackWorksWhenAllowedExplicitly() throws Exception {
    // The hub under a name that is not loopback, reached through a proxy that routes the name to it.
    URI stub = URI.create(hub.baseUrl());
    try (WireProxy proxy = WireProxy.start(WireProxy.passThrough(),
            new InetSocketAddress(InetAddress.getLoopbackAddress(), stub.getPort()));
         LibnetClient c = hub.client().baseUrl("http://hub.libnet.test/").hubKeys(HubKeys.fromHub().allowPlainHttp())
             .okHttpClient(proxy.okHttp()).build()) {
      assertThat(c.getQuestionnaire("s").title().vi()).isEqualTo("Khảo sát");
      assertThat(proxy.requests()).extracting(r -> r.target().toString())
          .containsExactly("http://hub.libnet.test/v1/surveys/s", "http://hub.libnet.test/.well-known/jwks.json");
    }
    assertThat(jwksFetches()).isEqualTo(1);
  }

  @Test
  void aFirstJwksWithoutTheAnchorKeyIsRefusedAndNotRetried() {
    VerificationKey other = new VerificationKey("hub#other", SignatureAlgorithm.ED25519, StubHub.ed25519().getPublic());
    try (LibnetClient c = hub.client().hubKeys(HubKeys.fromHub().anchoredTo(other)).build()) {
      assertThatThrownBy(() -> c.getQuestionnaire("s")).isInstanceOfSatisfying(LibnetClientException.class, e -> {
        assertThat(e.code()).isEqualTo("CLIENT_HUB_KEY_MISMATCH");
        assertThat(e.getMessage()).contains(Keys.thumbprint((java.security.PublicKey) other.key()),
            Keys.thumbprint(hub.hub.getPublic()));
        assertThat(e.message(Locale.forLanguageTag("vi"))).contains("khoá neo");
      });
      // Still refused on the next call, without fetching again inside the minimum interval.
      assertThatThrownBy(() -> c.getQuestionnaire("s")).isInstanceOfSatisfying(LibnetClientException.class,
          e -> assertThat(e.code()).isEqualTo("CLIENT_HUB_KEY_MISMATCH"));
    }
    assertThat(jwksFetches()).isEqualTo(1);
    assertThat(hub.requests().stream().filter(r -> r.getUrl().equals("/v1/surveys/s")).count()).as("never retried").isEqualTo(2);
  }

  @Test
  void aFirstJwksWithTheAnchorKeyIsTrusted() {
    String thumbprint = Keys.thumbprint(hub.hub.getPublic());
    try (LibnetClient c = hub.client().hubKeys(HubKeys.fromHub().anchoredTo(thumbprint)).build()) {
      assertThat(c.getQuestionnaire("s").id()).isEqualTo("s");
    }
    assertThatThrownBy(() -> HubKeys.fromHub().anchoredTo("not-a-thumbprint")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HubKeys.pinned(hub.hubKey()).anchoredTo(thumbprint)).isInstanceOf(IllegalStateException.class);
  }
}
