package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import java.math.BigDecimal;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.ContributeOptions;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.client.RecordBatch;
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
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsIndicator;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.marc.io.MarcFormat;

/** The hub through the real client: every operation, and every refusal. */
class LibnetTestHubTest {
  private LibnetTestHub hub;
  private LibnetClient hanoi;
  private LibnetClient hcm;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.start();
    hanoi = hub.clientFor(HANOI).build();
    hcm = hub.clientFor(HCM).build();
  }

  @AfterEach
  void stop() {
    hanoi.close();
    hcm.close();
    hub.close();
  }

  private static ProblemCode refusedWith(Runnable call) {
    try {
      call.run();
    } catch (LibnetProblemException e) {
      return e.problemCode();
    }
    throw new AssertionError("the hub accepted it");
  }

  // ------------------------------------------------------------------ libraries and keys

  @Test
  void librariesAreCreatedReadListedAndUpdatedWithEtags() throws Exception {
    Library lib = HubFixtures.library(HANOI, "Thư viện Hà Nội", "01");
    Versioned<Library> created = hanoi.saveLibrary(lib, null);
    assertThat(created.etag()).isEqualTo("\"v1\"");
    assertThat(refusedWith(() -> hanoi.saveLibrary(lib, null))).isEqualTo(ProblemCode.PRECONDITION_REQUIRED);
    Library renamed = HubFixtures.library(HANOI, "Thư viện Thành phố Hà Nội", "01");
    Versioned<Library> updated = hanoi.saveLibrary(renamed, created.etag());
    assertThat(updated.etag()).isEqualTo("\"v2\"");
    assertThat(refusedWith(() -> hanoi.saveLibrary(lib, created.etag()))).as("a lost update").isEqualTo(ProblemCode.CONFLICT);
    assertThat(hanoi.getLibrary(HANOI)).isEqualTo(new Versioned<>(renamed, "\"v2\""));

    hcm.saveLibrary(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh", "79"), null);
    assertThat(hanoi.listLibraries(LibraryFilter.ANY).map(Library::isil)).containsExactly(HCM, HANOI);
    assertThat(hanoi.listLibraries(LibraryFilter.ANY.inProvince("79")).map(Library::isil)).containsExactly(HCM);
    assertThat(hanoi.listLibraries(LibraryFilter.ANY.matching("ha noi")).map(Library::isil)).containsExactly(HANOI);
    assertThat(hanoi.listLibraries(LibraryFilter.ANY.ofType(lib.type())).count()).isEqualTo(2);
    assertThat(refusedWith(() -> hanoi.getLibrary("VN-Hue-TVTTH"))).isEqualTo(ProblemCode.NOT_FOUND);
  }

  @Test
  void aLibraryIsWrittenOnlyByItsOwnKeysAndOnlyValid() throws Exception {
    assertThat(refusedWith(() -> hcm.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null)))
        .isEqualTo(ProblemCode.FORBIDDEN);
    LibnetProblemException e = (LibnetProblemException) org.assertj.core.api.Assertions.catchThrowable(
        () -> hanoi.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "99"), null));
    assertThat(e.problemCode()).isEqualTo(ProblemCode.VALIDATION_FAILED);
    assertThat(e.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.path()).isNotEmpty());
    try (LibnetClient admin = hub.adminClient().build()) {
      assertThat(admin.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null).etag()).isEqualTo("\"v1\"");
    }
  }

  @Test
  void keysAreListedAndRegisteredByTheLibraryOrTheAdministrator() {
    assertThat(hanoi.getHubKeys()).singleElement().satisfies(k -> assertThat(k.key()).isEqualTo(hub.hubKey().key()));
    assertThat(hanoi.listLibraryKeys(HANOI)).extracting(PublicKeyInfo::keyId).allMatch(id -> id.startsWith(HANOI + "#test-"));

    KeyPair k2 = HubFixtures.ed25519();
    PublicKeyInfo info = new PublicKeyInfo(HANOI + "#k2", "ed25519", Keys.toPublicJwk(k2.getPublic()));
    assertThat(hanoi.registerLibraryKey(HANOI, info).keyId()).isEqualTo(HANOI + "#k2");
    assertThat(refusedWith(() -> hanoi.registerLibraryKey(HANOI, info))).isEqualTo(ProblemCode.CONFLICT);
    assertThat(refusedWith(() -> hcm.registerLibraryKey(HANOI, new PublicKeyInfo(HANOI + "#evil", "ed25519",
        Keys.toPublicJwk(HubFixtures.ed25519().getPublic()))))).isEqualTo(ProblemCode.FORBIDDEN);
    try (LibnetClient withK2 = LibnetClient.builder().baseUrl(hub.baseUrl()).signingKey(HANOI + "#k2", k2.getPrivate())
        .hubKeys(vn.libnet.client.HubKeys.pinned(hub.hubKey())).build()) {
      assertThat(withK2.submitStatistics(stats(HANOI, 2025)).year()).isEqualTo(2025);
    }
    try (LibnetClient admin = hub.adminClient().build()) {
      KeyPair k = HubFixtures.ed25519();
      admin.registerLibraryKey("VN-Hue-TVTTH", new PublicKeyInfo("VN-Hue-TVTTH#k1", "ed25519", Keys.toPublicJwk(k.getPublic())));
      assertThat(hanoi.listLibraryKeys("VN-Hue-TVTTH")).extracting(PublicKeyInfo::keyId).containsExactly("VN-Hue-TVTTH#k1");
    }
  }

  // ------------------------------------------------------------------ union catalogue

  @Test
  void recordsAreAcceptedThenTheSameBooksFromAnotherLibraryMergeIntoTheirClusters() {
    List<Record> ours = HubFixtures.records(3, 20, HANOI);
    ContributionResult first = hanoi.contributeRecords(RecordBatch.of(ours));
    assertThat(first.outcomes()).hasSize(20).allSatisfy(o -> assertThat(o.status()).as(o.issues().toString()).isEqualTo(OutcomeStatus.ACCEPTED));

    List<Record> theirs = HubFixtures.records(3, 20, HCM);
    ContributionResult dry = hcm.contributeRecords(RecordBatch.of(theirs, MarcFormat.ISO2709), ContributeOptions.dryRunOnly());
    assertThat(dry.dryRun()).isTrue();
    assertThat(dry.outcomes()).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(OutcomeStatus.MERGED);
      assertThat(o.recordId()).isNull();
    });
    assertThat(hanoi.searchCatalog("holder = " + HCM).count()).as("a dry run stores nothing").isZero();

    ContributionResult second = hcm.contributeRecords(RecordBatch.of(theirs, MarcFormat.MARC_JSON));
    for (int i = 0; i < 20; i++) {
      RecordOutcome o = second.outcomes().get(i);
      assertThat(o.status()).isEqualTo(OutcomeStatus.MERGED);
      assertThat(o.clusterId()).isEqualTo(first.outcomes().get(i).clusterId()).isEqualTo(dry.outcomes().get(i).clusterId());
    }
    CatalogRecord rec = hanoi.getRecord(second.outcomes().get(0).recordId());
    assertThat(rec.contributorIsil()).isEqualTo(HCM);
    assertThat(rec.marc().path("fields").isArray()).isTrue();
    assertThat(rec.holdings()).extracting(Holding::ownerIsil).containsExactlyInAnyOrder(HANOI, HCM);
    assertThat(refusedWith(() -> hanoi.getRecord("r999"))).isEqualTo(ProblemCode.NOT_FOUND);
  }

  @Test
  void aBadRecordIsRejectedWithItsIssuesAndTheOthersAreStored() {
    List<Record> batch = HubFixtures.records(4, 3, HANOI);
    batch.get(1).removeVariableField(batch.get(1).getVariableField("245"));
    List<Record> foreign = HubFixtures.records(5, 1, HCM);
    batch.add(foreign.get(0));
    ContributionResult r = hanoi.contributeRecords(RecordBatch.of(batch));
    assertThat(r.outcomes()).extracting(RecordOutcome::status)
        .containsExactly(OutcomeStatus.ACCEPTED, OutcomeStatus.REJECTED, OutcomeStatus.ACCEPTED, OutcomeStatus.REJECTED);
    assertThat(r.outcomes().get(1).issues()).extracting(i -> i.code()).contains("MARC_245_MISSING");
    assertThat(r.outcomes().get(3).issues()).extracting(i -> i.code()).contains("UC_HOLDING_ISIL");
    assertThat(hanoi.searchCatalog("holder = " + HANOI).count()).isEqualTo(2);
  }

  @Test
  void recordsInAnotherMediaTypeAreRefused() throws Exception {
    HttpMessage r = HubFixtures.send(HubFixtures.signedWrite(hub, "POST", "/v1/catalog/records", "text/plain",
        "=LDR  00000nam a2200000 a 4500", HANOI + "#raw", trustedRaw()));
    assertThat(r.status()).isEqualTo(415);
    assertThat(problemOf(r).code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
  }

  @Test
  void holdingsAreSetAndUnsetByTheirOwnerWithEtags() {
    hanoi.contributeRecords(RecordBatch.of(HubFixtures.records(6, 1, HANOI)));
    String recordId = hanoi.searchCatalog("holder = " + HANOI).findFirst().orElseThrow().id();
    Holding h = new Holding(HANOI, "H-1", recordId, "959.7 N573", "Kho mượn", List.of(), null);
    Versioned<Holding> v1 = hanoi.setHolding(h, null);
    Versioned<Holding> v2 = hanoi.setHolding(h, v1.etag());
    assertThat(v2.etag()).isNotEqualTo(v1.etag());
    assertThat(refusedWith(() -> hanoi.setHolding(h, v1.etag()))).isEqualTo(ProblemCode.CONFLICT);
    assertThat(refusedWith(() -> hcm.setHolding(h, null))).isEqualTo(ProblemCode.FORBIDDEN);
    assertThat(hanoi.getRecord(recordId).holdings()).extracting(Holding::localId).contains("H-1");
    assertThat(hanoi.unsetHolding(HANOI, "H-1")).isTrue();
    assertThat(hanoi.unsetHolding(HANOI, "H-1")).isFalse();
    assertThat(refusedWith(() -> hcm.unsetHolding(HANOI, "H-1"))).isEqualTo(ProblemCode.FORBIDDEN);
    assertThat(hanoi.getRecord(recordId).holdings()).extracting(Holding::localId).doesNotContain("H-1");
  }

  @Test
  void theCatalogueIsSearchedWithCql() {
    List<Record> recs = HubFixtures.records(7, 10, HANOI);
    hanoi.contributeRecords(RecordBatch.of(recs));
    String title = recs.get(0).getVariableField("245").toString();
    String word = vn.libnet.core.text.VietnameseText.fold(((org.marc4j.marc.DataField) recs.get(0).getVariableField("245"))
        .getSubfield('a').getData()).split(" ")[0];
    List<CatalogRecord> hits = hanoi.searchCatalog("title any \"" + word + "\"").collect(Collectors.toList());
    assertThat(hits).as(title).isNotEmpty();
    assertThat(hits).allSatisfy(r -> assertThat(vn.libnet.core.text.VietnameseText.fold(r.title())).contains(word));
    assertThat(hanoi.searchCatalog("title any \"" + word + "\" not holder = " + HANOI).count()).isZero();
    assertThat(hanoi.searchCatalog("(holder = " + HANOI + ") and year = 1800").count()).isZero();
    assertThat(refusedWith(() -> hanoi.searchCatalog("title any").count())).isEqualTo(ProblemCode.BAD_REQUEST);
    assertThat(refusedWith(() -> hanoi.searchCatalog("colour = red").count())).isEqualTo(ProblemCode.BAD_REQUEST);
    // Full CQL 1.2 is read (sdk-core's parser): a context-set prefix, a prefix assignment, a right-truncated term.
    String stem = word.length() > 3 ? word.substring(0, word.length() - 2) : word;
    assertThat(hanoi.searchCatalog("> dc = \"info:srw/cql-context-set/1/dc-v1.1\" dc.title = " + stem + "*").map(CatalogRecord::id)
        .collect(Collectors.toSet())).containsAll(hits.stream().map(CatalogRecord::id).toList());
    assertThat(hanoi.searchCatalog("cql.serverChoice all \"" + word + "\"").count()).isGreaterThanOrEqualTo(hits.size());
    // What the hub cannot do is refused, never quietly ignored.
    for (String q : List.of("title = a prox title = b", "title = a sortBy year", "title = a?b", "title within \"1 2\"")) {
      assertThat(refusedWith(() -> hanoi.searchCatalog(q).count())).as(q).isEqualTo(ProblemCode.BAD_REQUEST);
    }
  }

  @Test
  void theChangesFeedListsEveryChangeInOrderWithACursorToPollAgain() throws Exception {
    hanoi.contributeRecords(RecordBatch.of(HubFixtures.records(8, 3, HANOI)));
    hcm.contributeRecords(RecordBatch.of(HubFixtures.records(8, 3, HCM)));
    hanoi.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    List<Change> all = hanoi.changesSince(null).collect(Collectors.toList());
    assertThat(all).extracting(Change::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L);
    assertThat(all).extracting(Change::type).contains(ChangeType.RECORD_ADDED, ChangeType.RECORD_MERGED, ChangeType.HOLDING_SET,
        ChangeType.LIBRARY_UPDATED);
    Page<Change> first = hanoi.listChanges(null, 5);
    assertThat(first.items()).hasSize(5);
    Page<Change> end = hanoi.listChanges("s13", 5);
    assertThat(end.items()).isEmpty();
    assertThat(end.next()).isEqualTo("s13");
    hanoi.unsetHolding(HANOI, HubFixtures.records(8, 1, HANOI).get(0).getControlNumber());
    assertThat(hanoi.changesSince("s13")).singleElement().satisfies(c -> assertThat(c.type()).isEqualTo(ChangeType.HOLDING_UNSET));
  }

  // ------------------------------------------------------------------ digitization, surveys, statistics

  private static DigitalObject object(String id, String owner) {
    return new DigitalObject(id, owner, null, "Bản đồ Hà Nội 1873",
        List.of(new DigitalFile("p1.tif", "image/tiff", 1024L, "a".repeat(64))), "CC BY 4.0", AccessLevel.OPEN, LocalDate.of(2026, 1, 5));
  }

  @Test
  void digitalObjectsAreRegisteredReadAndListed() {
    DigitalObject o = object("vn-hanoi-tvhn-bd-1873", HANOI);
    assertThat(hanoi.registerDigitalObject(o)).isEqualTo(o);
    assertThat(refusedWith(() -> hanoi.registerDigitalObject(o))).isEqualTo(ProblemCode.CONFLICT);
    assertThat(refusedWith(() -> hcm.registerDigitalObject(object("x", HANOI)))).isEqualTo(ProblemCode.FORBIDDEN);
    assertThat(hcm.getDigitalObject(o.id())).isEqualTo(o);
    assertThat(hcm.listDigitalObjects(HANOI)).containsExactly(o);
    assertThat(hcm.listDigitalObjects(HCM)).isEmpty();
    assertThat(refusedWith(() -> hcm.getDigitalObject("nope"))).isEqualTo(ProblemCode.NOT_FOUND);
  }

  @Test
  void readinessSurveysAreAnsweredAndScored() {
    var q = hanoi.getQuestionnaire(HubState.SURVEY_ID);
    assertThat(q.questions()).isNotEmpty();
    assertThat(refusedWith(() -> hanoi.submitReadinessResponse(HubFixtures.readiness(HANOI))))
        .as("no registered profile: its groups are unknown").isEqualTo(ProblemCode.VALIDATION_FAILED);
    hanoi.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    hcm.saveLibrary(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh", "79"), null);
    LibraryScore own = hanoi.submitReadinessResponse(HubFixtures.readiness(HANOI));
    assertThat(own.answered()).isTrue();
    assertThat(own.provinceCode()).isEqualTo("01");
    assertThat(own.score()).isNotNull();
    assertThat(refusedWith(() -> hcm.submitReadinessResponse(HubFixtures.readiness(HANOI)))).isEqualTo(ProblemCode.FORBIDDEN);
    assertThat(hanoi.listReadinessScores(q.id(), null)).containsExactly(own);
    assertThat(hanoi.listReadinessScores(q.id(), HCM)).isEmpty();
    try (LibnetClient admin = hub.adminClient().build()) {
      assertThat(admin.submitReadinessResponse(HubFixtures.readiness(HCM)).isil()).isEqualTo(HCM);
    }
    assertThat(hanoi.readinessAggregates(q.id(), "type").stream().filter(a -> a.key().equals("PUBLIC")).findFirst()
        .orElseThrow().answered()).isEqualTo(2);
    assertThat(refusedWith(() -> hanoi.getQuestionnaire("other"))).isEqualTo(ProblemCode.NOT_FOUND);
  }

  private static StatisticsReport stats(String isil, int year) {
    return new StatisticsReport(isil, year, Map.of(StatisticsIndicator.LOANS, BigDecimal.valueOf(1200),
        StatisticsIndicator.VISITS, BigDecimal.valueOf(5000)));
  }

  @Test
  void statisticsAreSubmittedByTheirLibrary() {
    assertThat(hanoi.submitStatistics(stats(HANOI, 2025))).isEqualTo(stats(HANOI, 2025));
    assertThat(refusedWith(() -> hcm.submitStatistics(stats(HANOI, 2025)))).isEqualTo(ProblemCode.FORBIDDEN);
  }

  // ------------------------------------------------------------------ refusals of the protocol

  private Problem problemOf(HttpMessage r) throws Exception {
    // The refusal is itself signed by the hub, as every answer, and verifies against its key.
    LibnetSignatures.responseVerifier(vn.libnet.core.signature.KeyResolver.of(hub.hubKey()), java.time.Clock.systemUTC()).verify(r);
    return LibnetJson.mapper().readValue(r.body(), Problem.class);
  }

  @Test
  void anUnsignedWriteIsRefused() throws Exception {
    HttpMessage signed = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI + "/statistics/2025",
        LibnetJson.mapper().writeValueAsString(stats(HANOI, 2025)), HANOI + "#raw", trustedRaw());
    HttpMessage r = HubFixtures.send(signed.withoutHeader("Signature").withoutHeader("Signature-Input"));
    assertThat(r.status()).isEqualTo(401);
    Problem p = problemOf(r);
    assertThat(p.code()).isEqualTo("SIGNATURE_INVALID");
    assertThat(p.detail()).contains("SIG_SIGNATURE_MISSING");
  }

  private KeyPair trustedRaw() {
    KeyPair k = HubFixtures.ed25519();
    hub.trust(new VerificationKey(HANOI + "#raw", SignatureAlgorithm.ED25519, k.getPublic()));
    return k;
  }

  @Test
  void aReplayedRequestIsRefused() throws Exception {
    HttpMessage signed = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI + "/statistics/2025",
        LibnetJson.mapper().writeValueAsString(stats(HANOI, 2025)), HANOI + "#raw", trustedRaw());
    assertThat(HubFixtures.send(signed).status()).isEqualTo(200);
    HttpMessage again = HubFixtures.send(signed);
    assertThat(again.status()).isEqualTo(401);
    assertThat(problemOf(again).code()).isEqualTo("REPLAYED");
  }

  @Test
  void aTamperedBodyIsRefusedByItsDigest() throws Exception {
    HttpMessage signed = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI + "/statistics/2025",
        LibnetJson.mapper().writeValueAsString(stats(HANOI, 2025)), HANOI + "#raw", trustedRaw());
    HttpMessage r = HubFixtures.send(signed.withBody(LibnetJson.mapper().writeValueAsBytes(stats(HANOI, 2024))));
    assertThat(r.status()).isEqualTo(401);
    assertThat(problemOf(r).code()).isEqualTo("DIGEST_INVALID");
  }

  @Test
  void aWriteByAnUnknownKeyIsRefused() throws Exception {
    HttpMessage signed = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI + "/statistics/2025",
        LibnetJson.mapper().writeValueAsString(stats(HANOI, 2025)), HANOI + "#stranger", HubFixtures.ed25519());
    HttpMessage r = HubFixtures.send(signed);
    assertThat(r.status()).isEqualTo(401);
    assertThat(problemOf(r).detail()).contains("SIG_UNKNOWN_KEY");
  }

  @Test
  void anIdempotencyKeyGivesTheFirstAnswerAgainAndIsRefusedForAnotherBody() {
    List<Record> recs = HubFixtures.records(9, 5, HANOI);
    ContributeOptions once = ContributeOptions.DEFAULT.withIdempotencyKey("batch-1");
    ContributionResult a = hanoi.contributeRecords(RecordBatch.of(recs), once);
    ContributionResult b = hanoi.contributeRecords(RecordBatch.of(recs), once);
    assertThat(b).isEqualTo(a);
    assertThat(hanoi.searchCatalog("holder = " + HANOI).count()).isEqualTo(5);
    assertThat(hanoi.changesSince(null).filter(c -> c.type() == ChangeType.RECORD_ADDED).count()).isEqualTo(5);
    assertThat(refusedWith(() -> hanoi.contributeRecords(RecordBatch.of(recs.subList(0, 2)), once)))
        .isEqualTo(ProblemCode.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void unknownPathsAndBadJsonAreProblems() throws Exception {
    // An id with a slash is sent as a%2Fb: no id of the API holds one, and the hub refuses the encoded slash.
    assertThat(refusedWith(() -> hanoi.getQuestionnaire("a/b"))).isEqualTo(ProblemCode.BAD_REQUEST);
    assertThat(refusedWith(() -> hanoi.getQuestionnaire("ab"))).isEqualTo(ProblemCode.NOT_FOUND);
    HttpMessage signed = HubFixtures.signedWrite(hub, "PUT", "/v1/libraries/" + HANOI + "/statistics/2025", "{not json",
        HANOI + "#raw", trustedRaw());
    HttpMessage r = HubFixtures.send(signed);
    assertThat(r.status()).isEqualTo(400);
    assertThat(problemOf(r).code()).isEqualTo("BAD_REQUEST");
    assertThatThrownBy(() -> LibnetSignatures.requestVerifier(k -> java.util.Optional.empty(), new vn.libnet.core.signature.NonceCache(1),
        java.time.Clock.systemUTC(), java.util.List.of(java.net.URI.create(hub.baseUrl()))).verify(signed)).isInstanceOf(vn.libnet.core.signature.HttpSignatureException.class);
  }
}
