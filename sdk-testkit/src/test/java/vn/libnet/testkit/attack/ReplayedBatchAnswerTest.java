package vn.libnet.testkit.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import vn.libnet.client.BatchContributor;
import vn.libnet.client.BatchSummary;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.WireProxy;
import vn.libnet.client.model.ChangeType;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.LibnetTestHub;

/**
 * A proxy between a {@link BatchContributor} and a real {@link LibnetTestHub} keeps the hub's genuine,
 * signed answer to batch A and returns it as the answer to batch B. The contributor must not take it for
 * B's: B fails, the job stops, and resumed from the same checkpoint once the proxy is gone, the job ends with
 * every record stored exactly once, as the hub's own changes feed and catalogue say (not the client's counts).
 */
class ReplayedBatchAnswerTest {
  private static final String HANOI = "VN-HaNoi-TVHN";
  private static final int RECORDS = 15;
  private static final int BATCH = 5;

  @TempDir Path dir;
  private LibnetTestHub hub;
  private List<Record> records;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.start();
    // Each record as Hà Nội's own: its 001 prefix and its holding's 852 $a.
    records = HanoiRecords.of(77, RECORDS);
    assertThat(records.stream().map(Record::getControlNumber).distinct()).hasSize(RECORDS);
  }

  @AfterEach
  void stop() {
    hub.close();
  }

  /**
   * {@code forward}: the proxy sends B on to the hub (which stores it) and hides the hub's answer; or it
   * keeps B from the hub altogether. Either way B must not be marked done on A's answer.
   */
  @ParameterizedTest(name = "B forwarded to the hub: {0}")
  @ValueSource(booleans = {true, false})
  void aBatchIsNeverMarkedDoneOnAnotherBatchsAnswer(boolean forward) {
    Path checkpoint = dir.resolve("job.checkpoint");
    WireProxy.Replayer replay = new WireProxy.Replayer(ReplayedBatchAnswerTest::isContribution,
        ReplayedBatchAnswerTest::isContribution, forward);
    try (WireProxy proxy = WireProxy.start(replay);
         LibnetClient client = hub.clientFor(HANOI).okHttpClient(proxy.okHttp()).build()) {
      BatchContributor contributor = BatchContributor.builder(client).batchSize(BATCH).concurrency(1).build();

      BatchSummary first = contributor.contribute(records.stream(), checkpoint);
      assertThat(first.complete()).isFalse();
      assertThat(first.failures()).singleElement().satisfies(f -> {
        assertThat(f.batch()).isEqualTo(1);
        assertThat(f.code()).isEqualTo("CLIENT_RESPONSE_SIGNATURE");
      });
      assertThat(replay.replays()).as("every try of batch 1 got batch 0's answer").isEqualTo(4);

      // The attacker leaves; the job is resumed with the same checkpoint.
      proxy.behaviour(WireProxy.passThrough());
      BatchSummary second = contributor.contribute(records.stream(), checkpoint);
      assertThat(second.complete()).isTrue();
      assertThat(second.resumedBatches()).as("only batch 0 was really acknowledged").isEqualTo(1);
    }
    assertEveryRecordStoredExactlyOnce();
  }

  private static boolean isContribution(WireProxy.Seen r) {
    return r.method().equals("POST") && r.target().getPath().equals("/v1/catalog/records");
  }

  /** From the hub itself: its changes feed has one stored record per input record, and the catalogue has each 001 once. */
  private void assertEveryRecordStoredExactlyOnce() {
    try (LibnetClient reader = hub.clientFor(HANOI).build()) {
      List<String> stored = reader.changesSince(null)
          .filter(c -> c.type() == ChangeType.RECORD_ADDED || c.type() == ChangeType.RECORD_MERGED)
          .map(c -> reader.getRecord(c.resourceId()).controlNumber())
          .collect(Collectors.toList());
      assertThat(stored).containsExactlyInAnyOrderElementsOf(
          records.stream().map(Record::getControlNumber).collect(Collectors.toList()));
    }
  }
}
