package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;

/**
 * A hostile client against the hub's /sru: broken percent escapes, markup and lone surrogates echoed back,
 * a query nested thousands deep, huge numbers, other HTTP methods, and many clients at once. Every answer
 * is a well-formed document or a bare refusal, never an internal text; /sru never reaches the API. Bodies
 * of many megabytes (to /oai too) and clients that trickle their requests are refused without holding up others.
 */
class HubSruHostileTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(LibnetTestHub hub, String rawQuery) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "sru?" + rawQuery)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void wellFormed(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static void noInternals(String body) {
    assertThat(body).doesNotContain("Exception").doesNotContain("at vn.libnet").doesNotContain("org.eclipse.jetty");
  }

  @Test
  void whatAHostileClientSendsIsAnsweredAsSruOrRefusedBareAndNeverLeaksInternals() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      // Markup, a CDATA end and characters XML forbids, echoed in the request and the diagnostic's details.
      for (String query : List.of("dc.title = \"]]><x>&amp;</x>\"", "dc.title = \"a\u0001b\uFFFE\"", "<zs:x/> = 1")) {
        HttpResponse<String> r = get(hub, "version=1.2&operation=searchRetrieve&query=" + q(query));
        assertThat(r.statusCode()).isEqualTo(200);
        wellFormed(r.body());
        noInternals(r.body());
      }
      // A lone surrogate (CESU-8 bytes ED A0 80) and broken escapes: a diagnostic or a bare 400, never a stack trace.
      for (String raw : List.of("version=1.2&operation=searchRetrieve&query=%ED%A0%80", "version=1.2&operation=searchRetrieve&query=%C3%28",
          "version=1.2&operation=searchRetrieve&query=%zz", "query=a&startRecord=99999999999999999999", "query=a&maximumRecords=%2B5",
          "operation=scan&version=1.2&scanClause=title%3Da&responsePosition=2147483647&maximumTerms=2147483647")) {
        try (RawHttp raw1 = new RawHttp(java.net.URI.create(hub.baseUrl()).getPort())) {
          raw1.write(("GET /sru?" + raw + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          RawHttp.Reply reply = raw1.read();
          assertThat(reply.status()).as(raw).isIn(200, 400);
          noInternals(reply.text());
          if (reply.status() == 200) {
            wellFormed(reply.text());
          }
        }
      }
      // Nested far beyond the bound: a diagnostic at once, not a stack overflow.
      String deep = "(".repeat(5000) + "a" + ")".repeat(5000);
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "sru")).header("Content-Type",
          "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("version=1.2&operation=searchRetrieve&query="
          + q(deep))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).containsAnyOf("info:srw/diagnostic/1/12", "info:srw/diagnostic/1/13");
      // Other methods: refused, and nothing of the API behind /sru.
      for (String method : List.of("PUT", "DELETE")) {
        HttpResponse<String> m = HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "sru")).method(method,
            HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(m.statusCode()).as(method).isEqualTo(405);
        noInternals(m.body());
      }
      HttpResponse<String> api = get(hub, "x=1");
      assertThat(api.headers().firstValue("Signature")).isEmpty();
    }
  }

  @Test
  void manyClientsAtOnceGetTheSameConsistentAnswers() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HubFixtures.HANOI).build()) {
      hanoi.contributeRecords(RecordBatch.of(HubFixtures.records(93, 40, HubFixtures.HANOI)));
      ExecutorService pool = Executors.newFixedThreadPool(32);
      try {
        Set<String> counts = ConcurrentHashMap.newKeySet();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          int start = 1 + i % 40;
          done.add(pool.submit(() -> {
            HttpResponse<String> r = get(hub, "version=2.0&query=" + q("libnet.holder = \"" + HubFixtures.HANOI + "\"") + "&maximumRecords=1&startRecord="
                + start);
            wellFormed(r.body());
            counts.add(r.body().replaceAll("(?s).*<sru:numberOfRecords>(\\d+)</sru:numberOfRecords>.*", "$1"));
            assertThat(r.body()).contains("<sru:recordPosition>" + start + "</sru:recordPosition>");
            return null;
          }));
        }
        for (Future<?> f : done) {
          f.get();
        }
        assertThat(counts).containsExactly("40");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aBodyOfManyMegabytesIsRefusedAtOnceBySruAndOaiAndTheHubGoesOnAnswering() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      // Just under the servlet's bound, Jetty's form limit (200,000 bytes) still refuses it, bare.
      try {
        HttpResponse<String> under = HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "sru")).header("Content-Type",
            "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("query=" + "a".repeat(500_000))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(under.statusCode()).isEqualTo(400);
        noInternals(under.body());
      } catch (java.io.IOException closedMidUpload) {
        // refused past Jetty's limit and closed while the client was still sending
      }
      // A head that announces 8 MiB: answered 413 before one byte of the body is sent, to /sru and to /oai.
      for (String path : List.of("/sru", "/oai")) {
        try (RawHttp raw = new RawHttp(hub.port())) {
          raw.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              + "Content-Length: " + (8 << 20) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          RawHttp.Reply reply = raw.read();
          assertThat(reply.status()).as(path).isEqualTo(413);
          noInternals(reply.text());
        }
      }
      // The whole 8 MiB sent: refused too, or the connection closed under the upload; either way nothing is parsed.
      for (String body : List.of("sru:version=1.2&operation=searchRetrieve&query=" + "a".repeat(8 << 20),
          "sru:version=1.2&operation=searchRetrieve&query=a" + "&x=1".repeat(2 << 20), "oai:verb=ListRecords&set=" + "a".repeat(8 << 20))) {
        String path = body.substring(0, body.indexOf(':'));
        try {
          HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + path)).header("Content-Type",
              "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.substring(path.length() + 1))).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(r.statusCode()).isEqualTo(413);
          noInternals(r.body());
        } catch (java.io.IOException closedMidUpload) {
          // the hub answered 413 and closed while the client was still sending
        }
      }
      HttpResponse<String> after = get(hub, "version=2.0&query=" + q("cql.allRecords = 1") + "&maximumRecords=0");
      assertThat(after.statusCode()).isEqualTo(200);
      assertThat(after.body()).contains("<sru:numberOfRecords>");
    }
  }

  @Test
  void clientsTricklingSruRequestsDoNotKeepAnHonestSearchWaiting() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.builder().threads(8).idleTimeout(java.time.Duration.ofSeconds(3)).start()) {
      List<java.net.Socket> slow = new ArrayList<>();
      ExecutorService trickle = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "slow-sru-client");
        t.setDaemon(true);
        return t;
      });
      try {
        for (int i = 0; i < 30; i++) {
          java.net.Socket s = new java.net.Socket();
          s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getByName("127.0.0." + (2 + i)), 0));
          s.connect(new java.net.InetSocketAddress("127.0.0.1", hub.port()), 2000);
          slow.add(s);
          String head = i % 2 == 0
              ? "GET /sru?version=1.2&operation=searchRetrieve&query=" + "a".repeat(300)
              : "POST /sru HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\nquery=";
          byte[] bytes = (head + "a".repeat(100_000)).getBytes(StandardCharsets.US_ASCII);
          trickle.submit(() -> {
            try {
              java.io.OutputStream o = s.getOutputStream();
              for (byte b : bytes) {
                o.write(b);
                o.flush();
                Thread.sleep(400);
              }
            } catch (java.io.IOException | InterruptedException closed) {
              // the hub dropped it, or the test is over
            }
            return null;
          });
        }
        Thread.sleep(1000);
        for (int round = 0; round < 3; round++) {
          org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
            HttpResponse<String> r = get(hub, "version=2.0&query=" + q("cql.allRecords = 1") + "&maximumRecords=0");
            assertThat(r.statusCode()).isEqualTo(200);
            wellFormed(r.body());
          });
          Thread.sleep(1000);
        }
      } finally {
        trickle.shutdownNow();
        for (java.net.Socket s : slow) {
          s.close();
        }
      }
    }
  }
}
