package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.libnet.testkit.HubFixtures.HANOI;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hostile inputs of {@link HubHostileInputTest} through the real hub over HTTP, on a hub with one
 * worker thread: each is answered within 2 s with a 4xx (a request line too long for the HTTP server may
 * be 414 or 431; never a 500), and the one worker still answers an honest request afterwards.
 */
class HubHostileInputOverHttpTest {
  private static final Duration BOUND = Duration.ofSeconds(2);
  private LibnetTestHub hub;
  private LibnetClient hanoi;
  private KeyPair raw;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.builder().threads(1).start();
    hanoi = hub.clientFor(HANOI).build();
    hanoi.contributeRecords(RecordBatch.of(HubFixtures.records(32, 3, HANOI)));
    raw = HubFixtures.ed25519();
    hub.trust(new VerificationKey(HANOI + "#raw", SignatureAlgorithm.ED25519, raw.getPublic()));
  }

  @AfterEach
  void stop() {
    hanoi.close();
    hub.close();
  }

  private HttpMessage get(String pathAndQuery) {
    return RawExchange.send(HttpMessage.request("GET", URI.create(hub.baseUrl() + pathAndQuery)).build());
  }

  private HttpMessage search(String cql) {
    return get("v1/catalog/search?query=" + URLEncoder.encode(cql, StandardCharsets.UTF_8));
  }

  private static Problem problem(HttpMessage answer) throws IOException {
    return LibnetJson.mapper().readValue(answer.body(), Problem.class);
  }

  private void stillAnswers() {
    assertThat(hanoi.searchCatalog("holder = " + HANOI).count()).isEqualTo(3);
  }

  private static void bounded(Executable e) {
    assertTimeoutPreemptively(BOUND, e);
  }

  @Test
  void aWriteOutsideV1IsNotFoundNeverAServerError() throws Exception {
    for (String path : new String[] {"x/v1/catalog/records", "v1x/catalog/records", "oaix", "catalog/records"}) {
      for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
        HttpMessage a = RawExchange.send(HttpMessage.request(method, URI.create(hub.baseUrl() + path)).header("Content-Type", "application/json")
            .body("{}".getBytes(StandardCharsets.UTF_8)).build());
        assertThat(a.status()).as(method + " " + path).isIn(404, 405);
        assertThat(new String(a.body(), StandardCharsets.UTF_8)).doesNotContain("java.", "Exception");
      }
    }
    stillAnswers();
  }

  @Test
  void twentyThousandNestedParenthesesAreRefusedOverHttp() {
    bounded(() -> {
      HttpMessage a = search("(".repeat(20_000) + "title = a" + ")".repeat(20_000));
      assertThat(a.status()).isIn(400, 414, 431);
      if (a.status() == 400) {
        assertThat(problem(a).detail()).contains("more than the limit of 4096");
      }
      stillAnswers();
    });
  }

  @Test
  void thirtyThousandOrTermsAreRefusedOverHttp() {
    bounded(() -> {
      HttpMessage a = search("a or ".repeat(29_999) + "a");
      assertThat(a.status()).isIn(400, 414, 431);
      stillAnswers();
    });
  }

  @Test
  void searchesPastTheDepthAndClauseLimitsAreRefusedOverHttp() {
    bounded(() -> {
      HttpMessage deep = search("(".repeat(HubSearch.MAX_DEPTH + 1) + "a" + ")".repeat(HubSearch.MAX_DEPTH + 1));
      assertThat(deep.status()).isEqualTo(400);
      assertThat(problem(deep).detail()).contains("deeper than the limit of 32", "sâu quá giới hạn 32");
      HttpMessage many = search("a or ".repeat(HubSearch.MAX_CLAUSES) + "a");
      assertThat(many.status()).isEqualTo(400);
      assertThat(problem(many).detail()).contains("than the limit of 128");
      stillAnswers();
    });
  }

  @Test
  void badCursorsAndLimitsAre400OverHttp() {
    bounded(() -> {
      for (String q : new String[] {"v1/libraries?cursor=o-5", "v1/libraries?cursor=o99999999999", "v1/digital-objects?cursor=o-1",
          "v1/catalog/changes?cursor=s-5", "v1/catalog/search?query=a&cursor=o-5", "v1/libraries?limit=-1",
          "v1/libraries?limit=99999999999", "v1/catalog/changes?limit=0"}) {
        HttpMessage a = get(q);
        assertThat(a.status()).as(q).isEqualTo(400);
        assertThat(problem(a).code()).isEqualTo("BAD_REQUEST");
      }
      stillAnswers();
    });
  }

  @Test
  void aMalformedPercentEscapeInTheQueryIsNoServerError() {
    bounded(() -> {
      try (RawHttp http = new RawHttp(hub.port())) {
        http.send(HttpMessage.request("GET", URI.create(hub.baseUrl() + "v1/catalog/search")).build(),
            "/v1/catalog/search?query=%zz", "127.0.0.1:" + hub.port());
        assertThat(http.read().status()).isBetween(400, 499);
      }
      stillAnswers();
    });
  }

  @Test
  void aStatisticsValueOfAHugeExponentIs422OverHttp() {
    String path = "/v1/libraries/" + HANOI + "/statistics/2025";
    bounded(() -> {
      for (String value : new String[] {"-1e900000000", "1e900000000", "-1e-900000000"}) {
        String body = "{\"isil\":\"" + HANOI + "\",\"year\":2025,\"values\":{\"LOANS\":" + value + "}}";
        HttpMessage a = HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", path, body, HANOI + "#raw", raw));
        assertThat(a.status()).as(value).isEqualTo(422);
        assertThat(problem(a).issues()).extracting(i -> i.code()).containsExactly("STATS_VALUE_OUT_OF_RANGE");
      }
      String year = "{\"isil\":\"" + HANOI + "\",\"year\":1e900000000,\"values\":{\"LOANS\":1}}";
      assertThat(HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", path, year, HANOI + "#raw", raw)).status()).isEqualTo(400);
      String honest = "{\"isil\":\"" + HANOI + "\",\"year\":2025,\"values\":{\"LOANS\":1200}}";
      assertThat(HubFixtures.send(HubFixtures.signedWrite(hub, "PUT", path, honest, HANOI + "#raw", raw)).status()).isEqualTo(200);
      stillAnswers();
    });
  }
}
