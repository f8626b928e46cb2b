package vn.libnet.server.oai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.stream.XMLStreamException;

/**
 * An OAI-PMH 2.0 data provider over a vendor's {@link OaiRecordSource}, free of any web framework: it takes
 * a request's parameters and gives the XML response. All six verbs, every error condition of the
 * specification (badVerb, badArgument, badResumptionToken, cannotDisseminateFormat, idDoesNotExist,
 * noRecordsMatch, noMetadataFormats, noSetHierarchy) as {@code <error>} elements, two formats ({@code
 * marc21} as MARC 21 slim and {@code oai_dc} through sdk-marc's crosswalk), and stateless resumption
 * tokens that carry their query and expire ({@link Builder#tokenLifetime}). {@link OaiServlet} mounts it.
 * Thread-safe.
 */
public final class OaiProvider {
  /** The MARC 21 slim format's prefix. */
  public static final String MARC21 = "marc21";
  /** Dublin Core's prefix. */
  public static final String OAI_DC = "oai_dc";
  private static final Map<String, String[]> FORMATS = Map.of(
      MARC21, new String[] {"http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", OaiXml.MARC},
      OAI_DC, new String[] {"http://www.openarchives.org/OAI/2.0/oai_dc.xsd", "http://www.openarchives.org/OAI/2.0/oai_dc/"});
  private static final Map<String, Set<String>> ARGUMENTS = Map.of(
      "Identify", Set.of(),
      "ListMetadataFormats", Set.of("identifier"),
      "ListSets", Set.of("resumptionToken"),
      "GetRecord", Set.of("identifier", "metadataPrefix"),
      "ListIdentifiers", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"),
      "ListRecords", Set.of("metadataPrefix", "from", "until", "set", "resumptionToken"));

  private final OaiRecordSource source;
  private final int pageSize;
  private final Duration tokenLifetime;
  private final Clock clock;

  private OaiProvider(Builder b) {
    this.source = b.source;
    this.pageSize = b.pageSize;
    this.tokenLifetime = b.tokenLifetime;
    this.clock = b.clock;
  }

  /** A builder over {@code source}. */
  public static Builder builder(OaiRecordSource source) {
    return new Builder(source);
  }

  /** An OAI-PMH protocol failure, answered as {@code <error code="...">}. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    Failure(String code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  /**
   * The response to a request with {@code parameters} (each name with every value it was given, from the
   * query or a form body). Always an OAI-PMH document: a protocol error is an {@code <error>} in it.
   */
  public String respond(Map<String, List<String>> parameters) {
    Instant now = clock.instant();
    OaiRepository repo = source.repository();
    Map<String, String> args = new LinkedHashMap<>();
    try {
      String verb = single(parameters, "verb", "badVerb");
      if (verb == null || !ARGUMENTS.containsKey(verb)) {
        throw new Failure("badVerb", verb == null ? "No verb given" : "Not a verb of OAI-PMH 2.0: " + verb);
      }
      for (Map.Entry<String, List<String>> p : parameters.entrySet()) {
        if (p.getKey().equals("verb")) {
          continue;
        }
        if (!ARGUMENTS.get(verb).contains(p.getKey())) {
          throw new Failure("badArgument", "Not an argument of " + verb + ": " + p.getKey());
        }
        args.put(p.getKey(), single(parameters, p.getKey(), "badArgument"));
      }
      OaiXml xml = new OaiXml(repo.secondsGranularity());
      Map<String, String> echoed = new LinkedHashMap<>();
      echoed.put("verb", verb);
      echoed.putAll(args);
      xml.open(now, repo.baseUrl(), echoed);
      try {
        answer(xml, verb, args, repo, now);
      } catch (Failure f) {
        if (f.code.equals("badArgument")) {
          // Found while answering (a required argument missing, a bad date): still no attributes (§3.2).
          throw f;
        }
        xml.error(f.code, f.getMessage());
      }
      return xml.finish();
    } catch (Failure f) {
      // badVerb and badArgument: the request element carries no attributes (OAI-PMH 2.0 §3.2).
      return errorDocument(repo, now, f);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the OAI-PMH response", e);
    }
  }

