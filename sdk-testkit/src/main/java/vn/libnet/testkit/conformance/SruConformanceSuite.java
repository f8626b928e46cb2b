package vn.libnet.testkit.conformance;

import static vn.libnet.testkit.conformance.SruExchange.child;
import static vn.libnet.testkit.conformance.SruExchange.children;
import static vn.libnet.testkit.conformance.SruExchange.descendants;
import static vn.libnet.testkit.conformance.SruExchange.text;
import static vn.libnet.testkit.conformance.SuiteChecks.check;
import static vn.libnet.testkit.conformance.SuiteChecks.expect;
import static vn.libnet.testkit.conformance.SuiteChecks.said;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.testkit.conformance.SruExchange.Page;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;
import vn.libnet.testkit.conformance.SuiteChecks.Said;

/**
 * Checks any SRU server at a base URL against every {@link SruRequirement}, in the version it announces in
 * its explain record (or the one {@link Builder#sruVersion} names): explain, searchRetrieve, paging, scan,
 * the diagnostics of a bad query, an unknown index, a start past the results and an unknown schema, and
 * for SRU 2.0 the validity of every answer against the OASIS schemas. It only reads, so it can be pointed
 * at a production catalogue, and sends a dozen requests.
 *
 * <pre>{@code
 * ConformanceReport r = SruConformanceSuite.builder().baseUrl("https://opac.example.vn/sru").build().run();
 * }</pre>
 *
 * <p>To find records without knowing the catalogue, the suite searches for the first term a scan gives,
 * then {@code cql.allRecords = 1}, then a common word in the first index explain lists; requirements
 * that need records pass with "not checked" evidence, saying so, when none of these finds any. Redirects
 * are not followed. The server may be hostile: answers are bounded as {@link OaiConformanceSuite} bounds
 * them (64 MiB, {@link Builder#timeout}, no DTD, nesting).
 */
public final class SruConformanceSuite {
  private static final String ZEEREX_PREFIX = "http://explain.z3950.org/dtd/";
  private final String baseUrl;
  private final SruVersion asked;
  private final Duration timeout;

  // What the checks learn as they go, for the checks after them.
  private SruExchange sru;
  private SruVersion version;
  private final List<String> indexes = new ArrayList<>();
  private String scanIndex;
  private String scanTerm;
  private String query;
  private long total = -1;

  private SruConformanceSuite(Builder b) {
    this.baseUrl = b.baseUrl;
    this.asked = b.version;
    this.timeout = b.timeout;
  }

  /** A builder; the base URL is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs every check; never throws for what the server does. Not thread-safe: one run at a time per suite. */
  public ConformanceReport run() {
    Instant at = Instant.now();
    sru = new SruExchange(baseUrl, timeout);
    indexes.clear();
    version = asked;
    scanIndex = null;
    scanTerm = null;
    query = null;
    total = -1;
    List<CheckResult> results = new ArrayList<>();
    results.add(check(SruRequirement.EXPLAIN, this::explain));
    results.add(check(SruRequirement.SCAN, this::scan));
    results.add(check(SruRequirement.SEARCH_RETRIEVE, this::search));
    results.add(check(SruRequirement.PAGING, this::paging));
    results.add(check(SruRequirement.QUERY_SYNTAX_DIAGNOSTIC, () -> diagnostic(List.of(10, 11, 12, 13, 14), "query", "(dc.title = libnet")));
    results.add(check(SruRequirement.UNSUPPORTED_INDEX_DIAGNOSTIC, () -> diagnostic(List.of(16, 15), "query",
        "dc.libnetConformanceNoSuchIndex = x")));
    results.add(check(SruRequirement.FIRST_RECORD_OUT_OF_RANGE, this::outOfRange));
    results.add(check(SruRequirement.UNKNOWN_SCHEMA, () -> diagnostic(List.of(66), "query", query == null ? "dc.title = libnet" : query,
        "recordSchema", "libnet-conformance-no-such-schema")));
    // Judged over every answer above, so they run last; the report keeps the order of the requirements.
    results.add(check(SruRequirement.RESPONSE_FORMAT, () -> sru.format()));
    results.add(check(SruRequirement.SCHEMA_VALID, () -> sru.schema(version)));
    results.sort(Comparator.comparingInt(r -> ((SruRequirement) r.requirement()).ordinal()));
    return new ConformanceReport(baseUrl, null, at, results);
  }

