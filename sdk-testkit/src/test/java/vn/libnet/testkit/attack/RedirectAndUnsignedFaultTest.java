package vn.libnet.testkit.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.client.ContributeOptions;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetRedirectException;
import vn.libnet.client.LibnetSignatureException;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.WireProxy;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.HubFaults;
import vn.libnet.testkit.LibnetTestHub;

/**
 * A proxy between the client and a real {@link LibnetTestHub}: it answers redirects to a dry run, a holding
 * removal and a record read, and unsigned 503s asking for an hour's wait. The client follows no redirect
 * on its own (a read only when allowed, signed afresh), and does not believe an unsigned {@code Retry-After}.
 */
class RedirectAndUnsignedFaultTest {
  private static final String HANOI = "VN-HaNoi-TVHN";

  private LibnetTestHub hub;
  private WireProxy sink;
  private WireProxy proxy;
  private String recordId;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.start();
    sink = WireProxy.start((r, up) -> new WireProxy.Answer(200, "OK", List.of(), new byte[0]));
    proxy = WireProxy.start(WireProxy.passThrough());
    try (LibnetClient direct = hub.clientFor(HANOI).build()) {
      ContributionResult r = direct.contributeRecords(RecordBatch.of(records(1)));
      recordId = r.outcomes().get(0).recordId();
    }
    assertThat(recordId).isNotNull();
  }

  @AfterEach
  void stop() {
    proxy.close();
    sink.close();
    hub.close();
  }

  private static List<Record> records(int n) {
    return HanoiRecords.of(5, n);
  }

  private String stolen() {
    return "http://" + sink.proxy().address().toString().replaceFirst("^.*/", "") + "/stolen";
  }

  private boolean toHub(WireProxy.Seen r) {
    return r.target().getPort() == hub.port();
  }

  private void assertRedirectRefused(LibnetClient c, Consumer<LibnetClient> call, int status) {
    int before = proxy.requests().size();
    long hubBefore = hub.requestCount();
    assertThatThrownBy(() -> call.accept(c)).isInstanceOfSatisfying(LibnetRedirectException.class, e -> {
      assertThat(e.status()).isEqualTo(status);
      assertThat(e.location()).contains(stolen());
      assertThat(e.getMessage()).contains("HTTP " + status, stolen(), "did not sign");
    });
    // Unsigned, so a fault of each try: tried again under the same idempotency key (4 tries), never followed.
    assertThat(proxy.requests().size() - before).isEqualTo(4);
    assertThat(hub.requestCount()).isEqualTo(hubBefore);
  }

  @ParameterizedTest
  @ValueSource(ints = {302, 307})
  void unsignedRedirectsAreFaultsNeverFollowedEvenByAnAllowedRead(int status) {
    Consumer<LibnetClient> dryRun = c -> c.contributeRecords(RecordBatch.of(records(2)), ContributeOptions.dryRunOnly());
    Consumer<LibnetClient> removal = c -> c.unsetHolding(HANOI, "TVHN-1");
    Consumer<LibnetClient> read = c -> c.getRecord(recordId);
    proxy.behaviour(WireProxy.redirect(this::toHub, status, stolen()));
    try (LibnetClient c = hub.clientFor(HANOI).okHttpClient(proxy.okHttp()).build()) {
      assertRedirectRefused(c, dryRun, status);
      assertRedirectRefused(c, removal, status);
      assertRedirectRefused(c, read, status);
    }
    try (LibnetClient c = hub.clientFor(HANOI).okHttpClient(proxy.okHttp()).followRedirectsForReads(true).build()) {
      assertRedirectRefused(c, dryRun, status);
      assertRedirectRefused(c, removal, status);
      // Even a read is not sent on by a redirect the hub did not sign (it could swap the resource read).
      assertRedirectRefused(c, read, status);
    }
    assertThat(sink.requests()).as("the Location target received nothing").isEmpty();
  }

  @Test
  void anUnsigned503AskingForAnHourIsRetriedWithinThePolicyThenRefused() {
    proxy.behaviour((r, up) -> new WireProxy.Answer(503, "Unavailable", List.of(Map.entry("Retry-After", "3600"),
        Map.entry("Content-Type", "application/problem+json")),
        "{\"code\":\"UNAVAILABLE\",\"status\":503}".getBytes(StandardCharsets.UTF_8)));
    RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofSeconds(10));
    long hubBefore = hub.requestCount();
    long start = System.nanoTime();
    try (LibnetClient c = hub.clientFor(HANOI).okHttpClient(proxy.okHttp()).retryPolicy(policy).build()) {
      assertThatThrownBy(() -> c.contributeRecords(RecordBatch.of(records(1)), ContributeOptions.dryRunOnly()))
          .isInstanceOfSatisfying(LibnetSignatureException.class,
              e -> assertThat(e.failure()).isEqualTo(SignatureFailure.SIGNATURE_MISSING));
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(10));
    assertThat(proxy.requests()).hasSize(4);
    assertThat(hub.requestCount()).isEqualTo(hubBefore);
  }

  @Test
  void theHubsOwnSigned503RetryAfterIsHonoured() {
    hub.faults(HubFaults.unavailable(Duration.ofSeconds(1)).onRequest(1));
    long start = System.nanoTime();
    try (LibnetClient c = hub.clientFor(HANOI).okHttpClient(proxy.okHttp()).build()) {
      assertThat(c.contributeRecords(RecordBatch.of(records(1)), ContributeOptions.dryRunOnly()).dryRun()).isTrue();
    }
    // The client's own backoff starts at 20 ms: only the hub's Retry-After explains the second.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    assertThat(proxy.requests()).hasSize(2);
  }
}
