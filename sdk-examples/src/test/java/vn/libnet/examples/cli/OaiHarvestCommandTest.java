package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.server.oai.OaiMemorySource;
import vn.libnet.server.oai.OaiRecordSource;
import vn.libnet.server.oai.OaiRepository;
import vn.libnet.server.oai.OaiSetSpec;
import vn.libnet.testkit.OaiTestServer;

/** {@code libnet oai harvest} from the SDK's own responder: every record out is the record in, once, after any crash. */
class OaiHarvestCommandTest {
  static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
  @TempDir Path dir;

  static List<OaiItem> items(int n) {
    List<OaiItem> out = new ArrayList<>();
    List<Record> marc = SyntheticRecords.builder().seed(15).build().stream(n).map(SyntheticRecords.Synthetic::record).toList();
    for (int i = 0; i < n; i++) {
      boolean deleted = i % 10 == 9;
      out.add(new OaiItem("oai:tv.hue.example.vn:" + i, T0.plusSeconds(i), i % 2 == 0 ? List.of("isil:VN-Hue-TVT") : List.of(), deleted,
          deleted ? null : marc.get(i)));
    }
    return out;
  }

  static OaiRecordSource source(String url, List<OaiItem> items, long pauseMillis) {
    OaiMemorySource memory = OaiMemorySource.builder(new OaiRepository("Thư viện tỉnh Huế", url, List.of("oai@tv.hue.example.vn"), T0,
        "persistent", true)).set(new OaiSetSpec("isil:VN-Hue-TVT", "Thư viện tỉnh Huế")).addAll(items).build();
    return new OaiRecordSource() {
      @Override
      public OaiRepository repository() {
        return memory.repository();
      }

      @Override
      public List<OaiSetSpec> sets() {
        return memory.sets();
      }

      @Override
      public Optional<OaiItem> item(String identifier) {
        return memory.item(identifier);
      }

      @Override
      public List<OaiItem> items(Instant from, Instant until, String set, OaiItem.Position after, int limit) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return memory.items(from, until, set, after, limit);
      }
    };
  }

  // Record length and base address (leader/00-04, /12-16) are the writer's to compute, in ISO 2709 and elsewhere.
  static String leaderless(String record) {
    return record.replaceFirst("LEADER \\d{5}(.{7})\\d{5}", "LEADER 00000$100000");
  }

  private static List<String> readBack(Path file, MarcFormat format) throws Exception {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file); MarcRecordReader r = MarcReaders.open(in, format, ReadOptions.strict())) {
      while (r.hasNext()) {
        MarcRead read = r.next();
        assertThat(read.issues()).isEmpty();
        out.add(leaderless(read.record().toString()));
      }
    }
    return out;
  }

  @Test
  void everyFormatHoldsEveryRecordAsSentAndIdentifiersTsvEveryHeader() throws Exception {
    List<OaiItem> items = items(37);
    List<String> sent = items.stream().filter(i -> !i.deleted()).map(i -> leaderless(i.record().toString())).toList();
    try (OaiTestServer oai = OaiTestServer.builder().pageSize(10).start(url -> source(url, items, 0))) {
      for (String[] to : new String[][] {{"marcxml", "records.xml"}, {"iso2709", "records.mrc"}, {"json", "records.json"}, {"mrk", "records.mrk"}}) {
        Path out = dir.resolve(to[0]);
        LibnetCliTest.Run r = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString(), "--to", to[0],
            "--lang", "en");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Harvested 37 records (3 deleted)", to[1] + " holds 34 records");
        MarcFormat f = switch (to[0]) {
          case "marcxml" -> MarcFormat.MARCXML;
          case "iso2709" -> MarcFormat.ISO2709;
          case "json" -> MarcFormat.MARC_JSON;
          default -> MarcFormat.MRK;
        };
        assertThat(readBack(out.resolve(to[1]), f)).as(to[0]).containsExactlyElementsOf(sent);
      }
      List<String> tsv = Files.readAllLines(dir.resolve("marcxml/identifiers.tsv"));
      assertThat(tsv).hasSize(37);
      assertThat(tsv.get(0)).isEqualTo("oai:tv.hue.example.vn:0\t2026-06-01T00:00:00Z\tisil:VN-Hue-TVT\t");
      assertThat(tsv.get(9)).isEqualTo("oai:tv.hue.example.vn:9\t2026-06-01T00:00:09Z\t\tdeleted");
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("marcxml/records.xml").toFile());

      LibnetCliTest.Run dc = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "oai_dc", "--set", "isil:VN-Hue-TVT", "--out",
          dir.resolve("dc").toString(), "--lang", "vi");
      assertThat(dc.code()).as(dc.err()).isZero();
      List<String> lines = Files.readAllLines(dir.resolve("dc/records.jsonl"), StandardCharsets.UTF_8);
      assertThat(lines).hasSize(19);
      JsonNode first = LibnetJson.mapper().readTree(lines.get(0));
      assertThat(first.path("oaiIdentifier").asText()).isEqualTo("oai:tv.hue.example.vn:0");
      assertThat(first.path("record").path("titles").get(0).path("title").asText()).isNotEmpty();
    }
  }

  @Test
  void aFolderInUseIsRefusedUnlessResumedAndAResumeAfterAFinishedRunAddsOnlyWhatChanged() throws Exception {
    List<OaiItem> items = items(12);
    try (OaiTestServer oai = OaiTestServer.builder().pageSize(5).start(url -> source(url, items, 0))) {
      Path out = dir.resolve("h");
      // A first run that fails before its first page (the repository is down) leaves no harvest to refuse.
      int free;
      try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
        free = s.getLocalPort();
      }
      assertThat(LibnetCliTest.run("oai", "harvest", "http://127.0.0.1:" + free + "/oai", "--prefix", "marc21", "--out", out.toString()).code())
          .isEqualTo(2);
      assertThat(LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString()).code()).isZero();
      LibnetCliTest.Run again = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString(), "--lang", "en");
      assertThat(again.code()).isEqualTo(2);
      assertThat(again.err()).contains("holds a harvest already: give --resume");
      LibnetCliTest.Run other = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString(), "--to", "mrk",
          "--resume", "--lang", "en");
      assertThat(other.code()).isEqualTo(2);
      assertThat(other.err()).contains("records.xml, records of another format");
      // An incremental run: the repository's records are older than the last responseDate, so nothing comes twice.
      LibnetCliTest.Run incremental = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString(), "--resume",
          "--lang", "en");
      assertThat(incremental.code()).as(incremental.err()).isZero();
      assertThat(readBack(out.resolve("records.xml"), MarcFormat.MARCXML)).hasSize(11);
      assertThat(Files.readAllLines(out.resolve("identifiers.tsv"))).hasSize(12);
      LibnetCliTest.Run bad = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "mods", "--out", dir.resolve("m").toString(), "--lang", "en");
      assertThat(bad.code()).isEqualTo(2);
      assertThat(bad.err()).contains("not \"mods\"");
    }
  }

  @Test
  void aHarvestKilledMidPageAndResumedHoldsEveryRecordOnce() throws Exception {
    List<OaiItem> items = items(200);
    try (OaiTestServer oai = OaiTestServer.builder().pageSize(5).start(url -> source(url, items, 60))) {
      Path out = dir.resolve("killed");
      List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
          LibnetCli.class.getName(), "oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString());
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
      try {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Path tsv = out.resolve("identifiers.tsv");
        while ((!Files.exists(tsv) || Files.readAllLines(tsv).size() < 42) && p.isAlive() && System.nanoTime() < deadline) {
          Thread.sleep(5);
        }
        assertThat(p.isAlive()).as(Files.readString(dir.resolve("child.log"))).isTrue();
      } finally {
        p.destroyForcibly(); // SIGKILL, mid-page most likely: part of a page is on disk, past the checkpoint
        p.waitFor(30, TimeUnit.SECONDS);
      }
      LibnetCliTest.Run resumed = LibnetCliTest.run("oai", "harvest", oai.baseUrl(), "--prefix", "marc21", "--out", out.toString(), "--resume",
          "--lang", "en");
      assertThat(resumed.code()).as(resumed.err()).isZero();
      List<String> ids = Files.readAllLines(out.resolve("identifiers.tsv")).stream().map(l -> l.split("\t")[0]).collect(Collectors.toList());
      assertThat(ids).hasSize(200).doesNotHaveDuplicates();
      assertThat(readBack(out.resolve("records.xml"), MarcFormat.MARCXML))
          .containsExactlyElementsOf(items.stream().filter(i -> !i.deleted()).map(i -> leaderless(i.record().toString())).toList());
      DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve("records.xml").toFile());
    }
  }
}
