package vn.libnet.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.client.oai.OaiRecord;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadOptions;

/**
 * {@code libnet oai serve FILE} publishes a MARC file, and {@code libnet conformance --oai URL} checks it
 * (and anything else that claims to speak OAI-PMH) from the command line, as a tester would run them.
 */
class OaiServeAndConformanceCommandsTest {
  @TempDir Path dir;

  private static Record record(MarcFactory f, String id, String stamp, String holder, boolean deleted, String title) {
    Record r = f.newRecord((deleted ? "00000dam" : "00000nam") + " a2200000 a 4500");
    if (id != null) {
      r.addVariableField(f.newControlField("001", id));
    }
    r.addVariableField(f.newControlField("005", stamp));
    r.addVariableField(f.newDataField("245", '1', '0', "a", title));
    r.addVariableField(f.newDataField("852", ' ', ' ', "a", holder));
    return r;
  }

  private Path catalogue() throws Exception {
    MarcFactory f = MarcFactory.newInstance();
    Path file = dir.resolve("laocai.xml");
    try (OutputStream out = Files.newOutputStream(file); MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARCXML)) {
      for (int i = 1; i <= 7; i++) {
        w.write(record(f, "LC-" + i, "2026110" + i + "083000.0", i % 2 == 0 ? "VN-LaoCai-TVT" : "VN-LaoCai-DHLC", false, "Sử thi Tây Bắc, tập " + i));
      }
      w.write(record(f, "LC-8", "20261109083000.0", "VN-LaoCai-TVT", true, "Bản đã xoá"));
      w.write(record(f, "LC-3", "20261110083000.0", "VN-LaoCai-TVT", false, "Trùng số hiệu"));
      w.write(record(f, null, "20261111083000.0", "VN-LaoCai-TVT", false, "Không có 001"));
    }
    return file;
  }

  /** A running {@code libnet oai serve}, on a thread of this JVM, with the URL it printed. */
  private record Serving(Thread thread, String url, ByteArrayOutputStream out, ByteArrayOutputStream err) implements AutoCloseable {
    static Serving start(String... args) throws InterruptedException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Thread t = new Thread(() -> LibnetCli.execute(new ByteArrayInputStream(new byte[0]), out, err, args));
      t.setDaemon(true);
      t.start();
      Matcher url = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/oai)").matcher("");
      for (int i = 0; i < 500 && !url.reset(out.toString(StandardCharsets.UTF_8)).find(); i++) {
        Thread.sleep(20);
      }
      assertThat(url.find(0)).as(out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8)).isTrue();
      return new Serving(t, url.group(1), out, err);
    }

    @Override
    public void close() throws InterruptedException {
      thread.interrupt();
      thread.join(10_000);
    }
  }

  @Test
  void aServedFileIsHarvestedWithItsDatestampsSetsAndDeletionAndPassesTheConformanceSuite() throws Exception {
    try (Serving s = Serving.start("oai", "serve", catalogue().toString(), "--port", "0", "--page-size", "3", "--name", "tv.laocai",
        "--run-for", "120", "--lang", "en")) {
      assertThat(s.out().toString(StandardCharsets.UTF_8)).contains(": 8 records (1 deleted), 2 not published. Stop with Ctrl-C.");
      assertThat(s.err().toString(StandardCharsets.UTF_8))
          .contains("Record 9 (line", "has the 001 \"LC-3\" of an earlier record: not published")
          .contains("Record 10 (line", "has no 001: not published");
      try (OaiHarvester oai = OaiHarvester.builder().baseUrl(s.url()).build()) {
        List<OaiRecord> all = oai.listRecords("marc21", null, null, null).collect(Collectors.toList());
        assertThat(all).extracting(r -> r.header().identifier()).containsExactly("oai:tv.laocai:LC-1", "oai:tv.laocai:LC-2", "oai:tv.laocai:LC-3",
            "oai:tv.laocai:LC-4", "oai:tv.laocai:LC-5", "oai:tv.laocai:LC-6", "oai:tv.laocai:LC-7", "oai:tv.laocai:LC-8");
        assertThat(all.get(0).header().datestamp()).isEqualTo("2026-11-01T08:30:00Z");
        assertThat(all.get(7).deleted()).isTrue();
        assertThat(all.get(2).marcRecords(ReadOptions.lenient()).get(0).record().getVariableField("245").toString())
            .contains("Sử thi Tây Bắc, tập 3");
        assertThat(oai.listIdentifiers("oai_dc", null, null, "isil:VN-LaoCai-TVT").map(h -> h.identifier()).collect(Collectors.toList()))
            .containsExactly("oai:tv.laocai:LC-2", "oai:tv.laocai:LC-4", "oai:tv.laocai:LC-6", "oai:tv.laocai:LC-8");
        assertThat(oai.identify().deletedRecord().name()).isEqualTo("PERSISTENT");
      }

      LibnetCliTest.Run text = LibnetCliTest.run("conformance", "--oai", s.url(), "--lang", "en");
      assertThat(text.code()).as(text.out() + text.err()).isZero();
      assertThat(text.out()).startsWith("OAI-PMH 2.0 conformance of " + s.url()).contains("PASS SCHEMA_VALID", "PASS BAD_ARGUMENT")
          .contains("20 of 20 requirements passed by " + s.url());
      LibnetCliTest.Run vi = LibnetCliTest.run("conformance", "--oai", s.url(), "--lang", "vi");
      assertThat(vi.out()).startsWith("Kiểm tra tuân thủ OAI-PMH 2.0 của " + s.url()).contains("đạt 20/20 yêu cầu");
      LibnetCliTest.Run json = LibnetCliTest.run("conformance", "--oai", s.url(), "--format", "json", "--max-pages", "2");
      JsonNode doc = LibnetJson.mapper().readTree(json.out());
      assertThat(doc.path("passed").asBoolean()).isTrue();
      assertThat(doc.has("keyId")).isFalse();
      assertThat(doc.path("results")).hasSize(20);
      assertThat(doc.path("results").get(8).path("detail").asText()).isEqualTo("2 pages read (6 headers, no repetition) of a longer list");
      Path html = dir.resolve("oai.html");
      LibnetCliTest.Run page = LibnetCliTest.run("conformance", "--oai", s.url(), "--format", "html", "--out", html.toString(), "--lang", "vi");
      assertThat(page.code()).isZero();
      assertThat(Files.readString(html)).contains("<html lang=\"vi\">", "Điểm truy cập:", s.url()).doesNotContain("Khoá:");
    }
  }

  @Test
  void aRecordThatCannotBeReadIsSaidSoNotCalledOneWithout001() throws Exception {
    Path damaged = dir.resolve("damaged.mrc");
    byte[] good = Files.readAllBytes(Path.of(OaiServeAndConformanceCommandsTest.class.getResource("/vn/libnet/examples/demo/catalogue.mrc").toURI()));
    byte[] junk = "00099nam a2200037 a 4500001001X".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] both = java.util.Arrays.copyOf(good, good.length + junk.length);
    System.arraycopy(junk, 0, both, good.length, junk.length);
    Files.write(damaged, both);
    try (Serving s = Serving.start("oai", "serve", damaged.toString(), "--port", "0", "--run-for", "120", "--lang", "en")) {
      String err = s.err().toString(java.nio.charset.StandardCharsets.UTF_8);
      assertThat(err).contains("could not be read: not published").doesNotContain("has no 001");
    }
  }

  @Test
  void theDemoCatalogueIsServedWhole() throws Exception {
    Path demo = dir.resolve("catalogue.mrc");
    try (var in = OaiServeAndConformanceCommandsTest.class.getResourceAsStream("/vn/libnet/examples/demo/catalogue.mrc")) {
      Files.copy(in, demo);
    }
    try (Serving s = Serving.start("oai", "serve", demo.toString(), "--port", "0", "--run-for", "120", "--lang", "vi")) {
      assertThat(s.out().toString(StandardCharsets.UTF_8)).contains("Kho OAI-PMH tại " + s.url());
      LibnetCliTest.Run r = LibnetCliTest.run("conformance", "--oai", s.url());
      assertThat(r.code()).as(r.out()).isZero();
    }
  }

  @Test
  void wrongInputIsAUsageErrorSaidInEitherLanguageWithoutAStackTrace() throws Exception {
    int free;
    try (ServerSocket probe = new ServerSocket(0)) {
      free = probe.getLocalPort();
    }
    LibnetCliTest.Run down = LibnetCliTest.run("conformance", "--oai", "http://127.0.0.1:" + free + "/oai", "--lang", "en");
    assertThat(down.code()).isEqualTo(2);
    assertThat(down.err()).contains("Cannot reach the OAI-PMH repository at http://127.0.0.1:" + free + "/oai");
    LibnetCliTest.Run bad = LibnetCliTest.run("conformance", "--oai", "thuvien.example.vn/oai", "--lang", "vi");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("\"thuvien.example.vn/oai\"");
    LibnetCliTest.Run pages = LibnetCliTest.run("conformance", "--oai", "http://127.0.0.1:" + free + "/oai", "--max-pages", "1", "--lang", "en");
    assertThat(pages.code()).isEqualTo(2);
    assertThat(pages.err()).contains("Invalid value \"1\" for --max-pages");
    LibnetCliTest.Run missing = LibnetCliTest.run("oai", "serve", dir.resolve("none.mrc").toString(), "--port", "0", "--run-for", "1", "--lang", "en");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("none.mrc").doesNotContain("Exception", "\tat ");
    try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      LibnetCliTest.Run busy = LibnetCliTest.run("oai", "serve", catalogue().toString(), "--port", String.valueOf(taken.getLocalPort()),
          "--run-for", "1", "--lang", "vi");
      assertThat(busy.code()).isEqualTo(2);
      assertThat(busy.err()).contains("Không mở được cổng " + taken.getLocalPort());
    }
    for (String[] args : new String[][] {{"--port", "70000"}, {"--page-size", "0"}, {"--name", "có dấu"}}) {
      LibnetCliTest.Run r = LibnetCliTest.run(concat(new String[] {"oai", "serve", catalogue().toString(), "--run-for", "1", "--lang", "en"}, args));
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.err()).contains("--port is 0 to 65535");
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aSigtermStopsTheServerAndItSaysSo() throws Exception {
    Path file = catalogue();
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), LibnetCli.class.getName(), "oai", "serve", file.toString(), "--port", "0", "--lang", "en");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    try {
      for (int i = 0; i < 1500 && !Files.readString(out).contains("/oai"); i++) {
        Thread.sleep(20);
      }
      assertThat(Files.readString(out)).as(Files.readString(err)).contains("Stop with Ctrl-C.");
      p.destroy(); // SIGTERM, as Ctrl-C's SIGINT, runs the JVM's shutdown hooks
      assertThat(p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    } finally {
      p.destroyForcibly();
    }
    assertThat(Files.readString(out)).as(Files.readString(err)).contains("The OAI-PMH repository has stopped.");
    assertThat(Files.readString(err)).doesNotContain("Exception");
  }
}
