package vn.libnet.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Redirects: one a proxy in the middle makes is unsigned, a fault of the try (retried, then named); the
 * client never follows a redirect on its own, a write never at all, and a read only one the hub signed
 * when allowed, signed afresh for each hop.
 */
class RedirectTest {
  private static final String RECORD = "{\"id\":\"r2\",\"clusterId\":\"c2\",\"contributorIsil\":\"VN-HaNoi-TVHN\","
      + "\"controlNumber\":\"TVHN-2\",\"title\":\"Truyện Kiều\",\"holdings\":[]}";

  private StubHub hub;
  private WireProxy sink;
  private WireProxy proxy;

  @BeforeEach
  void start() {
    hub = new StubHub();
    hub.server.stubFor(get(urlEqualTo("/v1/catalog/records/r2"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(RECORD)));
    // Where the redirects point: it must never receive anything but what a followed read sends.
    sink = WireProxy.start((request, upstream) -> new WireProxy.Answer(200, "OK", List.of(), new byte[0]));
    proxy = WireProxy.start(WireProxy.passThrough());
  }

  @AfterEach
  void stop() {
    proxy.close();
    sink.close();
    hub.close();
  }

  private String elsewhere() {
    return "http://" + sink.proxy().address().toString().replaceFirst("^.*/", "") + "/stolen";
  }

  private static boolean toHub(WireProxy.Seen r) {
    return !r.target().getPath().equals("/stolen");
  }

  private LibnetClient client(boolean followReads) {
    return hub.client().okHttpClient(proxy.okHttp()).followRedirectsForReads(followReads).build();
  }

  /** The three calls of the attack: a dry run (POST), a holding removal (DELETE), a record read (GET). */
  private static final List<Consumer<LibnetClient>> CALLS = List.of(
      c -> c.contributeRecords(RecordBatch.of(LibnetClientTest.records(3, 2)), ContributeOptions.dryRunOnly()),
      c -> c.unsetHolding(StubHub.ISIL, "H-1"),
      c -> c.getRecord("r1"));

  private void assertRefused(LibnetClient c, Consumer<LibnetClient> call, int status, String location, String says, int tries) {
    int before = proxy.requests().size();
    assertThatThrownBy(() -> call.accept(c)).isInstanceOfSatisfying(LibnetRedirectException.class, e -> {
      assertThat(e.code()).isEqualTo("CLIENT_REDIRECT");
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.location()).contains(location);
      assertThat(e.getMessage()).contains("HTTP " + status, location, says);
      assertThat(e.message(Locale.forLanguageTag("vi"))).contains("chuyển hướng", "HTTP " + status, location);
    });
    assertThat(proxy.requests().size() - before).as("tries on the wire").isEqualTo(tries);
  }

