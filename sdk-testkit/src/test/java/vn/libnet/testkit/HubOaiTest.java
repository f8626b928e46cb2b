package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.client.oai.OaiRecord;
import vn.libnet.client.oai.OaiSet;
import vn.libnet.marc.io.ReadOptions;

/** The hub's union catalogue over OAI-PMH at /oai, harvested with the SDK's harvester: what went in comes out. */
class HubOaiTest {

  @Test
  void theUnionCatalogueIsHarvestedWholeWithSetsPerLibraryAndProvince() {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HubFixtures.HANOI).build();
         LibnetClient hcm = hub.clientFor(HubFixtures.HCM).build();
         OaiHarvester oai = OaiHarvester.builder().baseUrl(hub.baseUrl() + "oai").build()) {
      hub.seedLibrary(HubFixtures.library(HubFixtures.HANOI, "Thư viện Hà Nội", "01"));
      List<Record> fromHanoi = HubFixtures.records(61, 150, HubFixtures.HANOI);
      List<Record> fromHcm = HubFixtures.records(62, 30, HubFixtures.HCM);
      hanoi.contributeRecords(RecordBatch.of(fromHanoi));
      hcm.contributeRecords(RecordBatch.of(fromHcm));

      List<OaiRecord> all = oai.listRecords("marc21", null, null, null).collect(Collectors.toList());
      assertThat(all).hasSize(180);
      Map<String, String> harvested = all.stream().flatMap(r -> r.marcRecords(ReadOptions.lenient()).stream())
          .collect(Collectors.toMap(m -> m.record().getControlNumber(), m -> m.record().toString()));
      for (Record sent : fromHanoi) {
        assertThat(harvested.get(sent.getControlNumber())).as(sent.getControlNumber()).isEqualTo(sent.toString());
      }
      assertThat(oai.listSets().map(OaiSet::spec).collect(Collectors.toList()))
          .containsExactlyInAnyOrder("isil:" + HubFixtures.HANOI, "isil:" + HubFixtures.HCM, "province:01");
      assertThat(oai.listIdentifiers("oai_dc", null, null, "province:01").count()).isEqualTo(150);
      assertThat(oai.listIdentifiers("oai_dc", null, null, "isil:" + HubFixtures.HCM).count()).isEqualTo(30);
      assertThat(hub.takeRequest(java.time.Duration.ofSeconds(1))).isNotNull();
    }
  }
}
