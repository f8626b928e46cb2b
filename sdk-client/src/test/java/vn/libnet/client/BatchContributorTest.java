package vn.libnet.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.Keys;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * Batch contribution with a checkpoint against a stub: resumed, killed at several points (the stub holds an
 * answer after storing, which the real hub cannot), refused. The plain runs against the real hub are in
 * sdk-testkit's BatchContributorOnHubTest.
 */
class BatchContributorTest {
  private static final int RECORDS = 95;
  private StubHub hub;
  private List<Record> records;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    hub = new StubHub();
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).willReturn(aResponse().withTransformers("ledger")));
    records = LibnetClientTest.records(42, RECORDS);
    assertThat(records.stream().map(Record::getControlNumber).distinct()).as("distinct 001s").hasSize(RECORDS);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  private Path marcFile() {
    Path file = dir.resolve("catalogue.mrc");
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      records.forEach(w::write);
    }
    return file;
  }

  private void assertEveryRecordStoredExactlyOnce() {
    assertThat(hub.ledger.stored.keySet())
        .containsExactlyInAnyOrderElementsOf(records.stream().map(Record::getControlNumber).collect(Collectors.toList()));
    assertThat(hub.ledger.stored.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
  }

  private int posts() {
    return (int) hub.requests().stream().filter(r -> r.getMethod().getName().equals("POST")).count();
  }

  @Test
  void everyRecordsOutcomeGoesToTheListenerAndAResumedRunReportsItsBatchesDoneEarlier() {
    Path cp = dir.resolve("job.checkpoint");
    List<ContributionOutcome> first = new ArrayList<>();
    List<ContributionOutcome> again = new ArrayList<>();
    // One unreadable entry at position 4: reported, in no batch, the record numbers after it unchanged.
    List<vn.libnet.marc.io.MarcRead> reads = new ArrayList<>();
    for (int i = 0; i < RECORDS; i++) {
      int number = i < 3 ? i + 1 : i + 2;
      reads.add(new vn.libnet.marc.io.MarcRead(number, -1, 0, records.get(i), List.of()));
    }
    var damaged = vn.libnet.core.validation.ValidationIssue.of("MARC_RECORD_LENGTH_INVALID", vn.libnet.core.validation.Severity.ERROR,
        "", java.util.Locale.ENGLISH, "12x45", 900);
    reads.add(3, new vn.libnet.marc.io.MarcRead(4, 900, 0, null, List.of(damaged)));
    try (LibnetClient c = hub.client().build()) {
      BatchSummary s = BatchContributor.builder(c).batchSize(10).concurrency(3).outcomes(first::add).build().contribute(reads.iterator(), cp);
      assertThat(s.complete()).isTrue();
      BatchContributor.builder(c).batchSize(10).outcomes(again::add).build().contribute(reads.iterator(), cp);
    }
    assertThat(first).hasSize(RECORDS + 1);
    assertThat(first).extracting(ContributionOutcome::record).containsExactlyInAnyOrderElementsOf(
        reads.stream().map(r -> (long) r.number()).toList());
    assertThat(first).filteredOn(o -> o.record() == 4).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(ContributionOutcome.Status.UNREADABLE);
      assertThat(o.batch()).isEqualTo(-1);
      assertThat(o.issues()).extracting(vn.libnet.core.validation.ValidationIssue::code).containsExactly("MARC_RECORD_LENGTH_INVALID");
    });
    String cn = records.get(20).getControlNumber();
    assertThat(first).filteredOn(o -> cn.equals(o.controlNumber())).singleElement().satisfies(o -> {
      assertThat(o.status()).isEqualTo(ContributionOutcome.Status.ACCEPTED);
      assertThat(o.record()).isEqualTo(22);
      assertThat(o.batch()).isEqualTo(2);
      assertThat(o.clusterId()).isEqualTo("cl-" + cn);
      assertThat(o.recordId()).isEqualTo("rec-" + cn);
    });
    assertThat(again).hasSize(RECORDS + 1);
    assertThat(again).filteredOn(o -> o.status() != ContributionOutcome.Status.UNREADABLE)
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(ContributionOutcome.Status.DONE_EARLIER)).hasSize(RECORDS);
    assertThat(again).filteredOn(o -> cn.equals(o.controlNumber())).singleElement()
        .satisfies(o -> assertThat(o.record()).isEqualTo(22));
  }

  @Test
  void theRecordsOfAFailedBatchAreReportedNotSentWithTheFailure() {
    hub.server.resetAll();
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).atPriority(1)
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(records.get(0).getControlNumber()))
        .willReturn(aResponse().withStatus(415).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"code\":\"UNSUPPORTED_MEDIA_TYPE\",\"status\":415,\"title\":\"No\"}")));
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).atPriority(2).willReturn(aResponse().withTransformers("ledger")));
    List<ContributionOutcome> got = new ArrayList<>();
    BatchSummary summary;
    try (LibnetClient c = hub.client().build()) {
      summary = BatchContributor.builder(c).batchSize(10).concurrency(1).outcomes(got::add).build()
          .contribute(records.stream(), dir.resolve("job.checkpoint"));
    }
    // The failure reads in the caller's language, not only in English.
    BatchSummary.Failure failure = summary.failures().get(0);
    assertThat(failure.message(java.util.Locale.ENGLISH)).isEqualTo(failure.message());
    assertThat(failure.message(java.util.Locale.forLanguageTag("vi"))).isNotEqualTo(failure.message()).contains("415");
    assertThat(got).hasSize(RECORDS);
    assertThat(got).filteredOn(o -> o.batch() == 0).hasSize(10).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(ContributionOutcome.Status.NOT_SENT);
      assertThat(o.issues()).extracting(vn.libnet.core.validation.ValidationIssue::code).containsExactly("CLIENT_PROBLEM");
    });
    assertThat(got).filteredOn(o -> o.batch() != 0).allSatisfy(o -> assertThat(o.status()).isEqualTo(ContributionOutcome.Status.ACCEPTED));
  }

  @Test
  void aCheckpointOfOtherInputIsRefused() {
    Path cp = dir.resolve("job.checkpoint");
    try (LibnetClient c = hub.client().build()) {
      BatchContributor b = BatchContributor.builder(c).batchSize(10).build();
      b.contribute(records.stream().limit(30), cp);
      List<Record> other = LibnetClientTest.records(43, 30);
      assertThatThrownBy(() -> b.contribute(other.stream(), cp)).isInstanceOfSatisfying(LibnetClientException.class, e -> {
        assertThat(e.code()).isEqualTo("CLIENT_CHECKPOINT_MISMATCH");
        assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).contains("checkpoint", "lô 0");
      });
    }
  }

  @Test
  void aLineCutShortByACrashIsIgnoredAndItsBatchAnsweredFromTheIdempotencyRecord() throws IOException {
    Path cp = dir.resolve("job.checkpoint");
    try (LibnetClient c = hub.client().build()) {
      BatchContributor b = BatchContributor.builder(c).batchSize(50).concurrency(1).build();
      b.contribute(records.stream(), cp);
      // Cut the last line in half, as a crash during its write would.
      String text = Files.readString(cp, StandardCharsets.UTF_8);
      String cut = text.substring(0, text.length() - 6);
      Files.writeString(cp, cut, StandardCharsets.UTF_8);
      int before = posts();
      BatchSummary s = b.contribute(records.stream(), cp);
      assertThat(posts()).isEqualTo(before + 1);
      assertThat(s.resumedBatches()).isEqualTo(1);
      assertThat(s.accepted()).isEqualTo(RECORDS);
      assertThat(Files.readAllLines(cp)).hasSize(4); // header, batch 0, the torn line ended, batch 1 again
    }
    assertEveryRecordStoredExactlyOnce();
  }

  @Test
  void aRejectedBatchIsReportedAndTheOthersStillGo() {
    AtomicInteger n = new AtomicInteger();
    hub.server.resetAll();
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).atPriority(1)
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(records.get(0).getControlNumber()))
        .willReturn(aResponse().withStatus(415).withHeader("Content-Type", "application/problem+json")
            .withBody("{\"code\":\"UNSUPPORTED_MEDIA_TYPE\",\"status\":415,\"title\":\"No\"}")));
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).atPriority(2).willReturn(aResponse().withTransformers("ledger")));
    try (LibnetClient c = hub.client().build()) {
      BatchSummary s = BatchContributor.builder(c).batchSize(10).concurrency(1).progress(p -> n.incrementAndGet()).build()
          .contribute(records.stream(), dir.resolve("job.checkpoint"));
      assertThat(s.complete()).isFalse();
      assertThat(s.failures()).singleElement().satisfies(f -> {
        assertThat(f.batch()).isZero();
        assertThat(f.firstRecord()).isEqualTo(1);
        assertThat(f.code()).isEqualTo("CLIENT_PROBLEM");
      });
      assertThat(s.accepted()).isEqualTo(RECORDS - 10);
    }
  }

  @Test
  void aSignedAnswerAboutOtherRecordsNeverMarksTheBatchDone() throws IOException {
    // Signed by the hub and bound to the request, but its outcomes are those of batch 0: a confused hub.
    List<vn.libnet.client.model.RecordOutcome> ofBatch0 = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ofBatch0.add(new vn.libnet.client.model.RecordOutcome(i, records.get(i).getControlNumber(),
          vn.libnet.client.model.OutcomeStatus.ACCEPTED, "rec-" + i, "cl-" + i, List.of()));
    }
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).atPriority(1)
        .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(records.get(10).getControlNumber()))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody(LibnetJson.mapper().writeValueAsString(new vn.libnet.client.model.ContributionResult(false, ofBatch0)))));
    hub.server.stubFor(post(urlEqualTo("/v1/catalog/records")).atPriority(2).willReturn(aResponse().withTransformers("ledger")));
    Path cp = dir.resolve("job.checkpoint");
    try (LibnetClient c = hub.client().build()) {
      BatchContributor b = BatchContributor.builder(c).batchSize(10).concurrency(1).build();
      BatchSummary first = b.contribute(records.stream(), cp);
      assertThat(first.failures()).singleElement().satisfies(f -> {
        assertThat(f.batch()).isEqualTo(1);
        assertThat(f.code()).isEqualTo("CLIENT_BATCH_ANSWER_MISMATCH");
        assertThat(f.message()).contains("batch 1", records.get(10).getControlNumber());
      });
      assertThat(first.complete()).isFalse();

      hub.server.removeStub(hub.server.listAllStubMappings().getMappings().stream()
          .filter(m -> m.getPriority() != null && m.getPriority() == 1).findFirst().orElseThrow());
      BatchSummary second = b.contribute(records.stream(), cp);
      assertThat(second.complete()).isTrue();
      assertThat(second.resumedBatches()).isEqualTo(1);
    }
    assertEveryRecordStoredExactlyOnce();
  }

  /**
   * Kills a separate contributing process (SIGKILL) at several points, each time just after the hub
   * stored a batch whose answer it holds back, then lets a last run finish: the hub must have stored every
   * record exactly once.
   */
  @Test
  void aProcessKilledAtSeveralPointsFinishesWithEveryRecordStoredOnce() throws Exception {
    Path marc = marcFile();
    Path cp = dir.resolve("job.checkpoint");
    Path key = Files.writeString(dir.resolve("key.pem"), Keys.toPem(hub.library.getPrivate()));
    Path jwks = Files.writeString(dir.resolve("hub.jwks.json"), hub.hubJwks());
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        ContributeMain.class.getName(), hub.baseUrl(), key.toString(), jwks.toString(), marc.toString(), cp.toString());

    for (int killAfter : new int[] {1, 3, 3}) {
      int target = hub.ledger.newBatches() + killAfter;
      hub.ledger.holdAfter(target);
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (hub.ledger.newBatches() < target && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(p.isAlive()).as("the child is still waiting for the held answer: " + Files.readString(dir.resolve("child.log"))).isTrue();
      p.destroyForcibly();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(hub.ledger.newBatches()).isBetween(7, 10);

    hub.ledger.holdAfter(-1);
    Process last = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(dir.resolve("child.err").toFile()).start();
    String out = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(Files.readString(dir.resolve("child.err"))).isZero();
    BatchSummary s = LibnetJson.mapper().readValue(out.strip().lines().reduce((a, b) -> b).orElseThrow(), BatchSummary.class);
    assertThat(s.complete()).isTrue();
    assertThat(s.accepted()).isEqualTo(RECORDS);
    assertThat(s.resumedBatches()).isPositive();
    assertEveryRecordStoredExactlyOnce();
    assertThat(hub.ledger.replays()).as("batches stored before a kill were sent again and answered from the record").isGreaterThanOrEqualTo(3);
  }
}
