package vn.libnet.client.oai;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.libnet.client.oai.OaiStub.dcRecord;
import static vn.libnet.client.oai.OaiStub.envelope;
import static vn.libnet.client.oai.OaiStub.header;
import static vn.libnet.client.oai.OaiStub.token;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import vn.libnet.client.ClientFailure;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.ReadOptions;

class OaiHarvesterTest extends OaiStubTest {

  private void identify(String granularity) {
    repo.first("Identify", envelope("Identify", "<repositoryName>Thư viện Hà Nội</repositoryName><baseURL>http://repo.example.vn/oai</baseURL>"
        + "<protocolVersion>2.0</protocolVersion><adminEmail>a@example.vn</adminEmail><adminEmail>b@example.vn</adminEmail>"
        + "<earliestDatestamp>2001-01-01</earliestDatestamp><deletedRecord>persistent</deletedRecord>"
        + "<granularity>" + granularity + "</granularity><description><x>ignored</x></description>"));
  }

  @Test
  void identifyReadsEveryElement() {
    identify("YYYY-MM-DD");
    OaiIdentify id = oai.identify();
    assertThat(id).isEqualTo(new OaiIdentify("Thư viện Hà Nội", "http://repo.example.vn/oai", "2.0", "2001-01-01",
        OaiDeletedRecord.PERSISTENT, OaiGranularity.DAY, List.of("a@example.vn", "b@example.vn")));
  }

  @Test
  void listMetadataFormatsAndSets() {
    repo.first("ListMetadataFormats", envelope("ListMetadataFormats",
        "<metadataFormat><metadataPrefix>oai_dc</metadataPrefix><schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</schema>"
            + "<metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</metadataNamespace></metadataFormat>"
            + "<metadataFormat><metadataPrefix>marc21</metadataPrefix><schema>s</schema><metadataNamespace>http://www.loc.gov/MARC21/slim</metadataNamespace></metadataFormat>"));
    repo.first("ListSets", envelope("ListSets", "<set><setSpec>vn:hn</setSpec><setName>Hà Nội</setName></set>" + token("s2")));
    repo.page("ListSets", "s2", envelope("ListSets", "<set><setSpec>vn:hcm</setSpec><setName>TP HCM</setName><setDescription><a/></setDescription></set>"
        + "<resumptionToken completeListSize=\"2\" cursor=\"1\"/>"));
    assertThat(oai.listMetadataFormats()).extracting(OaiMetadataFormat::prefix).containsExactly("oai_dc", "marc21");
    assertThat(oai.listMetadataFormats().get(1).namespace()).isEqualTo("http://www.loc.gov/MARC21/slim");
    assertThat(oai.listSets().toList()).containsExactly(new OaiSet("vn:hn", "Hà Nội"), new OaiSet("vn:hcm", "TP HCM"));
  }

