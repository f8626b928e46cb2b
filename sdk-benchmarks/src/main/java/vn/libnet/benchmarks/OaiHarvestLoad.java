package vn.libnet.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.client.oai.OaiHarvester;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.server.oai.OaiProvider;
import vn.libnet.server.oai.OaiRecordSource;
import vn.libnet.server.oai.OaiRepository;
import vn.libnet.server.oai.OaiServlet;
import vn.libnet.server.oai.OaiSetSpec;

/**
 * A harvest of N records (1,000,000 unless given) from the SDK's own OAI-PMH responder on loopback with the
 * SDK's harvester, each record read into MARC (not a JMH benchmark, not run by CI). The repository makes its
 * records on the fly, so the heap it reports is the harvester's and the responder's own. Prints records per
 * second and the largest heap in use.
 *
 * <pre>
 * java -Xmx256m -cp sdk-benchmarks/target/benchmarks.jar vn.libnet.benchmarks.OaiHarvestLoad [records] [pageSize]
 * </pre>
 */
public final class OaiHarvestLoad {
  private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

  private OaiHarvestLoad() {}

  /** Arguments: records (1,000,000), page size (500). */
  public static void main(String[] args) throws Exception {
    long n = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    int pageSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    connector.open();
    String base = "http://127.0.0.1:" + connector.getLocalPort() + "/oai";
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new OaiServlet(OaiProvider.builder(new Synthetic(n, base)).pageSize(pageSize).build())), "/oai");
    server.setHandler(context);
    server.start();
    AtomicLong records = new AtomicLong();
    long peak = 0;
    long start = System.nanoTime();
    try (OaiHarvester h = OaiHarvester.builder().baseUrl(base).build()) {
      var it = h.listRecords("marc21", null, null, null).iterator();
      while (it.hasNext()) {
        if (it.next().marcRecords(ReadOptions.lenient()).size() == 1) {
          records.incrementAndGet();
        }
        if ((records.get() & 0x3FFF) == 0) {
          peak = Math.max(peak, heapUsed());
        }
      }
    } finally {
      server.stop();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d records harvested (of %d) in %.1f s: %.0f records/s; heap in use at most %d MiB (-Xmx %d MiB)%n",
        records.get(), n, seconds, records.get() / seconds, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long heapUsed() {
    long used = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        used += p.getUsage().getUsed();
      }
    }
    return used;
  }

  /** N records made from their number: a datestamp a second apart, a zero-padded identifier. */
  private record Synthetic(long n, String base) implements OaiRecordSource {
    @Override
    public OaiRepository repository() {
      return new OaiRepository("Synthetic", base, List.of("bench@libnet.example"), T0, "no", true);
    }

    @Override
    public List<OaiSetSpec> sets() {
      return List.of();
    }

    @Override
    public Optional<OaiItem> item(String identifier) {
      return Optional.empty();
    }

    @Override
    public List<OaiItem> items(Instant from, Instant until, String set, OaiItem.Position after, int limit) {
      long first = after == null ? 0 : Long.parseLong(after.identifier().substring(after.identifier().lastIndexOf(':') + 1)) + 1;
      List<OaiItem> out = new ArrayList<>();
      for (long i = first; i < n && out.size() < limit; i++) {
        Instant at = T0.plusSeconds(i);
        if (until != null && at.isAfter(until)) {
          break;
        }
        out.add(new OaiItem(String.format(Locale.ROOT, "oai:bench:%09d", i), at, List.of(), false, record(i)));
      }
      return out;
    }

    private static Record record(long i) {
      MarcFactory f = MarcFactory.newInstance();
      Record r = f.newRecord("00000nam a2200000 a 4500");
      r.addVariableField(f.newControlField("001", "B" + i));
      r.addVariableField(f.newControlField("008", "200101s2020    vm            000 0 vie d"));
      r.addVariableField(f.newDataField("100", '1', ' ', "a", "Nguyễn Du"));
      r.addVariableField(f.newDataField("245", '1', '0', "a", "Truyện Kiều /", "c", "Nguyễn Du ; bản số " + i));
      r.addVariableField(f.newDataField("260", ' ', ' ', "a", "Hà Nội :", "b", "Văn học,", "c", "2020."));
      r.addVariableField(f.newDataField("650", ' ', '7', "a", "Văn học Việt Nam"));
      return r;
    }
  }
}
