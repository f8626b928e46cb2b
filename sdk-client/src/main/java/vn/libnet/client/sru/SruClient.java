package vn.libnet.client.sru;

import vn.libnet.core.sru.SruVersion;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLStreamException;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.OpenReadClient;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.internal.XmlCursor;
import vn.libnet.client.internal.XmlText;

/**
 * An SRU client (SRU 1.1 and 1.2 of the Library of Congress, SRU 2.0 of OASIS) over the SDK's HTTP stack
 * for open reads ({@link OpenReadClient}: timeouts, the module's {@link RetryPolicy} with 429/503 and
 * {@code Retry-After} honoured within its cap, redirects followed at most 5 times to the same scheme or
 * to https, a limit on the length of an answer).
 *
 * <pre>{@code
 * try (SruClient sru = SruClient.builder().baseUrl("https://thuvien.example.vn/sru").sruVersion(SruVersion.V1_2)
 *     .recordSchema("marcxml").maximumRecords(50).build()) {
 *   SruResult result = sru.searchRetrieve("dc.title = \"lịch sử\"");
 *   long hits = result.numberOfRecords();
 *   result.records().limit(200).forEach(r -> store(r.marcRecords(ReadOptions.lenient())));
 * }
 * }</pre>
 *
 * <p>Queries are CQL strings, sent as written. Answers are read by StAX (DTDs and external entities off)
 * by local name, so every prefix ({@code zs:}, {@code srw:}, {@code sru:}, none) and both versions'
 * namespaces are read alike, whatever the media type ({@code text/xml}, {@code application/sru+xml}); records
 * packed as XML or as strings come out the same ({@link SruRecord#data()}). Bad UTF-8 and characters XML 1.0
 * forbids are repaired before parsing (U+FFFD, dropped) and each record they fell in carries an issue
 * ({@code SRU_BAD_UTF8}, {@code SRU_INVALID_XML_CHAR}); other malformed XML loses the page, with its line
 * and column in the {@link SruException}.
 *
 * <p>Diagnostics: an answer without records (or without its explain record, or its terms) whose
 * diagnostics say why raises {@link SruDiagnosticException}; diagnostics beside results are {@link
 * SruResult#diagnostics()}; a surrogate diagnostic in place of a record is that record's {@link
 * SruRecord#diagnostic()}, and the rest of the page is read. An HTTP status other than 200 whose body
 * carries SRU diagnostics raises them; without, {@link SruException}. An unreachable server raises {@code
 * LibnetTransportException}.
 *
 * <p>Thread-safe; each result's stream is single-threaded. Close it to release the HTTP client it built.
 */
