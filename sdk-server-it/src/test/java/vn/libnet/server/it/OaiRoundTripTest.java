package vn.libnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.client.oai.OaiRecord;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.server.oai.OaiProvider;
import vn.libnet.server.oai.OaiMemorySource;
import vn.libnet.server.oai.OaiRecordSource;
import vn.libnet.server.oai.OaiRepository;
import vn.libnet.server.oai.OaiServlet;
import vn.libnet.server.oai.OaiSetSpec;

/**
 * The SDK's harvester against the SDK's responder, over HTTP in Jetty: every record that goes in comes out
 * equal, across resumption tokens, in marc21 and oai_dc, deletions as deletions.
 */
class OaiRoundTripTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static List<OaiItem> catalogue(int n) {
    MarcFactory f = MarcFactory.newInstance();
    List<OaiItem> items = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      Record r = f.newRecord("00000nam a2200000 a 4500");
      r.addVariableField(f.newControlField("001", "HN-" + i));
      r.addVariableField(f.newControlField("008", "260101s2026    vm            000 0 vie d"));
      r.addVariableField(f.newDataField("245", '1', '0', "a", "Lịch sử Việt Nam, tập " + i, "c", "Trần Trọng Kim"));
      r.addVariableField(f.newDataField("260", ' ', ' ', "a", "Hà Nội :", "b", "Nxb. Văn học,", "c", "2026."));
      items.add(i % 10 == 0 ? new OaiItem("oai:opac.example.vn:" + i, T0.plusSeconds(i), List.of(), true, null)
          : new OaiItem("oai:opac.example.vn:" + i, T0.plusSeconds(i), List.of("isil:VN-HaNoi-TVHN"), false, r));
    }
    return items;
  }

  @Test
  void everyRecordHarvestedEqualsTheRecordPublished() throws Exception {
    List<OaiItem> items = catalogue(95);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    connector.open();
    String base = "http://127.0.0.1:" + connector.getLocalPort() + "/oai";
    OaiRecordSource source = OaiMemorySource.builder(new OaiRepository("Thư viện Hà Nội", base, List.of("oai@opac.example.vn"), T0, "persistent",
        true)).set(new OaiSetSpec("isil:VN-HaNoi-TVHN", "Thư viện Hà Nội")).addAll(items).build();
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new OaiServlet(OaiProvider.builder(source).pageSize(10).build())), "/oai");
    server.setHandler(context);
    server.start();
    try (OaiHarvester h = OaiHarvester.builder().baseUrl(base).build()) {
      assertThat(h.identify().repositoryName()).isEqualTo("Thư viện Hà Nội");
      List<OaiRecord> out = h.listRecords("marc21", null, null, null).collect(Collectors.toList());
      assertThat(out).hasSize(95);
      assertThat(out.stream().filter(OaiRecord::deleted).count()).isEqualTo(9);
      for (int i = 0; i < items.size(); i++) {
        OaiItem in = items.get(i);
        OaiRecord got = out.get(i);
        assertThat(got.header().identifier()).isEqualTo(in.identifier());
        assertThat(got.deleted()).isEqualTo(in.deleted());
        if (!in.deleted()) {
          List<MarcRead> reads = got.marcRecords(ReadOptions.lenient());
          assertThat(reads).singleElement().satisfies(r -> assertThat(r.record().toString()).isEqualTo(in.record().toString()));
          assertThat(got.issues()).isEmpty();
        }
      }
      List<OaiRecord> dc = h.listRecords("oai_dc", T0.plusSeconds(50), null, "isil:VN-HaNoi-TVHN").collect(Collectors.toList());
      assertThat(dc).hasSize(41);
      assertThat(dc.get(0).bibRecord()).hasValueSatisfying(b -> assertThat(b.titles().get(0).title()).contains("Lịch sử Việt Nam, tập 51"));
    } finally {
      server.stop();
    }
  }
}
