package vn.libnet.client.oai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Responses recorded from real repositories (see real/README.txt for each file's origin and licence). */
class OaiRealResponsesTest extends OaiStubTest {

  private static byte[] real(String name) throws IOException {
    try (InputStream in = OaiRealResponsesTest.class.getResourceAsStream("real/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void dataverseIdentify() throws IOException {
    repo.answer(OaiStub.request("Identify"), real("dataverse-identify.xml"));
    OaiIdentify id = oai.identify();
    assertThat(id.repositoryName()).isEqualTo("Demo Dataverse Dataverse OAI Archive");
    assertThat(id.baseUrl()).isEqualTo("https://demo.dataverse.org/oai");
    assertThat(id.protocolVersion()).isEqualTo("2.0");
    assertThat(id.earliestDatestamp()).isEqualTo("2022-04-07T15:34:45Z");
    assertThat(id.deletedRecord()).isEqualTo(OaiDeletedRecord.TRANSIENT);
    assertThat(id.granularity()).isEqualTo(OaiGranularity.SECONDS);
    assertThat(id.adminEmails()).containsExactly("support@dataverse.org");
  }

  @Test
  void sickleListRecordsWithADeletionAndAResumptionToken() throws IOException {
    repo.answer(OaiStub.request("ListRecords").withQueryParam("resumptionToken", absent()), real("sickle-ListRecords.xml"));
    // The recorded page's token names the next page; that page is not recorded: the list stops with the stub's 404.
    List<OaiRecord> read = new java.util.ArrayList<>();
    assertThatThrownBy(() -> oai.listRecords("oai_dc", null, null, null).forEach(read::add)).isInstanceOfSatisfying(OaiException.class,
        e -> assertThat(e.messageKey()).isEqualTo("CLIENT_OAI_HTTP_STATUS"));
    assertThat(read).hasSize(2);
    assertThat(read.get(0).deleted()).isTrue();
    assertThat(read.get(0).header().identifier()).isEqualTo("oai:test.example.com:1585310");
    assertThat(read.get(1).bibRecord().orElseThrow().mainTitle().orElseThrow().title()).isEqualTo("Sample Title");
    assertThat(read.get(1).issues()).isEmpty();
  }

  @Test
  void sickleListSets() throws IOException {
    repo.answer(OaiStub.request("ListSets"), real("sickle-ListSets.xml"));
    List<OaiSet> sets = oai.listSets().toList();
    assertThat(sets).hasSizeGreaterThan(10).contains(new OaiSet("bi", "All BI publications (already published)"));
  }
}