  @Test
  void listRecordsFollowsResumptionTokensAcrossThreePagesOnePageAtATime() {
    repo.first("ListRecords", envelope("ListRecords", dcRecord("oai:r:1", "Một") + dcRecord("oai:r:2", "Hai") + token("p2")));
    repo.page("ListRecords", "p2", envelope("ListRecords", dcRecord("oai:r:3", "Ba") + token("p3")));
    repo.page("ListRecords", "p3", envelope("ListRecords", dcRecord("oai:r:4", "Bốn") + "<resumptionToken completeListSize=\"4\" cursor=\"3\"></resumptionToken>"));

    Stream<OaiRecord> records = oai.listRecords("oai_dc", null, null, null);
    assertThat(repo.server.getAllServeEvents()).as("nothing is asked before the stream is read").isEmpty();
    Iterator<OaiRecord> it = records.iterator();
    assertThat(it.next().header().identifier()).isEqualTo("oai:r:1");
    assertThat(repo.server.getAllServeEvents()).as("the first record comes out before page 2 is asked").hasSize(1);
    List<String> rest = Stream.generate(() -> null).takeWhile(x -> it.hasNext()).map(x -> it.next().header().identifier()).toList();
    assertThat(rest).containsExactly("oai:r:2", "oai:r:3", "oai:r:4");
    assertThat(repo.server.getAllServeEvents()).hasSize(3);
    repo.server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("resumptionToken", equalTo("p3")));
  }

  @Test
  void listIdentifiersGivesHeadersWithSetsAndDeletions() {
    repo.first("ListIdentifiers", envelope("ListIdentifiers", header("oai:r:1", "2026-11-01", false, "a", "b")
        + header("oai:r:2", "2026-11-02", true)));
    assertThat(oai.listIdentifiers("marc21", null, null, "a").toList()).containsExactly(
        new OaiHeader("oai:r:1", "2026-11-01", List.of("a", "b"), false), new OaiHeader("oai:r:2", "2026-11-02", List.of(), true));
    repo.server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("set", equalTo("a"))
        .withQueryParam("metadataPrefix", equalTo("marc21")));
  }

  @Test
  void aRepeatedResumptionTokenIsALoop() {
    repo.first("ListRecords", envelope("ListRecords", dcRecord("oai:r:1", "Một") + token("A")));
    repo.page("ListRecords", "A", envelope("ListRecords", dcRecord("oai:r:2", "Hai") + token("B")));
    repo.page("ListRecords", "B", envelope("ListRecords", dcRecord("oai:r:2", "Hai") + token("A")));
    Iterator<OaiRecord> it = oai.listRecords("oai_dc", null, null, null).iterator();
    assertThat(it.next().header().identifier()).isEqualTo("oai:r:1");
    assertThat(it.next().header().identifier()).isEqualTo("oai:r:2");
    assertThat(it.next().header().identifier()).isEqualTo("oai:r:2");
    assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(OaiLoopException.class, e -> {
      assertThat(e.clientFailure()).isEqualTo(ClientFailure.CLIENT_OAI_LOOP);
      assertThat(e.resumptionToken()).isEqualTo("A");
      assertThat(e.page()).isEqualTo(3);
      assertThat(e.message(Locale.ENGLISH)).contains("loops").contains("A");
      assertThat(e.message(Messages.VIETNAMESE)).contains("bị lặp").contains("A");
    });
  }

  @Test
  void emptyPagesThatNeverEndAreALoop() {
    repo.first("ListIdentifiers", envelope("ListIdentifiers", token("t1")));
    repo.page("ListIdentifiers", "t1", envelope("ListIdentifiers", token("t2")));
    repo.page("ListIdentifiers", "t2", envelope("ListIdentifiers", token("t3")));
    repo.page("ListIdentifiers", "t3", envelope("ListIdentifiers", header("oai:r:1", "2026-11-01", false)));
    OaiHarvester strict = OaiHarvester.builder().baseUrl(repo.baseUrl()).maxEmptyPages(2).build();
    assertThatThrownBy(() -> strict.listIdentifiers("oai_dc", null, null, null).toList())
        .isInstanceOfSatisfying(OaiLoopException.class, e -> {
          assertThat(e.messageKey()).isEqualTo("CLIENT_OAI_EMPTY_PAGES");
          assertThat(e.resumptionToken()).isEqualTo("t3");
        });
    // The default tolerates three empty pages, and the fourth page ends the list.
    assertThat(oai.listIdentifiers("oai_dc", null, null, null).toList()).extracting(OaiHeader::identifier).containsExactly("oai:r:1");
    strict.close();
  }

  @Test
  void noRecordsMatchIsAnEmptyList() {
    repo.first("ListRecords", OaiStub.error("ListRecords", "noRecordsMatch", "Nothing in that range"));
    assertThat(oai.listRecords("oai_dc", null, null, "empty")).isEmpty();
  }

  @Test
  void fromAndUntilFollowTheGranularityOfIdentify() {
    Instant from = Instant.parse("2026-05-01T13:45:10.250Z");
    Instant until = Instant.parse("2026-05-31T23:59:59Z");
    identify("YYYY-MM-DD");
    repo.first("ListIdentifiers", envelope("ListIdentifiers", header("oai:r:1", "2026-05-02", false)));
    assertThat(oai.listIdentifiers("oai_dc", from, until, null)).hasSize(1);
    repo.server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("from", equalTo("2026-05-01"))
        .withQueryParam("until", equalTo("2026-05-31")));

    repo.server.resetAll();
    identify("YYYY-MM-DDThh:mm:ssZ");
    repo.first("ListIdentifiers", envelope("ListIdentifiers", header("oai:r:1", "2026-05-02T00:00:00Z", false)));
    try (OaiHarvester seconds = repo.harvester()) {
      assertThat(seconds.listIdentifiers("oai_dc", from, null, null)).hasSize(1);
    }
    repo.server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("from", equalTo("2026-05-01T13:45:10Z")));
    repo.server.verify(1, getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo("Identify")));
  }

  @Test
  void deletedRecordsComeOutWithoutMetadata() {
    repo.first("ListRecords", envelope("ListRecords", "<record>" + header("oai:r:9", "2026-11-03", true) + "</record>"
        + dcRecord("oai:r:10", "Mười")));
    List<OaiRecord> records = oai.listRecords("oai_dc", null, null, null).toList();
    assertThat(records.get(0).deleted()).isTrue();
    assertThat(records.get(0).metadataXml()).isEmpty();
    assertThat(records.get(0).bibRecord()).isEmpty();
    assertThat(records.get(0).marcRecords(ReadOptions.lenient())).isEmpty();
    assertThat(records.get(1).deleted()).isFalse();
    assertThat(records.get(1).metadataXml()).get().asString().contains("Mười").contains("xmlns:dc=\"http://purl.org/dc/elements/1.1/\"");
  }

  @Test
  void oaiDcBecomesABibRecord() {
    repo.first("GetRecord", envelope("GetRecord", "<record>" + header("oai:r:5", "2026-11-03", false)
        + "<metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>Truyện <i>Kiều</i></dc:title><dc:title>Đoạn trường tân thanh</dc:title><dc:creator>Nguyễn Du</dc:creator>"
        + "<dc:subject>Thơ Việt Nam</dc:subject><dc:date>c1995</dc:date><dc:publisher>NXB Văn học</dc:publisher>"
        + "<dc:identifier>ISBN 9786049691234</dc:identifier><dc:identifier>http://hdl.handle.net/1/5</dc:identifier>"
        + "<dc:language>vie</dc:language></oai_dc:dc></metadata></record>"));
    BibRecord bib = oai.getRecord("oai:r:5", "oai_dc").bibRecord().orElseThrow();
    assertThat(bib.id()).isEqualTo("oai:r:5");
    assertThat(bib.mainTitle()).get().extracting(t -> t.title()).isEqualTo("Truyện Kiều");
    assertThat(bib.titles()).hasSize(2);
    assertThat(bib.contributors()).singleElement().satisfies(c -> assertThat(c.main()).isTrue());
    assertThat(bib.subjects()).extracting(s -> s.term()).containsExactly("Thơ Việt Nam");
    assertThat(bib.publication().year()).isEqualTo(1995);
    assertThat(bib.publication().publisher()).isEqualTo("NXB Văn học");
    assertThat(bib.identifiers(IdentifierType.ISBN)).extracting(i -> i.value()).containsExactly("9786049691234");
    assertThat(bib.identifiers(IdentifierType.OTHER)).hasSize(1);
    assertThat(bib.languages()).containsExactly("vie");
    repo.server.verify(getRequestedFor(urlPathEqualTo("/oai")).withQueryParam("identifier", equalTo("oai:r:5")));
  }

  @Test
  void marc21IsReadBySdkMarc() {
    String marc = "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
        + "<controlfield tag=\"001\">VN-1</controlfield><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">Số đỏ</subfield></datafield></record>";
    repo.first("ListRecords", envelope("ListRecords", "<record>" + header("oai:r:7", "2026-11-03", false) + "<metadata>" + marc + "</metadata></record>"));
    OaiRecord r = oai.listRecords("marc21", null, null, null).findFirst().orElseThrow();
    List<MarcRead> reads = r.marcRecords(ReadOptions.lenient());
    assertThat(reads).singleElement().satisfies(read -> {
      assertThat(read.readable()).isTrue();
      assertThat(read.controlNumber()).isEqualTo("VN-1");
      assertThat(((DataField) read.record().getVariableField("245")).getSubfield('a').getData()).isEqualTo("Số đỏ");
    });
  }
}
