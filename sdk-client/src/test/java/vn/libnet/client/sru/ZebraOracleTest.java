package vn.libnet.client.sru;

import vn.libnet.core.sru.SruVersion;
import vn.libnet.core.sru.SruDiagnosticCode;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.model.BibRecord;

/**
 * The client against a real SRU server: Index Data's Zebra ({@code zebrasrv}, YAZ's SRU front end) on the
 * five records of {@code zebra/setup/records.xml}. The same checks run on Zebra itself when it is installed
 * ({@code apt-get install idzebra-2.0 yaz}) and, always, on Zebra's answers recorded in {@code
 * zebra/recorded/} (each {@code NN.xml} with the query it answered in {@code NN.query}), so CI checks them
 * without Zebra. To record them again: run {@code liveZebra} with {@code
 * -Dlibnet.sru.record=<the recorded folder in src/test/resources>}.
 */
class ZebraOracleTest {
  private static final String RECORDED = "zebra/recorded/";
  private static final String[] SETUP = {"records.xml", "index.xsl", "picky.xsl", "dom-conf.xml", "zebra.cfg", "pqf.properties",
      "yazgfs.xml"};

  @Test
  void recordedZebraAnswers() throws IOException {
    WireMockServer replay = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    replay.start();
    try {
      int n = 0;
      for (; resource(RECORDED + String.format("%02d.query", n)) != null; n++) {
        String query = new String(resource(RECORDED + String.format("%02d.query", n)), StandardCharsets.UTF_8).strip();
        MappingBuilder request = get(urlPathEqualTo("/Default"));
        for (Map.Entry<String, String> p : parameters(query).entrySet()) {
          request = request.withQueryParam(p.getKey(), equalTo(p.getValue()));
        }
        replay.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml")
            .withBody(resource(RECORDED + String.format("%02d.xml", n)))));
      }
      assertThat(n).as("recorded answers").isGreaterThanOrEqualTo(10);
      checks("http://127.0.0.1:" + replay.port() + "/Default");
      assertThat(replay.findAllUnmatchedRequests()).isEmpty();
    } finally {
      replay.stop();
    }
  }

  @Test
  void liveZebra(@TempDir Path dir) throws Exception {
    assumeTrue(onPath("zebrasrv") && onPath("zebraidx"), "Zebra is not installed (apt-get install idzebra-2.0 yaz)");
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    for (String name : SETUP) {
      String text = new String(resource("zebra/setup/" + name), StandardCharsets.UTF_8)
          .replace("@PORT@", String.valueOf(port)).replace("@DIR@", dir.toString());
      Files.writeString(dir.resolve(name), text);
    }
    for (String sub : List.of("reg", "lock", "tmp")) {
      Files.createDirectories(dir.resolve(sub));
    }
    run(dir, "zebraidx", "-c", "zebra.cfg", "init");
    run(dir, "zebraidx", "-c", "zebra.cfg", "update", "records.xml");
    run(dir, "zebraidx", "-c", "zebra.cfg", "commit");
    Process zebra = new ProcessBuilder("zebrasrv", "-f", "yazgfs.xml").directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("zebrasrv.log").toFile()).start();
    // Through a recording proxy, so that the answers can be kept for the replay.
    WireMockServer proxy = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    try {
      awaitPort(port);
      proxy.start();
      proxy.stubFor(get(urlPathEqualTo("/Default")).willReturn(aResponse().proxiedFrom("http://127.0.0.1:" + port)));
      checks("http://127.0.0.1:" + proxy.port() + "/Default");
      String record = System.getProperty("libnet.sru.record");
      if (record != null) {
        save(proxy.getAllServeEvents(), Path.of(record));
      }
    } finally {
      proxy.stop();
      zebra.destroy();
      zebra.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** What Zebra answers, through the client: the same on the live server and on its recorded answers. */
  private static void checks(String base) {
    try (SruClient sru = SruClient.builder().baseUrl(base).retryPolicy(SruStub.QUICK).locale(Locale.ENGLISH)
        .recordSchema("marcxml").maximumRecords(2).build()) {
      // Zebra sends no nextRecordPosition: the client pages on from the count (1, 3, 5).
      SruResult all = sru.searchRetrieve("cql.allRecords = 1");
      assertThat(all.numberOfRecords()).isEqualTo(5);
      assertThat(all.version()).isEqualTo("1.2");
      List<SruRecord> records = all.records().toList();
      assertThat(records).extracting(SruStubTest::id).containsExactly("vn001", "vn002", "vn003", "vn004", "vn005");
      assertThat(records).extracting(SruRecord::position).containsExactly(1, 2, 3, 4, 5);
      assertThat(records).extracting(SruRecord::schema).containsOnly("info:srw/schema/1/marcxml-v1.1");
      // Vietnamese terms, matched as Zebra folds case.
      assertThat(sru.searchRetrieve("dc.title = \"truyện kiều\"").records().map(SruStubTest::title).toList())
          .containsExactly("Truyện Kiều");
      assertThat(sru.searchRetrieve("dc.creator = nguyễn").records().map(SruStubTest::id).toList()).containsExactly("vn002", "vn003");
      assertThatThrownBy(() -> sru.searchRetrieve("dc.nothing = x")).isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
        assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.UNSUPPORTED_INDEX);
      });
      List<SruTerm> terms = sru.scan("dc.title", "việt", 3);
      assertThat(terms).extracting(SruTerm::displayTerm).containsExactly("Việt", "vong", "Xuân");
      assertThat(terms.get(0).numberOfRecords()).isEqualTo(2);
      SruExplain explain = sru.explain();
      assertThat(explain.title()).isEqualTo("Thư viện thử nghiệm LibNet");
      assertThat(explain.database()).isEqualTo("Default");
      assertThat(explain.indexes()).extracting(SruIndex::names).containsExactly(List.of("dc.title"), List.of("dc.creator"),
          List.of("dc.identifier"));
      assertThat(explain.schemas()).extracting(SruSchema::name).containsExactly("marcxml", "dc");
      assertThat(explain.defaultNumberOfRecords()).hasValue(2);
      assertThat(explain.maximumRecords()).hasValue(100);
    }
    try (SruClient picky = SruClient.builder().baseUrl(base).retryPolicy(SruStub.QUICK).recordSchema("picky").maximumRecords(3).build()) {
      // The stylesheet fails on vn002: YAZ sends a surrogate diagnostic in its place and the rest of the page.
      List<SruRecord> records = picky.searchRetrieve("cql.allRecords = 1").records().toList();
      assertThat(records).extracting(SruRecord::surrogate).containsExactly(false, true, false, false, false);
      assertThat(records.get(1).diagnostic().orElseThrow().code()).isEqualTo(SruDiagnosticCode.SYSTEM_ERROR_IN_RETRIEVING_RECORDS);
      assertThat(records.get(1).position()).isEqualTo(2);
      assertThat(SruStubTest.id(records.get(2))).isEqualTo("vn003");
    }
    try (SruClient sru2 = SruClient.builder().baseUrl(base).retryPolicy(SruStub.QUICK).sruVersion(SruVersion.V2_0).recordSchema("dc")
        .recordPacking(SruRecordPacking.STRING).maximumRecords(10).build()) {
      SruResult nguyen = sru2.searchRetrieve("dc.creator = nguyễn");
      assertThat(nguyen.numberOfRecords()).isEqualTo(2);
      List<BibRecord> bibs = nguyen.records().map(r -> r.bibRecord().orElseThrow()).toList();
      assertThat(bibs).extracting(b -> b.mainTitle().orElseThrow().title()).containsExactly("Truyện Kiều", "Bình Ngô đại cáo");
      assertThat(bibs).extracting(b -> b.contributors().get(0).name()).containsExactly("Nguyễn Du", "Nguyễn Trãi");
      assertThatThrownBy(() -> sru2.searchRetrieve("dc.title = (")).isInstanceOfSatisfying(SruDiagnosticException.class,
          e -> assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.QUERY_SYNTAX_ERROR));
    }
  }

  private static void save(List<ServeEvent> events, Path folder) throws IOException {
    Files.createDirectories(folder);
    List<ServeEvent> inOrder = new ArrayList<>(events);
    inOrder.sort(Comparator.comparing(e -> e.getRequest().getLoggedDate()));
    int n = 0;
    for (ServeEvent e : inOrder) {
      String url = e.getRequest().getUrl();
      String query = url.substring(url.indexOf('?') + 1);
      Files.writeString(folder.resolve(String.format("%02d.query", n)), query + "\n");
      Files.write(folder.resolve(String.format("%02d.xml", n)), e.getResponse().getBody());
      n++;
    }
  }

  private static Map<String, String> parameters(String query) {
    Map<String, String> params = new TreeMap<>();
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return params;
  }

  private static byte[] resource(String name) {
    try (InputStream in = ZebraOracleTest.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean onPath(String tool) {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) {
        return true;
      }
    }
    return false;
  }

  private static void run(Path dir, String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(dir.resolve("zebraidx.log").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
    assertThat(p.exitValue()).as(String.join(" ", command) + ": " + Files.readString(dir.resolve("zebraidx.log"))).isZero();
  }

  private static void awaitPort(int port) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new AssertionError("zebrasrv did not listen on " + port);
  }
}