  private String errorDocument(OaiRepository repo, Instant now, Failure f) {
    try {
      OaiXml xml = new OaiXml(repo.secondsGranularity()).open(now, repo.baseUrl(), Map.of());
      xml.error(f.code, f.getMessage());
      return xml.finish();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the OAI-PMH response", e);
    }
  }

  private static String single(Map<String, List<String>> parameters, String name, String code) throws Failure {
    List<String> v = parameters.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw new Failure(code, "The argument " + name + " is repeated");
    }
    return v.get(0);
  }

  private void answer(OaiXml xml, String verb, Map<String, String> args, OaiRepository repo, Instant now)
      throws Failure, XMLStreamException {
    switch (verb) {
      case "Identify" -> identify(xml, repo);
      case "ListMetadataFormats" -> formats(xml, args.get("identifier"));
      case "ListSets" -> sets(xml, args);
      case "GetRecord" -> getRecord(xml, args);
      default -> list(xml, verb.equals("ListRecords"), args, repo, now);
    }
  }

  private void identify(OaiXml xml, OaiRepository repo) throws XMLStreamException {
    xml.start("Identify");
    xml.text("repositoryName", repo.name());
    xml.text("baseURL", repo.baseUrl());
    xml.text("protocolVersion", "2.0");
    for (String e : repo.adminEmails()) {
      xml.text("adminEmail", e);
    }
    xml.text("earliestDatestamp", xml.date(repo.earliestDatestamp()));
    xml.text("deletedRecord", repo.deletedRecord());
    xml.text("granularity", repo.secondsGranularity() ? "YYYY-MM-DDThh:mm:ssZ" : "YYYY-MM-DD");
    xml.end();
  }

  private void formats(OaiXml xml, String identifier) throws Failure, XMLStreamException {
    if (identifier != null) {
      OaiItem item = source.item(identifier).orElseThrow(() -> new Failure("idDoesNotExist", "No item " + identifier));
      if (item.deleted()) {
        throw new Failure("noMetadataFormats", "The item " + identifier + " was deleted");
      }
    }
    xml.start("ListMetadataFormats");
    for (String prefix : List.of(MARC21, OAI_DC)) {
      xml.start("metadataFormat");
      xml.text("metadataPrefix", prefix);
      xml.text("schema", FORMATS.get(prefix)[0]);
      xml.text("metadataNamespace", FORMATS.get(prefix)[1]);
      xml.end();
    }
    xml.end();
  }

  private void sets(OaiXml xml, Map<String, String> args) throws Failure, XMLStreamException {
    if (args.containsKey("resumptionToken")) {
      throw new Failure("badResumptionToken", "ListSets is answered whole; there is no token to resume");
    }
    List<OaiSetSpec> sets = source.sets();
    if (sets.isEmpty()) {
      throw new Failure("noSetHierarchy", "This repository has no sets");
    }
    xml.start("ListSets");
    for (OaiSetSpec s : sets) {
      xml.start("set");
      xml.text("setSpec", s.spec());
      xml.text("setName", s.name());
      xml.end();
    }
    xml.end();
  }

  private void getRecord(OaiXml xml, Map<String, String> args) throws Failure, XMLStreamException {
    String id = required(args, "identifier");
    String prefix = format(required(args, "metadataPrefix"));
    OaiItem item = source.item(id).orElseThrow(() -> new Failure("idDoesNotExist", "No item " + id));
    xml.start("GetRecord");
    xml.record(item, prefix);
    xml.end();
  }

  private void list(OaiXml xml, boolean records, Map<String, String> args, OaiRepository repo, Instant now)
      throws Failure, XMLStreamException {
    OaiResumptionToken query;
    if (args.containsKey("resumptionToken")) {
      if (args.size() > 1) {
        throw new Failure("badArgument", "resumptionToken is an exclusive argument");
      }
      query = OaiResumptionToken.decode(args.get("resumptionToken"))
          .filter(t -> t.expires().isAfter(now) && FORMATS.containsKey(t.prefix()))
          .orElseThrow(() -> new Failure("badResumptionToken", "The resumption token is not one of this repository's, or it has expired"));
    } else {
      String prefix = format(required(args, "metadataPrefix"));
      Instant from = date(args.get("from"), repo, false);
      Instant until = date(args.get("until"), repo, true);
      if (args.get("from") != null && args.get("until") != null && args.get("from").length() != args.get("until").length()) {
        throw new Failure("badArgument", "from and until have different granularities");
      }
      if (from != null && until != null && from.isAfter(until)) {
        throw new Failure("badArgument", "from is later than until");
      }
      String set = args.get("set");
      if (set != null && source.sets().isEmpty()) {
        throw new Failure("noSetHierarchy", "This repository has no sets");
      }
      // The list's end is fixed now: what changes while it is harvested falls after it, never in a gap.
      query = new OaiResumptionToken(prefix, from, until != null ? until : now, set, null, null);
    }
    List<OaiItem> page = source.items(query.from(), query.until(), query.set(), query.after(), pageSize + 1);
    if (page.isEmpty()) {
      // At a resumption too: records removed between pages can leave it empty, and a list holds at least one.
      throw new Failure("noRecordsMatch", "No record matches these arguments");
    }
    boolean more = page.size() > pageSize;
    List<OaiItem> shown = more ? page.subList(0, pageSize) : page;
    xml.start(records ? "ListRecords" : "ListIdentifiers");
    for (OaiItem item : shown) {
      if (records) {
        xml.record(item, query.prefix());
      } else {
        xml.header(item);
      }
    }
    if (more) {
      OaiItem last = shown.get(shown.size() - 1);
      xml.token(new OaiResumptionToken(query.prefix(), query.from(), query.until(), query.set(), last.position(),
          now.plus(tokenLifetime)).encode(), null);
    } else if (query.after() != null) {
      // The last page of a resumed list says so with an empty token.
      xml.token(null, null);
    }
    xml.end();
  }

  private static String required(Map<String, String> args, String name) throws Failure {
    String v = args.get(name);
    if (v == null || v.isEmpty()) {
      throw new Failure("badArgument", "The argument " + name + " is required");
    }
    return v;
  }

  private static String format(String prefix) throws Failure {
    if (!FORMATS.containsKey(prefix)) {
      throw new Failure("cannotDisseminateFormat", "This repository disseminates marc21 and oai_dc, not " + prefix);
    }
    return prefix;
  }

  // A day (YYYY-MM-DD) always; seconds (YYYY-MM-DDThh:mm:ssZ) only where the repository has them.
  private static Instant date(String s, OaiRepository repo, boolean endOfUnit) throws Failure {
    if (s == null) {
      return null;
    }
    try {
      if (s.length() == 10) {
        LocalDate d = LocalDate.parse(s);
        return endOfUnit ? d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1) : d.atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      // The specification's form exactly: a capital T and Z, seconds 00-59 (the JDK's parser would take a
      // lower-case t and a leap second).
      if (repo.secondsGranularity() && s.matches("\\d{4}-\\d{2}-\\d{2}T([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\dZ")) {
        // until names a whole second, as it names a whole day: a datestamp kept finer (12:00:05.4) is within 12:00:05.
        Instant t = Instant.parse(s);
        return endOfUnit ? t.plusSeconds(1).minusNanos(1) : t;
      }
    } catch (DateTimeParseException bad) {
      // answered below
    }
    throw new Failure("badArgument", "Not a date of this repository's granularity: " + s);
  }

  /** Builds an {@link OaiProvider}. */
  public static final class Builder {
    private final OaiRecordSource source;
    private int pageSize = 100;
    private Duration tokenLifetime = Duration.ofHours(24);
    private Clock clock = Clock.systemUTC();

    private Builder(OaiRecordSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /** Records or headers per page (100 unless set). */
    public Builder pageSize(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("At least one item per page");
      }
      this.pageSize = n;
      return this;
    }

    /** How long a resumption token stays good (24 hours unless set); an older one is badResumptionToken. */
    public Builder tokenLifetime(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("A positive token lifetime");
      }
      this.tokenLifetime = d;
      return this;
    }

    /** The clock for responseDate and token expiry. */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /** The provider. */
    public OaiProvider build() {
      return new OaiProvider(this);
    }
  }

  /** The prefixes this provider disseminates. */
  public static List<String> formats() {
    return List.of(MARC21, OAI_DC);
  }
}
