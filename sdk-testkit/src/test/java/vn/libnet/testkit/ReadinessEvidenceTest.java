package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.RetryPolicy;
import vn.libnet.core.model.AccessLevel;
import vn.libnet.core.model.DigitalFile;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.EndpointKind;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.ServiceEndpoint;
import vn.libnet.core.readiness.ReadinessCatalog;
import vn.libnet.core.readiness.criteria.Criteria;
import vn.libnet.core.readiness.survey.AnswerSheet;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.core.readiness.survey.Provenance;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.readiness.survey.ResolvedAnswer;
import vn.libnet.core.readiness.survey.ResponseProfile;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.testkit.readiness.EvidenceCheck;
import vn.libnet.testkit.readiness.EvidenceOutcome;
import vn.libnet.testkit.readiness.EvidenceReport;
import vn.libnet.testkit.readiness.EvidenceSource;
import vn.libnet.testkit.readiness.ReadinessEvidence;

/**
 * Readiness evidence measured from the test hub and the SDK's own OAI-PMH and SRU responders (the hub's
 * {@code /oai} and {@code /sru}): what is seen fills the answers, and a declared "yes" that the network
 * measures "no" comes out as a contradiction when the response is checked.
 */
class ReadinessEvidenceTest {
  private static final Criteria CRITERIA = ReadinessCatalog.standard().criteria("qd206-2021", 1).orElseThrow();
  private static final Questionnaire QUESTIONNAIRE = ReadinessCatalog.standard().questionnaire(CRITERIA).orElseThrow();
  private static final Locale VI = Locale.forLanguageTag("vi");

  private static Library withEndpoints(String isil, ServiceEndpoint... endpoints) {
    Library l = HubFixtures.library(isil, "Thư viện Hà Nội", "01");
    return new Library(l.isil(), l.name(), l.nameEn(), l.type(), l.address(), l.parentOrganization(), l.establishedYear(), l.website(),
        l.contacts(), List.of(endpoints), List.of(), l.designation());
  }

  private static LibnetClient reader(LibnetTestHub hub) {
    return LibnetClient.builder().baseUrl(hub.baseUrl()).hubKeys(HubKeys.pinned(hub.hubKey())).retryPolicy(RetryPolicy.NONE).build();
  }

  private static EvidenceCheck check(EvidenceReport r, EvidenceSource source) {
    return r.checks().stream().filter(c -> c.source() == source).findFirst().orElseThrow();
  }

  private static Map<String, String> measured(EvidenceReport r) {
    return r.measurements().stream().collect(java.util.stream.Collectors.toMap(Measurement::question, Measurement::value));
  }

