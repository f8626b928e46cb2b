package vn.libnet.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import vn.libnet.core.LibnetVersion;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.LibraryFilter;
import vn.libnet.client.model.Page;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.id.Isil;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * The client of LibNet API v1, the national library network's hub: the national database of libraries,
 * the union catalogue, digitization, readiness surveys and statistics. One method per operation of the
 * specification ({@code openapi/libnet-v1.yaml} in this jar).
 *
 * <p>Every write is signed with the library's key (RFC 9421, LibNet profile) and carries {@code
 * Content-Digest} and one {@code Idempotency-Key} for all its tries; with a key, reads are signed too.
 * Every answer must carry a valid hub signature and digest and, when the request was signed, cover that
 * request's own signature (so an answer to any other request, replayed, is refused), or it is refused
 * with {@link LibnetSignatureException}; an unsigned answer is a transport fault, retried under the
 * policy's backoff (its {@code Retry-After} is not believed) and then refused. Redirects are never
 * followed on their own: a 3xx raises {@link LibnetRedirectException}, unless reads may follow the ones
 * the hub signed ({@link Builder#followRedirectsForReads(boolean)}). Connection faults, timeouts,
 * 429 and 503 are retried under the {@link RetryPolicy}; other refusals raise {@link
 * LibnetProblemException} with the hub's problem document. Lists are lazy streams over cursors: pages are
 * fetched as the stream is consumed, and a fault while paging raises from the stream.
 *
 * <pre>{@code
 * LibnetClient hub = LibnetClient.builder()
 *     .baseUrl("https://hub.libnet.vn/")
 *     .libraryIsil("VN-HaNoi-TVHN")
 *     .signingKey("VN-HaNoi-TVHN#k1", Keys.privateKeyFromPem(pem))
 *     .hubKeys(HubKeys.pinnedJwks(hubJwks))
 *     .build();
 * ContributionResult r = hub.contributeRecords(RecordBatch.of(records));
 * }</pre>
 *
 * <p>Thread-safe; build one per library and hub and share it. {@link #close()} releases its threads and
 * connections (unless they belong to an {@link Builder#okHttpClient(OkHttpClient) OkHttpClient you gave}).
 */
public final class LibnetClient implements AutoCloseable {
  /**
   * The {@code User-Agent} product token of this SDK, {@code libnet-sdk-java/<version>}; the version is
   * the build's ({@link LibnetVersion#current()}), never typed here.
   */
  public static final String USER_AGENT = "libnet-sdk-java/" + LibnetVersion.current();

  private final HttpUrl baseUrl;
  private final String isil;
  private final boolean canSign;
  private final LibnetApi api;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final ObjectMapper json = LibnetJson.mapper();

  private LibnetClient(Builder b) {
    this.baseUrl = Objects.requireNonNull(b.baseUrl, "baseUrl");
    this.isil = b.isil;
    this.canSign = b.signingKey != null;
    OkHttpClient base = b.okHttp != null ? b.okHttp : new OkHttpClient();
    this.ownsHttp = b.okHttp == null;
    OkHttpClient.Builder tuned = base.newBuilder();
    if (ownsHttp) {
      // A caller's client keeps its own socket factory (a proxy, say).
      tuned.socketFactory(new NoDelaySocketFactory());
    }
    OkHttpClient plain = tuned
        .connectTimeout(b.connectTimeout).readTimeout(b.readTimeout).writeTimeout(b.readTimeout)
        // Retries belong to RetryInterceptor, which signs each try afresh; OkHttp's own would resend a used nonce.
        .retryOnConnectionFailure(false)
        // Never OkHttp's own redirects: it would send a write (307) again to the new URL, and a signed one at
        // that. RedirectInterceptor decides instead.
        .followRedirects(false).followSslRedirects(false)
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", b.userAgent).build()))
        .build();
    KeyResolver hubKeys = b.hubKeys.isPinned() ? b.hubKeys.pinnedResolver()
        : new JwksResolver(plain, baseUrl, b.clock, b.hubKeys.anchor());
    OkHttpClient.Builder signed = plain.newBuilder()
        .addInterceptor(new IdempotencyInterceptor())
        // Outside the retries: each hop of a followed redirect is a call of its own, retried and verified.
        .addInterceptor(new RedirectInterceptor(b.followRedirectsForReads))
        .addInterceptor(new RetryInterceptor(b.retryPolicy))
        // On the wire, outermost first: each answer is verified against the exact request sent for it
        // (the profile binds answers to the request's signature), so a try with a bad answer is a fault.
        .addNetworkInterceptor(new VerifyingInterceptor(LibnetSignatures.responseVerifier(hubKeys, b.clock)));
    if (canSign) {
      // A network interceptor, so that OkHttp's own follow-ups (a 503 with Retry-After: 0 is sent again at
      // once) carry a fresh signature too, not a replayed nonce. Reads are signed too: the hub's answer
      // covers the request's signature, which binds it to this request alone.
      signed.addNetworkInterceptor(new SigningInterceptor(b.keyId, b.algorithm, b.signingKey, b.clock));
    }
    this.http = signed.build();
    this.api = new Retrofit.Builder().baseUrl(baseUrl).client(http)
        .addConverterFactory(JacksonConverterFactory.create(json)).build().create(LibnetApi.class);
  }

  /** A builder; {@link Builder#baseUrl} is required, and a signing key for writes. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The hub's base URL, always ending with {@code /}. A {@link URI}, not OkHttp's {@code HttpUrl}: the
   * HTTP library is this client's business, not its callers'.
   */
  public URI baseUrl() {
    return baseUrl.uri();
  }

  // ---------------------------------------------------------------- libraries

  /** The libraries of the national database that match {@code filter}, page by page as consumed. */
  public Stream<Library> listLibraries(LibraryFilter filter) {
    return paged(c -> api.listLibraries(filter.provinceCode(), filter.type() == null ? null : filter.type().name(),
        filter.text(), c, null));
  }

  /**
   * The library {@code isil} with its entity tag, for {@link #saveLibrary}.
   *
   * @throws LibnetProblemException {@code NOT_FOUND} when the hub has no such library
   */
  public Versioned<Library> getLibrary(String isil) {
    Response<Library> r = execute(api.getLibrary(isil));
    return new Versioned<>(r.body(), r.headers().get("ETag"));
  }

  /**
   * Creates or replaces this client's own library profile. Give the entity tag of the version you read
   * ({@code null} to create): the hub answers 409 CONFLICT if the profile changed meanwhile, and 428 if an
   * existing profile is replaced without a tag.
   */
  public Versioned<Library> saveLibrary(Library library, String ifMatch) {
    requireSigner();
    Response<Library> r = execute(api.saveLibrary(library.isil(), ifMatch, null, library));
    return new Versioned<>(r.body(), r.headers().get("ETag"));
  }

  // ---------------------------------------------------------------- keys

  /** The hub's own public keys (its JWKS), as published; verification uses the keys given to the builder. */
  public List<VerificationKey> getHubKeys() {
    JsonNode jwks = execute(api.getHubKeys()).body();
    return VerificationKey.fromJwks(String.valueOf(jwks));
  }

  /** The public keys registered for library {@code isil}. */
  public List<PublicKeyInfo> listLibraryKeys(String isil) {
    return execute(api.listLibraryKeys(isil)).body();
  }

  /**
   * Registers a public key for library {@code isil}; signed by a key the hub already trusts for it (or by
   * the hub's administrator key).
   */
  public PublicKeyInfo registerLibraryKey(String isil, PublicKeyInfo key) {
    requireSigner();
    return execute(api.registerLibraryKey(isil, null, key)).body();
  }

  // ---------------------------------------------------------------- union catalogue

  /** Contributes a batch of records (with their 852 holdings) to the union catalogue. */
  public ContributionResult contributeRecords(RecordBatch batch) {
    return contributeRecords(batch, ContributeOptions.DEFAULT);
  }

  /**
   * Contributes a batch, or with {@link ContributeOptions#dryRun()} only validates and matches it. The
   * answer has one outcome per record: accepted, merged into an existing cluster, or rejected with issues.
   */
  public ContributionResult contributeRecords(RecordBatch batch, ContributeOptions options) {
    requireSigner();
    return execute(api.contributeRecords(options.dryRun() ? Boolean.TRUE : null, options.idempotencyKey(),
        batch.requestBody())).body();
  }

  /**
   * A union-catalogue record by id.
   *
   * @throws LibnetProblemException {@code NOT_FOUND}
   */
  public CatalogRecord getRecord(String id) {
    return execute(api.getRecord(id)).body();
  }

  /**
   * Sets (creates or replaces) one of this library's holdings; {@code ifMatch} is the entity tag of the
   * version replaced, or {@code null}.
   */
  public Versioned<Holding> setHolding(Holding holding, String ifMatch) {
    requireSigner();
    Response<Holding> r = execute(api.setHolding(holding.ownerIsil(), holding.localId(), ifMatch, null, holding));
    return new Versioned<>(r.body(), r.headers().get("ETag"));
  }

  /**
   * Removes one of this library's holdings; removing one that is not there is not an error.
   *
   * @return whether the holding was there
   */
  public boolean unsetHolding(String ownerIsil, String localId) {
    requireSigner();
    return execute(api.unsetHolding(ownerIsil, localId, null)).body().path("removed").asBoolean();
  }

  /** The union-catalogue records matching a CQL query (e.g. {@code title any "lịch sử"}), page by page. */
  public Stream<CatalogRecord> searchCatalog(String cql) {
    return paged(c -> api.searchCatalog(cql, c, null));
  }

  /**
   * One page of the changes feed after {@code cursor} ({@code null} from the beginning). The page's
   * {@link Page#next()} is where to continue, also when it is empty: keep it and poll again later.
   */
  public Page<Change> listChanges(String cursor, int limit) {
    return execute(api.listChanges(cursor, limit)).body();
  }

  /** Every change after {@code cursor} up to the current end of the feed, page by page as consumed. */
  public Stream<Change> changesSince(String cursor) {
    return paged(c -> api.listChanges(c == null ? cursor : c, null));
  }

  // ---------------------------------------------------------------- digitization

  /** Registers a digitized object with its file manifest. */
  public DigitalObject registerDigitalObject(DigitalObject object) {
    requireSigner();
    return execute(api.registerDigitalObject(null, object)).body();
  }

  /**
   * A digitized object by id.
   *
   * @throws LibnetProblemException {@code NOT_FOUND}
   */
  public DigitalObject getDigitalObject(String id) {
    return execute(api.getDigitalObject(id)).body();
  }

  /** The digitized objects of library {@code isil} ({@code null} for every library), page by page. */
  public Stream<DigitalObject> listDigitalObjects(String isil) {
    return paged(c -> api.listDigitalObjects(isil, c, null));
  }

  /**
   * Stores (creates or replaces) the IIIF Presentation 3.0 manifest of one of this library's registered
   * objects, sent as these exact bytes (UTF-8 JSON, {@code application/ld+json}); the hub validates it and
   * refuses one with errors ({@code VALIDATION_FAILED}, each issue with its code and JSON Pointer). {@code
   * ifMatch} is the entity tag of the version replaced, {@code "*"} for none yet, or {@code null} to replace
   * whatever is there.
   *
   * @return the manifest as the hub stored it, with its entity tag
   * @throws LibnetProblemException {@code NOT_FOUND} for an object the hub does not know, {@code FORBIDDEN}
   *     for another library's object, {@code PAYLOAD_TOO_LARGE} over the hub's limit
   */
  public Versioned<JsonNode> putDigitalObjectManifest(String objectId, byte[] manifest, String ifMatch) {
    requireSigner();
    Response<JsonNode> r = execute(api.putDigitalObjectManifest(objectId, ifMatch, null,
        okhttp3.RequestBody.create(manifest.clone(), Http.LD_JSON)));
    return new Versioned<>(r.body(), r.headers().get("ETag"));
  }

  /**
   * The IIIF Presentation 3.0 manifest of a digitized object, with its entity tag (a public read: signed
   * when this client has a key, verified always).
   *
   * @throws LibnetProblemException {@code NOT_FOUND} when the object is unknown or has no manifest
   */
  public Versioned<JsonNode> getDigitalObjectManifest(String objectId) {
    Response<JsonNode> r = execute(api.getDigitalObjectManifest(objectId));
    return new Versioned<>(r.body(), r.headers().get("ETag"));
  }

  // ---------------------------------------------------------------- surveys and statistics

  /** A readiness questionnaire (Decision 206/QĐ-TTg), e.g. {@code qd206-2021}. */
  public Questionnaire getQuestionnaire(String id) {
    return execute(api.getQuestionnaire(id)).body();
  }

  /**
   * Submits a library's declared answers to {@link ReadinessResponse#questionnaireId()}, signed; the hub
   * checks them against the library's registered profile, adds what it measures itself and answers with
   * the library's score. Sent by the library, the provincial public library of its province, or the
   * administrator; a response carrying {@code measured} values is refused (the hub measures).
   */
  public LibraryScore submitReadinessResponse(ReadinessResponse response) {
    requireSigner();
    return execute(api.submitReadinessResponse(response.questionnaireId(), null, response)).body();
  }

  /** The scores stored for a questionnaire, of one library or ({@code null}) of all, in ISIL order. */
  public Stream<LibraryScore> listReadinessScores(String questionnaireId, String isil) {
    return paged(c -> api.listReadinessScores(questionnaireId, isil, c, null));
  }

  /**
   * The readiness of every library registered on the hub, {@code by} {@code province} (the units of 2025)
   * or {@code type}; libraries without a score count as not answered.
   */
  public List<ReadinessAggregate> readinessAggregates(String questionnaireId, String by) {
    return execute(api.readinessAggregates(questionnaireId, by)).body();
  }

  /** Submits (or replaces) a library's statistics for a year (TCVN 12843:2019 / ISO 2789 indicators). */
  public StatisticsReport submitStatistics(StatisticsReport report) {
    requireSigner();
    return execute(api.submitStatistics(report.isil(), report.year(), null, report)).body();
  }

  /** Releases the connection pool and threads, unless the OkHttp client was the caller's. */
  @Override
  public void close() {
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  // ---------------------------------------------------------------- plumbing

  private void requireSigner() {
    if (!canSign) {
      throw new IllegalStateException("This client has no signing key; writes need LibnetClient.builder().signingKey(...)");
    }
  }

  private <T> Stream<T> paged(Function<String, Call<Page<T>>> fetch) {
    Iterator<T> it = new Iterator<>() {
      private Iterator<T> items = null;
      private String next = null;
      private boolean last = false;

      @Override
      public boolean hasNext() {
        while ((items == null || !items.hasNext()) && !last) {
          Page<T> page = execute(fetch.apply(next)).body();
          items = page.items().iterator();
          next = page.nextCursor().orElse(null);
          // A feed answers an empty page with a cursor at its end: stop there too.
          last = next == null || page.items().isEmpty();
        }
        return items != null && items.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private <T> Response<T> execute(Call<T> call) {
    String url = call.request().url().toString();
    Response<T> r;
    try {
      r = call.execute();
    } catch (RedirectInterceptor.Redirected e) {
      throw new LibnetRedirectException(e.messageKey, e.method, e.url, e.status, e.location);
    } catch (VerifyingInterceptor.Refused e) {
      throw refusal(call, url, e);
    } catch (RetryInterceptor.RetriesExhausted e) {
      if (e.getCause() instanceof VerifyingInterceptor.Refused refused) {
        throw refusal(call, url, refused);
      }
      throw new LibnetTransportException(url, e.attempts, e.getCause());
    } catch (JsonProcessingException e) {
      throw new LibnetClientException(ClientFailure.CLIENT_BAD_RESPONSE, e, url, e.getOriginalMessage());
    } catch (IOException e) {
      throw new LibnetTransportException(url, 1, e);
    }
    if (!r.isSuccessful()) {
      throw new LibnetProblemException(problem(r));
    }
    return r;
  }

  // An unsigned redirect is named as one (status, Location), though it was refused as any unsigned answer.
  private static LibnetClientException refusal(Call<?> call, String url, VerifyingInterceptor.Refused e) {
    if (e.wasRedirect()) {
      return new LibnetRedirectException("CLIENT_REDIRECT_UNSIGNED", call.request().method(), url, e.status, e.location);
    }
    return new LibnetSignatureException(e.failure, url, e.getCause());
  }

  private Problem problem(Response<?> r) {
    String text = "";
    try (ResponseBody body = r.errorBody()) {
      text = body == null ? "" : new String(body.bytes(), StandardCharsets.UTF_8);
      Problem p = json.readValue(text, Problem.class);
      if (p.code() != null) {
        return p.status() == 0 ? new Problem(p.type(), p.title(), r.code(), p.detail(), p.instance(), p.code(), p.issues()) : p;
      }
    } catch (IOException | RuntimeException notAProblemDocument) {
      // A proxy's HTML page or an empty body: describe it from the status below.
    }
    ProblemCode code = fromStatus(r.code());
    String detail = text.length() > 300 ? text.substring(0, 300) + "…" : text;
    return new Problem(null, r.message(), r.code(), detail.isBlank() ? r.message() : detail, null, code.name(), List.of());
  }

  private static ProblemCode fromStatus(int status) {
    for (ProblemCode c : ProblemCode.values()) {
      if (c.status() == status) {
        return c;
      }
    }
    return ProblemCode.UNKNOWN;
  }

  /** Builds a {@link LibnetClient}. */
  public static final class Builder {
    private HttpUrl baseUrl;
    private String isil;
    private String keyId;
    private SignatureAlgorithm algorithm;
    private PrivateKey signingKey;
    private HubKeys hubKeys = HubKeys.fromHub();
    private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private String userAgent = USER_AGENT;
    private OkHttpClient okHttp;
    private Clock clock = Clock.systemUTC();
    private boolean followRedirectsForReads;

    private Builder() {}

    /**
     * The hub's base URL, e.g. {@code https://hub.libnet.vn/}.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL
     */
    public Builder baseUrl(String url) {
      HttpUrl u = HttpUrl.parse(url.endsWith("/") ? url : url + "/");
      if (u == null) {
        throw new IllegalArgumentException("Not an http or https URL: " + url);
      }
      this.baseUrl = u;
      return this;
    }

    /**
     * The ISIL of the library this client acts for.
     *
     * @throws vn.libnet.core.id.InvalidIdentifierException when it is not a valid Vietnamese ISIL
     */
    public Builder libraryIsil(String isil) {
      this.isil = Isil.parse(isil).toString();
      return this;
    }

    /**
     * The library's private key and its key id ({@code <ISIL>#<key-name>}), used with the key's natural
     * algorithm (Ed25519, ECDSA P-256 or RSA-PSS).
     */
    public Builder signingKey(String keyId, PrivateKey key) {
      return signingKey(keyId, Keys.defaultAlgorithm(key), key);
    }

    /**
     * The library's private key, its key id and the algorithm to sign with.
     *
     * @throws IllegalArgumentException when the key id is not {@code <ISIL>#<key-name>}
     */
    public Builder signingKey(String keyId, SignatureAlgorithm algorithm, PrivateKey key) {
      int hash = keyId.indexOf('#');
      if (hash <= 0 || hash == keyId.length() - 1) {
        throw new IllegalArgumentException("A LibNet key id is <ISIL>#<key-name>, e.g. VN-HaNoi-TVHN#k1, not " + keyId);
      }
      Isil.parse(keyId.substring(0, hash));
      this.keyId = keyId;
      this.algorithm = Objects.requireNonNull(algorithm);
      this.signingKey = Objects.requireNonNull(key);
      return this;
    }

    /** The keys trusted for the hub's answers; by default fetched from the hub's JWKS. */
    public Builder hubKeys(HubKeys keys) {
      this.hubKeys = Objects.requireNonNull(keys);
      return this;
    }

    /** The retry policy; {@link RetryPolicy#DEFAULT} unless set. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy);
      return this;
    }

    /** Connect timeout (10 s unless set). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** Read and write timeout of each try (60 s unless set). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = Objects.requireNonNull(timeout);
      return this;
    }

    /** The {@code User-Agent}; the vendor's product token goes first, e.g. {@code "MyILS/4.2 libnet-sdk-java/<version>"} ({@link #USER_AGENT} last). */
    public Builder userAgent(String agent) {
      this.userAgent = Objects.requireNonNull(agent);
      return this;
    }

    /** An OkHttp client to share connection pool and threads with; the client adds its own interceptors to a copy. */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttp = Objects.requireNonNull(client);
      return this;
    }

    /**
     * Whether reads (GET, HEAD) follow redirects: off unless set, so that every 3xx raises {@link
     * LibnetRedirectException}. On, a read follows a 301, 302, 303, 307 or 308 that the hub signed (covering
     * its {@code Location}, so that nobody on the way can send the read to another resource) at most 5
     * times, to the same scheme or from http to https (never to http from https); each hop is signed
     * afresh and its answer verified, and each is logged at INFO. An unsigned redirect is a fault of the
     * try, as any unsigned answer. Writes never follow a redirect.
     */
    public Builder followRedirectsForReads(boolean follow) {
      this.followRedirectsForReads = follow;
      return this;
    }

    /** The clock for signatures and their checks; the system clock unless set (tests fix it). */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException when no base URL is set, or the signing key is for another library
     * @throws LibnetClientException {@code CLIENT_HUB_KEYS_INSECURE} when the hub's keys would be fetched over plain
     *     http outside loopback without {@link HubKeys#allowPlainHttp()}
     */
    public LibnetClient build() {
      if (baseUrl == null) {
        throw new IllegalStateException("Set the hub's baseUrl");
      }
      if (!hubKeys.isPinned() && !baseUrl.isHttps() && !Http.isLoopback(baseUrl) && !hubKeys.plainHttpAllowed()) {
        throw new LibnetClientException(ClientFailure.CLIENT_HUB_KEYS_INSECURE, null, baseUrl);
      }
      if (keyId != null && isil != null && !keyId.startsWith(isil + "#")) {
        throw new IllegalStateException("The signing key " + keyId + " is not a key of " + isil);
      }
      if (keyId != null && isil == null) {
        isil = keyId.substring(0, keyId.indexOf('#'));
      }
      return new LibnetClient(this);
    }
  }
}
