package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.testkit.HubFixtures.HANOI;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.ContributeOptions;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * kill -9 of a hub in the middle of a burst of writes: after a restart on the same folder every
 * acknowledged record is there, and the batch whose answer never came is stored at most once when the
 * client sends it again with its idempotency key.
 */
class HubCrashTest {
  @TempDir Path dir;

  @Test
  void killedInTheMiddleOfABurstTheHubLosesNothingAcknowledgedAndStoresNothingTwice() throws Exception {
    KeyPair key = HubFixtures.ed25519();
    Path pub = dir.resolve("client.pub.pem");
    Files.writeString(pub, Keys.toPem(key.getPublic()));
    Path data = dir.resolve("data");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), HubProcess.class.getName(),
        data.toString(), HANOI + "#k1", pub.toString())
        .redirectErrorStream(true).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    int port = -1;
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("READY ")) {
        port = Integer.parseInt(line.substring(6).trim());
        break;
      }
    }
    assertThat(port).as("the hub process started").isPositive();
    VerificationKey hubKey = new VerificationKey(LibnetTestHub.HUB_KEY_ID, SignatureAlgorithm.ED25519,
        Keys.publicKeyFromPem(Files.readString(data.resolve("hub.pub.pem"))));

    String hubUrl = "http://127.0.0.1:" + port + "/";
    List<ContributionResult> acknowledged = new ArrayList<>();
    String[] inFlight = {null};
    Thread burst = new Thread(() -> {
      try (LibnetClient c = client(hubUrl, hubKey, key)) {
        for (int i = 0; ; i++) {
          inFlight[0] = "crash-" + i;
          ContributionResult r = c.contributeRecords(RecordBatch.of(HubFixtures.records(100 + i, 5, HANOI)),
              ContributeOptions.DEFAULT.withIdempotencyKey(inFlight[0]));
          synchronized (acknowledged) {
            acknowledged.add(r);
          }
        }
      } catch (RuntimeException expected) {
        // the hub was killed under the client
      }
    });
    burst.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      synchronized (acknowledged) {
        if (acknowledged.size() >= 10) {
          break;
        }
      }
      Thread.sleep(5);
    }
    child.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
    child.waitFor(10, TimeUnit.SECONDS);
    burst.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(burst.isAlive()).as("the client's burst ended with the killed hub").isFalse();
    List<ContributionResult> acked;
    synchronized (acknowledged) {
      acked = new ArrayList<>(acknowledged);
    }
    assertThat(acked).as("the burst ran before the kill").hasSizeGreaterThanOrEqualTo(10);

    VerificationKey trusted = new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, key.getPublic());
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(data).trust(trusted).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      Set<String> stored = c.searchCatalog("holder = " + HANOI).map(CatalogRecord::id).collect(Collectors.toSet());
      Set<String> promised = new HashSet<>();
      acked.forEach(r -> r.outcomes().forEach(o -> promised.add(o.recordId())));
      assertThat(stored).as("every acknowledged record survives kill -9").containsAll(promised);
      // The batch in flight: sent again with its key, it is stored once (or answered as already stored).
      int i = acked.size();
      ContributionResult again = c.contributeRecords(RecordBatch.of(HubFixtures.records(100 + i, 5, HANOI)),
          ContributeOptions.DEFAULT.withIdempotencyKey("crash-" + i));
      Set<String> after = c.searchCatalog("holder = " + HANOI).map(CatalogRecord::id).collect(Collectors.toSet());
      Set<String> expected = new HashSet<>(promised);
      again.outcomes().forEach(o -> expected.add(o.recordId()));
      assertThat(after).as("nothing stored twice").isEqualTo(expected);
    }
  }

  private static LibnetClient client(String url, VerificationKey hubKey, KeyPair key) {
    return LibnetClient.builder().baseUrl(url).signingKey(HANOI + "#k1", key.getPrivate()).hubKeys(HubKeys.pinned(hubKey))
        .retryPolicy(new RetryPolicy(1, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(2))).build();
  }
}
