package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.client.sru.SruClient;
import vn.libnet.client.sru.SruDiagnosticException;
import vn.libnet.client.sru.SruExplain;
import vn.libnet.client.sru.SruRecord;
import vn.libnet.client.sru.SruRecordPacking;
import vn.libnet.client.sru.SruResult;
import vn.libnet.client.sru.SruTerm;
import vn.libnet.core.sru.SruDiagnosticCode;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.marc.io.ReadOptions;

/**
 * The SDK's SRU client against the SDK's SRU responder (sdk-server, served by {@link SruTestServer}) in
 * each version: every record across pages in order, the same in either packing, Dublin Core, explain,
 * scan, and diagnostics as typed exceptions.
 */
class SruInteropTest {
  static Record book(String id, String title, String author, String isbn, String issn, String year, String holder) {
    MarcFactory f = MarcFactory.newInstance();
    Record r = f.newRecord("00000nam a2200000 a 4500");
    r.addVariableField(f.newControlField("001", id));
    r.addVariableField(f.newControlField("008", "260101s" + year + "    vm            000 0 vie d"));
    if (isbn != null) {
      r.addVariableField(f.newDataField("020", ' ', ' ', "a", isbn));
    }
    if (issn != null) {
      r.addVariableField(f.newDataField("022", ' ', ' ', "a", issn));
    }
    r.addVariableField(f.newDataField("040", ' ', ' ', "a", holder));
    r.addVariableField(f.newDataField("082", '0', '4', "a", "959.7"));
    r.addVariableField(f.newDataField("100", '1', ' ', "a", author));
    r.addVariableField(f.newDataField("245", '1', '0', "a", title));
    r.addVariableField(f.newDataField("264", ' ', '1', "c", year));
    r.addVariableField(f.newDataField("300", ' ', ' ', "a", "320 tr."));
    r.addVariableField(f.newDataField("650", ' ', '7', "a", "Văn hoá"));
    r.addVariableField(f.newDataField("852", ' ', ' ', "a", holder));
    return r;
  }

  static List<Record> catalogue() {
    List<Record> records = new ArrayList<>(HubFixtures.records(71, 23, HubFixtures.HANOI));
    records.add(book("HN-LS1", "Lịch sử Việt Nam", "Trần Trọng Kim", "9786049876547", null, "2019", HubFixtures.HANOI));
    records.add(book("HCM-TK", "Truyện Kiều", "Nguyễn Du", null, null, "2015", HubFixtures.HCM));
    records.add(book("HCM-TC", "Tạp chí Thư viện Việt Nam", "Thư viện Quốc gia", null, "1859-1450", "2024", HubFixtures.HCM));
    return records;
  }

  private static SruClient client(SruTestServer sru, SruVersion v, int max) {
    return SruClient.builder().baseUrl(sru.baseUrl()).sruVersion(v).maximumRecords(max).build();
  }

