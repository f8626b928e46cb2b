package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.testkit.HubFixtures.HANOI;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.client.ContributeOptions;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.HubLogRecovery.Outcome;
import vn.libnet.testkit.HubLogRecovery.Result;

/**
 * Recovery of a damaged hub log keeps every intact entry byte for byte, moves exactly the damaged bytes
 * aside, and never writes a log on which an acknowledged record would get another id unless told to.
 */
class HubLogRecoveryTest {
  @TempDir Path dir;
  private final KeyPair key = HubFixtures.ed25519();

  @Test
  void aFlippedByteInAWriteThatGaveNoNewIdsIsRemovedAndTheHubServesEveryKeptRecordUnderItsOldId() throws Exception {
    // 1 trust entry, then: A (new r1-r3), B (new r4-r5), A again (replaces r1-r3, no new id), C (new r6-r7).
    List<ContributionResult> answers = contribute(batch(11, 3, "a"), batch(12, 2, "b"), batch(11, 3, "a-again"), batch(13, 2, "c"));
    Path log = HubLog.fileIn(dir);
    List<Long> starts = lineStarts(log);
    byte[] before = Files.readAllBytes(log);
    flip(log, starts.get(3) + 40);
    byte[] damaged = Files.readAllBytes(log);
    assertThatThrownBy(() -> hub().close()).cause().isInstanceOfSatisfying(HubLogDamagedException.class, e -> {
      assertThat(e.getMessage()).contains("libnet hub recover --data");
      assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).contains("libnet hub recover --data", "dừng hub");
    });

    Result r = HubLogRecovery.recover(dir);

