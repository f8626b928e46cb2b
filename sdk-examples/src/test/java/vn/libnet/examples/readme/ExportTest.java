package vn.libnet.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.HubFaults;
import vn.libnet.testkit.LibnetTestHub;
import vn.libnet.testkit.LibnetHub;

// README: testkit
@LibnetHub(isil = "VN-HaNoi-TVHN")                                             // a clean hub for each test
class ExportTest {
  @Test
  void exportsTheCatalogue(LibnetTestHub hub, LibnetClient client) {   // client signs as VN-HaNoi-TVHN
    hub.faults(HubFaults.unavailable(Duration.ofSeconds(1)).onRequest(1));   // or .atRate(0.1), connectionReset(), latency(...)
    List<Record> records = YourIls.export();                                  // your catalogue's records
    ContributionResult r = client.contributeRecords(RecordBatch.of(records));   // the client retries past the 503
    assertThat(r.totals().get(OutcomeStatus.ACCEPTED)).isEqualTo(records.size());
    assertThat(hub.takeRequest(Duration.ofSeconds(1)).status()).isEqualTo(503);  // what your code sent, in order
    assertThat(hub.takeRequest(Duration.ofSeconds(1)).header("Idempotency-Key")).isPresent();
  }
}
// END README

/** Stands for the vendor's own export in the README's examples: three valid records of Vietnamese books. */
final class YourIls {
  private YourIls() {}

  static List<Record> export() {
    return SyntheticRecords.builder().seed(11).build().stream(3).map(s -> s.record()).toList();
  }
}