  // ------------------------------------------------------------------ explain

  private Said explain() throws Failed {
    Page answered;
    SruVersion asking = version;
    try {
      answered = version == null ? sru.get(null) : sru.get(version, params(version, "explain"));
    } catch (Failed bare) {
      if (version != null) {
        throw bare;
      }
      // A 1.x server may want its explain asked for by name.
      asking = SruVersion.V1_2;
      answered = sru.get(asking, "operation", "explain", "version", "1.2");
    }
    Page p = answered;
    Element record = child(p.root(), "record").orElseThrow(() -> new Failed("CONFORMANCE_SRU_NO_ELEMENT", p.answer().query(), "record"));
    Element zeerex = descendants(record, "explain").stream().filter(e -> String.valueOf(e.getNamespaceURI()).startsWith(ZEEREX_PREFIX))
        .findFirst().orElseThrow(() -> new Failed("CONFORMANCE_SRU_NO_ZEEREX", p.answer().query()));
    Element server = child(zeerex, "serverInfo").orElseThrow(() -> new Failed("CONFORMANCE_SRU_NO_ELEMENT", p.answer().query(), "serverInfo"));
    for (String name : List.of("host", "port", "database")) {
      expect(!text(server, name).isEmpty(), "CONFORMANCE_SRU_NO_ELEMENT", p.answer().query(), name);
    }
    String announced = server.getAttribute("version").isEmpty() ? text(p.root(), "version") : server.getAttribute("version");
    if (version == null) {
      version = announced.startsWith("2") ? SruVersion.V2_0 : "1.1".equals(announced) ? SruVersion.V1_1
          : announced.startsWith("1") || SruVersion.V1_2.responseNamespace().equals(p.root().getNamespaceURI()) || asking != null
          ? SruVersion.V1_2 : SruVersion.V2_0;
    }
    for (Element index : child(zeerex, "indexInfo").map(i -> children(i, "index")).orElse(List.of())) {
      for (Element name : descendants(index, "name")) {
        String qualified = name.getAttribute("set").isEmpty() ? name.getTextContent().trim() : name.getAttribute("set") + "." + name.getTextContent().trim();
        indexes.add(qualified);
        if (scanIndex == null && !"false".equals(index.getAttribute("scan"))) {
          scanIndex = qualified;
        }
      }
    }
    expect(!indexes.isEmpty(), "CONFORMANCE_SRU_NO_INDEX", p.answer().query());
    return said("CONFORMANCE_SRU_EXPLAIN", text(server, "host"), text(server, "port"), text(server, "database"),
        announced.isEmpty() ? "?" : announced, indexes.size(), version.protocolVersion());
  }

  // ------------------------------------------------------------------ scan, search, paging