    assertThat(r.outcome()).isEqualTo(Outcome.RECOVERED_WITH_LOSSES);
    assertThat(r.changed()).as("no kept write is answered differently").isEmpty();
    assertThat(r.entriesKept()).isEqualTo(4);
    assertThat(r.removed()).singleElement().satisfies(x -> {
      assertThat(x.entry()).isEqualTo(4);
      assertThat(x.offset()).isEqualTo(starts.get(3));
      assertThat(x.length()).isEqualTo(starts.get(4) - starts.get(3));
      assertThat(x.tornTail()).isFalse();
      assertThat(x.readable()).singleElement().satisfies(lost -> {
        assertThat(lost.path()).isEqualTo("/v1/catalog/records");
        assertThat(lost.method()).isEqualTo("POST");
        assertThat(lost.idempotencyKey()).isEqualTo("a-again");
        assertThat(lost.recordIds()).containsExactly("r1", "r2", "r3");
      });
    });
    assertThat(Files.readAllBytes(log)).as("the kept entries, byte for byte").isEqualTo(without(before, starts.get(3), starts.get(4)));
    assertThat(Files.readAllBytes(r.damagedBytes().orElseThrow())).as("exactly the damaged bytes")
        .isEqualTo(Arrays.copyOfRange(damaged, (int) (long) starts.get(3), (int) (long) starts.get(4)));
    assertThat(Files.readString(r.damagedIndex().orElseThrow())).contains(starts.get(3) + " " + (starts.get(4) - starts.get(3)) + " 0 damaged");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".bak-") || n.contains(".tmp-"));
    }

    try (LibnetTestHub hub = hub(); LibnetClient c = client(hub)) {
      for (ContributionResult a : List.of(answers.get(0), answers.get(1), answers.get(3))) {
        for (RecordOutcome o : a.outcomes()) {
          assertThat(c.getRecord(o.recordId()).controlNumber()).as(o.recordId()).isEqualTo(o.controlNumber());
          assertThat(c.getRecord(o.recordId()).clusterId()).isEqualTo(o.clusterId());
        }
      }
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(7);
      assertThat(send(c, batch(12, 2, "b"))).as("a kept write's idempotency key still answers as before").isEqualTo(answers.get(1));
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(7);
    }
  }

  @Test
  void aLostWriteThatGaveNewIdsIsNotDroppedSilentlyTheRecoveryRefusesAndNamesTheRenumberedRecords() throws Exception {
    contribute(batch(11, 2, "a"), batch(12, 2, "b"), batch(13, 2, "c"));
    Path log = HubLog.fileIn(dir);
    List<Long> starts = lineStarts(log);
    flip(log, starts.get(2) + 40);
    byte[] damaged = Files.readAllBytes(log);

    Result refused = HubLogRecovery.recover(dir);

    assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
    assertThat(Files.readAllBytes(log)).as("nothing written").isEqualTo(damaged);
    assertThat(refused.damagedBytes()).isEmpty();
    assertThat(refused.changedWrites()).isEqualTo(1);
    assertThat(refused.changed()).singleElement().satisfies(ch -> {
      assertThat(ch.entry()).isEqualTo(4);
      assertThat(ch.idempotencyKey()).isEqualTo("c");
      assertThat(ch.differences()).contains("outcomes[0].recordId: r5 -> r3", "outcomes[1].recordId: r6 -> r4");
    });
    assertThat(refused.removed().get(0).readable().get(0).recordIds()).containsExactly("r3", "r4");

    Result accepted = HubLogRecovery.recover(dir, true);
    assertThat(accepted.outcome()).isEqualTo(Outcome.RECOVERED_WITH_LOSSES);
    assertThat(accepted.changed()).hasSize(1);
    try (LibnetTestHub hub = hub(); LibnetClient c = client(hub)) {
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(4);
    }
  }

  @Test
  void aTornTailIsMovedAsideAndIsNoLoss() throws Exception {
    contribute(batch(11, 2, "a"));
    Path log = HubLog.fileIn(dir);
    byte[] good = Files.readAllBytes(log);
    String torn = "812 0a1b2c3d {\"type\":\"write\",\"method\":\"POST\",\"pa";
    Files.writeString(log, torn, StandardOpenOption.APPEND);

    Result r = HubLogRecovery.recover(dir);

    assertThat(r.outcome()).isEqualTo(Outcome.RECOVERED);
    assertThat(r.losesAcknowledgedWrites()).isFalse();
    assertThat(r.removed()).singleElement().satisfies(x -> {
      assertThat(x.tornTail()).isTrue();
      assertThat(x.offset()).isEqualTo(good.length);
      assertThat(x.readable()).singleElement().satisfies(lost -> assertThat(lost.method()).isEqualTo("POST"));
    });
    assertThat(Files.readAllBytes(log)).isEqualTo(good);
    assertThat(Files.readString(r.damagedBytes().orElseThrow())).isEqualTo(torn);
    assertThat(HubLogRecovery.recover(dir).outcome()).isEqualTo(Outcome.NOTHING_TO_RECOVER);
  }

  @Test
  void anAbsurdLengthFieldRemovesExactlyItsLine() throws Exception {
    contribute(batch(11, 2, "a"), batch(11, 2, "a-again"), batch(12, 1, "b"));
    Path log = HubLog.fileIn(dir);
    List<Long> starts = lineStarts(log);
    byte[] before = Files.readAllBytes(log);
    String line = new String(before, (int) (long) starts.get(2), (int) (starts.get(3) - starts.get(2)), StandardCharsets.UTF_8);
    byte[] absurd = ("4294967295" + line.substring(line.indexOf(' '))).getBytes(StandardCharsets.UTF_8);
    Files.write(log, splice(before, starts.get(2), starts.get(3), absurd));

    Result r = HubLogRecovery.recover(dir);

    assertThat(r.outcome()).isEqualTo(Outcome.RECOVERED_WITH_LOSSES);
    assertThat(r.removed()).singleElement().satisfies(x -> {
      assertThat(x.offset()).isEqualTo(starts.get(2));
      assertThat(x.length()).isEqualTo(absurd.length);
      assertThat(x.readable().get(0).idempotencyKey()).isEqualTo("a-again");
    });
    assertThat(Files.readAllBytes(log)).isEqualTo(without(before, starts.get(2), starts.get(3)));
    hub().close();
  }

  @Test
  void aGarbageBlockGluedBeforeAnEntryAndALostLineEndCostNoIntactEntry() throws Exception {
    contribute(batch(11, 2, "a"), batch(12, 2, "b"), batch(13, 1, "c"));
    Path log = HubLog.fileIn(dir);
    List<Long> starts = lineStarts(log);
    byte[] before = Files.readAllBytes(log);
    // Garbage with line ends of its own, and no line end before the entry it is glued to.
    byte[] garbage = "garbage\n{not json\n\n12 zz 7".getBytes(StandardCharsets.US_ASCII);
    int at = (int) (long) starts.get(2);
    Files.write(log, splice(before, at, at, garbage));

    Result r = HubLogRecovery.recover(dir);

    assertThat(r.outcome()).isEqualTo(Outcome.RECOVERED_WITH_LOSSES);
    assertThat(r.changed()).isEmpty();
    assertThat(r.removed()).singleElement().satisfies(x -> {
      assertThat(x.offset()).isEqualTo(at);
      assertThat(x.length()).isEqualTo(garbage.length);
      assertThat(x.readable()).as("nothing is made up of garbage").isEmpty();
    });
    assertThat(Files.readAllBytes(log)).as("exactly the log before the garbage").isEqualTo(before);

    // A line end turned into another byte glues two entries together: only the first is lost.
    byte[] glued = before.clone();
    glued[(int) (starts.get(3) - 1)] = 'x';
    Files.write(log, glued);
    Result second = HubLogRecovery.recover(dir, true);
    assertThat(second.removed()).singleElement().satisfies(x -> {
      assertThat(x.offset()).isEqualTo(starts.get(2));
      assertThat(x.length()).isEqualTo(starts.get(3) - starts.get(2));
    });
    assertThat(second.entriesKept()).isEqualTo(3);
    try (LibnetTestHub hub = hub(); LibnetClient c = client(hub)) {
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(3);
    }
  }

  @Test
  void linesOfTheOlderFormAreKeptAsTheyAreAndABrokenOneIsRemoved() throws Exception {
    contribute(batch(11, 2, "a"), batch(11, 2, "a-again"), batch(12, 1, "b"));
    Path log = HubLog.fileIn(dir);
    List<String> bare = Files.readAllLines(log).stream().map(l -> l.substring(l.indexOf('{'))).collect(Collectors.toList());
    bare.set(2, bare.get(2).substring(0, bare.get(2).length() - 1));
    Files.write(log, bare);

    Result r = HubLogRecovery.recover(dir);

    assertThat(r.outcome()).isEqualTo(Outcome.RECOVERED_WITH_LOSSES);
    assertThat(r.entriesKept()).isEqualTo(3);
    assertThat(r.removed()).singleElement().satisfies(x -> assertThat(x.entry()).isEqualTo(3));
    assertThat(Files.readAllLines(log)).containsExactly(bare.get(0), bare.get(1), bare.get(3));
    try (LibnetTestHub hub = hub(); LibnetClient c = client(hub)) {
      assertThat(c.searchCatalog("holder = " + HANOI).count()).isEqualTo(3);
    }
  }

  @Test
  void anIntactLogIsLeftAloneAndAFolderWithoutALogIsAnError() throws Exception {
    contribute(batch(11, 2, "a"));
    byte[] before = Files.readAllBytes(HubLog.fileIn(dir));
    Result r = HubLogRecovery.recover(dir);
    assertThat(r.outcome()).isEqualTo(Outcome.NOTHING_TO_RECOVER);
    assertThat(r.changed()).as("the log replays to the answers it holds").isEmpty();
    assertThat(r.entriesKept()).isEqualTo(2);
    assertThat(Files.readAllBytes(HubLog.fileIn(dir))).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".damaged-"));
    }
    assertThatThrownBy(() -> HubLogRecovery.recover(dir.resolve("none"))).isInstanceOf(NoSuchFileException.class);
  }

  // ------------------------------------------------------------------ helpers

  private record Batch(long seed, int count, String idempotencyKey) {}

  private static Batch batch(long seed, int count, String idempotencyKey) {
    return new Batch(seed, count, idempotencyKey);
  }

  private List<ContributionResult> contribute(Batch... batches) {
    List<ContributionResult> answers = new ArrayList<>();
    try (LibnetTestHub hub = hub(); LibnetClient c = client(hub)) {
      for (Batch b : batches) {
        answers.add(send(c, b));
      }
    }
    return answers;
  }

  private static ContributionResult send(LibnetClient c, Batch b) {
    // The generator numbers every seed's records from 1: the seed in the control number keeps batches apart.
    List<Record> recs = HubFixtures.records(b.seed(), b.count(), HANOI);
    recs.forEach(r -> r.getControlNumberField().setData(r.getControlNumber() + "-s" + b.seed()));
    return c.contributeRecords(RecordBatch.of(recs), ContributeOptions.DEFAULT.withIdempotencyKey(b.idempotencyKey()));
  }

  private LibnetTestHub hub() {
    return LibnetTestHub.builder().dataDirectory(dir)
        .trust(new VerificationKey(HANOI + "#k1", SignatureAlgorithm.ED25519, key.getPublic())).start();
  }

  private LibnetClient client(LibnetTestHub hub) {
    return LibnetClient.builder().baseUrl(hub.baseUrl()).signingKey(HANOI + "#k1", key.getPrivate())
        .hubKeys(HubKeys.pinned(hub.hubKey()))
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(10))).build();
  }

  /** The offset of every line, and the file's size last. */
  static List<Long> lineStarts(Path log) throws IOException {
    byte[] b = Files.readAllBytes(log);
    List<Long> starts = new ArrayList<>(List.of(0L));
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        starts.add(i + 1L);
      }
    }
    return starts;
  }

  static void flip(Path log, long at) throws IOException {
    byte[] b = Files.readAllBytes(log);
    b[(int) at] ^= 0x01;
    Files.write(log, b);
  }

  private static byte[] without(byte[] b, long from, long to) {
    return splice(b, from, to, new byte[0]);
  }

  /** {@code b} with the bytes {@code [from, to)} replaced by {@code insert}. */
  private static byte[] splice(byte[] b, long from, long to, byte[] insert) {
    byte[] all = new byte[(int) (b.length - (to - from) + insert.length)];
    System.arraycopy(b, 0, all, 0, (int) from);
    System.arraycopy(insert, 0, all, (int) from, insert.length);
    System.arraycopy(b, (int) to, all, (int) from + insert.length, b.length - (int) to);
    return all;
  }
}
