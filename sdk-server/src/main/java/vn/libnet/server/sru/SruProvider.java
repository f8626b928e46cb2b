package vn.libnet.server.sru;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.cql.CqlLimits;
import vn.libnet.core.cql.CqlParser;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSyntaxException;
import vn.libnet.core.sru.SruDiagnosticCode;
import vn.libnet.core.sru.SruVersion;
import vn.libnet.marc.crosswalk.DublinCoreRecord;
import vn.libnet.marc.crosswalk.MarcToDublinCore;

/**
 * An SRU responder over a vendor's {@link SruRecordSource}, free of any web framework: it takes a
 * request's parameters and gives the response document. It speaks SRU 1.1, 1.2 and 2.0 (the version
 * asked, or the highest below it), explain (a ZeeRex 2.0 record), searchRetrieve with {@code
 * startRecord}/{@code maximumRecords} paging, {@code nextRecordPosition} and the record schemas {@code
 * marcxml} and {@code dc} packed as XML or as strings, and scan. Queries are parsed by sdk-core's CQL 1.2
 * parser within {@link Builder#cqlLimits}, so a hostile query is refused before the source sees it.
 *
 * <p>Every failure is a diagnostic of the SRU list, with its name in English and Vietnamese and details
 * that say which parameter, index or position is at fault: 4 (operation), 5 (version), 6 (a value), 7
 * (a mandatory parameter), 8 (an unknown parameter), 10/12/13/23/38 (the query), 15-39 (what the source
 * refuses), 61 (startRecord past the results), 66 (schema), 71 (packing), 72, 80, 110; a record that
 * cannot be given is a surrogate diagnostic (63, 64) in its place, the rest of the page kept. An
 * exception of the source is diagnostic 1, logged, its text never sent. {@link SruServlet} mounts it.
 * Thread-safe.
 */
public final class SruProvider {
  private static final Logger LOG = LoggerFactory.getLogger(SruProvider.class);
  private static final String RESULT_COUNT_EXACT = "info:srw/vocabulary/resultCountPrecision/1/exact";

  private final SruRecordSource source;
  private final URI baseUrl;
  private final int defaultRecords;
  private final int maximumRecords;
  private final int maximumTerms;
  private final CqlParser parser;

  private SruProvider(Builder b) {
    this.source = b.source;
    this.baseUrl = b.baseUrl;
    this.defaultRecords = b.defaultRecords;
    this.maximumRecords = b.maximumRecords;
    this.maximumTerms = b.maximumTerms;
    this.parser = CqlParser.withLimits(b.cqlLimits);
  }

  /** A builder over {@code source}. */
  public static Builder builder(SruRecordSource source) {
    return new Builder(source);
  }

  /**
   * The response to a request with {@code parameters} (each name with every value it was given) that
   * arrived at {@code requestUrl} (which explain describes unless {@link Builder#baseUrl} was set).
   * Always an SRU document: a failure is a diagnostic in it.
   */
  public SruAnswer respond(Map<String, List<String>> parameters, URI requestUrl) {
    SruArguments args = new SruArguments(parameters);
    SruVersion version;
    try {
      version = args.version();
    } catch (SruFault f) {
      return answer(args, args.fallback(), () -> failure(args.fallback(), f));
    }
    String operation = args.operation();
    return answer(args, version, () -> {
      try {
        if (!List.of(SruArguments.EXPLAIN, SruArguments.SEARCH, SruArguments.SCAN).contains(operation)) {
          throw new SruFault(SruDiagnosticCode.UNSUPPORTED_OPERATION, operation);
        }
        args.check(operation, version);
      } catch (SruFault f) {
        return operation.equals(SruArguments.SCAN) ? scanFailure(version, f) : failure(version, f);
      }
      return switch (operation) {
        case SruArguments.EXPLAIN -> explain(args, version, baseUrl != null ? baseUrl : requestUrl);
        case SruArguments.SCAN -> scan(args, version);
        default -> search(args, version);
      };
    });
  }

  private interface Body {
    String write() throws XMLStreamException;
  }

  private SruAnswer answer(SruArguments args, SruVersion version, Body body) {
    String type = "text/xml";
    if (!version.isLocVersion()) {
      String accept = args.first("httpAccept");
      type = accept != null && (accept.equals("text/xml") || accept.equals("application/xml")) ? accept : "application/sru+xml";
    }
    try {
      return new SruAnswer(type + ";charset=UTF-8", body.write());
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the SRU response", e);
    }
  }

  /** A searchRetrieve response with no records and the fatal diagnostic {@code f}. */
  private String failure(SruVersion version, SruFault f) throws XMLStreamException {
    SruXml xml = SruXml.response(version).open("searchRetrieveResponse");
    xml.text("numberOfRecords", "0");
    xml.diagnostics(List.of(f));
    return xml.finish();
  }