public final class SruClient implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SruClient.class);

  private final HttpUrl baseUrl;
  private final SruVersion version;
  private final OpenReadClient http;
  private final boolean ownsHttp;
  private final Locale locale;
  private final int maximumRecords;
  private final String recordSchema;
  private final SruRecordPacking packing;

  private SruClient(Builder b) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
    this.version = b.version;
    this.ownsHttp = b.http == null;
    this.http = ownsHttp ? OpenReadClient.builder().retryPolicy(b.retryPolicy).build() : b.http;
    this.locale = b.locale;
    this.maximumRecords = b.maximumRecords;
    this.recordSchema = b.recordSchema;
    this.packing = b.packing;
  }

  /** A builder; {@link Builder#baseUrl} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The server's explain record: its indexes, schemas, defaults and version.
   *
   * @throws SruDiagnosticException when the server answers with diagnostics and no explain record
   * @throws SruException when the answer is not an SRU explain response
   */
  public SruExplain explain() {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("operation", "explain");
    args.put("version", version.protocolVersion());
    SruPage page = fetch(args, "explainResponse", 1);
    SruExplain explain;
    try {
      explain = page.explain();
    } catch (XMLStreamException e) {
      throw SruException.badResponse(page.url, XmlCursor.describe(e), e);
    }
    if (explain == null) {
      throw page.diagnostics().isEmpty() ? SruException.badResponse(page.url, "an explain response without an explain record", null)
          : new SruDiagnosticException(page.url, page.diagnostics());
    }
    return explain;
  }

  /**
   * Searches with a CQL {@code query} from the first record, {@link Builder#maximumRecords} a page, in
   * {@link Builder#recordSchema}; see {@link SruResult} for the paging.
   *
   * @throws SruDiagnosticException when the server refuses the search (query syntax error, unsupported index...)
   * @throws SruException when the answer is not an SRU searchRetrieve response
   */
  public SruResult searchRetrieve(String query) {
    return searchRetrieve(query, 1);
  }

  /**
   * Searches with a CQL {@code query} from the record at {@code startRecord} (1 = the first).
   *
   * @throws IllegalArgumentException when {@code startRecord} is below 1
   * @throws SruDiagnosticException when the server refuses the search
   * @throws SruException when the answer is not an SRU searchRetrieve response
   */
  public SruResult searchRetrieve(String query, int startRecord) {
    Objects.requireNonNull(query, "query");
    if (startRecord < 1) {
      throw new IllegalArgumentException("startRecord must be 1 or more, not " + startRecord);
    }
    SruPager.Page first = page(query, startRecord);
    return new SruResult(first, diagnostics -> new SruPager(first, startRecord, start -> page(query, start), maximumRecords > 0,
        diagnostics::addAll));
  }

  /**
   * The terms of {@code index} around {@code term} (the server's default number of them).
   *
   * @throws SruDiagnosticException when the server answers with diagnostics and no terms
   * @throws SruException when the answer is not an SRU scan response
   */
  public List<SruTerm> scan(String index, String term) {
    return scan(index, term, 0);
  }

  /**
   * The terms of {@code index} around {@code term}, at most {@code maximumTerms} of them (0 for the server's default).
   *
   * @throws IllegalArgumentException when {@code maximumTerms} is negative
   * @throws SruDiagnosticException when the server answers with diagnostics and no terms
   * @throws SruException when the answer is not an SRU scan response
   */
  public List<SruTerm> scan(String index, String term, int maximumTerms) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(term, "term");
    if (maximumTerms < 0) {
      throw new IllegalArgumentException("maximumTerms cannot be negative: " + maximumTerms);
    }
    Map<String, String> args = new LinkedHashMap<>();
    args.put("operation", "scan");
    args.put("version", version.protocolVersion());
    args.put("scanClause", index + "=" + quoted(term));
    if (maximumTerms > 0) {
      args.put("maximumTerms", String.valueOf(maximumTerms));
    }
    SruPage page = fetch(args, "scanResponse", 1);
    List<SruTerm> terms;
    try {
      terms = page.terms();
    } catch (XMLStreamException e) {
      throw SruException.badResponse(page.url, XmlCursor.describe(e), e);
    }
    if (terms.isEmpty() && !page.diagnostics().isEmpty()) {
      throw new SruDiagnosticException(page.url, page.diagnostics());
    }
    if (!page.diagnostics().isEmpty()) {
      LOG.info("{}: the scan came with diagnostics {}", page.url, page.diagnostics());
    }
    return terms;
  }

  /** Releases the HTTP client, unless it was given to the builder. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.close();
    }
  }

  /** A CQL quoted string: backslash and double quote escaped with a backslash. */
  static String quoted(String term) {
    return '"' + term.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  private SruPager.Page page(String query, int start) {
    Map<String, String> args = new LinkedHashMap<>();
    if (version.isLocVersion()) {
      args.put("operation", "searchRetrieve");
    }
    args.put("version", version.protocolVersion());
    args.put("query", query);
    args.put("startRecord", String.valueOf(start));
    args.put("maximumRecords", String.valueOf(maximumRecords));
    if (recordSchema != null) {
      args.put("recordSchema", recordSchema);
    }
    String escaping = packing == SruRecordPacking.STRING ? "string" : "xml";
    args.put(version.isLocVersion() ? "recordPacking" : "recordXMLEscaping", escaping);
    SruPage page = fetch(args, "searchRetrieveResponse", start);
    try {
      return page.readAll();
    } catch (XMLStreamException e) {
      throw SruException.badResponse(page.url, XmlCursor.describe(e), e);
    }
  }

  private SruPage fetch(Map<String, String> args, String root, int start) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    args.forEach(url::setQueryParameter);
    OpenReadClient.Reply reply = http.get(url.build());
    String where = reply.url().toString();
    XmlText text = XmlText.of(reply.body());
    if (reply.status() != 200) {
      // Some servers state their diagnostics with a 4xx or 5xx: believe the diagnostics, not the status.
      List<SruDiagnostic> stated = List.of();
      try {
        SruPage page = new SruPage(where, text, start, locale);
        page.open(root);
        stated = page.readAll().diagnostics();
      } catch (RuntimeException | XMLStreamException notSru) {
        // Not an SRU answer: the status says it all.
      }
      if (!stated.isEmpty()) {
        throw new SruDiagnosticException(where, stated);
      }
      throw SruException.httpStatus(where, reply.status());
    }
    if (text.repairs() > 0) {
      LOG.warn("{}: {} repair(s) of bad UTF-8 or characters XML forbids; each record they fell in carries an issue", where, text.repairs());
    }
    try {
      SruPage page = new SruPage(where, text, start, locale);
      page.open(root);
      return page;
    } catch (XMLStreamException e) {
      throw SruException.badResponse(where, XmlCursor.describe(e), e);
    }
  }

  /** Builds an {@link SruClient}. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private SruVersion version = SruVersion.V1_2;
    private OpenReadClient http;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Locale locale = Locale.getDefault();
    private int maximumRecords = 10;
    private String recordSchema;
    private SruRecordPacking packing = SruRecordPacking.XML;

    private Builder() {}

    /**
     * The server's base URL (http or https; a query it has, such as {@code x-username}, is kept).
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String url) {
      this.baseUrl = HttpUrl.get(Objects.requireNonNull(url, "url"));
      return this;
    }

    /** The server's base URL; see {@link #baseUrl(String)}. */
    public Builder baseUrl(URI url) {
      return baseUrl(url.toString());
    }

    /** The SRU version to ask in ({@link SruVersion#V1_2} unless set). */
    public Builder sruVersion(SruVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** The HTTP stack to share (its timeouts, retry policy and size limit); one is built, and closed with this, unless set. */
    public Builder httpClient(OpenReadClient client) {
      this.http = Objects.requireNonNull(client, "client");
      return this;
    }

    /** The retry policy of the HTTP stack built here ({@link RetryPolicy#DEFAULT}); ignored with {@link #httpClient}. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** The language of the records' issues (the JVM's default unless set). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * How many records to ask for in each page (10 unless set); 0 asks only for the hit count.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder maximumRecords(int records) {
      if (records < 0) {
        throw new IllegalArgumentException("maximumRecords cannot be negative: " + records);
      }
      this.maximumRecords = records;
      return this;
    }

    /** The {@code recordSchema} to ask for ({@code marcxml}, {@code dc}, a URI...); the server's default unless set. */
    public Builder recordSchema(String schema) {
      this.recordSchema = Objects.requireNonNull(schema, "schema");
      return this;
    }

    /** How records should be packed ({@link SruRecordPacking#XML} unless set); both are read whatever the server does. */
    public Builder recordPacking(SruRecordPacking packing) {
      this.packing = Objects.requireNonNull(packing, "packing");
      return this;
    }

    /** The client. */
    public SruClient build() {
      return new SruClient(this);
    }
  }
}
