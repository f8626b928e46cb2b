package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.server.oai.OaiMemorySource;
import vn.libnet.server.oai.OaiProvider;
import vn.libnet.server.oai.OaiRecordSource;
import vn.libnet.server.oai.OaiRepository;
import vn.libnet.server.oai.OaiSetSpec;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.OaiConformanceSuite;
import vn.libnet.testkit.conformance.OaiRequirement;

/**
 * The OAI-PMH suite passes the SDK's own responder and the hub, and fails, on exactly the requirement
 * broken, repositories that each break one rule of the specification in the ways real ones do.
 */
class OaiConformanceSuiteTest {
  static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  static OaiMemorySource source(String baseUrl, int records, int deletedEvery, String policy) {
    OaiMemorySource.Builder b = OaiMemorySource.builder(new OaiRepository("Thư viện tỉnh Lào Cai", baseUrl, List.of("oai@tv.laocai.example.vn"),
        T0, policy, true)).set(new OaiSetSpec("isil:VN-LaoCai-TVT", "Thư viện tỉnh Lào Cai"));
    List<Record> marc = HubFixtures.records(71, records, "VN-LaoCai-TVT");
    for (int i = 0; i < records; i++) {
      // Three records per second: a range of one datestamp holds several.
      Instant at = T0.plusSeconds(i / 3);
      boolean deleted = deletedEvery > 0 && i % deletedEvery == deletedEvery - 1;
      List<String> sets = i % 2 == 0 ? List.of("isil:VN-LaoCai-TVT", "type:public") : List.of("type:public");
      b.add(new OaiItem("oai:tv.laocai.example.vn:" + i, at, sets, deleted, deleted ? null : marc.get(i)));
    }
    return b.build();
  }

  private static CheckResult result(ConformanceReport r, OaiRequirement q) {
    return r.results().stream().filter(c -> c.requirement() == q).findFirst().orElseThrow();
  }

  private static List<OaiRequirement> failed(ConformanceReport r) {
    return r.results().stream().filter(c -> !c.passed()).map(c -> (OaiRequirement) c.requirement()).toList();
  }

  private static String describe(ConformanceReport r) {
    return r.results().stream().map(c -> (c.passed() ? "PASS " : "FAIL ") + c.requirement().name() + ": " + c.detail())
        .collect(Collectors.joining("\n"));
  }

  @Test
  void theSdksOwnResponderMeetsEveryRequirement() {
    try (OaiTestServer oai = OaiTestServer.builder().pageSize(10).start(url -> source(url, 60, 7, "persistent"))) {
      ConformanceReport r = OaiConformanceSuite.builder().baseUrl(oai.baseUrl()).build().run();
      assertThat(r.passed()).as(describe(r)).isTrue();
      assertThat(r.keyId()).isNull();
      assertThat(r.results()).extracting(CheckResult::requirement).containsExactly((vn.libnet.testkit.conformance.ConformanceRequirement[]) OaiRequirement.values());
      // Five pages of ten are followed (the default), the list going on past them.
      assertThat(result(r, OaiRequirement.RESUMPTION).detail()).isEqualTo("5 pages read (50 headers, no repetition) of a longer list");
      assertThat(result(r, OaiRequirement.DELETED_RECORDS).detail()).isEqualTo("7 deleted header(s) under the policy persistent");
      assertThat(result(r, OaiRequirement.SETS).detail()).isEqualTo("2 set(s); a list of the set isil:VN-LaoCai-TVT holds only its records");
      assertThat(result(r, OaiRequirement.SELECTIVE_HARVESTING).detail()).matches("from and until 2026-03-01T08:00:\\d\\dZ: 3 header\\(s\\), all of that datestamp");
      assertThat(result(r, OaiRequirement.BAD_ARGUMENT).detail()).isEqualTo("5 request(s), each answered badArgument");
      assertThat(result(r, OaiRequirement.IDENTIFY).detail(Locale.forLanguageTag("vi")))
          .isEqualTo("\"Thư viện tỉnh Lào Cai\", độ chi tiết YYYY-MM-DDThh:mm:ssZ, deletedRecord persistent, 1 địa chỉ quản trị");
    }
  }