  private Said scan() throws Failed {
    String index = scanIndex != null ? scanIndex : indexes.isEmpty() ? "dc.title" : indexes.get(0);
    Page p = sru.get(version, params(version, "scan", "scanClause", index + " = \"a\"", "maximumTerms", "5"));
    if (p.diagnosticNumbers().contains(4)) {
      return said("CONFORMANCE_SRU_NO_SCAN", index);
    }
    expect(p.diagnostics().isEmpty(), "CONFORMANCE_SRU_DIAGNOSTIC", p.answer().query(), String.join(", ", p.diagnostics()));
    List<Element> terms = child(p.root(), "terms").map(t -> children(t, "term")).orElse(List.of());
    if (terms.isEmpty()) {
      // No term is right for a database that holds nothing; for one that holds records it is a broken scan.
      Page all = sru.get(version, params(version, "searchRetrieve", "query", "cql.allRecords = 1", "maximumRecords", "0"));
      expect(all.diagnostics().isEmpty() && count(all) == 0, "CONFORMANCE_SRU_SCAN_EMPTY", p.answer().query());
      return said("CONFORMANCE_SRU_SCAN_EMPTY_DATABASE", index);
    }
    for (Element t : terms) {
      expect(!text(t, "value").isEmpty(), "CONFORMANCE_SRU_NO_ELEMENT", p.answer().query(), "value");
      String n = text(t, "numberOfRecords");
      expect(n.isEmpty() || n.matches("\\d+"), "CONFORMANCE_SRU_NUMBER", p.answer().query(), "numberOfRecords", n);
      if (scanTerm == null && !n.equals("0")) {
        scanTerm = text(t, "value");
      }
    }
    return said("CONFORMANCE_SRU_SCAN", index, terms.size(), text(terms.get(0), "value"));
  }

