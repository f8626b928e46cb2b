package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.gdcc.xoai.dataprovider.DataProvider;
import io.gdcc.xoai.dataprovider.exceptions.handler.IdDoesNotExistException;
import io.gdcc.xoai.dataprovider.filter.ScopedFilter;
import io.gdcc.xoai.dataprovider.model.Context;
import io.gdcc.xoai.dataprovider.model.Item;
import io.gdcc.xoai.dataprovider.model.ItemIdentifier;
import io.gdcc.xoai.dataprovider.model.MetadataFormat;
import io.gdcc.xoai.dataprovider.model.Set;
import io.gdcc.xoai.dataprovider.repository.ItemRepository;
import io.gdcc.xoai.dataprovider.repository.Repository;
import io.gdcc.xoai.dataprovider.repository.RepositoryConfiguration;
import io.gdcc.xoai.dataprovider.repository.ResultsPage;
import io.gdcc.xoai.dataprovider.repository.SetRepository;
import io.gdcc.xoai.model.oaipmh.DeletedRecord;
import io.gdcc.xoai.model.oaipmh.Granularity;
import io.gdcc.xoai.model.oaipmh.ResumptionToken;
import io.gdcc.xoai.model.oaipmh.results.record.Header;
import io.gdcc.xoai.model.oaipmh.results.record.Metadata;
import io.gdcc.xoai.serviceprovider.ServiceProvider;
import io.gdcc.xoai.serviceprovider.client.JdkHttpOaiClient;
import io.gdcc.xoai.serviceprovider.parameters.ListIdentifiersParameters;
import io.gdcc.xoai.xml.XmlWriter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.client.oai.OaiRecord;
import vn.libnet.marc.crosswalk.MarcToDublinCore;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.testkit.conformance.CheckResult;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.OaiConformanceSuite;
import vn.libnet.testkit.conformance.OaiRequirement;

/**
 * OAI-PMH against a third party: XOAI (io.gdcc, the library of DSpace and Dataverse) as the provider that
 * the SDK's harvester and conformance suite read, and as the harvester that reads the SDK's responder.
 * Where the two disagree about the specification, the test says which requirement and why.
 */
class XoaiInteropTest {
  private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

  /** The records of {@link OaiConformanceSuiteTest#source}: one per second, some deleted, in two sets. */
  private record Entry(String identifier, Instant datestamp, List<String> sets, boolean deleted, Record marc) implements Item {
    @Override
    public String getIdentifier() {
      return identifier;
    }

    @Override
    public Instant getDatestamp() {
      return datestamp;
    }

    @Override
    public List<Set> getSets() {
      return sets.stream().map(Set::new).toList();
    }

    @Override
    public boolean isDeleted() {
      return deleted;
    }

    @Override
    public Metadata getMetadata() {
      return new Metadata(MarcToDublinCore.convert(marc).toOaiDcXml());
    }
  }

