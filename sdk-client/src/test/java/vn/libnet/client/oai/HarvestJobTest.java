package vn.libnet.client.oai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.client.oai.OaiStub.envelope;
import static vn.libnet.client.oai.OaiStub.header;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.client.ClientFailure;

class HarvestJobTest extends OaiStubTest {
  @TempDir Path dir;
  final List<String> seen = new ArrayList<>();

  /** Three pages: r1 r2 | r3 (deleted) | r4 r5, with datestamps 2026-11-0N. */
  private void threePages() {
    repo.first("ListRecords", envelope("ListRecords", rec(1) + rec(2) + "<resumptionToken completeListSize=\"5\" cursor=\"0\">p2</resumptionToken>"));
    repo.page("ListRecords", "p2", envelope("ListRecords", "<record>" + header("oai:r:3", "2026-11-03", true) + "</record>"
        + "<resumptionToken completeListSize=\"5\" cursor=\"2\">p3</resumptionToken>"));
    repo.page("ListRecords", "p3", envelope("ListRecords", rec(4) + rec(5) + "<resumptionToken completeListSize=\"5\" cursor=\"3\"/>"));
  }

  private static String rec(int n) {
    return "<record>" + header("oai:r:" + n, "2026-11-0" + n, false) + "<metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>T" + n + "</dc:title></oai_dc:dc></metadata></record>";
  }

  private void identify(String granularity) {
    repo.first("Identify", envelope("Identify", "<repositoryName>R</repositoryName><baseURL>http://repo.example.vn/oai</baseURL>"
        + "<protocolVersion>2.0</protocolVersion><earliestDatestamp>2001-01-01</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
        + "<granularity>" + granularity + "</granularity>"));
  }

  private HarvestJob job(String set, Consumer<OaiRecord> consumer) {
    return HarvestJob.builder().harvester(oai).prefix("oai_dc").set(set).checkpoint(dir.resolve("hn.checkpoint")).consumer(consumer).build();
  }

  private HarvestJob job() {
    return job(null, r -> seen.add(r.header().identifier()));
  }

  private HarvestCheckpoint saved() {
    return HarvestCheckpoint.read(dir.resolve("hn.checkpoint"));
  }

  private int firstPageRequests() {
    return repo.server.findAll(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
        .withQueryParam("resumptionToken", absent())).size();
  }

  @Test
  void aCompleteRunOverThreePagesWritesAFinishedCheckpoint() {
    threePages();
    HarvestJob.Outcome o = job().run();
    assertThat(seen).containsExactly("oai:r:1", "oai:r:2", "oai:r:3", "oai:r:4", "oai:r:5");
    assertThat(o).isEqualTo(new HarvestJob.Outcome(5, 1, 3, false, null));
    HarvestCheckpoint cp = saved();
    assertThat(cp).isEqualTo(new HarvestCheckpoint(repo.baseUrl(), "oai_dc", null, "", "", false, null, "3", "5", "2026-11-05",
        "2026-12-02T10:00:00Z", 5, ""));
    assertThat(dir.resolve("hn.checkpoint.tmp")).doesNotExist();
  }

  @Test
  void eachPagesMarkIsKeptWithItsCheckpointAndGivenBackForTheResume() {
    threePages();
    List<String> out = new ArrayList<>();
    HarvestJob failing = HarvestJob.builder().harvester(oai).prefix("oai_dc").checkpoint(dir.resolve("hn.checkpoint")).consumer(r -> {
      if (r.header().identifier().equals("oai:r:4")) {
        throw new IllegalStateException("disk full");
      }
      out.add(r.header().identifier());
    }).pageEnd(() -> "written=" + out.size()).build();
    assertThat(failing.savedMark()).isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(failing::run).hasMessage("disk full");
    // Page 3 was being written when it stopped: the mark is the state after page 2, which the resume starts from.
    assertThat(failing.savedMark()).isEqualTo("written=3");
    assertThat(saved().mark()).isEqualTo("written=3");
  }