  private static String deadUrl() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return "http://127.0.0.1:" + s.getLocalPort() + "/oai";
    }
  }

  private static DigitalObject object(String id) {
    return new DigitalObject(id, HubFixtures.HANOI, null, "Bản đồ Hà Nội 1873",
        List.of(new DigitalFile("p1.tif", "image/tiff", 1024L, "a".repeat(64))), "http://rightsstatements.org/vocab/InC/1.0/",
        AccessLevel.OPEN, LocalDate.of(2026, 1, 5));
  }

  @Test
  void whatTheHubAndTheLibrarysOwnEndpointsShowFillsTheAnswers() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HubFixtures.HANOI).build();
        LibnetClient reader = reader(hub)) {
      hanoi.contributeRecords(RecordBatch.of(HubFixtures.records(71, 12, HubFixtures.HANOI)));
      hanoi.registerDigitalObject(object("vn-hanoi-tvhn-a"));
      hanoi.registerDigitalObject(object("vn-hanoi-tvhn-b"));
      Library library = withEndpoints(HubFixtures.HANOI, new ServiceEndpoint(EndpointKind.OAI_PMH, hub.baseUrl() + "oai"),
          new ServiceEndpoint(EndpointKind.SRU, hub.baseUrl() + "sru"), new ServiceEndpoint(EndpointKind.LIBNET, hub.baseUrl()),
          new ServiceEndpoint(EndpointKind.Z39_50, "z3950://opac.thuvienhanoi.example.vn:210/default"));

      EvidenceReport r = ReadinessEvidence.builder().hub(reader).locale(VI).build().gather(library);

      assertThat(check(r, EvidenceSource.OAI_PMH).outcome()).as(check(r, EvidenceSource.OAI_PMH).detail(Locale.ENGLISH))
          .isEqualTo(EvidenceOutcome.PASSED);
      assertThat(check(r, EvidenceSource.OAI_PMH).conformanceReport()).hasValueSatisfying(c -> assertThat(c.passed()).isTrue());
      assertThat(check(r, EvidenceSource.SRU).outcome()).as(check(r, EvidenceSource.SRU).detail(Locale.ENGLISH)).isEqualTo(EvidenceOutcome.PASSED);
      // Without the library's key the LibNet suite, which signs, is not run; Z39.50 never is.
      assertThat(check(r, EvidenceSource.LIBNET).outcome()).isEqualTo(EvidenceOutcome.NOT_CHECKED);
      assertThat(check(r, EvidenceSource.LIBNET).detail(VI)).contains("khoá");
      assertThat(check(r, EvidenceSource.Z39_50).outcome()).isEqualTo(EvidenceOutcome.NOT_CHECKED);
      assertThat(check(r, EvidenceSource.HUB_CATALOGUE).key()).isEqualTo("EVIDENCE_CATALOGUE_HOLDS");
      assertThat(measured(r)).containsExactlyInAnyOrderEntriesOf(Map.of("has_oai_pmh", "yes", "infra_interop", "yes",
          "digital_objects_registered", "2"));
      assertThat(r.measurements()).allSatisfy(m -> assertThat(m.source()).contains(hub.baseUrl()));

      // Declared: OAI-PMH yes (agrees), 5 digital objects (the hub knows 2).
      ReadinessResponse declared = ReadinessResponse.declared("qd206-2021", HubFixtures.HANOI,
          Map.of("has_oai_pmh", "yes", "digital_objects_registered", "5", "infra_interop", "yes"));
      AnswerSheet sheet = AnswerSheet.of(QUESTIONNAIRE, library, r.applyTo(declared));
      ResolvedAnswer oai = sheet.answer("has_oai_pmh").orElseThrow();
      assertThat(oai.provenance()).isEqualTo(Provenance.BOTH);
      assertThat(oai.agrees()).isTrue();
      ResolvedAnswer objects = sheet.answer("digital_objects_registered").orElseThrow();
      assertThat(objects.provenance()).isEqualTo(Provenance.BOTH);
      assertThat(objects.agrees()).isFalse();
      assertThat(objects.value()).isEqualTo("2");
      assertThat(ResponseProfile.v1().validate(sheet).issues()).filteredOn(i -> i.code().equals("READINESS_EVIDENCE_CONTRADICTS"))
          .extracting(ValidationIssue::path).singleElement().asString().contains("digital_objects_registered");
    }
  }

  @Test
  void declaredYesButMeasuredNoIsAContradiction() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient reader = reader(hub)) {
      // One endpoint that refuses connections, one that answers but is no OAI-PMH repository.
      Library library = withEndpoints(HubFixtures.HANOI, new ServiceEndpoint(EndpointKind.OAI_PMH, deadUrl()),
          new ServiceEndpoint(EndpointKind.OAI_PMH, hub.baseUrl() + "v1/libraries"));

      EvidenceReport r = ReadinessEvidence.builder().hub(reader).timeout(Duration.ofSeconds(10)).locale(Locale.ENGLISH).build().gather(library);

      assertThat(r.checks()).filteredOn(c -> c.source() == EvidenceSource.OAI_PMH).extracting(EvidenceCheck::outcome)
          .containsExactly(EvidenceOutcome.UNREACHABLE, EvidenceOutcome.FAILED);
      // Nothing contributed and no endpoint passes: the hub was read, so "no" is measured for sharing too.
      assertThat(measured(r)).containsEntry("has_oai_pmh", "no").containsEntry("infra_interop", "no").containsEntry("digital_objects_registered", "0");

      ReadinessResponse declared = ReadinessResponse.declared("qd206-2021", HubFixtures.HANOI, Map.of("has_oai_pmh", "yes"));
      AnswerSheet sheet = AnswerSheet.of(QUESTIONNAIRE, library, r.applyTo(declared));
      ResolvedAnswer oai = sheet.answer("has_oai_pmh").orElseThrow();
      assertThat(oai.provenance()).isEqualTo(Provenance.BOTH);
      assertThat(oai.agrees()).isFalse();
      assertThat(oai.declared()).isEqualTo("yes");
      assertThat(oai.measured()).isEqualTo("no");
      assertThat(oai.value()).isEqualTo("no");
      List<ValidationIssue> contradictions = ResponseProfile.v1().validate(sheet).issues().stream()
          .filter(i -> i.code().equals("READINESS_EVIDENCE_CONTRADICTS")).toList();
      assertThat(contradictions).extracting(ValidationIssue::path).anySatisfy(p -> assertThat(p).contains("has_oai_pmh"));
    }
  }

  @Test
  void withoutAHubWhatCouldNotBeSeenIsNotMeasuredAsNo() throws Exception {
    Library library = withEndpoints(HubFixtures.HANOI, new ServiceEndpoint(EndpointKind.SRU, deadUrl().replace("/oai", "/sru")));
    EvidenceReport r = ReadinessEvidence.builder().timeout(Duration.ofSeconds(5)).build().gather(library);
    assertThat(r.checks()).singleElement().satisfies(c -> {
      assertThat(c.outcome()).isEqualTo(EvidenceOutcome.UNREACHABLE);
      assertThat(c.detail(Locale.ENGLISH)).contains("connection refused").doesNotContain("Exception");
    });
    // The library may share through the union catalogue, which was not read: no measurement at all.
    assertThat(r.measurements()).isEmpty();
  }

  @Test
  void anUnreachableHubIsACheckThatSaysSoNotAnException() throws Exception {
    try (LibnetClient dead = LibnetClient.builder().baseUrl(deadUrl().replace("/oai", "/")).hubKeys(HubKeys.fromHub().allowPlainHttp())
        .retryPolicy(RetryPolicy.NONE).build()) {
      EvidenceReport r = ReadinessEvidence.builder().hub(dead).build().gather(withEndpoints(HubFixtures.HANOI));
      assertThat(r.checks()).extracting(EvidenceCheck::source, EvidenceCheck::outcome).containsExactly(
          org.assertj.core.groups.Tuple.tuple(EvidenceSource.HUB_CATALOGUE, EvidenceOutcome.UNREACHABLE),
          org.assertj.core.groups.Tuple.tuple(EvidenceSource.HUB_DIGITAL_OBJECTS, EvidenceOutcome.UNREACHABLE));
      assertThat(r.measurements()).isEmpty();
      assertThat(r.checks()).allSatisfy(c -> assertThat(c.detail(Locale.ENGLISH)).doesNotContain("Exception"));
    }
  }

  @Test
  void withTheLibrarysKeyItsLibnetEndpointRunsTheSignedSuite() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient reader = reader(hub)) {
      KeyPair pair = HubFixtures.ed25519();
      String keyId = HubFixtures.HANOI + "#evidence";
      hub.trust(new VerificationKey(keyId, SignatureAlgorithm.ED25519, pair.getPublic()));
      Library library = withEndpoints(HubFixtures.HANOI, new ServiceEndpoint(EndpointKind.LIBNET, hub.baseUrl()));
      EvidenceReport r = ReadinessEvidence.builder().hub(reader).libraryKey(keyId, pair.getPrivate()).build().gather(library);
      EvidenceCheck libnet = check(r, EvidenceSource.LIBNET);
      assertThat(libnet.outcome()).as(libnet.detail(Locale.ENGLISH)).isEqualTo(EvidenceOutcome.PASSED);
      assertThat(libnet.conformanceReport()).hasValueSatisfying(c -> assertThat(c.keyId()).isEqualTo(keyId));
      // Another library's key is not used against this one's endpoint.
      EvidenceReport other = ReadinessEvidence.builder().libraryKey("VN-HCM-TVKHTH#k", pair.getPrivate()).build().gather(library);
      assertThat(check(other, EvidenceSource.LIBNET).key()).isEqualTo("EVIDENCE_KEY_OF_OTHER");
    }
  }

  @Test
  void evidenceIsAppliedOnlyToTheSameLibrarysResponse() {
    EvidenceReport r = new EvidenceReport(HubFixtures.HANOI, java.time.Instant.now(), List.of(), List.of());
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> r.applyTo(ReadinessResponse.declared("qd206-2021", "VN-HCM-TVKHTH", Map.of())));
  }
}