  @Test
  void aListReadToItsEndAndAnEmptyRepository() {
    try (OaiTestServer oai = OaiTestServer.builder().pageSize(10).start(url -> source(url, 25, 0, "no"))) {
      ConformanceReport r = OaiConformanceSuite.builder().baseUrl(oai.baseUrl()).maxPages(10).build().run();
      assertThat(r.passed()).as(describe(r)).isTrue();
      assertThat(result(r, OaiRequirement.RESUMPTION).detail())
          .isEqualTo("the list read to its end: 3 pages, 25 headers, no repetition, an empty token last");
    }
    try (OaiTestServer oai = OaiTestServer.builder().start(url -> source(url, 0, 0, "no"))) {
      ConformanceReport r = OaiConformanceSuite.builder().baseUrl(oai.baseUrl()).build().run();
      assertThat(r.passed()).as(describe(r)).isTrue();
      assertThat(result(r, OaiRequirement.LIST_IDENTIFIERS).detail()).isEqualTo("noRecordsMatch: the repository is empty");
      assertThat(result(r, OaiRequirement.GET_RECORD).detail()).isEqualTo("not checked: the repository has no records");
    }
  }

  @Test
  void theHubsUnionCatalogueMeetsEveryRequirement() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HubFixtures.HANOI).build()) {
      hub.seedLibrary(HubFixtures.library(HubFixtures.HANOI, "Thư viện Hà Nội", "01"));
      hanoi.contributeRecords(RecordBatch.of(HubFixtures.records(72, 130, HubFixtures.HANOI)));
      ConformanceReport r = OaiConformanceSuite.builder().baseUrl(hub.baseUrl() + "oai").build().run();
      assertThat(r.passed()).as(describe(r)).isTrue();
      assertThat(result(r, OaiRequirement.RESUMPTION).detail()).startsWith("the list read to its end: 2 pages, 130 headers");
    }
  }

  /** A repository that answers what sdk-server's provider answers, as changed by {@code tamper} (request parameters, XML). */
  private static final class Tampered implements AutoCloseable {
    final Server jetty = new Server();
    final String baseUrl;

    Tampered(BiFunction<Map<String, List<String>>, String, String> tamper, String contentType, int records, String policy) throws Exception {
      ServerConnector c = new ServerConnector(jetty);
      c.setHost("127.0.0.1");
      jetty.addConnector(c);
      c.open();
      baseUrl = "http://127.0.0.1:" + c.getLocalPort() + "/oai";
      OaiRecordSource source = source(baseUrl, records, 5, policy);
      OaiProvider provider = OaiProvider.builder(source).pageSize(10).build();
      ServletContextHandler context = new ServletContextHandler("/");
      context.addServlet(new ServletHolder(new HttpServlet() {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
          Map<String, List<String>> params = new LinkedHashMap<>();
          req.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
          byte[] body = tamper.apply(params, provider.respond(params)).getBytes(StandardCharsets.UTF_8);
          res.setContentType(contentType);
          res.getOutputStream().write(body);
        }
      }), "/oai");
      jetty.setHandler(context);
      jetty.start();
    }

    ConformanceReport check() {
      return OaiConformanceSuite.builder().baseUrl(baseUrl).build().run();
    }

    @Override
    public void close() throws Exception {
      jetty.stop();
    }
  }

  private static boolean verb(Map<String, List<String>> p, String verb) {
    return p.getOrDefault("verb", List.of()).contains(verb);
  }

  @Test
  void aTokenThatLoopsIsCaught() throws Exception {
    try (Tampered t = new Tampered((p, xml) -> {
      // A resumed page gives back the token it was asked with: a harvester following it would never end.
      List<String> asked = p.get("resumptionToken");
      return asked == null ? xml : xml.replaceFirst("(<resumptionToken[^>]*>)[^<]+<", "$1" + asked.get(0) + "<");
    }, "text/xml;charset=UTF-8", 47, "transient")) {
      ConformanceReport r = t.check();
      // The day's list of the selective check has more than a page too: it loops as well.
      assertThat(failed(r)).as(describe(r)).containsExactly(OaiRequirement.RESUMPTION, OaiRequirement.SELECTIVE_HARVESTING);
      assertThat(result(r, OaiRequirement.RESUMPTION).detail()).contains("again on page 2: a loop");
    }
  }

  @Test
  void datestampsFinerThanTheAnnouncedGranularityAreCaught() throws Exception {
    try (Tampered t = new Tampered((p, xml) -> verb(p, "Identify")
        ? xml.replace("<granularity>YYYY-MM-DDThh:mm:ssZ</granularity>", "<granularity>YYYY-MM-DD</granularity>")
            .replace("<earliestDatestamp>2026-03-01T08:00:00Z", "<earliestDatestamp>2026-03-01")
        : xml, "text/xml;charset=UTF-8", 30, "transient")) {
      ConformanceReport r = t.check();
      // A day repository must refuse seconds in from: this one takes them, so badArgument fails too.
      assertThat(failed(r)).as(describe(r)).containsExactly(OaiRequirement.DATESTAMPS, OaiRequirement.BAD_ARGUMENT);
      assertThat(result(r, OaiRequirement.DATESTAMPS).detail()).endsWith("not of the granularity YYYY-MM-DD");
    }
  }

  @Test
  void argumentsEchoedAfterBadVerbAndABadContentTypeAreCaught() throws Exception {
    try (Tampered t = new Tampered((p, xml) -> xml.contains("code=\"badVerb\"")
        ? xml.replaceFirst("<request>", "<request verb=\"" + String.join(",", p.getOrDefault("verb", List.of("none"))) + "\">")
        : xml, "application/xml", 12, "transient")) {
      ConformanceReport r = t.check();
      assertThat(failed(r)).as(describe(r)).containsExactly(OaiRequirement.RESPONSE_FORMAT, OaiRequirement.SCHEMA_VALID, OaiRequirement.BAD_VERB);
      assertThat(result(r, OaiRequirement.RESPONSE_FORMAT).detail()).isEqualTo("the answer to verb=Identify is served as application/xml, not text/xml");
      assertThat(result(r, OaiRequirement.BAD_VERB).detail()).contains("repeats the arguments in its request element");
    }
  }

  @Test
  void deletionsUnderThePolicyNoAndAWrongProtocolVersionAreCaught() throws Exception {
    try (Tampered t = new Tampered((p, xml) -> xml.replace("<protocolVersion>2.0<", "<protocolVersion>2.1<"), "text/xml", 20, "no")) {
      ConformanceReport r = t.check();
      assertThat(failed(r)).as(describe(r)).containsExactly(OaiRequirement.IDENTIFY, OaiRequirement.SCHEMA_VALID,
          OaiRequirement.DELETED_RECORDS);
      assertThat(result(r, OaiRequirement.IDENTIFY).detail()).isEqualTo("protocolVersion is \"2.1\", not one of: 2.0");
      assertThat(result(r, OaiRequirement.DELETED_RECORDS).detail()).isEqualTo("4 header(s) are marked deleted, but deletedRecord is no");
      assertThat(result(r, OaiRequirement.SCHEMA_VALID).detail()).startsWith("the answer to verb=Identify is not valid against the schema (line");
    }
  }

  @Test
  void anEndpointThatIsNotOaiPmhFailsEveryRequirementWithoutThrowing() throws Exception {
    try (Tampered t = new Tampered((p, xml) -> "<html><body>Trang chủ</body></html>", "text/html", 3, "no")) {
      ConformanceReport r = t.check();
      assertThat(r.failures()).as(describe(r)).isEqualTo(OaiRequirement.values().length);
      assertThat(result(r, OaiRequirement.IDENTIFY).detail()).isEqualTo("the answer to verb=Identify is not an OAI-PMH document (its root is {null}html)");
    }
  }

  /** A raw HTTP server whose every answer is {@code answer}'s, for what no servlet container would send. */
  private static com.sun.net.httpserver.HttpServer raw(com.sun.net.httpserver.HttpHandler answer) throws IOException {
    com.sun.net.httpserver.HttpServer s = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    s.createContext("/", answer);
    s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r);
      t.setDaemon(true);
      return t;
    }));
    s.start();
    return s;
  }

  private static String url(com.sun.net.httpserver.HttpServer s) {
    return "http://127.0.0.1:" + s.getAddress().getPort() + "/oai";
  }

  @Test
  void aHostileRepositoryCannotExhaustTheSuitesMemoryTimeOrStack() throws Exception {
    java.util.concurrent.atomic.AtomicInteger entityFetches = new java.util.concurrent.atomic.AtomicInteger();
    com.sun.net.httpserver.HttpServer evil = raw(x -> {
      String q = String.valueOf(x.getRequestURI().getQuery());
      x.getResponseHeaders().set("Content-Type", "text/xml");
      if (x.getRequestURI().getPath().equals("/entity")) {
        entityFetches.incrementAndGet();
        x.sendResponseHeaders(200, 0);
      } else if (q.contains("verb=Identify")) {
        // An endless answer: a hundred megabytes and more of one element's text.
        x.sendResponseHeaders(200, 0);
        byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
        try (var out = x.getResponseBody()) {
          out.write("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\"><responseDate>".getBytes(StandardCharsets.US_ASCII));
          for (int i = 0; i < 100; i++) {
            out.write(chunk);
          }
        } catch (IOException cut) {
          // the suite hung up, as it should
        }
        return;
      } else if (q.contains("verb=ListMetadataFormats")) {
        // Nested ten thousand deep.
        byte[] deep = ("<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</OAI-PMH>")
            .getBytes(StandardCharsets.US_ASCII);
        x.sendResponseHeaders(200, deep.length);
        x.getResponseBody().write(deep);
      } else if (q.contains("verb=ListSets")) {
        // An external entity that would fetch (or read a file) if expanded.
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE OAI-PMH [<!ENTITY e SYSTEM \"http://127.0.0.1:" + x.getLocalAddress().getPort()
            + "/entity\">]><OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">&e;</OAI-PMH>").getBytes(StandardCharsets.US_ASCII);
        x.sendResponseHeaders(200, xxe.length);
        x.getResponseBody().write(xxe);
      } else {
        // Slow: a byte a second, forever.
        x.sendResponseHeaders(200, 0);
        try (var out = x.getResponseBody()) {
          for (int i = 0; i < 600; i++) {
            out.write('<');
            out.flush();
            Thread.sleep(1000);
          }
        } catch (IOException | InterruptedException cut) {
          // the suite gave up, as it should
        }
        return;
      }
      x.close();
    });
    try {
      long t0 = System.nanoTime();
      ConformanceReport r = OaiConformanceSuite.builder().baseUrl(url(evil)).timeout(java.time.Duration.ofSeconds(2)).build().run();
      assertThat(r.failures()).as(describe(r)).isEqualTo(OaiRequirement.values().length);
      assertThat(result(r, OaiRequirement.IDENTIFY).detail()).isEqualTo("the answer to verb=Identify is longer than 67108864 bytes, more than the suite reads");
      assertThat(result(r, OaiRequirement.METADATA_FORMATS).detail()).startsWith("the answer to verb=ListMetadataFormats is not well-formed XML");
      assertThat(result(r, OaiRequirement.SETS).detail()).startsWith("the answer to verb=ListSets is not well-formed XML");
      assertThat(result(r, OaiRequirement.LIST_IDENTIFIERS).detail())
          .isEqualTo("the answer to verb=ListIdentifiers&metadataPrefix=oai_dc did not come whole within 2 seconds");
      assertThat(entityFetches).hasValue(0);
      // Every slow answer given up after its 2 s: well under the ten minutes the repository would take.
      assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(90));
    } finally {
      evil.stop(0);
    }
  }

  @Test
  void aBaseUrlThatIsNotOneIsRefusedWhenBuilt() {
    assertThatThrownBy(() -> OaiConformanceSuite.builder().baseUrl("ftp://example.vn/oai")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OaiConformanceSuite.builder().baseUrl("http://example.vn/oai?verb=Identify"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OaiConformanceSuite.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void validRepositoriesOfOtherShapesAreNotFailedWrongly() {
    // Days only, deletions kept transiently, a set hierarchy (a:b within a), and a baseURL with a trailing slash.
    List<Record> marc = HubFixtures.records(72, 30, "VN-LaoCai-TVT");
    for (boolean seconds : new boolean[] {false, true}) {
      try (OaiTestServer oai = OaiTestServer.builder().pageSize(7).start(url -> {
        OaiMemorySource.Builder b = OaiMemorySource.builder(new OaiRepository("Kho ngày", url + "/", List.of("oai@kho.example.vn"),
            T0, "transient", seconds)).set(new OaiSetSpec("laocai", "Lào Cai")).set(new OaiSetSpec("laocai:tvt", "Thư viện tỉnh"));
        for (int i = 0; i < 30; i++) {
          boolean deleted = i % 9 == 8;
          b.add(new OaiItem("oai:kho.example.vn:" + i, T0.plusSeconds(i * 40_000L), List.of(i % 2 == 0 ? "laocai:tvt" : "laocai"), deleted,
              deleted ? null : marc.get(i)));
        }
        return b.build();
      })) {
        ConformanceReport r = OaiConformanceSuite.builder().baseUrl(oai.baseUrl()).build().run();
        assertThat(r.passed()).as(seconds + "\n" + describe(r)).isTrue();
      }
    }
  }
}