  @Test
  void aConsumerFailingMidPageIsResumedAtTheSavedTokenAndThatPageComesAgainWhole() {
    threePages();
    HarvestJob failing = job(null, r -> {
      seen.add(r.header().identifier());
      if (r.header().identifier().equals("oai:r:4") && seen.size() == 4) {
        throw new IllegalStateException("disk full");
      }
    });
    assertThatThrownBy(failing::run).hasMessage("disk full");
    HarvestCheckpoint cp = saved();
    assertThat(cp.running()).isTrue();
    assertThat(cp.token()).isEqualTo("p3");
    assertThat(cp.cursor()).isEqualTo("2");
    assertThat(cp.completeListSize()).isEqualTo("5");
    assertThat(cp.records()).isEqualTo(3);
    assertThat(cp.lastDatestamp()).isEqualTo("2026-11-03");

    HarvestJob.Outcome o = failing.run();
    assertThat(o.resumed()).isTrue();
    assertThat(o.records()).isEqualTo(2);
    assertThat(seen).containsExactly("oai:r:1", "oai:r:2", "oai:r:3", "oai:r:4", "oai:r:4", "oai:r:5");
    assertThat(firstPageRequests()).as("the resumed run does not ask the first page again").isEqualTo(1);
    assertThat(repo.server.findAll(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("p3")))).hasSize(2);
    assertThat(saved().running()).isFalse();
    assertThat(saved().records()).isEqualTo(5);
  }

  @Test
  void aChildJvmKilledMidPageIsResumedAtItsSavedToken() throws Exception {
    threePages();
    Path cp = dir.resolve("hn.checkpoint");
    Path out = dir.resolve("ids.txt");
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", HarvestMain.class.getName(), repo.baseUrl(), cp.toString(), out.toString(), "oai:r:4");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (!(Files.exists(out) && Files.readString(out).contains("oai:r:4")) && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(p.isAlive()).as("the child waits inside page 3: " + Files.readString(dir.resolve("child.log"))).isTrue();
    } finally {
      p.destroyForcibly(); // SIGKILL on Unix: no shutdown hook, no finally in the child
    }
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(saved().token()).isEqualTo("p3");
    seen.addAll(Files.readAllLines(out, StandardCharsets.UTF_8));

    HarvestJob.Outcome o = job().run();
    assertThat(o.resumed()).isTrue();
    assertThat(seen).containsExactly("oai:r:1", "oai:r:2", "oai:r:3", "oai:r:4", "oai:r:4", "oai:r:5");
    assertThat(firstPageRequests()).isEqualTo(1);
    assertThat(saved().running()).isFalse();
  }

  @Test
  void anIncrementalRunStartsAtTheResponseDateMinusADay() {
    identify("YYYY-MM-DD");
    threePages();
    job().run();
    HarvestJob.Outcome o = job().run();
    assertThat(o.from()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
    repo.server.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("ListRecords"))
        .withQueryParam("from", equalTo("2026-12-01")));
    assertThat(saved().from()).isEqualTo("2026-12-01T10:00:00Z");
  }

  @Test
  void anIncrementalRunStartsAtTheResponseDateMinusASecond() {
    identify("YYYY-MM-DDThh:mm:ssZ");
    repo.first("ListRecords", OaiStub.error("ListRecords", "noRecordsMatch", "none"));
    job().run();
    assertThat(saved().running()).isFalse();
    assertThat(saved().responseDate()).as("a noRecordsMatch still dates the run").isEqualTo("2026-12-02T10:00:00Z");
    job().run();
    repo.server.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("from", equalTo("2026-12-02T09:59:59Z")));
  }

  @Test
  void aCheckpointOfAnotherListIsRefusedBeforeAnythingIsAsked() {
    threePages();
    job("vn:hn", r -> {}).run();
    int asked = repo.server.getAllServeEvents().size();
    assertThatThrownBy(() -> job("vn:hcm", r -> {}).run()).isInstanceOfSatisfying(OaiCheckpointException.class, e -> {
      assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_CHECKPOINT_MISMATCH);
      assertThat(e.message(Locale.ENGLISH)).contains("another list", "set vn:hn", "set vn:hcm");
      assertThat(e.message(Locale.forLanguageTag("vi"))).contains("danh sách khác", "set vn:hcm");
    });
    assertThat(repo.server.getAllServeEvents()).hasSize(asked);
  }

  @Test
  void aTornOrGarbageCheckpointIsReportedNotIgnored() throws Exception {
    threePages();
    job().run();
    Path file = dir.resolve("hn.checkpoint");
    String whole = Files.readString(file);
    for (String damaged : List.of(whole.substring(0, whole.length() / 2), whole.replace("records=5", "records=6"), "\u0000\u0007garbage", "")) {
      Files.writeString(file, damaged);
      assertThatThrownBy(() -> job().run()).as(damaged).isInstanceOfSatisfying(OaiCheckpointException.class, e -> {
        assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_CHECKPOINT_UNREADABLE);
        assertThat(e.file()).isEqualTo(file);
        assertThat(e.message(Locale.forLanguageTag("vi"))).contains("Không đọc được");
      });
    }
  }

  @Test
  void anExpiredTokenOnResumeIsTypedAndResumeFromDatestampAsksAFreshListFromIt() {
    identify("YYYY-MM-DD");
    threePages();
    assertThatThrownBy(job(null, r -> {
      if (r.header().identifier().equals("oai:r:4")) {
        throw new IllegalStateException("crash");
      }
    })::run).hasMessage("crash");
    repo.page("ListRecords", "p3", OaiStub.error("ListRecords", "badResumptionToken", "expired"));
    assertThatThrownBy(() -> job().run()).isInstanceOfSatisfying(OaiTokenExpiredException.class, e -> {
      assertThat(e.resumptionToken()).isEqualTo("p3");
      assertThat(e.lastDatestamp()).isEqualTo("2026-11-03");
      assertThat(e.getCause()).isInstanceOf(OaiErrorException.class);
      assertThat(e.message(Locale.ENGLISH)).contains("p3", "2026-11-03");
      assertThat(e.message(Locale.forLanguageTag("vi"))).contains("hết hạn", "2026-11-03");
    });
    repo.answer(OaiStub.request("ListRecords").withQueryParam("from", equalTo("2026-11-02")),
        envelope("ListRecords", "<record>" + header("oai:r:3", "2026-11-03", true) + "</record>" + rec(4) + rec(5)).getBytes(StandardCharsets.UTF_8));
    HarvestJob.Outcome o = job().resumeFromDatestamp();
    repo.server.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("from", equalTo("2026-11-02")));
    assertThat(seen).containsExactly("oai:r:3", "oai:r:4", "oai:r:5");
    assertThat(o.from()).as("the run keeps its own from").isNull();
    assertThat(saved().running()).isFalse();
    assertThat(saved().responseDate()).isEqualTo("2026-12-02T10:00:00Z");
  }
}