  private String scanFailure(SruVersion version, SruFault f) throws XMLStreamException {
    SruXml xml = SruXml.scan(version).open("scanResponse");
    xml.diagnostics(List.of(f));
    return xml.finish();
  }

  private String explain(SruArguments args, SruVersion version, URI where) throws XMLStreamException {
    SruXml xml = SruXml.response(version).open("explainResponse");
    boolean string;
    try {
      string = args.stringPacking(version);
    } catch (SruFault f) {
      // Packing is the one thing explain can get wrong; the record still goes, as XML, with the diagnostic.
      writeExplainRecord(xml, version, where, false);
      xml.diagnostics(List.of(f));
      return xml.finish();
    }
    writeExplainRecord(xml, version, where, string);
    return xml.finish();
  }

  private void writeExplainRecord(SruXml xml, SruVersion version, URI where, boolean string) throws XMLStreamException {
    SruDatabase db = source.database();
    SruXml.Part zeerex = w -> ZeeRexWriter.write(w.stax(), db, SruVersion.V2_0.protocolVersion(), where, defaultRecords, maximumRecords,
        maximumTerms);
    xml.start("record");
    xml.recordHead(ZeeRexWriter.ZEEREX, string);
    xml.start("recordData");
    if (string) {
      xml.stax().writeCharacters(xml.alone(zeerex));
    } else {
      zeerex.write(xml);
    }
    xml.end();
    xml.end();
  }

  private String search(SruArguments args, SruVersion version) throws XMLStreamException {
    String query = args.first("query");
    int start;
    int max;
    SruXml.Schema schema;
    boolean string;
    CqlQuery cql;
    SruResultPage page;
    try {
      if (query == null || query.isBlank()) {
        throw new SruFault(SruDiagnosticCode.MANDATORY_PARAMETER_MISSING, "query");
      }
      start = args.integer("startRecord", 1, false);
      max = Math.min(args.integer("maximumRecords", defaultRecords, true), maximumRecords);
      String schemaName = args.first("recordSchema");
      schema = schemaName == null ? SruXml.Schema.MARCXML : SruXml.Schema.of(schemaName);
      if (schema == null) {
        throw new SruFault(SruDiagnosticCode.UNKNOWN_SCHEMA, schemaName);
      }
      string = args.stringPacking(version);
      cql = parse(query);
      page = ask(() -> source.search(new SruSearch(cql, start - 1, max)));
    } catch (SruFault f) {
      return failure(version, f);
    }
    SruXml xml = SruXml.response(version).open("searchRetrieveResponse");
    xml.text("numberOfRecords", String.valueOf(page.total()));
    List<SruFault> diagnostics = new ArrayList<>();
    if (page.total() > 0 && start > page.total()) {
      diagnostics.add(new SruFault(SruDiagnosticCode.FIRST_RECORD_OUT_OF_RANGE, String.valueOf(start)));
    } else if (!page.hits().isEmpty()) {
      xml.start("records");
      long position = start;
      for (SruHit hit : page.hits().subList(0, Math.min(max, page.hits().size()))) {
        writeHit(xml, hit, schema, string, position++);
      }
      xml.end();
      long next = start + (long) Math.min(max, page.hits().size());
      if (next <= page.total()) {
        xml.text("nextRecordPosition", String.valueOf(next));
      }
    }
    echo(xml, args, version);
    xml.diagnostics(diagnostics);
    if (!version.isLocVersion()) {
      xml.text("resultCountPrecision", RESULT_COUNT_EXACT);
    }
    return xml.finish();
  }

  private static void writeHit(SruXml xml, SruHit hit, SruXml.Schema schema, boolean string, long position) throws XMLStreamException {
    if (hit.record() == null) {
      SruFault gone = new SruFault(SruDiagnosticCode.RECORD_TEMPORARILY_UNAVAILABLE, hit.identifier());
      xml.record(null, null, gone, schema.identifier, string, position);
      return;
    }
    if (schema == SruXml.Schema.MARCXML) {
      xml.record(hit.record(), null, null, schema.identifier, string, position);
      return;
    }
    DublinCoreRecord dc;
    try {
      dc = MarcToDublinCore.convert(hit.record());
    } catch (RuntimeException e) {
      LOG.warn("SRU: record {} does not convert to Dublin Core; answered as a surrogate diagnostic", hit.identifier(), e);
      xml.record(null, null, new SruFault(SruDiagnosticCode.SYSTEM_ERROR_IN_RETRIEVING_RECORDS, hit.identifier()), schema.identifier,
          string, position);
      return;
    }
    xml.record(null, dc, null, schema.identifier, string, position);
  }