  private static List<String> ids(SruResult r) {
    return r.records().flatMap(x -> x.marcRecords(ReadOptions.lenient()).stream()).map(m -> m.record().getControlNumber())
        .collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(value = SruVersion.class, names = {"V1_1", "V1_2", "V2_0"})
  void everyRecordComesAcrossPagesInOrderInEitherPacking(SruVersion v) {
    List<Record> records = catalogue();
    try (SruTestServer sru = SruTestServer.builder().maximumRecords(5).start(SruTestServer.catalogue(records));
         SruClient client = client(sru, v, 4)) {
      SruResult all = client.searchRetrieve("libnet.holder = \"" + HubFixtures.HANOI + "\"");
      assertThat(all.numberOfRecords()).isEqualTo(24);
      List<String> expected = records.stream().filter(r -> !r.getControlNumber().startsWith("HCM-")).map(Record::getControlNumber).toList();
      assertThat(ids(all)).containsExactlyElementsOf(expected);
      try (SruClient strings = SruClient.builder().baseUrl(sru.baseUrl()).sruVersion(v).maximumRecords(9)
          .recordPacking(SruRecordPacking.STRING).build()) {
        // Asked 9 a page, answered 5 (the server's maximum): the client follows nextRecordPosition.
        assertThat(ids(strings.searchRetrieve("libnet.holder = \"" + HubFixtures.HANOI + "\""))).containsExactlyElementsOf(expected);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(value = SruVersion.class, names = {"V1_2", "V2_0"})
  void vietnameseTermsMatchFoldedAndEachIndexOfTheContextSetAnswers(SruVersion v) {
    try (SruTestServer sru = SruTestServer.builder().start(SruTestServer.catalogue(catalogue())); SruClient client = client(sru, v, 10)) {
      assertThat(ids(client.searchRetrieve("dc.title = \"lich su viet nam\""))).containsExactly("HN-LS1");
      assertThat(ids(client.searchRetrieve("dc.title = \"lịch sử\" and dc.creator = \"Trần Trọng Kim\""))).containsExactly("HN-LS1");
      assertThat(ids(client.searchRetrieve("dc.creator = \"nguyen du\""))).containsExactly("HCM-TK");
      assertThat(ids(client.searchRetrieve("bath.isbn = 9786049876547"))).containsExactly("HN-LS1");
      assertThat(ids(client.searchRetrieve("bath.issn = 1859-1450"))).containsExactly("HCM-TC");
      assertThat(ids(client.searchRetrieve("libnet.year = 2015 and dc.title = truyện*"))).containsExactly("HCM-TK");
      assertThat(ids(client.searchRetrieve("libnet.holder = \"" + HubFixtures.HCM + "\" not dc.title = kiều"))).containsExactly("HCM-TC");
      assertThat(ids(client.searchRetrieve("> x = \"info:srw/cql-context-set/1/dc-v1.1\" x.title = \"tạp chí\""))).containsExactly("HCM-TC");
    }
  }

  @Test
  void dublinCoreRecordsReadIntoBibRecords() {
    try (SruTestServer sru = SruTestServer.builder().start(SruTestServer.catalogue(catalogue()));
         SruClient client = SruClient.builder().baseUrl(sru.baseUrl()).sruVersion(SruVersion.V2_0).recordSchema("dc").build()) {
      List<SruRecord> got = client.searchRetrieve("dc.title = kiều").records().toList();
      assertThat(got).hasSize(1);
      assertThat(got.get(0).bibRecord()).hasValueSatisfying(b -> assertThat(b.titles().get(0).title()).startsWith("Truyện Kiều"));
    }
  }

  @ParameterizedTest
  @EnumSource(value = SruVersion.class, names = {"V1_2", "V2_0"})
  void explainAndScanDescribeAndWalkTheCatalogue(SruVersion v) {
    try (SruTestServer sru = SruTestServer.builder().maximumRecords(50).defaultRecords(20).start(SruTestServer.catalogue(catalogue()));
         SruClient client = client(sru, v, 10)) {
      SruExplain explain = client.explain();
      assertThat(explain.indexes().stream().flatMap(i -> i.names().stream())).contains("dc.title", "dc.creator", "bath.isbn", "bath.issn", "libnet.holder");
      assertThat(explain.maximumRecords()).hasValue(50);
      assertThat(explain.defaultNumberOfRecords()).hasValue(20);
      assertThat(explain.port()).isEqualTo(String.valueOf(sru.port()));
      List<SruTerm> terms = client.scan("dc.title", "lich", 3);
      assertThat(terms).hasSize(3);
      assertThat(terms.get(0).value()).isEqualTo("lich");
      // A term's count is what a search for it finds.
      assertThat(terms.get(0).numberOfRecords()).isPositive().isEqualTo(client.searchRetrieve("dc.title = lich").numberOfRecords());
      assertThat(terms.get(1).value().compareTo("lich")).isPositive();
    }
  }

  @ParameterizedTest
  @EnumSource(value = SruVersion.class, names = {"V1_2", "V2_0"})
  void whatTheCatalogueCannotAnswerIsATypedDiagnostic(SruVersion v) {
    try (SruTestServer sru = SruTestServer.builder().start(SruTestServer.catalogue(catalogue())); SruClient client = client(sru, v, 10)) {
      assertDiagnostic(client, "dc.colour = red", SruDiagnosticCode.UNSUPPORTED_INDEX, "dc.colour");
      assertDiagnostic(client, "foo.title = hoa", SruDiagnosticCode.UNSUPPORTED_CONTEXT_SET, "foo");
      assertDiagnostic(client, "dc.title within hoa", SruDiagnosticCode.UNSUPPORTED_RELATION, "within");
      assertDiagnostic(client, "dc.title =/stem hoa", SruDiagnosticCode.UNSUPPORTED_RELATION_MODIFIER, "stem");
      assertDiagnostic(client, "hoa prox/distance=1 sen", SruDiagnosticCode.PROXIMITY_NOT_SUPPORTED, "prox");
      assertDiagnostic(client, "hoa sortBy dc.title", SruDiagnosticCode.SORT_NOT_SUPPORTED, "sortBy");
      assertDiagnostic(client, "dc.title = h?a", SruDiagnosticCode.MASKING_NOT_SUPPORTED, "h?a");
      assertDiagnostic(client, "dc.title = \"\"", SruDiagnosticCode.EMPTY_TERM_UNSUPPORTED, "");
      assertDiagnostic(client, "((((((((((((((((((((((((((((((((((hoa))))))))))))))))))))))))))))))))))",
          SruDiagnosticCode.UNSUPPORTED_PARENTHESES, null);
    }
  }

  private static void assertDiagnostic(SruClient client, String query, SruDiagnosticCode code, String details) {
    assertThatThrownBy(() -> client.searchRetrieve(query).records().count()).as(query).isInstanceOfSatisfying(SruDiagnosticException.class, e -> {
      assertThat(e.diagnostic().code()).as(query).isEqualTo(code);
      if (details != null) {
        assertThat(e.diagnostic().details()).as(query).isEqualTo(details);
      }
    });
  }
}
