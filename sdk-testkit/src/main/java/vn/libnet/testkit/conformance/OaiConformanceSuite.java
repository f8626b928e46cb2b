package vn.libnet.testkit.conformance;

import static vn.libnet.testkit.conformance.SuiteChecks.check;
import static vn.libnet.testkit.conformance.SuiteChecks.expect;
import static vn.libnet.testkit.conformance.SuiteChecks.said;
import static vn.libnet.testkit.conformance.OaiExchange.child;
import static vn.libnet.testkit.conformance.OaiExchange.children;
import static vn.libnet.testkit.conformance.OaiExchange.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;
import vn.libnet.testkit.conformance.SuiteChecks.Said;
import vn.libnet.testkit.conformance.OaiExchange.Page;

/**
 * Checks any OAI-PMH 2.0 repository at a base URL against every {@link OaiRequirement}: the six verbs,
 * every error condition, resumption, dates and granularity, and the schema validity of every answer. It
 * only reads, so it can be pointed at a production repository; it follows at most {@link
 * Builder#maxPages} pages of a list, so that a repository of millions is checked in seconds.
 *
 * <pre>{@code
 * ConformanceReport r = OaiConformanceSuite.builder().baseUrl("https://opac.example.vn/oai").build().run();
 * }</pre>
 *
 * <p>Requirements that need records (resumption, GetRecord...) pass with "not checked" evidence on an
 * empty repository, saying so. Redirects are not followed: the base URL to check is the one harvesters
 * are given, and an answer other than 200 is reported. The repository may be hostile: an answer is read
 * up to 64 MiB and for at most {@link Builder#timeout}, XML with a DOCTYPE is refused unread (no entity is
 * ever fetched), elements nested deeper than 256 levels are refused, and only the first failure of the
 * envelope and schema checks is kept, not the answers.
 */
public final class OaiConformanceSuite {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final String DC = "http://www.openarchives.org/OAI/2.0/oai_dc/";
  private final String baseUrl;
  private final int maxPages;
  private final java.time.Duration timeout;

  // What the checks learn as they go, for the checks after them.
  private OaiExchange oai;
  private String granularity;
  private String earliest;
  private String deletedPolicy;
  private String repositoryName;
  private final List<Header> headers = new ArrayList<>();
  private boolean empty;

  /** A header of a list: identifier, datestamp, whether deleted, its sets. */
  private record Header(String identifier, String datestamp, boolean deleted, List<String> sets) {
    static Header of(Element h) {
      return new Header(text(h, "identifier"), text(h, "datestamp"), "deleted".equals(h.getAttribute("status")),
          children(h, "setSpec").stream().map(e -> e.getTextContent().trim()).toList());
    }
  }

  private OaiConformanceSuite(Builder b) {
    this.baseUrl = b.baseUrl;
    this.maxPages = b.maxPages;
    this.timeout = b.timeout;
  }

  /** A builder; the base URL is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs every check, in the order of {@link OaiRequirement}; never throws for what the repository does. Not
   * thread-safe: one run at a time per suite.
   */
  public ConformanceReport run() {
    Instant at = Instant.now();
    oai = new OaiExchange(baseUrl, timeout);
    headers.clear();
    granularity = null;
    empty = false;
    List<CheckResult> results = new ArrayList<>();
    results.add(check(OaiRequirement.IDENTIFY, this::identify));
    results.add(check(OaiRequirement.BASE_URL, this::baseUrlNamed));
    CheckResult post = check(OaiRequirement.POST, this::post);
    results.add(check(OaiRequirement.METADATA_FORMATS, this::formats));
    results.add(check(OaiRequirement.SETS, this::sets));
    results.add(check(OaiRequirement.LIST_IDENTIFIERS, this::listIdentifiers));
    results.add(check(OaiRequirement.RESUMPTION, this::resumption));
    results.add(check(OaiRequirement.DATESTAMPS, this::datestamps));
    results.add(check(OaiRequirement.SELECTIVE_HARVESTING, this::selective));
    results.add(check(OaiRequirement.LIST_RECORDS, this::listRecords));
    results.add(check(OaiRequirement.DELETED_RECORDS, this::deleted));
    results.add(check(OaiRequirement.GET_RECORD, this::getRecord));
    results.add(check(OaiRequirement.BAD_VERB, this::badVerb));
    results.add(check(OaiRequirement.BAD_ARGUMENT, this::badArgument));
    results.add(check(OaiRequirement.BAD_RESUMPTION_TOKEN, () -> error("badResumptionToken", "verb", "ListRecords", "resumptionToken",
        "libnet-conformance-invented-token")));
    results.add(check(OaiRequirement.CANNOT_DISSEMINATE_FORMAT, () -> error("cannotDisseminateFormat", "verb", "ListRecords",
        "metadataPrefix", "libnet-conformance-no-such-format")));
    results.add(check(OaiRequirement.ID_DOES_NOT_EXIST, () -> error("idDoesNotExist", "verb", "GetRecord", "identifier",
        "oai:libnet-conformance:no-such-record", "metadataPrefix", "oai_dc")));
    results.add(check(OaiRequirement.NO_RECORDS_MATCH, this::noRecordsMatch));
    // Judged over every answer above, so they come last in the run; in the report they follow the envelope's order.
    results.add(2, check(OaiRequirement.RESPONSE_FORMAT, () -> oai.envelope().format()));
    results.add(3, check(OaiRequirement.SCHEMA_VALID, () -> oai.envelope().schema()));
    results.add(4, post);
    return new ConformanceReport(baseUrl, null, at, results);
  }

