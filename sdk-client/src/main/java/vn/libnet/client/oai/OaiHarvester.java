package vn.libnet.client.oai;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.xml.stream.XMLStreamException;
import okhttp3.HttpUrl;
import vn.libnet.client.OpenReadClient;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.internal.XmlText;

/**
 * An OAI-PMH 2.0 harvester over the SDK's HTTP stack ({@link OpenReadClient}: timeouts, the module's
 * {@link RetryPolicy} with 503 + {@code Retry-After} honoured within its cap, redirects followed for
 * these reads at most 5 times to the same scheme or to https, each logged).
 *
 * <pre>{@code
 * try (OaiHarvester oai = OaiHarvester.builder().baseUrl("https://thuvien.example.vn/oai").build()) {
 *   oai.listRecords("marc21", lastRun, null, null).forEach(r -> store(r));
 * }
 * }</pre>
 *
 * <p>Lists are lazy streams: a page is fetched when the stream reaches it, read by StAX (DTDs and
 * external entities off) and its items handed out as they are read, so memory does not grow with the
 * list; the next page is asked with the resumption token. {@code noRecordsMatch} is an empty stream;
 * every other OAI-PMH error raises {@link OaiErrorException} (an expired token is {@link
 * OaiErrorCode#BAD_RESUMPTION_TOKEN}); a token repeated within a list or more than {@link
 * Builder#maxEmptyPages(int)} empty pages in a row raise {@link OaiLoopException}; an answer that is not
 * OAI-PMH raises {@link OaiException}; an unreachable repository {@code LibnetTransportException}. Bad
 * UTF-8 and characters XML 1.0 forbids are repaired before parsing (U+FFFD, dropped) and each record they
 * fell in carries an issue ({@code OAI_BAD_UTF8}, {@code OAI_INVALID_XML_CHAR}); other malformed XML loses
 * the rest of the page, with its line and column in the exception.
 *
 * <p>{@code from} and {@code until} are formatted at the repository's granularity, taken from its Identify
 * (asked once, when first needed) unless {@link Builder#granularity} says it: {@code YYYY-MM-DD} or
 * {@code YYYY-MM-DDThh:mm:ssZ}, in UTC. Records read as MARC with {@link OaiRecord#marcRecords}, and as
 * simple Dublin Core with {@link OaiRecord#bibRecord}, which maps minimally (no crosswalk from DC exists in
 * the SDK): the first {@code dc:title} is the main title and the others variants, {@code dc:creator}
 * authors (the first the main entry), {@code dc:subject} topics, the first {@code dc:publisher} and {@code
 * dc:date} the publication (its year the first four digits), {@code dc:identifier} ISBN, ISSN or DOI when
 * it says so and otherwise "other", {@code dc:language} as written; other elements are not kept.
 *
 * <p>Thread-safe; each stream is single-threaded. Close it to release the HTTP client it built.
 */
public final class OaiHarvester implements AutoCloseable {
  private final HttpUrl baseUrl;
  private final OpenReadClient http;
  private final boolean ownsHttp;
  private final Locale locale;
  private final int maxEmptyPages;
  private volatile OaiGranularity granularity;

