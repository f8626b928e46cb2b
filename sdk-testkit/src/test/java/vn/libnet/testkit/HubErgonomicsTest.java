package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.core.model.Library;

/** What a test of a vendor's own code gets from the hub, as from MockWebServer or WireMock. */
class HubErgonomicsTest {

  @Test
  void takeRequestShowsWhatTheClientSentInOrderWithTheVerifiedSignerAndTheAnswer() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient c = hub.clientFor("VN-HaNoi-TVHN").build()) {
      c.contributeRecords(RecordBatch.of(HubFixtures.records(7, 2, "VN-HaNoi-TVHN")));
      RecordedRequest r = hub.takeRequest(Duration.ofSeconds(2));
      assertThat(r.method()).isEqualTo("POST");
      assertThat(r.path()).isEqualTo("/v1/catalog/records");
      assertThat(r.signerKeyId()).hasValueSatisfying(k -> assertThat(k).startsWith("VN-HaNoi-TVHN#test-"));
      assertThat(r.header("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/marcxml+xml"));
      assertThat(r.header("Idempotency-Key")).isPresent();
      assertThat(r.bodyText()).contains("<record");
      assertThat(r.status()).isEqualTo(200);
      assertThat(hub.recordedRequests()).isEmpty();
      assertThatThrownBy(() -> hub.takeRequest(Duration.ofMillis(100))).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aRefusedRequestIsRecordedWithItsStatusAndNoSigner() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start()) {
      java.net.http.HttpResponse<String> res = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(hub.baseUrl() + "v1/catalog/records"))
              .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(res.statusCode()).isEqualTo(401);
      RecordedRequest r = hub.takeRequest(Duration.ofSeconds(2));
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.signerKeyId()).isEmpty();
      assertThat(r.toString()).contains("POST /v1/catalog/records -> 401");
    }
  }

  @Test
  void librariesAndRecordsAreSeededWithoutHttpAndReadBackThroughTheApi() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient c = hub.clientFor("VN-HCM-TVKHTH").build()) {
      Library hanoi = HubFixtures.library("VN-HaNoi-TVHN", "Thư viện Hà Nội", "01");
      assertThat(hub.seedLibrary(hanoi).etag()).isEqualTo("\"v1\"");
      ContributionResult seeded = hub.seedRecords("VN-HaNoi-TVHN", HubFixtures.records(8, 3, "VN-HaNoi-TVHN"));
      assertThat(seeded.outcomes()).hasSize(3).allSatisfy(o -> assertThat(o.status()).isNotEqualTo(OutcomeStatus.REJECTED));
      assertThat(hub.requestCount()).isZero();
      assertThat(c.getLibrary("VN-HaNoi-TVHN").value().name()).isEqualTo(hanoi.name());
      assertThat(c.getRecord(seeded.outcomes().get(0).recordId())).isNotNull();
      assertThatThrownBy(() -> hub.seedLibrary(HubFixtures.library("VN-HaNoi-TVHN", "Thư viện Hà Nội", "99")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("VALIDATION_FAILED");
    }
  }

  @Test
  void resetForgetsTheDataButKeepsTheKeysSoEarlierClientsStillWork(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient c = hub.clientFor("VN-HaNoi-TVHN").build()) {
      String id = c.contributeRecords(RecordBatch.of(HubFixtures.records(10, 1, "VN-HaNoi-TVHN"))).outcomes().get(0).recordId();
      hub.seedLibrary(HubFixtures.library("VN-HaNoi-TVHN", "Thư viện Hà Nội", "01"));
      hub.faults(HubFaults.unavailable(Duration.ofSeconds(1)).always());
      hub.reset();
      assertThat(hub.recordedRequests()).isEmpty();
      assertThat(c.searchCatalog("holder = VN-HaNoi-TVHN").count()).as("no faults, no records").isZero();
      assertThatThrownBy(() -> c.getRecord(id)).isInstanceOf(vn.libnet.client.LibnetProblemException.class);
      assertThatThrownBy(() -> c.getLibrary("VN-HaNoi-TVHN")).isInstanceOf(vn.libnet.client.LibnetProblemException.class);
      ContributionResult again = c.contributeRecords(RecordBatch.of(HubFixtures.records(10, 1, "VN-HaNoi-TVHN")));
      assertThat(again.outcomes().get(0).status()).isEqualTo(OutcomeStatus.ACCEPTED);
      assertThat(again.outcomes().get(0).recordId()).as("numbering starts again").isEqualTo(id);
    }
    try (LibnetTestHub onDisk = LibnetTestHub.builder().dataDirectory(dir).start()) {
      assertThatThrownBy(onDisk::reset).isInstanceOf(IllegalStateException.class).hasMessageContaining("data folder");
    }
  }

  @Nested
  @LibnetHub(isil = "VN-HCM-TVKHTH")
  class WithTheAnnotation {
    @Test
    void eachTestGetsACleanHubAndAClientForTheAnnotatedLibrary(LibnetTestHub hub, LibnetClient client) {
      assertThat(hub.recordedRequests()).isEmpty();
      ContributionResult r = client.contributeRecords(RecordBatch.of(HubFixtures.records(9, 1, "VN-HCM-TVKHTH")));
      assertThat(r.outcomes()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(OutcomeStatus.ACCEPTED));
      assertThat(hub.takeRequest(Duration.ofSeconds(2)).signerKeyId()).hasValueSatisfying(k -> assertThat(k).startsWith("VN-HCM-TVKHTH#"));
    }

    @Test
    void anotherTestSeesNothingOfTheFirst(LibnetTestHub hub, LibnetClient client) {
      assertThat(hub.requestCount()).isZero();
      assertThat(client.changesSince(null).count()).isZero();
    }

    @Test
    @LibnetHub(isil = "VN-Hue-TVTTH")
    void aMethodsAnnotationWins(LibnetTestHub hub, LibnetClient client) {
      client.submitStatistics(new vn.libnet.core.model.StatisticsReport("VN-Hue-TVTTH", 2025, java.util.Map.of()));
      assertThat(hub.takeRequest(Duration.ofSeconds(2)).signerKeyId()).hasValueSatisfying(k -> assertThat(k).startsWith("VN-Hue-TVTTH#"));
    }
  }
}