  private Said search() throws Failed {
    List<String> candidates = new ArrayList<>();
    if (scanTerm != null) {
      candidates.add((scanIndex != null ? scanIndex : indexes.get(0)) + " = \"" + scanTerm.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
    }
    candidates.add("cql.allRecords = 1");
    String first = indexes.isEmpty() ? "cql.serverChoice" : indexes.get(0);
    candidates.add(first + " = \"a\"");
    candidates.add(first + " = \"the\"");
    // The first query that finds enough records to page through; else the one that found most.
    Page found = null;
    for (String q : candidates) {
      Page p = sru.get(version, params(version, "searchRetrieve", "query", q, "maximumRecords", "3"));
      long n = count(p);
      if (n > Math.max(total, 0)) {
        query = q;
        total = n;
        found = p;
      }
      if (total >= 3) {
        break;
      }
    }
    if (found == null) {
      return said("CONFORMANCE_SRU_NOTHING_FOUND", String.join(" | ", candidates));
    }
    List<Element> records = found.records();
    expect(!records.isEmpty(), "CONFORMANCE_SRU_NO_RECORDS", found.answer().query(), total);
    expect(records.size() <= 3, "CONFORMANCE_SRU_TOO_MANY", found.answer().query(), records.size(), 3);
    positions(found, 1);
    return said("CONFORMANCE_SRU_SEARCH", query, total, records.size());
  }

  private Said paging() throws Failed {
    if (total < 3) {
      return said(total < 0 ? "CONFORMANCE_SRU_NOT_CHECKED_EMPTY" : "CONFORMANCE_SRU_FEW", Math.max(total, 0));
    }
    Page one = sru.get(version, params(version, "searchRetrieve", "query", query, "maximumRecords", "2", "startRecord", "1"));
    positions(one, 1);
    expect(text(one.root(), "nextRecordPosition").equals("3"), "CONFORMANCE_SRU_NEXT", one.answer().query(), text(one.root(), "nextRecordPosition"), 3);
    Page two = sru.get(version, params(version, "searchRetrieve", "query", query, "maximumRecords", "2", "startRecord", "3"));
    positions(two, 3);
    List<String> firstData = one.records().stream().map(r -> text(r, "recordData")).toList();
    for (Element r : two.records()) {
      expect(!firstData.contains(text(r, "recordData")), "CONFORMANCE_SRU_SAME_RECORD", two.answer().query());
    }
    Page last = sru.get(version, params(version, "searchRetrieve", "query", query, "maximumRecords", "2", "startRecord", String.valueOf(total)));
    expect(last.records().size() == 1, "CONFORMANCE_SRU_LAST_PAGE", last.answer().query(), last.records().size());
    expect(text(last.root(), "nextRecordPosition").isEmpty(), "CONFORMANCE_SRU_NEXT_AFTER_LAST", last.answer().query(),
        text(last.root(), "nextRecordPosition"));
    return said("CONFORMANCE_SRU_PAGING", total);
  }

  /** Each record has its parts, and positions count on from {@code start}. */
  private static void positions(Page p, long start) throws Failed {
    long expected = start;
    for (Element r : p.records()) {
      expect(!text(r, "recordSchema").isEmpty(), "CONFORMANCE_SRU_NO_ELEMENT", p.answer().query(), "recordSchema");
      expect(child(r, "recordData").isPresent(), "CONFORMANCE_SRU_NO_ELEMENT", p.answer().query(), "recordData");
      String pos = text(r, "recordPosition");
      expect(pos.isEmpty() || pos.equals(String.valueOf(expected)), "CONFORMANCE_SRU_POSITION", p.answer().query(), pos, expected);
      expected++;
    }
  }

  private static long count(Page p) throws Failed {
    String n = text(p.root(), "numberOfRecords");
    if (!p.diagnostics().isEmpty() && (n.isEmpty() || n.equals("0"))) {
      return 0;
    }
    expect(n.matches("\\d{1,18}"), "CONFORMANCE_SRU_NUMBER", p.answer().query(), "numberOfRecords", n);
    return Long.parseLong(n);
  }

  // ------------------------------------------------------------------ diagnostics

  private Said outOfRange() throws Failed {
    if (total <= 0) {
      return said("CONFORMANCE_SRU_NOT_CHECKED_EMPTY", 0);
    }
    return diagnostic(List.of(61), "query", query, "startRecord", String.valueOf(total + 1), "maximumRecords", "1");
  }

  /** The search {@code keysAndValues} is answered with one of {@code numbers} as a fatal diagnostic, and no records. */
  private Said diagnostic(List<Integer> numbers, String... keysAndValues) throws Failed {
    Page p = sru.get(version, params(version, "searchRetrieve", keysAndValues));
    int match = -1;
    List<Integer> got = p.diagnosticNumbers();
    for (int i = 0; i < got.size() && match < 0; i++) {
      match = numbers.contains(got.get(i)) ? i : -1;
    }
    expect(match >= 0, "CONFORMANCE_SRU_WRONG_DIAGNOSTIC", p.answer().query(), got.isEmpty() ? "-" : String.join(", ", p.diagnostics()),
        "info:srw/diagnostic/1/" + numbers.get(0));
    expect(p.records().isEmpty(), "CONFORMANCE_SRU_RECORDS_WITH_FATAL", p.answer().query(), p.records().size());
    return said("CONFORMANCE_SRU_DIAGNOSED", p.diagnostics().get(match));
  }

  /** The parameters of {@code operation} in {@code v}: 1.x names the operation and version; 2.0 names its version. */
  private static String[] params(SruVersion v, String operation, String... rest) {
    List<String> all = new ArrayList<>();
    if (v.isLocVersion() || !operation.equals("searchRetrieve")) {
      all.add("operation");
      all.add(operation);
    }
    all.add("version");
    all.add(v.protocolVersion());
    all.addAll(List.of(rest));
    return all.toArray(new String[0]);
  }

  /** Options of an {@link SruConformanceSuite}. */
  public static final class Builder {
    private String baseUrl;
    private SruVersion version;
    private Duration timeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * The server's base URL (http or https).
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url");
      java.net.URI u;
      try {
        u = new java.net.URI(url);
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException("Not a URL: " + url, e);
      }
      if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
        throw new IllegalArgumentException("An SRU base URL is http or https: " + url);
      }
      this.baseUrl = url;
      return this;
    }

    /** The version to check the server in; by default the one its explain record announces. */
    public Builder sruVersion(SruVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** How long one answer may take (default 30 seconds). */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("A timeout is positive: " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /** The suite; the base URL is required. */
    public SruConformanceSuite build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      return new SruConformanceSuite(this);
    }
  }
}