  // ------------------------------------------------------------------ Identify and the envelope

  private Said identify() throws Failed {
    Page p = oai.get("verb", "Identify");
    noError(p);
    Element id = p.verb("Identify").orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(), "Identify"));
    for (String name : List.of("repositoryName", "baseURL", "protocolVersion", "earliestDatestamp", "deletedRecord", "granularity",
        "adminEmail")) {
      expect(!text(id, name).isEmpty(), "CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(), name);
    }
    // Kept before judging, so that the checks after this one work with what the repository said.
    deletedPolicy = text(id, "deletedRecord");
    String g = text(id, "granularity");
    boolean known = g.equals("YYYY-MM-DD") || g.equals("YYYY-MM-DDThh:mm:ssZ");
    granularity = known ? g : null;
    earliest = text(id, "earliestDatestamp");
    repositoryName = text(id, "repositoryName");
    expect(text(id, "protocolVersion").equals("2.0"), "CONFORMANCE_OAI_VALUE", "protocolVersion", text(id, "protocolVersion"), "2.0");
    expect(Set.of("no", "transient", "persistent").contains(deletedPolicy), "CONFORMANCE_OAI_VALUE", "deletedRecord", deletedPolicy,
        "no, transient, persistent");
    expect(known, "CONFORMANCE_OAI_VALUE", "granularity", g, "YYYY-MM-DD, YYYY-MM-DDThh:mm:ssZ");
    expect(matchesGranularity(earliest), "CONFORMANCE_OAI_VALUE", "earliestDatestamp", earliest, g);
    return said("CONFORMANCE_OAI_IDENTIFY", repositoryName, g, deletedPolicy, children(id, "adminEmail").size());
  }

  private Said baseUrlNamed() throws Failed {
    Page p = oai.get("verb", "Identify");
    String named = p.verb("Identify").map(e -> text(e, "baseURL")).orElse("");
    expect(sameUrl(named, baseUrl), "CONFORMANCE_OAI_BASE_URL", named, baseUrl);
    return said("CONFORMANCE_OAI_BASE_URL_SAME", named);
  }

  private static boolean sameUrl(String a, String b) {
    return strip(a).equalsIgnoreCase(strip(b));
  }

  private static String strip(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  private Said post() throws Failed {
    Page p = oai.post("verb", "Identify");
    noError(p);
    String name = p.verb("Identify").map(e -> text(e, "repositoryName")).orElse("");
    expect(repositoryName == null || name.equals(repositoryName), "CONFORMANCE_OAI_POST_OTHER", name, repositoryName);
    return said("CONFORMANCE_OAI_POST", name);
  }

  // ------------------------------------------------------------------ formats, sets, lists

  private Said formats() throws Failed {
    Page p = oai.get("verb", "ListMetadataFormats");
    noError(p);
    Element list = p.verb("ListMetadataFormats").orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(),
        "ListMetadataFormats"));
    List<String> prefixes = new ArrayList<>();
    boolean dc = false;
    for (Element f : children(list, "metadataFormat")) {
      prefixes.add(text(f, "metadataPrefix"));
      if (text(f, "metadataPrefix").equals("oai_dc")) {
        expect(!text(f, "schema").isEmpty(), "CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(), "schema");
        expect(text(f, "metadataNamespace").equals(DC), "CONFORMANCE_OAI_VALUE", "metadataNamespace", text(f, "metadataNamespace"), DC);
        dc = true;
      }
    }
    expect(dc, "CONFORMANCE_OAI_NO_DC", String.join(", ", prefixes));
    return said("CONFORMANCE_OAI_FORMATS", String.join(", ", prefixes));
  }

  private Said sets() throws Failed {
    List<Page> pages = list("ListSets", "set", "verb", "ListSets");
    if (pages.size() == 1 && pages.get(0).errors().contains("noSetHierarchy")) {
      return said("CONFORMANCE_OAI_NO_SETS");
    }
    List<String> specs = new ArrayList<>();
    for (Page p : pages) {
      noError(p);
      for (Element s : children(p.verb("ListSets").orElseThrow(), "set")) {
        expect(!text(s, "setSpec").isEmpty() && !text(s, "setName").isEmpty(), "CONFORMANCE_OAI_SET_INCOMPLETE", text(s, "setSpec"));
        specs.add(text(s, "setSpec"));
      }
    }
    expect(!specs.isEmpty(), "CONFORMANCE_OAI_SETS_EMPTY");
    // A list of one set holds only its records (§4.6: or those of its subsets).
    String first = specs.get(0);
    Page in = oai.get("verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", first);
    if (!in.errors().contains("noRecordsMatch")) {
      noError(in);
      for (Element h : children(in.verb("ListIdentifiers").orElseThrow(), "header")) {
        Header header = Header.of(h);
        expect(header.sets().stream().anyMatch(s -> s.equals(first) || s.startsWith(first + ":")), "CONFORMANCE_OAI_OUTSIDE_SET",
            header.identifier(), first, header.sets());
      }
    }
    return said("CONFORMANCE_OAI_SETS", specs.size(), first);
  }

  private Said listIdentifiers() throws Failed {
    Page p = oai.get("verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
    if (p.errors().contains("noRecordsMatch")) {
      empty = true;
      return said("CONFORMANCE_OAI_EMPTY");
    }
    noError(p);
    List<Element> hs = children(p.verb("ListIdentifiers").orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(),
        "ListIdentifiers")), "header");
    expect(!hs.isEmpty(), "CONFORMANCE_OAI_NO_HEADERS");
    for (Element h : hs) {
      Header header = Header.of(h);
      expect(!header.identifier().isEmpty() && !header.datestamp().isEmpty(), "CONFORMANCE_OAI_HEADER_INCOMPLETE", header.identifier());
      // The checks of dates and records work on these even when resumption fails; it replaces them with more.
      headers.add(header);
    }
    return said("CONFORMANCE_OAI_HEADERS", hs.size());
  }

  private Said resumption() throws Failed {
    List<Page> pages = list("ListIdentifiers", "header", "verb", "ListIdentifiers", "metadataPrefix", "oai_dc");
    if (pages.get(0).errors().contains("noRecordsMatch")) {
      return said("CONFORMANCE_OAI_NOT_CHECKED_EMPTY");
    }
    Set<String> seen = new HashSet<>();
    List<Header> listed = new ArrayList<>();
    long completeListSize = -1;
    int items = 0;
    for (Page p : pages) {
      noError(p);
      Element verb = p.verb("ListIdentifiers").orElseThrow();
      for (Element h : children(verb, "header")) {
        Header header = Header.of(h);
        expect(seen.add(header.identifier()), "CONFORMANCE_OAI_TWICE", header.identifier(), pages.indexOf(p) + 1);
        listed.add(header);
      }
      Optional<Element> token = child(verb, "resumptionToken");
      if (token.isPresent()) {
        String cursor = token.get().getAttribute("cursor");
        // The cursor counts what earlier pages gave (§3.5.1), so the first page's is 0.
        expect(cursor.isEmpty() || cursor.equals(String.valueOf(items)), "CONFORMANCE_OAI_CURSOR", pages.indexOf(p) + 1, cursor, items);
        String size = token.get().getAttribute("completeListSize");
        if (!size.isEmpty()) {
          completeListSize = Long.parseLong(size.trim());
        }
      }
      items = seen.size();
    }
    headers.clear();
    headers.addAll(listed);
    Page last = pages.get(pages.size() - 1);
    Optional<Element> lastToken = child(last.verb("ListIdentifiers").orElseThrow(), "resumptionToken");
    boolean more = lastToken.isPresent() && !lastToken.get().getTextContent().isBlank();
    if (more) {
      return said("CONFORMANCE_OAI_PAGES_READ", pages.size(), seen.size());
    }
    if (pages.size() > 1) {
      expect(lastToken.isPresent(), "CONFORMANCE_OAI_NO_EMPTY_TOKEN", pages.size());
    }
    expect(completeListSize < 0 || completeListSize == seen.size(), "CONFORMANCE_OAI_LIST_SIZE", completeListSize, seen.size());
    return pages.size() == 1 ? said("CONFORMANCE_OAI_ONE_PAGE", seen.size()) : said("CONFORMANCE_OAI_LIST_DONE", pages.size(), seen.size());
  }

  private Said datestamps() throws Failed {
    expect(granularity != null, "CONFORMANCE_OAI_NO_GRANULARITY");
    if (headers.isEmpty()) {
      return notChecked();
    }
    for (Header h : headers) {
      expect(matchesGranularity(h.datestamp()), "CONFORMANCE_OAI_DATESTAMP", h.identifier(), h.datestamp(), granularity);
      // Same pattern on both sides, so the strings order as the dates do.
      expect(h.datestamp().compareTo(earliest) >= 0, "CONFORMANCE_OAI_BEFORE_EARLIEST", h.identifier(), h.datestamp(), earliest);
    }
    return said("CONFORMANCE_OAI_DATESTAMPS", headers.size(), granularity);
  }

  private Said selective() throws Failed {
    if (headers.isEmpty()) {
      return notChecked();
    }
    Header probe = headers.get(headers.size() / 2);
    String d = probe.datestamp();
    List<Header> range = listedHeaders("from", d, "until", d);
    expect(range.stream().anyMatch(h -> h.identifier().equals(probe.identifier())), "CONFORMANCE_OAI_NOT_IN_RANGE", probe.identifier(), d, d);
    for (Header h : range) {
      expect(h.datestamp().equals(d), "CONFORMANCE_OAI_OUT_OF_RANGE", h.identifier(), h.datestamp(), d, d);
    }
    if (d.length() > 10) {
      // A repository of seconds must still take days (§3.3.2).
      String day = d.substring(0, 10);
      List<Header> days = listedHeaders("from", day, "until", day);
      expect(days.stream().anyMatch(h -> h.identifier().equals(probe.identifier())), "CONFORMANCE_OAI_NOT_IN_RANGE", probe.identifier(), day, day);
    }
    return said("CONFORMANCE_OAI_RANGE", d, range.size());
  }

  private List<Header> listedHeaders(String... dates) throws Failed {
    String[] args = new String[4 + dates.length];
    args[0] = "verb";
    args[1] = "ListIdentifiers";
    args[2] = "metadataPrefix";
    args[3] = "oai_dc";
    System.arraycopy(dates, 0, args, 4, dates.length);
    List<Header> out = new ArrayList<>();
    for (Page p : list("ListIdentifiers", "header", args)) {
      noError(p);
      children(p.verb("ListIdentifiers").orElseThrow(), "header").forEach(h -> out.add(Header.of(h)));
    }
    return out;
  }

  private Said listRecords() throws Failed {
    Page p = oai.get("verb", "ListRecords", "metadataPrefix", "oai_dc");
    if (p.errors().contains("noRecordsMatch")) {
      return said("CONFORMANCE_OAI_NOT_CHECKED_EMPTY");
    }
    noError(p);
    List<Element> records = children(p.verb("ListRecords").orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(),
        "ListRecords")), "record");
    expect(!records.isEmpty(), "CONFORMANCE_OAI_NO_RECORDS");
    int deleted = 0;
    for (Element r : records) {
      Element h = child(r, "header").orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(), "header"));
      Header header = Header.of(h);
      Optional<Element> metadata = child(r, "metadata");
      if (header.deleted()) {
        deleted++;
        expect(metadata.isEmpty(), "CONFORMANCE_OAI_DELETED_WITH_METADATA", header.identifier());
      } else {
        expect(metadata.isPresent(), "CONFORMANCE_OAI_NO_METADATA", header.identifier());
        Optional<Element> dc = OaiExchange.firstElement(metadata.get());
        expect(dc.isPresent() && DC.equals(dc.get().getNamespaceURI()) && "dc".equals(dc.get().getLocalName()), "CONFORMANCE_OAI_NOT_DC",
            header.identifier(), dc.map(e -> "{" + e.getNamespaceURI() + "}" + e.getLocalName()).orElse("-"));
      }
    }
    return said("CONFORMANCE_OAI_RECORDS", records.size(), deleted);
  }

  private Said deleted() throws Failed {
    expect(deletedPolicy != null, "CONFORMANCE_OAI_NO_POLICY");
    long n = headers.stream().filter(Header::deleted).count();
    expect(n == 0 || !deletedPolicy.equals("no"), "CONFORMANCE_OAI_DELETED_UNDER_NO", n);
    return said("CONFORMANCE_OAI_DELETED", n, deletedPolicy);
  }

  private Said getRecord() throws Failed {
    if (headers.isEmpty()) {
      return notChecked();
    }
    Header want = headers.stream().filter(h -> !h.deleted()).findFirst().orElse(headers.get(0));
    Page p = oai.get("verb", "GetRecord", "identifier", want.identifier(), "metadataPrefix", "oai_dc");
    noError(p);
    Element r = p.verb("GetRecord").flatMap(g -> child(g, "record")).orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT",
        p.answer().query(), "record"));
    Header got = Header.of(child(r, "header").orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(), "header")));
    expect(got.identifier().equals(want.identifier()), "CONFORMANCE_OAI_OTHER_RECORD", want.identifier(), got.identifier());
    expect(got.datestamp().equals(want.datestamp()), "CONFORMANCE_OAI_OTHER_DATESTAMP", want.identifier(), got.datestamp(), want.datestamp());
    expect(got.deleted() || child(r, "metadata").isPresent(), "CONFORMANCE_OAI_NO_METADATA", got.identifier());
    return said("CONFORMANCE_OAI_GOT", got.identifier(), got.datestamp());
  }

  // ------------------------------------------------------------------ errors

  private Said badVerb() throws Failed {
    List<String[]> requests = List.of(new String[0], new String[] {"verb", "LibnetConformanceNoSuchVerb"},
        new String[] {"verb", "Identify", "verb", "Identify"});
    for (String[] r : requests) {
      errorWithBareRequest("badVerb", r);
    }
    return said("CONFORMANCE_OAI_ERRORS", requests.size(), "badVerb");
  }

  private Said badArgument() throws Failed {
    List<String[]> requests = new ArrayList<>(List.of(
        new String[] {"verb", "ListRecords"},
        new String[] {"verb", "Identify", "libnetConformance", "x"},
        new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "not-a-date"},
        new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2002-01-01", "until", "2002-12-31T23:59:59Z"},
        new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "resumptionToken", "libnet-conformance"}));
    if ("YYYY-MM-DD".equals(granularity)) {
      requests.add(new String[] {"verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "from", "2002-01-01T00:00:00Z"});
    }
    for (String[] r : requests) {
      errorWithBareRequest("badArgument", r);
    }
    return said("CONFORMANCE_OAI_ERRORS", requests.size(), "badArgument");
  }

  // §3.3.1: after badVerb or badArgument the request element holds the base URL only, no attributes.
  private void errorWithBareRequest(String code, String... request) throws Failed {
    Page p = oai.get(request);
    expect(p.errors().contains(code), "CONFORMANCE_OAI_ERROR", p.answer().query(), p.errors().isEmpty() ? "-" : String.join(", ", p.errors()), code);
    Element req = p.request().orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", p.answer().query(), "request"));
    expect(req.getAttributes().getLength() == 0, "CONFORMANCE_OAI_REQUEST_ATTRIBUTES", p.answer().query(), code);
  }

  private Said error(String code, String... request) throws Failed {
    Page p = oai.get(request);
    expect(p.errors().contains(code), "CONFORMANCE_OAI_ERROR", p.answer().query(), p.errors().isEmpty() ? "-" : String.join(", ", p.errors()), code);
    expect(p.verb(request[1]).isEmpty(), "CONFORMANCE_OAI_ERROR_WITH_PAYLOAD", p.answer().query(), code);
    return said("CONFORMANCE_OAI_ERRORS", 1, code);
  }

  // A range before earliestDatestamp, not one in the future: some providers (XOAI) refuse a from after now as badArgument.
  private Said noRecordsMatch() throws Failed {
    String before = "1900-01-01";
    if (earliest != null && earliest.length() >= 10) {
      try {
        before = java.time.LocalDate.parse(earliest.substring(0, 10)).minusDays(1).toString();
      } catch (java.time.DateTimeException e) {
        // an earliestDatestamp that is no date: IDENTIFY says so; 1900-01-01 serves here
      }
    }
    // In the repository's own granularity: whether days are taken too is SELECTIVE_HARVESTING's question.
    return error("noRecordsMatch", "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "until",
        "YYYY-MM-DD".equals(granularity) || granularity == null ? before : before + "T00:00:00Z");
  }

  // ------------------------------------------------------------------ plumbing

  /** Passes when the repository is empty (nothing to check), fails when its headers could not be listed. */
  private Said notChecked() throws Failed {
    expect(empty, "CONFORMANCE_OAI_NO_HEADERS_LISTED");
    return said("CONFORMANCE_OAI_NOT_CHECKED_EMPTY");
  }

  private static void noError(Page p) throws Failed {
    expect(p.errors().isEmpty(), "CONFORMANCE_OAI_UNEXPECTED_ERROR", p.answer().query(), String.join(", ", p.errors()));
  }

  private boolean matchesGranularity(String date) {
    return ("YYYY-MM-DD".equals(granularity) ? DAY : SECONDS).matcher(date).matches();
  }

  /**
   * The pages of a list, from the request {@code args} on by resumption token, at most {@link #maxPages};
   * stops at an error (the page holding it is the last) or a page without items that still gives a token.
   */
  private List<Page> list(String verb, String item, String... args) throws Failed {
    List<Page> pages = new ArrayList<>();
    Page p = oai.get(args);
    Set<String> tokens = new HashSet<>();
    while (true) {
      pages.add(p);
      Optional<Element> list = p.verb(verb);
      if (!p.errors().isEmpty() || list.isEmpty() || pages.size() >= maxPages) {
        return pages;
      }
      Optional<Element> token = child(list.get(), "resumptionToken");
      if (token.isEmpty() || token.get().getTextContent().isBlank()) {
        return pages;
      }
      String t = token.get().getTextContent().trim();
      expect(tokens.add(t), "CONFORMANCE_OAI_TOKEN_LOOP", verb, t, pages.size());
      expect(!children(list.get(), item).isEmpty(), "CONFORMANCE_OAI_EMPTY_PAGE", verb, pages.size());
      p = oai.get("verb", verb, "resumptionToken", t);
    }
  }

  /** Builds an {@link OaiConformanceSuite}. */
  public static final class Builder {
    private String baseUrl;
    private int maxPages = 5;
    private java.time.Duration timeout = java.time.Duration.ofSeconds(60);

    private Builder() {}

    /**
     * How long one answer may take, body included (default 60 seconds): a repository that trickles its bytes
     * fails the requirement being checked rather than hold the suite.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder timeout(java.time.Duration perAnswer) {
      if (perAnswer.isNegative() || perAnswer.isZero()) {
        throw new IllegalArgumentException("A timeout is positive: " + perAnswer);
      }
      this.timeout = perAnswer;
      return this;
    }

    /**
     * The repository's base URL, such as {@code https://opac.example.vn/oai}.
     *
     * @throws IllegalArgumentException when it is not an absolute http or https URL without a query
     */
    public Builder baseUrl(String url) {
      Objects.requireNonNull(url, "url");
      java.net.URI u;
      try {
        u = java.net.URI.create(url);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Not a URL: " + url, e);
      }
      if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null || u.getRawQuery() != null) {
        throw new IllegalArgumentException("An OAI-PMH base URL is http or https, with a host and no query, not " + url);
      }
      this.baseUrl = url;
      return this;
    }

    /** How many pages of a list to follow (default 5, at least 2 so that resumption is seen). */
    public Builder maxPages(int n) {
      if (n < 2) {
        throw new IllegalArgumentException("At least 2 pages, to see a resumption: " + n);
      }
      this.maxPages = n;
      return this;
    }

    /**
     * The suite.
     *
     * @throws IllegalStateException when the base URL is missing
     */
    public OaiConformanceSuite build() {
      if (baseUrl == null) {
        throw new IllegalStateException("Set the repository's baseUrl");
      }
      return new OaiConformanceSuite(this);
    }
  }
}
