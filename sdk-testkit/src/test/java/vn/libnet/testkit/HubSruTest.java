package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RecordBatch;
import vn.libnet.client.sru.SruClient;
import vn.libnet.client.sru.SruDiagnosticException;
import vn.libnet.core.sru.SruDiagnosticCode;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.marc.io.ReadOptions;

/** The hub's union catalogue over SRU at /sru: what libraries contributed is what a search finds, open and unsigned. */
class HubSruTest {

  @Test
  void whatLibrariesContributedIsWhatAnSruSearchOfTheHubFinds() throws Exception {
    try (LibnetTestHub hub = LibnetTestHub.start(); LibnetClient hanoi = hub.clientFor(HubFixtures.HANOI).build();
         LibnetClient hcm = hub.clientFor(HubFixtures.HCM).build();
         SruClient sru = SruClient.builder().baseUrl(hub.baseUrl() + "sru").sruVersion(SruVersion.V2_0).maximumRecords(25).build()) {
      List<Record> fromHanoi = new ArrayList<>(HubFixtures.records(81, 40, HubFixtures.HANOI));
      fromHanoi.add(SruInteropTest.book("HaN-LS1", "Lịch sử Việt Nam", "Trần Trọng Kim", "9786049876547", null, "2019", HubFixtures.HANOI));
      assertThat(hanoi.contributeRecords(RecordBatch.of(fromHanoi)).outcomes()).allSatisfy(o -> assertThat(o.issues()).isEmpty());
      hcm.contributeRecords(RecordBatch.of(List.of(SruInteropTest.book("HCM-TK", "Truyện Kiều", "Nguyễn Du", null, null, "2015", HubFixtures.HCM))));

      List<String> held = sru.searchRetrieve("libnet.holder = \"" + HubFixtures.HANOI + "\"").records()
          .flatMap(r -> r.marcRecords(ReadOptions.lenient()).stream()).map(m -> m.record().getControlNumber()).collect(Collectors.toList());
      assertThat(held).containsExactlyElementsOf(fromHanoi.stream().map(Record::getControlNumber).toList());
      assertThat(sru.searchRetrieve("dc.title = \"lich su viet nam\" and bath.isbn = 9786049876547").records()
          .flatMap(r -> r.marcRecords(ReadOptions.lenient()).stream()).map(m -> m.record().getControlNumber())).containsExactly("HaN-LS1");
      assertThat(sru.searchRetrieve("dc.creator = \"nguyễn du\"").numberOfRecords()).isEqualTo(1);
      // Old and new tone placement (hoà / hòa), decomposed input (NFD) and capitals find the same record.
      hcm.contributeRecords(RecordBatch.of(List.of(SruInteropTest.book("HCM-HB", "Hòa bình và thủy lợi", "Lê Văn Thiêm", null, null, "2001",
          HubFixtures.HCM))));
      for (String q : List.of("dc.title = \"hoà bình\"", "dc.title = \"hòa bình\"", "dc.title = \"HOÀ BÌNH\"", "dc.title = \"thuỷ lợi\"",
          "dc.title = \"" + java.text.Normalizer.normalize("hòa bình", java.text.Normalizer.Form.NFD) + "\"")) {
        assertThat(sru.searchRetrieve(q).records().flatMap(r -> r.marcRecords(ReadOptions.lenient()).stream())
            .map(m -> m.record().getControlNumber())).as(q).containsExactly("HCM-HB");
      }
      assertThat(sru.explain().title()).isEqualTo("LibNet union catalogue (reference hub)");
      assertThatThrownBy(() -> sru.searchRetrieve("dc.colour = red").numberOfRecords())
          .isInstanceOfSatisfying(SruDiagnosticException.class, e -> assertThat(e.diagnostic().code()).isEqualTo(SruDiagnosticCode.UNSUPPORTED_INDEX));

      // Open and unsigned as SRU has it: a plain GET, no signature asked, none given.
      HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(hub.baseUrl() + "sru?operation=explain&version=1.2"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(plain.statusCode()).isEqualTo(200);
      assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).isEqualToIgnoringCase("text/xml;charset=UTF-8");
      assertThat(plain.headers().firstValue("Signature")).isEmpty();
      assertThat(plain.body()).contains("<zs:version>1.2</zs:version>", "https://libnet.vn/ns/cql-context-set/1.0");
    }
  }
}
