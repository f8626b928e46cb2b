package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.client.ContributeOptions;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.testkit.LibnetTestHub;

class HubRecoverCommandTest {
  private static final String HANOI = "VN-HaNoi-TVHN";

  @TempDir Path dir;

  @Test
  void aDamagedWriteIsRemovedWithExitOneAndTheHubServesTheKeptRecordsUnderTheirIds() throws Exception {
    Path data = dir.resolve("hub-data");
    // Entry 1 trusts the client's key; then A (r1, r2), B (r3, r4), A again (no new id), C (r5).
    List<ContributionResult> answers = contribute(data, "a:1:2", "b:2:2", "a-again:1:2", "c:3:1");
    flipByteOfLine(data, 3);

    LibnetCliTest.Run r = LibnetCliTest.run("hub", "recover", "--data", data.toString(), "--lang", "en");

    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.out()).contains("Kept 4 intact entries", "from entry 4: damaged",
        "POST /v1/catalog/records, signer " + HANOI + ", idempotency key a-again", "records r1, r2",
        "the record ids they were given go to the next new records", "The hub starts on " + data + " again.")
        .doesNotContain("would be answered differently");
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(data).start(); LibnetClient c = hub.clientFor(HANOI).build()) {
      for (ContributionResult a : List.of(answers.get(0), answers.get(1), answers.get(3))) {
        for (RecordOutcome o : a.outcomes()) {
          assertThat(c.getRecord(o.recordId()).controlNumber()).isEqualTo(o.controlNumber());
        }
      }
    }
  }

  @Test
  void aRecoveryThatWouldRenumberRecordsIsRefusedWithExitTwoUnlessTheChangesAreAccepted() throws Exception {
    Path data = dir.resolve("hub-data");
    contribute(data, "a:1:1", "b:2:1", "c:3:1");
    flipByteOfLine(data, 2);
    byte[] damaged = Files.readAllBytes(data.resolve("hub-log.jsonl"));

    LibnetCliTest.Run vi = LibnetCliTest.run("hub", "recover", "--data", data.toString(), "--lang", "vi");

    assertThat(vi.code()).as(vi.out() + vi.err()).isEqualTo(2);
    assertThat(vi.out()).contains("Mục 4 (byte ", "khoá idempotency c) sẽ nhận câu trả lời khác", "outcomes[0].recordId: r3 -> r2",
        "Chưa ghi gì", "--accept-changes");
    assertThat(Files.readAllBytes(data.resolve("hub-log.jsonl"))).isEqualTo(damaged);

    LibnetCliTest.Run accepted = LibnetCliTest.run("hub", "recover", "--data", data.toString(), "--accept-changes", "--lang", "en");
    assertThat(accepted.code()).as(accepted.out() + accepted.err()).isEqualTo(1);
    assertThat(accepted.out()).contains("outcomes[0].recordId: r3 -> r2", "The removed bytes are in ");
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(data).start(); LibnetClient c = hub.clientFor(HANOI).build()) {
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(2);
    }
  }

  @Test
  void aTornEndOrNothingIsExitZeroAndAFolderWithoutALogIsExitTwo() throws Exception {
    Path data = dir.resolve("hub-data");
    contribute(data, "a:1:1");
    Path log = data.resolve("hub-log.jsonl");
    long good = Files.size(log);
    Files.writeString(log, "812 0a1b2c3d {\"type\":\"write\",\"meth", StandardOpenOption.APPEND);

    LibnetCliTest.Run torn = LibnetCliTest.run("hub", "recover", "--data", data.toString(), "--lang", "en");
    assertThat(torn.code()).as(torn.out() + torn.err()).isZero();
    assertThat(torn.out()).contains("Moved aside bytes " + good + " to ", "it was never acknowledged")
        .doesNotContain("Lost entry", "lost writes");
    assertThat(Files.size(log)).isEqualTo(good);

    LibnetCliTest.Run nothing = LibnetCliTest.run("hub", "recover", "--data", data.toString(), "--lang", "en");
    assertThat(nothing.code()).isZero();
    assertThat(nothing.out()).contains("Nothing to recover");

    LibnetCliTest.Run none = LibnetCliTest.run("hub", "recover", "--data", dir.resolve("empty").toString(), "--lang", "vi");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("không có nhật ký của hub").doesNotContain("Exception");

    LibnetCliTest.Run usage = LibnetCliTest.run("hub", "recover", "--lang", "en");
    assertThat(usage.code()).isEqualTo(2);
    assertThat(usage.err()).contains("--data");
  }

  /** Contributes batches {@code key:seed:count} to a hub on {@code data}, each with its idempotency key. */
  private static List<ContributionResult> contribute(Path data, String... batches) {
    List<ContributionResult> answers = new ArrayList<>();
    try (LibnetTestHub hub = LibnetTestHub.builder().dataDirectory(data).start(); LibnetClient c = hub.clientFor(HANOI).build()) {
      for (String b : batches) {
        String[] p = b.split(":");
        // The generator numbers every seed's records from 1: the seed in the control number keeps batches apart.
        List<Record> recs = SyntheticRecords.builder().seed(Long.parseLong(p[1])).build().stream(Integer.parseInt(p[2]))
            .map(s -> s.record()).collect(Collectors.toList());
        recs.forEach(r -> r.getControlNumberField().setData(r.getControlNumber() + "-s" + p[1]));
        answers.add(c.contributeRecords(RecordBatch.of(recs), ContributeOptions.DEFAULT.withIdempotencyKey(p[0])));
      }
    }
    return answers;
  }

  /** Flips one byte inside the JSON of line {@code index} (from 0) of the hub log, as a failing disk would. */
  private static void flipByteOfLine(Path data, int index) throws IOException {
    Path log = data.resolve("hub-log.jsonl");
    byte[] b = Files.readAllBytes(log);
    List<String> lines = Files.readAllLines(log);
    int at = 0;
    for (int i = 0; i < index; i++) {
      at += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
    }
    b[at + lines.get(index).indexOf('{') + 10] ^= 0x01;
    Files.write(log, b);
  }
}
