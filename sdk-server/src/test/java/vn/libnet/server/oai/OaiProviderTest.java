package vn.libnet.server.oai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The provider's verbs, arguments, errors and resumption, read back as XML the way a harvester reads it. */
class OaiProviderTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  final List<OaiItem> items = new CopyOnWriteArrayList<>();
  final Instant[] now = {Instant.parse("2026-06-01T00:00:00Z")};
  final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now[0];
    }
  };
  boolean withSets = true;

  final OaiRecordSource source = new OaiRecordSource() {
    @Override
    public OaiRepository repository() {
      return new OaiRepository("Thư viện Hà Nội", "https://opac.example.vn/oai", List.of("oai@opac.example.vn"), T0, "persistent", true);
    }

    @Override
    public List<OaiSetSpec> sets() {
      return withSets ? List.of(new OaiSetSpec("isil:VN-HaNoi-TVHN", "Thư viện Hà Nội")) : List.of();
    }

    @Override
    public Optional<OaiItem> item(String identifier) {
      return items.stream().filter(i -> i.identifier().equals(identifier)).findFirst();
    }

    @Override
    public List<OaiItem> items(Instant from, Instant until, String set, OaiItem.Position after, int limit) {
      return items.stream()
          .filter(i -> from == null || !i.datestamp().isBefore(from))
          .filter(i -> until == null || !i.datestamp().isAfter(until))
          .filter(i -> set == null || i.sets().contains(set))
          .filter(i -> after == null || i.position().compareTo(after) > 0)
          .sorted(Comparator.comparing(OaiItem::position)).limit(limit).toList();
    }
  };

  static Record marc(String id, String title) {
    MarcFactory f = MarcFactory.newInstance();
    Record r = f.newRecord("00000nam a2200000 a 4500");
    r.addVariableField(f.newControlField("001", id));
    r.addVariableField(f.newDataField("245", '1', '0', "a", title));
    return r;
  }

  void add(int n) {
    for (int i = 1; i <= n; i++) {
      items.add(new OaiItem("oai:opac.example.vn:" + i, T0.plus(Duration.ofDays(i)), List.of("isil:VN-HaNoi-TVHN"), false,
          marc("HN-" + i, "Truyện Kiều tập " + i)));
    }
  }

  OaiProvider provider() {
    return OaiProvider.builder(source).pageSize(3).clock(clock).build();
  }

  Document ask(OaiProvider p, String... kv) throws Exception {
    Map<String, List<String>> params = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      params.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    }
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(p.respond(params).getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> texts(Document d, String name) {
    NodeList n = d.getElementsByTagNameNS("*", name);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  static String error(Document d) {
    NodeList n = d.getElementsByTagNameNS(OaiXml.OAI, "error");
    return n.getLength() == 0 ? null : ((Element) n.item(0)).getAttribute("code");
  }

  static Element request(Document d) {
    return (Element) d.getElementsByTagNameNS(OaiXml.OAI, "request").item(0);
  }

  @Test
  void identifySaysWhatAHarvesterNeeds() throws Exception {
    Document d = ask(provider(), "verb", "Identify");
    assertThat(error(d)).isNull();
    assertThat(texts(d, "repositoryName")).containsExactly("Thư viện Hà Nội");
    assertThat(texts(d, "protocolVersion")).containsExactly("2.0");
    assertThat(texts(d, "granularity")).containsExactly("YYYY-MM-DDThh:mm:ssZ");
    assertThat(texts(d, "earliestDatestamp")).containsExactly("2026-01-01T00:00:00Z");
    assertThat(texts(d, "deletedRecord")).containsExactly("persistent");
    assertThat(texts(d, "responseDate")).containsExactly("2026-06-01T00:00:00Z");
    assertThat(request(d).getAttribute("verb")).isEqualTo("Identify");
  }

  @Test
  void badVerbsAndBadArgumentsAreErrorsWhoseRequestElementCarriesNoAttributes() throws Exception {
    OaiProvider p = provider();
    for (String[] q : new String[][] {{}, {"verb", "Frobnicate"}, {"verb", "Identify", "verb", "Identify"}}) {
      Document d = ask(p, q);
      assertThat(error(d)).isEqualTo("badVerb");
      assertThat(request(d).getAttributes().getLength()).isZero();
    }
    for (String[] q : new String[][] {{"verb", "Identify", "from", "2026-01-01"}, {"verb", "ListRecords"},
        {"verb", "GetRecord", "identifier", "x"}, {"verb", "ListRecords", "metadataPrefix", "marc21", "metadataPrefix", "oai_dc"},
        {"verb", "ListRecords", "metadataPrefix", "marc21", "from", "2026-13-01"},
        {"verb", "ListRecords", "metadataPrefix", "marc21", "from", "2026-02-01", "until", "2026-01-01"},
        {"verb", "ListRecords", "metadataPrefix", "marc21", "from", "2026-02-01", "until", "2026-03-01T00:00:00Z"},
        {"verb", "ListRecords", "resumptionToken", "x", "metadataPrefix", "marc21"},
        {"verb", "ListRecords", "metadataPrefix", "marc21", "from", "2026-01-01t00:00:00Z"},
        {"verb", "ListRecords", "metadataPrefix", "marc21", "from", "2026-01-01T23:59:60Z"}}) {
      Document d = ask(p, q);
      assertThat(error(d)).as(String.join(" ", q)).isEqualTo("badArgument");
      // Found while answering (a missing metadataPrefix) as well as before: the arguments are not echoed.
      assertThat(request(d).getAttributes().getLength()).as(String.join(" ", q)).isZero();
    }
  }

  @Test
  void eachRecordsMetadataStandsAsADocumentOfItsOwn() throws Exception {
    // Harvesters cut <metadata>'s content out as text and parse it alone: every prefix it uses is declared in it.
    add(1);
    for (String prefix : List.of("oai_dc", "marc21")) {
      Map<String, List<String>> params = Map.of("verb", List.of("GetRecord"), "identifier", List.of("oai:opac.example.vn:1"), "metadataPrefix",
          List.of(prefix));
      String xml = provider().respond(params);
      String inner = xml.substring(xml.indexOf('>', xml.indexOf("<metadata")) + 1, xml.indexOf("</metadata>"));
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      Document alone = f.newDocumentBuilder().parse(new ByteArrayInputStream(inner.getBytes(StandardCharsets.UTF_8)));
      assertThat(alone.getDocumentElement().getAttributeNS(OaiXml.XSI, "schemaLocation")).as(prefix).isNotEmpty();
    }
  }

  @Test
  void untilNamesAWholeSecondWhenDatestampsAreKeptFiner() throws Exception {
    // A store that keeps milliseconds (the hub does) shows 12:00:05Z; a harvester asking until 12:00:05Z gets it.
    items.add(new OaiItem("oai:opac.example.vn:fine", Instant.parse("2026-04-01T12:00:05.400Z"), List.of(), false, marc("HN-f", "Lục Vân Tiên")));
    Document d = ask(provider(), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2026-04-01T12:00:05Z", "until",
        "2026-04-01T12:00:05Z");
    assertThat(error(d)).isNull();
    assertThat(texts(d, "identifier")).containsExactly("oai:opac.example.vn:fine");
    assertThat(texts(d, "datestamp")).containsExactly("2026-04-01T12:00:05Z");
    assertThat(error(ask(provider(), "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until", "2026-04-01T12:00:04Z")))
        .isEqualTo("noRecordsMatch");
  }

  @Test
  void eachConditionOfTheSpecificationHasItsError() throws Exception {
    add(2);
    items.add(new OaiItem("oai:opac.example.vn:gone", T0, List.of(), true, null));
    OaiProvider p = provider();
    assertThat(error(ask(p, "verb", "ListRecords", "metadataPrefix", "mods"))).isEqualTo("cannotDisseminateFormat");
    assertThat(error(ask(p, "verb", "GetRecord", "identifier", "oai:none", "metadataPrefix", "marc21"))).isEqualTo("idDoesNotExist");
    assertThat(error(ask(p, "verb", "ListMetadataFormats", "identifier", "oai:none"))).isEqualTo("idDoesNotExist");
    assertThat(error(ask(p, "verb", "ListMetadataFormats", "identifier", "oai:opac.example.vn:gone"))).isEqualTo("noMetadataFormats");
    assertThat(error(ask(p, "verb", "ListRecords", "metadataPrefix", "marc21", "from", "2027-01-01"))).isEqualTo("noRecordsMatch");
    assertThat(error(ask(p, "verb", "ListIdentifiers", "resumptionToken", "bm90IGEgdG9rZW4"))).isEqualTo("badResumptionToken");
    assertThat(error(ask(p, "verb", "ListSets", "resumptionToken", "x"))).isEqualTo("badResumptionToken");
    withSets = false;
    assertThat(error(ask(p, "verb", "ListSets"))).isEqualTo("noSetHierarchy");
    assertThat(error(ask(p, "verb", "ListRecords", "metadataPrefix", "marc21", "set", "x"))).isEqualTo("noSetHierarchy");
  }

  @Test
  void getRecordDisseminatesMarc21AndOaiDcAndADeletionIsAHeaderAlone() throws Exception {
    add(1);
    items.add(new OaiItem("oai:opac.example.vn:gone", T0, List.of(), true, null));
    OaiProvider p = provider();
    Document marc = ask(p, "verb", "GetRecord", "identifier", "oai:opac.example.vn:1", "metadataPrefix", "marc21");
    assertThat(marc.getElementsByTagNameNS(OaiXml.MARC, "record").getLength()).isEqualTo(1);
    assertThat(texts(marc, "subfield")).containsExactly("Truyện Kiều tập 1");
    Document dc = ask(p, "verb", "GetRecord", "identifier", "oai:opac.example.vn:1", "metadataPrefix", "oai_dc");
    assertThat(dc.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title").item(0).getTextContent()).contains("Truyện Kiều tập 1");
    Document gone = ask(p, "verb", "GetRecord", "identifier", "oai:opac.example.vn:gone", "metadataPrefix", "marc21");
    assertThat(((Element) gone.getElementsByTagNameNS(OaiXml.OAI, "header").item(0)).getAttribute("status")).isEqualTo("deleted");
    assertThat(gone.getElementsByTagNameNS(OaiXml.OAI, "metadata").getLength()).isZero();
  }

  @Test
  void aListResumedWhileRecordsChangeSkipsNoneAndRepeatsNone() throws Exception {
    add(8);
    OaiProvider p = provider();
    List<String> seen = new ArrayList<>(texts(ask(p, "verb", "ListIdentifiers", "metadataPrefix", "marc21"), "identifier"));
    String token = texts(ask(p, "verb", "ListIdentifiers", "metadataPrefix", "marc21"), "resumptionToken").get(0);
    assertThat(seen).hasSize(3);
    // Between pages: record 2 (already seen) changes, record 7 (not yet seen) changes, a new record comes.
    now[0] = now[0].plusSeconds(60);
    items.replaceAll(i -> i.identifier().endsWith(":2") || i.identifier().endsWith(":7")
        ? new OaiItem(i.identifier(), now[0], i.sets(), false, i.record()) : i);
    items.add(new OaiItem("oai:opac.example.vn:new", now[0], List.of(), false, marc("HN-new", "Mới")));
    while (token != null && !token.isEmpty()) {
      Document d = ask(p, "verb", "ListIdentifiers", "resumptionToken", token);
      assertThat(error(d)).isNull();
      seen.addAll(texts(d, "identifier"));
      List<String> t = texts(d, "resumptionToken");
      token = t.isEmpty() ? null : t.get(0);
    }
    // Record 7 changed after the list's end and waits for the next incremental harvest; nothing twice.
    assertThat(seen).doesNotHaveDuplicates().containsExactly("oai:opac.example.vn:1", "oai:opac.example.vn:2", "oai:opac.example.vn:3",
        "oai:opac.example.vn:4", "oai:opac.example.vn:5", "oai:opac.example.vn:6", "oai:opac.example.vn:8");
    // The next harvest, from the first one's responseDate, brings exactly what changed.
    Document next = ask(p, "verb", "ListIdentifiers", "metadataPrefix", "marc21", "from", "2026-06-01T00:00:01Z");
    assertThat(texts(next, "identifier")).containsExactlyInAnyOrder("oai:opac.example.vn:2", "oai:opac.example.vn:7", "oai:opac.example.vn:new");
  }

  @Test
  void anExpiredTokenIsABadResumptionToken() throws Exception {
    add(5);
    OaiProvider p = OaiProvider.builder(source).pageSize(2).tokenLifetime(Duration.ofMinutes(10)).clock(clock).build();
    String token = texts(ask(p, "verb", "ListRecords", "metadataPrefix", "oai_dc"), "resumptionToken").get(0);
    now[0] = now[0].plus(Duration.ofMinutes(11));
    assertThat(error(ask(p, "verb", "ListRecords", "resumptionToken", token))).isEqualTo("badResumptionToken");
  }

  @Test
  void charactersXmlCannotCarryAreLeftOutSoTheResponseStaysWellFormed() throws Exception {
    items.add(new OaiItem("oai:opac.example.vn:ctl", T0, List.of(), false, marc("HN-ctl", "Tựa\u0001có\u001fký tự điều khiển")));
    Document d = ask(provider(), "verb", "GetRecord", "identifier", "oai:opac.example.vn:ctl", "metadataPrefix", "marc21");
    assertThat(texts(d, "subfield")).containsExactly("Tựacóký tự điều khiển");
  }

  @Test
  void argumentsWithCharactersXmlCannotCarryAreLeftOutOfTheRequestElement() throws Exception {
    add(1);
    // A harvester (or an attacker) sends %01 in an argument: the answer must still be well-formed XML.
    Document d = ask(provider(), "verb", "GetRecord", "identifier", "oai:opac.example.vn:\u0001x", "metadataPrefix", "marc21");
    assertThat(error(d)).isEqualTo("idDoesNotExist");
    assertThat(request(d).getAttribute("identifier")).isEqualTo("oai:opac.example.vn:x");
  }

  @Test
  void aForgedTokenNamingAFormatNotDisseminatedIsABadResumptionToken() throws Exception {
    add(5);
    OaiProvider p = provider();
    String token = texts(ask(p, "verb", "ListRecords", "metadataPrefix", "marc21"), "resumptionToken").get(0);
    OaiResumptionToken t = OaiResumptionToken.decode(token).orElseThrow();
    String forged = new OaiResumptionToken("foo", t.from(), t.until(), t.set(), t.after(), t.expires()).encode();
    Document d = ask(p, "verb", "ListRecords", "resumptionToken", forged);
    assertThat(error(d)).isEqualTo("badResumptionToken");
    assertThat(d.getElementsByTagNameNS("*", "record").getLength()).isZero();
  }

  @Test
  void aResumedPageLeftEmptyByRecordsRemovedBetweenPagesIsNoRecordsMatchNotAnEmptyList() throws Exception {
    add(4);
    OaiProvider p = provider();
    String token = texts(ask(p, "verb", "ListIdentifiers", "metadataPrefix", "marc21"), "resumptionToken").get(0);
    // The only record after the first page leaves the source (or moves after the list's end) between pages.
    items.removeIf(i -> i.identifier().endsWith(":4"));
    Document d = ask(p, "verb", "ListIdentifiers", "resumptionToken", token);
    // <ListIdentifiers> needs at least one header (OAI-PMH.xsd): an empty resumed page is answered noRecordsMatch.
    assertThat(error(d)).isEqualTo("noRecordsMatch");
    assertThat(d.getElementsByTagNameNS("*", "ListIdentifiers").getLength()).isZero();
  }
}