  private OaiHarvester(Builder b) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
    this.ownsHttp = b.http == null;
    this.http = ownsHttp ? OpenReadClient.builder().retryPolicy(b.retryPolicy).build() : b.http;
    this.locale = b.locale;
    this.maxEmptyPages = b.maxEmptyPages;
    this.granularity = b.granularity;
  }

  /** A builder; {@link Builder#baseUrl} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The repository's Identify answer. */
  public OaiIdentify identify() {
    OaiIdentify id = single("Identify", Map.of(), OaiItems::identify);
    if (granularity == null) {
      granularity = id.granularity();
    }
    return id;
  }

  /** The metadata formats of the repository. */
  public List<OaiMetadataFormat> listMetadataFormats() {
    return listMetadataFormats(null);
  }

  /**
   * The metadata formats of one item, or of the repository when {@code identifier} is null.
   *
   * @throws OaiErrorException {@code idDoesNotExist}, {@code noMetadataFormats}
   */
  public List<OaiMetadataFormat> listMetadataFormats(String identifier) {
    Map<String, String> args = identifier == null ? Map.of() : Map.of("identifier", identifier);
    return stream("ListMetadataFormats", "metadataFormat", args, OaiItems::format).toList();
  }

  /**
   * The sets of the repository, page by page.
   *
   * @throws OaiErrorException {@code noSetHierarchy} when it has none, as the stream is read
   */
  public Stream<OaiSet> listSets() {
    return stream("ListSets", "set", Map.of(), OaiItems::set);
  }

  /**
   * The headers of the records in {@code prefix} changed in {@code [from, until]} (either null for no
   * bound) in {@code set} (null for all), page by page; deletions included.
   *
   * @throws NullPointerException when {@code prefix} is null
   */
  public Stream<OaiHeader> listIdentifiers(String prefix, Instant from, Instant until, String set) {
    return stream("ListIdentifiers", "header", listArguments(prefix, from, until, set), OaiItems::header);
  }

  /**
   * The records in {@code prefix} changed in {@code [from, until]} (either null for no bound) in {@code
   * set} (null for all), page by page; deletions come out with {@link OaiRecord#deleted()} and no metadata.
   *
   * @throws NullPointerException when {@code prefix} is null
   */
  public Stream<OaiRecord> listRecords(String prefix, Instant from, Instant until, String set) {
    return stream("ListRecords", "record", listArguments(prefix, from, until, set), OaiItems.record(prefix, locale));
  }

  /**
   * One record.
   *
   * @throws OaiErrorException {@code idDoesNotExist}, {@code cannotDisseminateFormat}
   */
  public OaiRecord getRecord(String identifier, String prefix) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("identifier", Objects.requireNonNull(identifier, "identifier"));
    args.put("metadataPrefix", Objects.requireNonNull(prefix, "prefix"));
    return single("GetRecord", args, p -> {
      if (!p.nextItem("record")) {
        throw OaiException.badResponse(p.url, "GetRecord without a record", null);
      }
      return OaiItems.record(prefix, locale).parse(p);
    });
  }

  /** A record list for {@link HarvestJob}, which resumes it at a token and watches its page ends. */
  OaiList<OaiRecord> recordList(String prefix, Instant from, Instant until, String set) {
    return new OaiList<>(this::fetch, "ListRecords", "record", listArguments(prefix, from, until, set),
        OaiItems.record(prefix, locale), maxEmptyPages);
  }

  /** The repository's granularity: the builder's, or its Identify's (asked now when not yet known). */
  OaiGranularity granularity() {
    OaiGranularity g = granularity;
    return g != null ? g : identify().granularity();
  }

  /** The base URL, as a checkpoint names the repository. */
  String baseUrl() {
    return baseUrl.toString();
  }

  /** Releases the HTTP client, unless it was given to the builder. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.close();
    }
  }

  private Map<String, String> listArguments(String prefix, Instant from, Instant until, String set) {
    Map<String, String> args = new LinkedHashMap<>();
    args.put("metadataPrefix", Objects.requireNonNull(prefix, "prefix"));
    if (from != null || until != null) {
      OaiGranularity g = granularity();
      if (from != null) {
        args.put("from", g.format(from));
      }
      if (until != null) {
        args.put("until", g.format(until));
      }
    }
    if (set != null) {
      args.put("set", set);
    }
    return args;
  }

  private <T> Stream<T> stream(String verb, String item, Map<String, String> args, OaiItems.Parser<T> parser) {
    OaiList<T> list = new OaiList<>(this::fetch, verb, item, args, parser, maxEmptyPages);
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(list, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private <T> T single(String verb, Map<String, String> args, OaiItems.Parser<T> parser) {
    OaiPage page = fetch(verb, args);
    try {
      page.open(verb);
      return parser.parse(page);
    } catch (XMLStreamException e) {
      throw OaiException.badResponse(page.url, OaiList.describe(e), e);
    }
  }

  private OaiPage fetch(String verb, Map<String, String> args) {
    HttpUrl.Builder url = baseUrl.newBuilder().addQueryParameter("verb", verb);
    args.forEach(url::addQueryParameter);
    HttpUrl asked = url.build();
    OpenReadClient.Reply reply = http.get(asked);
    String where = reply.url().toString();
    XmlText text = XmlText.of(reply.body());
    if (reply.status() != 200) {
      // Some repositories state an OAI-PMH error with a 4xx: believe the error, not the status.
      try {
        new OaiPage(where, text).open(verb);
      } catch (OaiErrorException stated) {
        throw stated;
      } catch (RuntimeException | XMLStreamException notOai) {
        // Not an OAI-PMH answer: the status says it all.
      }
      throw OaiException.httpStatus(where, reply.status());
    }
    try {
      return new OaiPage(where, text);
    } catch (XMLStreamException e) {
      throw OaiException.badResponse(where, OaiList.describe(e), e);
    }
  }

  /** Builds an {@link OaiHarvester}. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private OpenReadClient http;
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Locale locale = Locale.getDefault();
    private int maxEmptyPages = 3;
    private OaiGranularity granularity;

    private Builder() {}

    /**
     * The repository's base URL (http or https; a query it has is kept).
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String url) {
      this.baseUrl = HttpUrl.get(Objects.requireNonNull(url, "url"));
      return this;
    }

    /** The repository's base URL; see {@link #baseUrl(String)}. */
    public Builder baseUrl(URI url) {
      return baseUrl(url.toString());
    }

    /** The HTTP stack to share (its timeouts and retry policy); one is built, and closed with this, unless set. */
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
     * How many empty pages with a resumption token a list accepts in a row before it is taken for a loop
     * (3 unless set; some repositories filter a page empty now and then).
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder maxEmptyPages(int pages) {
      if (pages < 0) {
        throw new IllegalArgumentException("maxEmptyPages cannot be negative: " + pages);
      }
      this.maxEmptyPages = pages;
      return this;
    }

    /** The repository's granularity, so that {@code from}/{@code until} need no Identify first. */
    public Builder granularity(OaiGranularity granularity) {
      this.granularity = Objects.requireNonNull(granularity, "granularity");
      return this;
    }

    /** The harvester. */
    public OaiHarvester build() {
      return new OaiHarvester(this);
    }
  }
}
