package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.libnet.testkit.HubFixtures.HANOI;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.Page;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.validation.ValidationIssue;

/**
 * Hostile request data at the hub's dispatch, below HTTP: searches nested or long past the CQL limits,
 * cursors and limits that are no numbers of the hub, numbers far beyond their range. Each is a 400 or
 * 422 problem within 2 s, and the hub answers an honest request afterwards.
 */
class HubHostileInputTest {
  private static final Duration BOUND = Duration.ofSeconds(2);
  private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
  private HubState state;

  @BeforeEach
  void seed() {
    state = new HubState();
    Answer a = write("POST", "/v1/catalog/records", "application/marcxml+xml", HubFixtures.marcxml(HubFixtures.records(31, 3, HANOI)));
    assertThat(a.status()).isEqualTo(200);
  }

  private Answer get(String path, Map<String, String> query) {
    return state.dispatch(new Call("GET", path, query, "", null, null, false, null, NOW));
  }

  private Answer search(String cql) {
    return get("/v1/catalog/search", Map.of("query", cql));
  }

  private Answer write(String method, String path, String type, byte[] body) {
    return state.dispatch(new Call(method, path, Map.of(), type, body, HANOI, false, null, NOW));
  }

  private Answer putJson(String path, String json) {
    return write("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  private static Problem problem(Answer a) {
    assertThat(a.contentType()).isEqualTo("application/problem+json");
    try {
      return LibnetJson.mapper().readValue(a.body(), Problem.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<CatalogRecord> hits(Answer a) {
    assertThat(a.status()).isEqualTo(200);
    try {
      Page<CatalogRecord> p = LibnetJson.mapper().readValue(a.body(),
          LibnetJson.mapper().getTypeFactory().constructParametricType(Page.class, CatalogRecord.class));
      return p.items();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void bounded(Executable e) {
    assertTimeoutPreemptively(BOUND, e);
  }

  /** The honest request after each hostile one: the hub still searches its catalogue. */
  private void stillSearches() {
    assertThat(hits(search("holder = " + HANOI))).hasSize(3);
  }

  private static String statistics(String values) {
    return "{\"isil\":\"" + HANOI + "\",\"year\":2025,\"values\":{" + values + "}}";
  }

  // ------------------------------------------------------------------ search

  @Test
  void twentyThousandNestedParenthesesAreRefusedByTheLengthLimit() {
    bounded(() -> {
      Problem p = problem(search("(".repeat(20_000) + "title = a" + ")".repeat(20_000)));
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.code()).isEqualTo("BAD_REQUEST");
      assertThat(p.detail()).contains("has 40009 characters, more than the limit of 4096", "có 40009 ký tự, vượt giới hạn 4096");
      stillSearches();
    });
  }

  @Test
  void parenthesesNestedPastTheDepthLimitAreRefusedAndTheLimitItselfIsAnswered() {
    bounded(() -> {
      Problem p = problem(search("(".repeat(HubSearch.MAX_DEPTH + 1) + "holder = " + HANOI + ")".repeat(HubSearch.MAX_DEPTH + 1)));
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.detail()).contains("character 33: parentheses nest deeper than the limit of 32", "lồng sâu quá giới hạn 32");
      assertThat(hits(search("(".repeat(HubSearch.MAX_DEPTH) + "holder = " + HANOI + ")".repeat(HubSearch.MAX_DEPTH)))).hasSize(3);
      stillSearches();
    });
  }

  @Test
  void thirtyThousandOrTermsAreRefusedByTheLengthLimit() {
    bounded(() -> {
      Problem p = problem(search("a or ".repeat(29_999) + "a"));
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.detail()).contains("more than the limit of 4096", "vượt giới hạn 4096");
      stillSearches();
    });
  }

  @Test
  void clausesPastTheirLimitAreRefusedAndTheLimitItselfIsAnswered() {
    bounded(() -> {
      String many = "nothing or ".repeat(HubSearch.MAX_CLAUSES) + "holder = " + HANOI;
      Problem p = problem(search(many));
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.detail()).contains("more search clauses or sort keys than the limit of 128", "vượt giới hạn 128");
      assertThat(hits(search("nothing or ".repeat(HubSearch.MAX_CLAUSES - 1) + "holder = " + HANOI))).hasSize(3);
      // "not" and "and" join clauses as "or" does.
      assertThat(problem(search("a not ".repeat(HubSearch.MAX_CLAUSES) + "a")).detail()).contains("than the limit of 128");
      stillSearches();
    });
  }

  @Test
  void aTermPastItsLimitIsRefusedQuotedOrNot() {
    bounded(() -> {
      String longTerm = "x".repeat(HubSearch.LIMITS.maxTermLength() + 1);
      assertThat(problem(search("title = " + longTerm)).detail()).contains("character 9: a term is longer than the limit of 256", "dài quá giới hạn 256 ký tự");
      assertThat(problem(search("title = \"" + longTerm + "\"")).detail()).contains("longer than the limit of 256");
      assertThat(problem(search(longTerm + " = a")).detail()).as("an index name is bounded too").contains("character 1:");
      assertThat(hits(search("title = \"" + "x".repeat(HubSearch.LIMITS.maxTermLength()) + "\""))).isEmpty();
      stillSearches();
    });
  }

  @Test
  void aClosingParenthesisIsNoTermSoItCannotNestPastTheLimit() {
    bounded(() -> {
      assertThat(problem(search(")")).detail()).contains("character 1: expected a search term");
      // Read as terms, the lone ")" would let "(" nest without counting: ( ) and ( ) and ( ...
      Problem p = problem(search("( ) and ".repeat(50) + "a" + ")".repeat(50)));
      assertThat(p.status()).isEqualTo(400);
      assertThat(p.detail()).contains("character 3: expected a search term");
      stillSearches();
    });
  }

  // ------------------------------------------------------------------ cursors and limits

  @Test
  void cursorsThatThisHubNeverGaveAre400OnEveryList() {
    List<String> lists = List.of("/v1/libraries", "/v1/digital-objects", "/v1/catalog/search", "/v1/surveys/qd206-2021/responses");
    List<String> cursors = List.of("o-5", "o-1", "o99999999999", "o+5", "x5", "", "o", "o1e3", "o 5", "o" + "9".repeat(10_000));
    bounded(() -> {
      for (String list : lists) {
        for (String cursor : cursors) {
          Map<String, String> q = new LinkedHashMap<>(Map.of("cursor", cursor));
          if (list.endsWith("search")) {
            q.put("query", "holder = " + HANOI);
          }
          Problem p = problem(get(list, q));
          assertThat(p.status()).as(list + " " + HubTexts.echo(cursor)).isEqualTo(400);
          assertThat(p.title()).isEqualTo("Bad cursor");
          assertThat(p.detail()).contains("Not a cursor of this hub", "Không phải con trỏ").hasSizeLessThan(400);
        }
      }
      for (String cursor : List.of("s-5", "s+5", "o5", "s", "", "s99999999999999999999", "s-9223372036854775808")) {
        assertThat(problem(get("/v1/catalog/changes", Map.of("cursor", cursor))).status()).as(cursor).isEqualTo(400);
      }
      stillSearches();
    });
  }

  @Test
  void cursorsAtTheEdgesOfTheirRangeAreEmptyPagesNotOverflows() throws IOException {
    // The largest offset plus the largest limit is past the largest int: the page is empty and ends.
    Answer far = get("/v1/catalog/search", Map.of("query", "holder = " + HANOI, "cursor", "o2147483647", "limit", "1000"));
    assertThat(hits(far)).isEmpty();
    assertThat(LibnetJson.mapper().readTree(far.body()).has("next")).isFalse();
    Answer first = get("/v1/catalog/search", Map.of("query", "holder = " + HANOI, "cursor", "o0", "limit", "2"));
    assertThat(hits(first)).hasSize(2);
    assertThat(LibnetJson.mapper().readTree(first.body()).get("next").asText()).isEqualTo("o2");
    // A changes cursor past the feed's end gives the end to continue from.
    Answer ahead = get("/v1/catalog/changes", Map.of("cursor", "s9223372036854775807"));
    assertThat(ahead.status()).isEqualTo(200);
    assertThat(LibnetJson.mapper().readTree(ahead.body()).get("next").asText()).isEqualTo("s6");
  }

  @Test
  void limitsOutsideOneToAThousandAre400() {
    bounded(() -> {
      for (String limit : List.of("-1", "0", "1001", "1e3", "99999999999", "", "ten", "9".repeat(10_000))) {
        Problem p = problem(get("/v1/libraries", Map.of("limit", limit)));
        assertThat(p.status()).as(HubTexts.echo(limit)).isEqualTo(400);
        assertThat(p.detail()).contains("from 1 to 1000", "từ 1 đến 1000").hasSizeLessThan(400);
        assertThat(problem(get("/v1/catalog/changes", Map.of("limit", limit))).status()).isEqualTo(400);
      }
      stillSearches();
    });
  }

  // ------------------------------------------------------------------ numbers in bodies

  @Test
  void aStatisticsValueOfAHugeExponentIs422AndTheReportIsNotStored() {
    String path = "/v1/libraries/" + HANOI + "/statistics/2025";
    bounded(() -> {
      for (String value : List.of("-1e900000000", "1e900000000", "-1e-900000000", "1e-900000000", "1e18", "-123456789012345678901",
          "0.000000000000000000001")) {
        Answer a = putJson(path, statistics("\"LOANS\":" + value + ",\"VISITS\":5000"));
        Problem p = problem(a);
        assertThat(p.status()).as(value).isEqualTo(422);
        assertThat(p.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(p.issues()).extracting(ValidationIssue::code).containsExactly("STATS_VALUE_OUT_OF_RANGE");
        assertThat(p.issues().get(0).path()).isEqualTo("/values/LOANS");
        assertThat(p.issues().get(0).message()).contains("LOANS", "at most 18 digits", "tối đa 18 chữ số").hasSizeLessThan(400);
      }
      // At the edges of the range, and a zero of any exponent, a report is taken.
      assertThat(putJson(path, statistics("\"LOANS\":999999999999999999,\"STAFF_FTE\":0.33333333333333333333,\"VISITS\":0e900000000"))
          .status()).isEqualTo(200);
      // A negative value of a sane size is still the profile's STATS_VALUE_NEGATIVE.
      assertThat(problem(putJson(path, statistics("\"LOANS\":-5"))).issues()).extracting(ValidationIssue::code)
          .containsExactly("STATS_VALUE_NEGATIVE");
      stillSearches();
    });
  }

  @Test
  void integersBeyondTheirRangeInAnyBodyAre400Or422() {
    bounded(() -> {
      String stats = "/v1/libraries/" + HANOI + "/statistics/2025";
      for (String year : List.of("1e10", "-1e900000000", "99999999999", "2025.5e900000000")) {
        Answer a = putJson(stats, "{\"isil\":\"" + HANOI + "\",\"year\":" + year + ",\"values\":{\"LOANS\":1}}");
        assertThat(a.status()).as(year).isIn(400, 422);
      }
      assertThat(get("/v1/libraries/" + HANOI + "/statistics/99999999999", Map.of()).status()).isEqualTo(404);
      String survey = "/v1/surveys/qd206-2021/responses";
      for (String level : List.of("1e900000000", "-1e900000000", "99999999999", "1e-900000000")) {
        Answer a = write("POST", survey, "application/json", ("{\"questionnaireId\":\"qd206-2021\",\"isil\":\"" + HANOI
            + "\",\"answers\":{\"staff_total\":" + level + "}}").getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(level).isIn(400, 422);
      }
      for (String size : List.of("1e900000000", "-1e900000000", "99999999999999999999999")) {
        Answer a = write("POST", "/v1/digital-objects", "application/json", ("{\"id\":\"DO-1\",\"ownerIsil\":\"" + HANOI
            + "\",\"files\":[{\"name\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"size\":" + size + ",\"sha256\":\""
            + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}]}").getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).as(size).isIn(400, 422);
      }
      Answer lib = putJson("/v1/libraries/" + HANOI, "{\"isil\":\"" + HANOI + "\",\"establishedYear\":-1e900000000}");
      assertThat(lib.status()).isIn(400, 422);
      stillSearches();
    });
  }

  // ------------------------------------------------------------------ odd data on every route

  @Test
  void oddBodiesAndQueriesOnEveryRouteAreAnsweredBelow500() {
    String h = HANOI;
    List<String> writes = List.of("PUT /v1/libraries/" + h, "POST /v1/libraries/" + h + "/keys", "PUT /v1/libraries/" + h + "/statistics/2024",
        "PUT /v1/catalog/holdings/" + h + "/L1", "DELETE /v1/catalog/holdings/" + h + "/L1", "POST /v1/digital-objects",
        "POST /v1/surveys/qd206-2021/responses", "POST /v1/catalog/records");
    List<String> bodies = List.of("", "{}", "null", "[]", "1", "\"x\"", "{\"isil\":null}", "{\"isil\":\"" + h + "\"}",
        "{\"isil\":\"" + h + "\",\"year\":2024,\"values\":null}", "{\"isil\":\"" + h + "\",\"year\":2024,\"values\":{\"LOANS\":null}}",
        "{\"isil\":\"" + h + "\",\"year\":2024,\"values\":{\"NOPE\":1}}", "{\"respondent\":\"" + h + "\",\"answers\":{\"INF-1\":null}}",
        "{\"respondent\":\"01\"}", "{\"respondent\":\"\"}",
        "{\"questionnaireId\":\"qd206-2021\",\"isil\":\"" + h + "\",\"answers\":{\"staff_total\":null},\"measured\":[null,{}]}",
        "{\"questionnaireId\":\"qd206-2021\",\"isil\":\"" + h + "\",\"answers\":{\"staff_total\":{\"x\":1}}}", "{\"id\":\"D\",\"ownerIsil\":\"" + h + "\",\"files\":[null]}",
        "{\"id\":\"D\",\"ownerIsil\":\"" + h + "\",\"files\":[{}],\"rights\":\"::\"}",
        "{\"ownerIsil\":\"" + h + "\",\"localId\":\"L1\",\"items\":[null]}", "{\"ownerIsil\":\"" + h + "\",\"localId\":\"L1\",\"recordId\":\"r1\"}",
        "{\"isil\":\"" + h + "\",\"name\":\"x\",\"contacts\":[null],\"endpoints\":[null],\"address\":null}",
        "{\"isil\":\"" + h + "\",\"name\":\"x\",\"type\":\"PUBLIC\",\"address\":{},\"contacts\":[{}],\"endpoints\":[{}],\"website\":\"::\"}",
        "{\"keyId\":\"" + h + "#a\",\"jwk\":null}", "{\"keyId\":\"" + h + "#a\",\"jwk\":{\"kty\":\"RSA\",\"n\":\"AQAB\",\"e\":\"AQAB\"}}",
        "{\"keyId\":\"" + h + "#a\",\"jwk\":{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"AA\",\"y\":\"AA\"}}",
        "{\"keyId\":\"" + h + "#b\",\"algorithm\":\"rsa-pss-sha512\",\"jwk\":{\"kty\":\"OKP\",\"crv\":\"Ed25519\",\"x\":\"AA\"}}",
        "<record/>", "<collection><record><leader>x</leader></record></collection>", "[{\"leader\":null}]",
        "{\"leader\":\"00000nam a2200000 i 4500\",\"fields\":[{\"001\":null},{\"245\":{\"subfields\":[null]}}]}");
    List<String> failures = new ArrayList<>();
    bounded(() -> {
      for (String route : writes) {
        String[] mp = route.split(" ");
        for (String body : bodies) {
          for (String type : List.of("application/json", "application/marc", "application/marcxml+xml", "")) {
            Answer a = state.dispatch(new Call(mp[0], mp[1], Map.of(), type, body.getBytes(StandardCharsets.UTF_8), HANOI, false, null, NOW));
            if (a.status() >= 500) {
              failures.add(route + " " + type + " " + body + ": " + a.status());
            }
          }
        }
      }
      for (String q : List.of("", " ", "\"\"", "title = \"\"", "title exact \"\"", "\" \"", "and", "a and", "= = =", "title = = x", "(", "()")) {
        for (String key : List.of("q", "province", "type", "isil", "respondent", "query")) {
          for (String list : List.of("/v1/libraries", "/v1/catalog/search", "/v1/digital-objects", "/v1/surveys/qd206-2021/responses")) {
            if (get(list, Map.of(key, q)).status() >= 500) {
              failures.add(list + "?" + key + "=" + q);
            }
          }
        }
      }
    });
    assertThat(failures).isEmpty();
    stillSearches();
  }
}