  private void hubRedirects(String path, int status, String location) {
    hub.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.any(urlEqualTo(path))
        .willReturn(aResponse().withStatus(status).withHeader("Location", location).withHeader("Content-Type", "application/json")));
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 307})
  void anUnsignedRedirectIsAFaultOfTheTryThenAnErrorNamingStatusAndLocationAndItsTargetReceivesNothing(int status) {
    // Only what is sent to the hub is redirected: a request that followed would pass through to the sink.
    proxy.behaviour(WireProxy.redirect(RedirectTest::toHub, status, elsewhere()));
    // The hub might have applied a write whose answer was replaced on the way: every try is sent again under
    // the same idempotency key (4 tries, the stub client's policy), then the redirect is named.
    try (LibnetClient c = client(false)) {
      for (Consumer<LibnetClient> call : CALLS) {
        assertRefused(c, call, status, elsewhere(), "did not sign", 4);
      }
    }
    try (LibnetClient c = client(true)) {
      assertRefused(c, CALLS.get(2), status, elsewhere(), "did not sign", 4);
    }
    assertThat(sink.requests()).isEmpty();
    assertThat(hub.requests()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 307})
  void withReadsAllowedAGetFollowsARedirectTheHubSignedSignedAfreshButWritesNever(int status) {
    hubRedirects("/v1/catalog/records/r1", status, hub.baseUrl() + "v1/catalog/records/r2");
    try (LibnetClient c = client(true)) {
      assertThat(c.getRecord("r1").title()).isEqualTo("Truyện Kiều");

      LoggedRequest first = hub.requests().get(0);
      LoggedRequest hop = hub.requests().get(1);
      assertThat(hub.requests()).hasSize(2);
      assertThat(hop.getUrl()).isEqualTo("/v1/catalog/records/r2");
      // The hop carries a signature of its own, for its own target, with a nonce never used before.
      var verified = hub.requestVerifier().verify(StubHub.toMessage(hop));
      assertThat(hop.getHeader("Signature")).isNotEqualTo(first.getHeader("Signature"));
      assertThat(verified.key().keyId()).isEqualTo(StubHub.KEY_ID);
    }
    // A write the hub itself redirects is refused at once (a signed answer is not retried) and never sent on.
    hubRedirects("/v1/catalog/records?dryRun=true", status, elsewhere());
    hubRedirects("/v1/catalog/holdings/" + StubHub.ISIL + "/H-1", status, elsewhere());
    try (LibnetClient c = client(true)) {
      assertRefused(c, CALLS.get(0), status, elsewhere(), "never sent again", 1);
      assertRefused(c, CALLS.get(1), status, elsewhere(), "never sent again", 1);
    }
    try (LibnetClient c = client(false)) {
      assertRefused(c, CALLS.get(2), status, hub.baseUrl() + "v1/catalog/records/r2", "does not follow", 1);
    }
    assertThat(sink.requests()).isEmpty();
  }

  @Test
  void aReadFollowsAtMostFiveHops() {
    // Every answer is another signed redirect, one path further: the sixth is refused.
    String path = "/v1/catalog/records/loop";
    for (int i = 0; i <= RedirectInterceptor.MAX_HOPS; i++) {
      hubRedirects(path, 302, path + "x");
      path += "x";
    }
    try (LibnetClient c = client(true)) {
      assertThatThrownBy(() -> c.getRecord("loop")).isInstanceOfSatisfying(LibnetRedirectException.class, e -> {
        assertThat(e.location()).contains("/v1/catalog/records/loopxxxxxx");
        assertThat(e.getMessage()).contains("after the 5");
        assertThat(e.message(Locale.forLanguageTag("vi"))).contains("tối đa 5");
      });
    }
    assertThat(hub.requests()).hasSize(1 + RedirectInterceptor.MAX_HOPS);
  }

  @Test
  void aReadNeverFollowsFromHttpsToHttpNorARedirectWithoutLocation() {
    RedirectInterceptor follow = new RedirectInterceptor(true);
    Request get = new Request.Builder().url("https://hub.libnet.vn/v1/catalog/records/r1").build();
    assertThat(follow.refusal(get, 302, okhttp3.HttpUrl.get("http://hub.libnet.vn/v1/catalog/records/r1"), 1))
        .isEqualTo("CLIENT_REDIRECT_DOWNGRADE");
    assertThat(follow.refusal(get, 302, okhttp3.HttpUrl.get("https://mirror.libnet.vn/r1"), 1)).isNull();
    assertThat(follow.refusal(get, 302, null, 1)).isEqualTo("CLIENT_REDIRECT");
    assertThat(follow.refusal(get, 304, okhttp3.HttpUrl.get("https://hub.libnet.vn/"), 1)).isEqualTo("CLIENT_REDIRECT");
    Request plain = new Request.Builder().url("http://127.0.0.1/v1/x").build();
    assertThat(follow.refusal(plain, 301, okhttp3.HttpUrl.get("https://127.0.0.1/v1/x"), 1)).as("up to https").isNull();
    assertThat(follow.refusal(plain, 301, okhttp3.HttpUrl.get("https://127.0.0.1/v1/x"), 6)).isEqualTo("CLIENT_REDIRECT_LIMIT");
  }
}
