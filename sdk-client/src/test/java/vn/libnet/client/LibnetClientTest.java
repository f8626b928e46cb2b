package vn.libnet.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ChangeType;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.LibraryFilter;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.client.model.Page;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.LibraryType;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.ReadinessCatalog;
import vn.libnet.core.readiness.ReadinessJson;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.scoring.ReadinessAggregator;
import vn.libnet.core.readiness.scoring.ReadinessScorer;
import vn.libnet.core.readiness.scoring.ScoringMethod;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.internal.SyntheticRecords;

/** Every operation of LibNet API v1 through the client, against a signing WireMock hub. */
class LibnetClientTest {
  private static final ObjectMapper JSON = LibnetJson.mapper();
  private StubHub hub;
  private LibnetClient client;

  @BeforeEach
  void start() {
    hub = new StubHub();
    client = hub.client().build();
  }

  @AfterEach
  void stop() {
    client.close();
    hub.close();
  }

  static List<Record> records(long seed, int count) {
    return SyntheticRecords.builder().seed(seed).build().stream(count).map(SyntheticRecords.Synthetic::record)
        .collect(Collectors.toList());
  }

  private static <T> T example(String name, Class<T> type) throws IOException {
    try (InputStream in = Library.class.getResourceAsStream("/vn/libnet/core/examples/" + name)) {
      return JSON.readValue(in, type);
    }
  }

