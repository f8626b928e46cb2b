package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.client.BatchContributor;
import vn.libnet.client.BatchProgress;
import vn.libnet.client.BatchSummary;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;

/**
 * sdk-client's resumable batch contribution against the real hub (moved here from sdk-client's stub-based
 * tests, since only the hub validates, clusters and keeps idempotency records as the national one does);
 * the client's tests keep what a stub alone can do (holding an answer after storing, to kill the client).
 */
@LibnetHub(isil = BatchContributorOnHubTest.ISIL)
class BatchContributorOnHubTest {
  static final String ISIL = "VN-HaNoi-TVHN";
  private static final int RECORDS = 95;
  @TempDir Path dir;
  private final List<Record> records = HubFixtures.records(42, RECORDS, ISIL);

  private Path marcFile() {
    Path file = dir.resolve("catalogue.mrc");
    try (MarcRecordWriter w = MarcWriters.open(file, MarcFormat.ISO2709)) {
      records.forEach(w::write);
    }
    return file;
  }

  private static long posts(LibnetTestHub hub) {
    return hub.recordedRequests().stream().filter(r -> r.method().equals("POST")).count();
  }

  private void assertEveryRecordStoredOnce(LibnetClient client) {
    List<String> stored = client.searchCatalog("holder = " + ISIL).map(CatalogRecord::controlNumber).collect(Collectors.toList());
    assertThat(stored).containsExactlyInAnyOrderElementsOf(records.stream().map(Record::getControlNumber).toList());
  }

  @Test
  void contributesEveryRecordInBatchesAndReportsProgress(LibnetTestHub hub, LibnetClient client) {
    List<BatchProgress> progress = new ArrayList<>();
    BatchSummary s = BatchContributor.builder(client).batchSize(10).concurrency(3).progress(progress::add).build()
        .contribute(marcFile(), dir.resolve("job.checkpoint"));
    assertThat(s.complete()).isTrue();
    assertThat(s.records()).isEqualTo(RECORDS);
    assertThat(s.batches()).isEqualTo(10);
    assertThat(s.accepted() + s.merged()).isEqualTo(RECORDS);
    assertThat(posts(hub)).isEqualTo(10);
    assertThat(progress).hasSize(10);
    assertThat(progress.get(9).recordsDone()).isEqualTo(RECORDS);
    assertEveryRecordStoredOnce(client);
  }

  @Test
  void aFinishedJobRunAgainSendsNothing(LibnetTestHub hub, LibnetClient client) {
    Path cp = dir.resolve("job.checkpoint");
    BatchContributor b = BatchContributor.builder(client).batchSize(20).build();
    b.contribute(records.stream(), cp);
    long sent = posts(hub);
    BatchSummary again = b.contribute(records.stream(), cp);
    assertThat(posts(hub)).isEqualTo(sent).isEqualTo(5);
    assertThat(again.resumedBatches()).isEqualTo(again.batches()).isEqualTo(5);
    assertEveryRecordStoredOnce(client);
  }
}