  private static void echo(SruXml xml, SruArguments args, SruVersion version) throws XMLStreamException {
    xml.start("echoedSearchRetrieveRequest");
    if (version.isLocVersion()) {
      xml.text("version", version.protocolVersion());
    }
    List<String> names = version.isLocVersion()
        ? List.of("query", "startRecord", "maximumRecords", "recordPacking", "recordSchema")
        : List.of("queryType", "query", "startRecord", "maximumRecords", "recordXMLEscaping", "recordPacking", "recordSchema");
    for (String name : names) {
      String value = args.first(name);
      if (value != null) {
        xml.text(name, value);
      }
    }
    xml.end();
  }

  private String scan(SruArguments args, SruVersion version) throws XMLStreamException {
    List<SruScanTerm> terms;
    try {
      String clause = args.first("scanClause");
      if (clause == null || clause.isBlank()) {
        throw new SruFault(SruDiagnosticCode.MANDATORY_PARAMETER_MISSING, "scanClause");
      }
      int position = args.integer("responsePosition", 1, true);
      int count = Math.min(args.integer("maximumTerms", Math.min(20, maximumTerms), false), maximumTerms);
      SruScan scan = SruScans.of(parse(clause), clause, position, count);
      terms = ask(() -> source.scan(scan));
    } catch (SruFault f) {
      return scanFailure(version, f);
    }
    SruXml xml = SruXml.scan(version).open("scanResponse");
    if (!terms.isEmpty()) {
      xml.start("terms");
      for (SruScanTerm t : terms.subList(0, Math.min(terms.size(), maximumTerms))) {
        xml.start("term");
        xml.text("value", t.value());
        xml.text("numberOfRecords", String.valueOf(t.numberOfRecords()));
        if (t.displayTerm() != null) {
          xml.text("displayTerm", t.displayTerm());
        }
        xml.end();
      }
      xml.end();
    }
    return xml.finish();
  }

  private CqlQuery parse(String query) throws SruFault {
    try {
      return parser.parse(query);
    } catch (CqlSyntaxException e) {
      SruDiagnosticCode code = switch (e.failure()) {
        case CQL_TOO_LONG -> SruDiagnosticCode.QUERY_TOO_LONG;
        case CQL_TOO_DEEP -> SruDiagnosticCode.UNSUPPORTED_PARENTHESES;
        case CQL_TOO_MANY_CLAUSES -> SruDiagnosticCode.TOO_MANY_BOOLEANS;
        case CQL_TERM_TOO_LONG -> SruDiagnosticCode.TERM_TOO_LONG;
        default -> SruDiagnosticCode.QUERY_SYNTAX_ERROR;
      };
      throw new SruFault(code, e.message(Locale.ENGLISH));
    }
  }

  private interface SourceCall<T> {
    T call();
  }

  private static <T> T ask(SourceCall<T> call) throws SruFault {
    try {
      return Objects.requireNonNull(call.call(), "The SRU source answered null");
    } catch (SruQueryRefusal r) {
      throw new SruFault(r.diagnostic(), r.details());
    } catch (RuntimeException e) {
      LOG.warn("SRU: the record source failed; answered as diagnostic 1", e);
      throw new SruFault(SruDiagnosticCode.GENERAL_SYSTEM_ERROR, "");
    }
  }

  /** Builds an {@link SruProvider}. */
  public static final class Builder {
    private final SruRecordSource source;
    private URI baseUrl;
    private int defaultRecords = 10;
    private int maximumRecords = 100;
    private int maximumTerms = 100;
    private CqlLimits cqlLimits = CqlLimits.DEFAULTS;

    private Builder(SruRecordSource source) {
      this.source = Objects.requireNonNull(source, "source");
    }

    /** The public URL explain describes (host, port, database); by default the URL each request came to. */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** How many records an answer holds when the request does not say (10). */
    public Builder defaultRecords(int defaultRecords) {
      this.defaultRecords = positive(defaultRecords, "defaultRecords");
      return this;
    }

    /** The most records an answer holds, whatever the request asks (100): a larger maximumRecords is cut to it. */
    public Builder maximumRecords(int maximumRecords) {
      this.maximumRecords = positive(maximumRecords, "maximumRecords");
      return this;
    }

    /** The most terms a scan answer holds (100). */
    public Builder maximumTerms(int maximumTerms) {
      this.maximumTerms = positive(maximumTerms, "maximumTerms");
      return this;
    }

    /** The bounds on a query's length, nesting, clauses and terms ({@link CqlLimits#DEFAULTS}). */
    public Builder cqlLimits(CqlLimits cqlLimits) {
      this.cqlLimits = Objects.requireNonNull(cqlLimits, "cqlLimits");
      return this;
    }

    /** The provider; {@code defaultRecords} is at most {@code maximumRecords}. */
    public SruProvider build() {
      if (defaultRecords > maximumRecords) {
        throw new IllegalStateException("defaultRecords " + defaultRecords + " exceeds maximumRecords " + maximumRecords);
      }
      return new SruProvider(this);
    }

    private static int positive(int n, String name) {
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + n);
      }
      return n;
    }
  }
}