  private static List<Entry> entries(int n) {
    List<Record> marc = HubFixtures.records(73, n, "VN-HaNoi-TVHN");
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean deleted = i % 9 == 8;
      out.add(new Entry("oai:xoai.example.vn:" + i, T0.plusSeconds(i), i % 2 == 0 ? List.of("even") : List.of("odd"), deleted, marc.get(i)));
    }
    return out;
  }

  /** XOAI's provider over {@code entries}: the repository filters by date and set and pages by offset, as XOAI asks. */
  private static final class XoaiRepository implements ItemRepository, SetRepository {
    private final List<Entry> entries;

    XoaiRepository(List<Entry> entries) {
      this.entries = entries;
    }

    @Override
    public ItemIdentifier getItemIdentifier(String identifier) throws IdDoesNotExistException {
      return entries.stream().filter(e -> e.identifier().equals(identifier)).findFirst().orElseThrow(IdDoesNotExistException::new);
    }

    @Override
    public Item getItem(String identifier, MetadataFormat format) throws IdDoesNotExistException {
      return (Item) getItemIdentifier(identifier);
    }

    @Override
    public ResultsPage<ItemIdentifier> getItemIdentifiers(List<ScopedFilter> filters, MetadataFormat format, int max, ResumptionToken.Value token) {
      List<ItemIdentifier> all = select(token).collect(Collectors.toList());
      List<ItemIdentifier> page = all.stream().skip(token.getOffset()).limit(max).toList();
      return new ResultsPage<>(token, token.getOffset() + page.size() < all.size(), page, all.size());
    }

    @Override
    public ResultsPage<Item> getItems(List<ScopedFilter> filters, MetadataFormat format, int max, ResumptionToken.Value token) {
      List<Item> all = select(token).collect(Collectors.toList());
      List<Item> page = all.stream().skip(token.getOffset()).limit(max).toList();
      return new ResultsPage<>(token, token.getOffset() + page.size() < all.size(), page, all.size());
    }

    private Stream<Entry> select(ResumptionToken.Value t) {
      return entries.stream().filter(e -> !t.hasFrom() || !e.datestamp().isBefore(t.getFrom()))
          .filter(e -> !t.hasUntil() || !e.datestamp().isAfter(t.getUntil()))
          .filter(e -> !t.hasSetSpec() || e.sets().contains(t.getSetSpec()))
          .sorted(Comparator.comparing(Entry::datestamp));
    }

    @Override
    public boolean supportSets() {
      return true;
    }

    @Override
    public List<Set> getSets() {
      return List.of(new Set("even").withName("Số chẵn"), new Set("odd").withName("Số lẻ"));
    }

    @Override
    public boolean exists(String spec) {
      return spec.equals("even") || spec.equals("odd");
    }
  }

  private static final class XoaiServer implements AutoCloseable {
    final Server jetty = new Server();
    final String baseUrl;

    XoaiServer(List<Entry> entries) throws Exception {
      ServerConnector c = new ServerConnector(jetty);
      c.setHost("127.0.0.1");
      jetty.addConnector(c);
      c.open();
      baseUrl = "http://127.0.0.1:" + c.getLocalPort() + "/oai";
      XoaiRepository repo = new XoaiRepository(entries);
      RepositoryConfiguration config = new RepositoryConfiguration.RepositoryConfigurationBuilder().withRepositoryName("XOAI Hà Nội")
          .withBaseUrl(baseUrl).withAdminEmail("oai@xoai.example.vn").withEarliestDate(T0).withGranularity(Granularity.Second)
          .withDeleteMethod(DeletedRecord.PERSISTENT).withMaxListIdentifiers(10).withMaxListRecords(10).withMaxListSets(10).build();
      Context context = new Context().withMetadataFormat(MetadataFormat.metadataFormat("oai_dc").withNamespace("http://www.openarchives.org/OAI/2.0/oai_dc/")
          .withSchemaLocation("http://www.openarchives.org/OAI/2.0/oai_dc.xsd").withTransformer(MetadataFormat.identity()));
      DataProvider provider = new DataProvider(context, new Repository(config).withItemRepository(repo).withSetRepository(repo));
      ServletContextHandler handler = new ServletContextHandler("/");
      handler.addServlet(new ServletHolder(new HttpServlet() {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
          ByteArrayOutputStream body = new ByteArrayOutputStream();
          try (XmlWriter w = new XmlWriter(body, config)) {
            provider.handle(req.getParameterMap()).write(w);
          } catch (javax.xml.stream.XMLStreamException e) {
            throw new IOException(e);
          }
          res.setContentType("text/xml;charset=UTF-8");
          res.getOutputStream().write(body.toByteArray());
        }
      }), "/oai");
      jetty.setHandler(handler);
      jetty.start();
    }

    @Override
    public void close() throws Exception {
      jetty.stop();
    }
  }

  @Test
  void theSdksHarvesterReadsXoaisProviderWhole() throws Exception {
    List<Entry> entries = entries(45);
    try (XoaiServer xoai = new XoaiServer(entries); OaiHarvester oai = OaiHarvester.builder().baseUrl(xoai.baseUrl).build()) {
      List<OaiRecord> got = oai.listRecords("oai_dc", null, null, null).collect(Collectors.toList());
      assertThat(got).extracting(r -> r.header().identifier()).containsExactlyElementsOf(entries.stream().map(Entry::identifier).toList());
      assertThat(got.stream().filter(OaiRecord::deleted).count()).isEqualTo(5);
      assertThat(got.get(0).bibRecord()).hasValueSatisfying(b -> assertThat(b.titles()).isNotEmpty());
      assertThat(oai.listIdentifiers("oai_dc", T0.plusSeconds(10), T0.plusSeconds(19), "odd").count()).isEqualTo(5);
    }
  }

  @Test
  void xoaisProviderMeetsTheSuiteButForUntilWhichItTakesOneSecondTooFar() throws Exception {
    try (XoaiServer xoai = new XoaiServer(entries(45))) {
      ConformanceReport r = OaiConformanceSuite.builder().baseUrl(xoai.baseUrl).build().run();
      String seen = r.results().stream().map(c -> (c.passed() ? "PASS " : "FAIL ") + c.requirement().name() + ": " + c.detail())
          .collect(Collectors.joining("\n"));
      List<String> failed = r.results().stream().filter(c -> !c.passed()).map(c -> c.requirement().name()).toList();
      // XOAI 5.3.0 moves a seconds-granularity until to until + 1 s (RepositoryConfiguration.skewUntil), inclusive,
      // so a record stamped exactly one second later is listed: §2.7.1 makes until inclusive of its own second only.
      assertThat(failed).as(seen).containsExactly("SELECTIVE_HARVESTING");
      assertThat(result(r, OaiRequirement.SELECTIVE_HARVESTING).detail())
          .matches("oai:xoai\\.example\\.vn:(\\d+) \\(datestamp 2026-05-01T00:00:(\\d\\d)Z\\) is in the list from 2026-05-01T00:00:\\d\\dZ until .*");
    }
  }

  @Test
  void xoaisHarvesterReadsTheSdksResponderWhole() throws Exception {
    try (OaiTestServer sdk = OaiTestServer.builder().pageSize(7).start(url -> OaiConformanceSuiteTest.source(url, 40, 6, "persistent"))) {
      ServiceProvider xoai = new ServiceProvider(new io.gdcc.xoai.serviceprovider.model.Context().withBaseUrl(sdk.baseUrl())
          // XOAI's harvester reads metadata into its own form, through a transformer per prefix
          .withMetadataTransformer("oai_dc", io.gdcc.xoai.serviceprovider.model.Context.KnownTransformer.OAI_DC)
          .withGranularity(Granularity.Second).withOAIClient(new JdkHttpOaiClient.JdkHttpBuilder(java.net.http.HttpClient.newBuilder())
              .withBaseUrl(sdk.baseUrl()).build()));
      assertThat(xoai.identify().getRepositoryName()).isEqualTo("Thư viện tỉnh Lào Cai");
      List<String> ids = new ArrayList<>();
      List<Boolean> deleted = new ArrayList<>();
      Iterator<Header> headers = xoai.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc"));
      headers.forEachRemaining(h -> {
        ids.add(h.getIdentifier());
        deleted.add(h.isDeleted());
      });
      List<OaiItem> expected = sdk.source().items(null, null, null, null, 1000);
      assertThat(ids).containsExactlyElementsOf(expected.stream().map(OaiItem::identifier).toList());
      assertThat(deleted).containsExactlyElementsOf(expected.stream().map(OaiItem::deleted).toList());
      List<String> inSet = new ArrayList<>();
      xoai.listIdentifiers(ListIdentifiersParameters.request().withMetadataPrefix("oai_dc").withSetSpec("isil:VN-LaoCai-TVT"))
          .forEachRemaining(h -> inSet.add(h.getIdentifier()));
      assertThat(inSet).hasSize(20);
      List<String> records = new ArrayList<>();
      xoai.listRecords(io.gdcc.xoai.serviceprovider.parameters.ListRecordsParameters.request().withMetadataPrefix("oai_dc"))
          .forEachRemaining(rec -> records.add(rec.getHeader().getIdentifier()));
      assertThat(records).containsExactlyElementsOf(ids);
    }
  }

  private static CheckResult result(ConformanceReport r, OaiRequirement q) {
    return r.results().stream().filter(c -> c.requirement() == q).findFirst().orElseThrow();
  }
}