  private void answer(MappingBuilder route, int status, Object body, String... headers) throws IOException {
    var r = aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body));
    for (int i = 0; i < headers.length; i += 2) {
      r.withHeader(headers[i], headers[i + 1]);
    }
    hub.server.stubFor(route.willReturn(r));
  }

  /**
   * The one request received, after checking that the hub's verifier accepts its signature: a write's
   * over its digest and idempotency key, a read's (signed too, so that its answer can be bound to it) over
   * its method and target only.
   */
  private LoggedRequest onlyRequest() {
    List<LoggedRequest> all = hub.requests();
    assertThat(all).hasSize(1);
    LoggedRequest r = all.get(0);
    assertThat(r.getHeader("User-Agent")).isEqualTo("libnet-sdk-java/" + vn.libnet.core.LibnetVersion.current());
    var verified = hub.requestVerifier().verify(StubHub.toMessage(r));
    assertThat(verified.key().keyId()).isEqualTo(StubHub.KEY_ID);
    if (!r.getMethod().getName().equals("GET")) {
      assertThat(r.getHeader("Idempotency-Key")).isNotBlank();
      assertThat(r.getHeader("Content-Digest")).startsWith("sha-256=:");
    } else {
      assertThat(verified.parameters().components()).extracting(Object::toString)
          .containsExactly("\"@method\"", "\"@target-uri\"");
      assertThat(r.containsHeader("Idempotency-Key")).isFalse();
    }
    return r;
  }

  @Test
  void listLibrariesFollowsCursorsLazilyWithTheFilter() throws IOException {
    Library lib = example("library.json", Library.class);
    answer(get(urlPathEqualTo("/v1/libraries")).withQueryParam("province", equalTo("01")).withQueryParam("type", equalTo("PUBLIC"))
        .withQueryParam("q", equalTo("Hà Nội")).withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.absent()),
        200, new Page<>(List.of(lib, lib), "c2"));
    answer(get(urlPathEqualTo("/v1/libraries")).withQueryParam("cursor", equalTo("c2")), 200, new Page<>(List.of(lib), null));

    var stream = client.listLibraries(LibraryFilter.ANY.inProvince("01").ofType(LibraryType.PUBLIC).matching("Hà Nội"));
    assertThat(hub.requests()).as("nothing is fetched before the stream is consumed").isEmpty();
    List<Library> all = stream.collect(Collectors.toList());
    assertThat(all).hasSize(3).allMatch(l -> l.equals(lib));
    assertThat(hub.requests()).hasSize(2);
  }

  @Test
  void getLibraryReturnsTheEntityTag() throws IOException {
    Library lib = example("library.json", Library.class);
    answer(get(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN")), 200, lib, "ETag", "\"v7\"");
    Versioned<Library> v = client.getLibrary("VN-HaNoi-TVHN");
    assertThat(v.value()).isEqualTo(lib);
    assertThat(v.etag()).isEqualTo("\"v7\"");
    onlyRequest();
  }

  @Test
  void saveLibrarySendsIfMatchSignedAndALostUpdateIsAConflict() throws IOException {
    Library lib = example("library.json", Library.class);
    answer(put(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN")).withHeader("If-Match", equalTo("\"v7\"")), 200, lib, "ETag", "\"v8\"");
    Versioned<Library> saved = client.saveLibrary(lib, "\"v7\"");
    assertThat(saved.etag()).isEqualTo("\"v8\"");
    LoggedRequest r = onlyRequest();
    assertThat(JSON.readValue(r.getBody(), Library.class)).isEqualTo(lib);
    assertThat(r.getHeader("Content-Type")).startsWith("application/json");

    answer(put(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN")).withHeader("If-Match", equalTo("\"v6\"")), 409,
        Problem.of(ProblemCode.CONFLICT, "Lost update", "The profile changed since version v6"));
    assertThatThrownBy(() -> client.saveLibrary(lib, "\"v6\""))
        .isInstanceOfSatisfying(LibnetProblemException.class, e -> {
          assertThat(e.problemCode()).isEqualTo(ProblemCode.CONFLICT);
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.message(java.util.Locale.forLanguageTag("vi"))).contains("Hub từ chối", "CONFLICT");
        });
  }

  @Test
  void getHubKeysReadsTheJwks() {
    hub.server.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(hub.hubJwks())));
    List<VerificationKey> keys = client.getHubKeys();
    assertThat(keys).singleElement().satisfies(k -> {
      assertThat(k.keyId()).isEqualTo(StubHub.HUB_KEY_ID);
      assertThat(k.key()).isEqualTo(hub.hub.getPublic());
    });
  }

  @Test
  void listAndRegisterLibraryKeys() throws IOException {
    PublicKeyInfo info = new PublicKeyInfo("VN-HaNoi-TVHN#k2", "ed25519",
        vn.libnet.core.signature.Keys.toPublicJwk(StubHub.ed25519().getPublic()));
    answer(get(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN/keys")), 200, List.of(info));
    assertThat(client.listLibraryKeys("VN-HaNoi-TVHN")).containsExactly(info);
    hub.server.resetRequests();

    answer(post(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN/keys")), 201, info);
    assertThat(client.registerLibraryKey("VN-HaNoi-TVHN", info)).isEqualTo(info);
    assertThat(JSON.readValue(onlyRequest().getBody(), PublicKeyInfo.class)).isEqualTo(info);
  }

  @Test
  void contributeRecordsSendsMarcXmlAndReadsOutcomes() throws IOException {
    List<Record> records = records(7, 3);
    ContributionResult result = new ContributionResult(false, List.of(
        new RecordOutcome(0, "a", OutcomeStatus.ACCEPTED, "r1", "c1", List.of()),
        new RecordOutcome(1, "b", OutcomeStatus.MERGED, "r2", "c0", List.of()),
        new RecordOutcome(2, "c", OutcomeStatus.REJECTED, null, null,
            List.of(new ValidationIssue("MARC_245_MISSING", Severity.ERROR, "245", "No 245", null, List.of())))));
    answer(post(urlEqualTo("/v1/catalog/records")), 200, result);

    ContributionResult got = client.contributeRecords(RecordBatch.of(records));
    assertThat(got.totals()).containsEntry(OutcomeStatus.ACCEPTED, 1).containsEntry(OutcomeStatus.MERGED, 1)
        .containsEntry(OutcomeStatus.REJECTED, 1);
    assertThat(got.outcomes().get(2).issues()).extracting(ValidationIssue::code).containsExactly("MARC_245_MISSING");
    LoggedRequest r = onlyRequest();
    assertThat(r.getHeader("Content-Type")).isEqualTo("application/marcxml+xml");
    assertThat(r.getBodyAsString()).contains("<collection", records.get(0).getControlNumber());
  }

  @Test
  void dryRunAndAnExplicitIdempotencyKeyReachTheHub() throws IOException {
    answer(post(urlPathEqualTo("/v1/catalog/records")).withQueryParam("dryRun", equalTo("true")), 200,
        new ContributionResult(true, List.of()));
    List<Record> records = records(1, 1);
    ContributionResult r = client.contributeRecords(RecordBatch.of(records, vn.libnet.marc.io.MarcFormat.ISO2709),
        ContributeOptions.dryRunOnly().withIdempotencyKey("job-1/0"));
    assertThat(r.dryRun()).isTrue();
    LoggedRequest req = onlyRequest();
    assertThat(req.getHeader("Idempotency-Key")).isEqualTo("job-1/0");
    assertThat(req.getHeader("Content-Type")).isEqualTo("application/marc");
  }

  @Test
  void getRecordReadsTheClusterAndHoldings() throws IOException {
    Holding h = example("holding.json", Holding.class);
    CatalogRecord rec = new CatalogRecord("r1", "c1", "VN-HaNoi-TVHN", "TVHN-000123", "Lịch sử Việt Nam",
        JSON.readTree("{\"leader\":\"00000nam a2200000 a 4500\",\"fields\":[{\"001\":\"TVHN-000123\"}]}"), List.of(h),
        Instant.parse("2026-11-20T08:00:00Z"));
    answer(get(urlEqualTo("/v1/catalog/records/r1")), 200, rec);
    assertThat(client.getRecord("r1")).isEqualTo(rec);
    onlyRequest();
  }

  @Test
  void setHoldingAndUnsetHolding() throws IOException {
    Holding h = example("holding.json", Holding.class);
    answer(put(urlEqualTo("/v1/catalog/holdings/VN-HaNoi-TVHN/H-2019-000123")), 200, h, "ETag", "\"h1\"");
    Versioned<Holding> set = client.setHolding(h, null);
    assertThat(set.value()).isEqualTo(h);
    assertThat(set.etag()).isEqualTo("\"h1\"");
    assertThat(JSON.readValue(onlyRequest().getBody(), Holding.class)).isEqualTo(h);
    hub.server.resetRequests();

    answer(delete(urlEqualTo("/v1/catalog/holdings/VN-HaNoi-TVHN/H-2019-000123")), 200,
        Map.of("ownerIsil", "VN-HaNoi-TVHN", "localId", "H-2019-000123", "removed", true));
    assertThat(client.unsetHolding("VN-HaNoi-TVHN", "H-2019-000123")).isTrue();
    LoggedRequest del = onlyRequest();
    assertThat(del.getBody()).isEmpty();
    assertThat(del.getHeader("Content-Type")).startsWith("application/json");
  }

  @Test
  void searchCatalogPassesTheCqlQuery() throws IOException {
    CatalogRecord rec = new CatalogRecord("r1", "c1", "VN-HaNoi-TVHN", "1", "Truyện Kiều", null, List.of(), null);
    answer(get(urlPathEqualTo("/v1/catalog/search")).withQueryParam("query", equalTo("title any \"truyện kiều\"")), 200,
        new Page<>(List.of(rec), null));
    assertThat(client.searchCatalog("title any \"truyện kiều\"")).containsExactly(rec);
  }

  @Test
  void listChangesKeepsTheCursorOfAnEmptyPageAndChangesSinceStopsThere() throws IOException {
    Change c1 = new Change(1, ChangeType.RECORD_ADDED, "r1", "c1", "VN-HaNoi-TVHN", Instant.parse("2026-11-20T08:00:00Z"));
    Change c2 = new Change(2, ChangeType.HOLDING_SET, "VN-HaNoi-TVHN/H1", "c1", "VN-HaNoi-TVHN", Instant.parse("2026-11-20T08:01:00Z"));
    answer(get(urlPathEqualTo("/v1/catalog/changes")).withQueryParam("cursor", equalTo("s0")), 200, new Page<>(List.of(c1, c2), "s2"));
    answer(get(urlPathEqualTo("/v1/catalog/changes")).withQueryParam("cursor", equalTo("s2")), 200, new Page<>(List.of(), "s2"));

    Page<Change> page = client.listChanges("s0", 50);
    assertThat(page.items()).containsExactly(c1, c2);
    assertThat(page.next()).isEqualTo("s2");
    assertThat(client.listChanges("s2", 50).nextCursor()).contains("s2");
    assertThat(client.changesSince("s0")).containsExactly(c1, c2);
  }

  @Test
  void digitalObjects() throws IOException {
    DigitalObject o = example("digital-object.json", DigitalObject.class);
    answer(post(urlEqualTo("/v1/digital-objects")), 201, o);
    assertThat(client.registerDigitalObject(o)).isEqualTo(o);
    assertThat(JSON.readValue(onlyRequest().getBody(), DigitalObject.class)).isEqualTo(o);
    answer(get(urlEqualTo("/v1/digital-objects/" + o.id())), 200, o);
    assertThat(client.getDigitalObject(o.id())).isEqualTo(o);
    answer(get(urlPathEqualTo("/v1/digital-objects")).withQueryParam("isil", equalTo("VN-HaNoi-TVHN")), 200, new Page<>(List.of(o), null));
    assertThat(client.listDigitalObjects("VN-HaNoi-TVHN")).containsExactly(o);
  }

  @Test
  void readinessSurveys() throws IOException {
    Criteria criteria = ReadinessCatalog.standard().criteria("qd206-2021").orElseThrow();
    Questionnaire q = ReadinessCatalog.standard().questionnaire(criteria).orElseThrow();
    answer(get(urlEqualTo("/v1/surveys/qd206-2021")), 200, q);
    assertThat(client.getQuestionnaire("qd206-2021")).isEqualTo(q);

    Library library;
    try (InputStream in = Library.class.getResourceAsStream("/vn/libnet/core/examples/library.json")) {
      library = JSON.readValue(in, Library.class);
    }
    ReadinessResponse resp = ReadinessResponse.declared("qd206-2021", library.isil(), Map.of("infra_ils", "yes", "staff_total", "10"));
    LibraryScore score = new ReadinessScorer(criteria, q, ScoringMethod.defaults()).score(library, resp);
    answer(post(urlEqualTo("/v1/surveys/qd206-2021/responses")), 201, score);
    assertThat(client.submitReadinessResponse(resp)).isEqualTo(score);
    LoggedRequest posted = hub.requests().stream().filter(r -> r.getMethod().getName().equals("POST")).findFirst().orElseThrow();
    assertThat(JSON.readValue(posted.getBody(), ReadinessResponse.class)).isEqualTo(resp);
    assertThat(posted.getHeader("Idempotency-Key")).isNotBlank();
    hub.requestVerifier().verify(StubHub.toMessage(posted));

    answer(get(urlPathEqualTo("/v1/surveys/qd206-2021/responses")).withQueryParam("isil", equalTo(library.isil())), 200,
        new Page<>(List.of(score), null));
    assertThat(client.listReadinessScores("qd206-2021", library.isil())).containsExactly(score);

    List<ReadinessAggregate> byType = new ReadinessAggregator(criteria).byType(List.of(score));
    answer(get(urlPathEqualTo("/v1/surveys/qd206-2021/scores")).withQueryParam("by", equalTo("type")), 200, byType);
    assertThat(client.readinessAggregates("qd206-2021", "type")).isEqualTo(byType);
    assertThat(ReadinessJson.toJson(client.readinessAggregates("qd206-2021", "type"))).isEqualTo(ReadinessJson.toJson(byType));
  }

  @Test
  void submitStatistics() throws IOException {
    StatisticsReport r = example("statistics-report.json", StatisticsReport.class);
    answer(put(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN/statistics/2024")), 200, r);
    assertThat(client.submitStatistics(r)).isEqualTo(r);
    assertThat(JSON.readValue(onlyRequest().getBody(), StatisticsReport.class)).isEqualTo(r);
  }

  @Test
  void aValidationFailureCarriesTheIssues() throws IOException {
    Library lib = example("library.json", Library.class);
    Problem p = Problem.of(ProblemCode.VALIDATION_FAILED, "Invalid library", "1 error")
        .withIssues(List.of(new ValidationIssue("LIB_PROVINCE_UNKNOWN", Severity.ERROR, "/address/provinceCode", "Unknown province", null, List.of())));
    hub.server.stubFor(put(urlEqualTo("/v1/libraries/VN-HaNoi-TVHN")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/problem+json").withBody(JSON.writeValueAsString(p))));
    assertThatThrownBy(() -> client.saveLibrary(lib, null)).isInstanceOfSatisfying(LibnetProblemException.class, e -> {
      assertThat(e.problemCode()).isEqualTo(ProblemCode.VALIDATION_FAILED);
      assertThat(e.issues()).extracting(ValidationIssue::path).containsExactly("/address/provinceCode");
    });
  }

  @Test
  void anAnswerThatIsNotAProblemDocumentIsDescribedFromItsStatus() {
    hub.server.stubFor(get(urlEqualTo("/v1/catalog/records/x")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/html").withBody("<html>Not here</html>")));
    assertThatThrownBy(() -> client.getRecord("x")).isInstanceOfSatisfying(LibnetProblemException.class, e -> {
      assertThat(e.problemCode()).isEqualTo(ProblemCode.NOT_FOUND);
      assertThat(e.problem().detail()).contains("Not here");
    });
  }

  @Test
  void aClientWithoutASigningKeyReadsButRefusesToWrite() throws IOException {
    try (LibnetClient reader = LibnetClient.builder().baseUrl(hub.baseUrl()).hubKeys(HubKeys.pinned(hub.hubKey())).build()) {
      answer(get(urlEqualTo("/v1/surveys/s")), 200, new Questionnaire("s", "c", 1, null, List.of()));
      assertThat(reader.getQuestionnaire("s").id()).isEqualTo("s");
      assertThatThrownBy(() -> reader.submitStatistics(example("statistics-report.json", StatisticsReport.class)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("signing key");
    }
  }

  @Test
  void theBuilderRefusesAKeyOfAnotherLibrary() {
    assertThatThrownBy(() -> LibnetClient.builder().baseUrl(hub.baseUrl()).libraryIsil("VN-HCM-TVKHTH")
        .signingKey(StubHub.KEY_ID, hub.library.getPrivate()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a key of VN-HCM-TVKHTH");
    assertThatThrownBy(() -> LibnetClient.builder().signingKey("k1", hub.library.getPrivate()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<ISIL>#<key-name>");
  }
}
