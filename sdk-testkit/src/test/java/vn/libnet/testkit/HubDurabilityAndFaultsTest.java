package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.testkit.HubFixtures.HANOI;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.client.ContributeOptions;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetTransportException;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/** A hub restarted on its folder keeps what it acknowledged; injected faults are survived by the client. */
class HubDurabilityAndFaultsTest {
  @TempDir Path dir;

  @Test
  void aRestartedHubKeepsEveryAcknowledgedWriteItsKeysAndItsIdempotencyRecords() throws Exception {
    KeyPair key = HubFixtures.ed25519();
    VerificationKey trusted = new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, key.getPublic());
    List<Record> recs = HubFixtures.records(11, 12, HANOI);
    ContributeOptions once = ContributeOptions.DEFAULT.withIdempotencyKey("restart-1");
    ContributionResult before;
    VerificationKey hubKeyBefore;
    int port;
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).trust(trusted).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      before = c.contributeRecords(RecordBatch.of(recs), once);
      c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      hubKeyBefore = hub.hubKey();
      port = hub.port();
    }
    assertThat(Files.size(dir.resolve("hub-log.jsonl"))).isPositive();

    long logLines = Files.readAllLines(dir.resolve("hub-log.jsonl")).size();
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).trust(trusted).start();
        LibnetClient c = client(hub.baseUrl(), hubKeyBefore, key)) {
      assertThat(Files.readAllLines(dir.resolve("hub-log.jsonl"))).as("trusting a known key again adds nothing").hasSize((int) logLines);
      assertThat(c.listLibraryKeys(HANOI)).extracting(k -> k.keyId()).containsExactly(HANOI + "#k1");
      assertThat(hub.hubKey().key()).as("the pinned hub key still verifies").isEqualTo(hubKeyBefore.key());
      assertThat(c.searchCatalog("holder = " + HANOI).map(CatalogRecord::id).collect(Collectors.toList()))
          .containsExactlyElementsOf(before.outcomes().stream().map(o -> o.recordId()).collect(Collectors.toList()));
      assertThat(c.getLibrary(HANOI).etag()).isEqualTo("\"v1\"");
      // The client retried a batch whose answer it never saw: the hub answers it again, stores nothing twice.
      assertThat(c.contributeRecords(RecordBatch.of(recs), once)).isEqualTo(before);
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(12);
      assertThat(c.changesSince(null).count()).isEqualTo(12 + 12 + 1);
    }
  }

  @Test
  void aTornLastLineOfTheLogIsSkipped() throws Exception {
    KeyPair key = HubFixtures.ed25519();
    contributeAndStop(key, 12, 3);
    Files.writeString(dir.resolve("hub-log.jsonl"), "{\"type\":\"write\",\"method\":\"PO", java.nio.file.StandardOpenOption.APPEND);
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(3);
    }
  }

  @Test
  void aTornTailIsCutOffBeforeTheNextEntryIsWrittenSoThatEntryIsNeverLost() throws Exception {
    KeyPair key = HubFixtures.ed25519();
    Path log = dir.resolve("hub-log.jsonl");
    contributeAndStop(key, 4, 2);
    long good = Files.size(log);
    // A crash in the middle of writing an entry: a framed entry without its end.
    Files.writeString(log, "812 0a1b2c3d {\"type\":\"write\",\"meth", java.nio.file.StandardOpenOption.APPEND);
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      assertThat(Files.size(log)).as("the torn end is cut before anything is appended").isEqualTo(good);
      c.contributeRecords(RecordBatch.of(HubFixtures.records(4, 2, HANOI)));
    }
    // The entry written after the cut is whole, and replays: nothing acknowledged is lost.
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      assertThat(c.changesSince(null).count()).isGreaterThanOrEqualTo(4);
    }
    for (String line : Files.readAllLines(log)) {
      assertThat(line).as("every entry framed with its length and checksum").matches("\\d+ [0-9a-f]{8} \\{.*\\}");
    }
  }

  @Test
  void aLogOfTheOlderFormWithoutFramesStillReplays() throws Exception {
    KeyPair key = HubFixtures.ed25519();
    Path log = dir.resolve("hub-log.jsonl");
    contributeAndStop(key, 6, 3);
    // The first release wrote bare JSON lines: strip the frames.
    List<String> bare = Files.readAllLines(log).stream().map(l -> l.substring(l.indexOf('{'))).collect(Collectors.toList());
    Files.write(log, bare);
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(3);
    }
  }

  @Test
  void aDamagedEntryInTheMiddleStopsTheStartAndNamesTheEntryAndItsOffset() throws Exception {
    KeyPair key = HubFixtures.ed25519();
    Path log = dir.resolve("hub-log.jsonl");
    contributeAndStop(key, 4, 2, 4, 2);
    byte[] bytes = Files.readAllBytes(log);
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
    // Flip one byte inside the second entry's JSON, as a failing disk would.
    int second = lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
    int flip = second + lines.get(1).indexOf('{') + 10;
    bytes[flip] ^= 0x01;
    Files.write(log, bytes);
    int entry = 2;
    assertThatThrownBy(() -> LibnetTestHub.builder().dataDirectory(dir).start())
        .hasMessageContaining("entry " + entry).hasMessageContaining("byte " + second)
        .hasMessageContaining("does not start")
        .cause().isInstanceOfSatisfying(HubLogDamagedException.class, e -> {
          assertThat(e.entry()).isEqualTo(entry);
          assertThat(e.offset()).isEqualTo(second);
          assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).contains("bị hỏng ở mục 2").contains("byte " + second);
        });
    assertThat(Files.readAllBytes(log)).as("the damaged log is left as it was").isEqualTo(bytes);
  }

  /** Starts a hub on {@code dir} trusting {@code key}, contributes batches of (seed, count) records, stops it. */
  private void contributeAndStop(KeyPair key, int... seedsAndCounts) {
    VerificationKey trusted = new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, key.getPublic());
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(dir).trust(trusted).start();
        LibnetClient c = client(hub.baseUrl(), hub.hubKey(), key)) {
      for (int i = 0; i + 1 < seedsAndCounts.length; i += 2) {
        c.contributeRecords(RecordBatch.of(HubFixtures.records(seedsAndCounts[i], seedsAndCounts[i + 1], HANOI)));
      }
    }
  }

  private static LibnetClient client(String url, VerificationKey hubKey, KeyPair key) {
    return LibnetClient.builder().baseUrl(url).signingKey(HANOI + "#k1", key.getPrivate()).hubKeys(HubKeys.pinned(hubKey))
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(10))).build();
  }

  @Test
  void theClientSurvivesEachInjectedFaultOnce() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient c = hub.clientFor(HANOI).build()) {
      List<HubFaults> faults = List.of(HubFaults.unavailable(Duration.ZERO), HubFaults.rateLimited(Duration.ZERO),
          HubFaults.connectionReset(), HubFaults.latency(Duration.ofMillis(200)));
      int n = 0;
      List<Record> all = HubFixtures.records(20, 8, HANOI);
      for (HubFaults f : faults) {
        hub.faults(f.onRequest(1));
        List<Record> recs = all.subList(2 * n, 2 * n + 2);
        ContributionResult r = c.contributeRecords(RecordBatch.of(recs));
        assertThat(r.outcomes()).as(f.toString()).hasSize(2);
        n++;
      }
      hub.faults(HubFaults.NONE);
      assertThat(c.searchCatalog("holder = " + HANOI).count()).as("nothing stored twice").isEqualTo(8);
    }
  }

  @Test
  void aHubThatAlwaysDropsTheConnectionEndsInATransportError() {
    try (LibnetTestHub hub = LibnetTestHub.builder().faults(HubFaults.connectionReset().always()).start();
        LibnetClient c = hub.clientFor(HANOI).build()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.contributeRecords(RecordBatch.of(HubFixtures.records(1, 1, HANOI))))
          .isInstanceOf(LibnetTransportException.class);
      assertThat(hub.requestCount()).isEqualTo(4);
    }
  }

  @Test
  void faultsAtARateHitAboutThatShare() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient c = hub.clientFor(HANOI).retryPolicy(RetryPolicy.NONE).build()) {
      // Retry-After: 1, because OkHttp itself sends a 503 with Retry-After: 0 again at once.
      hub.faults(HubFaults.unavailable(Duration.ofSeconds(1)).atRate(0.5));
      int failed = 0;
      for (int i = 0; i < 200; i++) {
        try {
          c.getQuestionnaire(HubState.SURVEY_ID);
        } catch (vn.libnet.client.LibnetProblemException e) {
          failed++;
        }
      }
      assertThat(failed).isBetween(60, 140);
    }
  }

  @ExtendWith(LibnetTestHubExtension.class)
  @org.junit.jupiter.api.Nested
  class WithTheExtension {
    @Test
    void injectsARunningHubAndAClientItTrusts(LibnetTestHub hub, LibnetClient client) {
      ContributionResult r = client.contributeRecords(RecordBatch.of(HubFixtures.records(30, 2, LibnetTestHubExtension.ISIL)));
      assertThat(r.outcomes()).hasSize(2);
      assertThat(client.baseUrl().toString()).isEqualTo(hub.baseUrl());
    }
  }
}
