package vn.libnet.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.HubKeys;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.model.Library;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.server.LibnetSignatureFilter;
import vn.libnet.server.oai.OaiProvider;
import vn.libnet.server.oai.OaiServlet;
import vn.libnet.server.sru.SruProvider;
import vn.libnet.server.sru.SruServlet;

/**
 * The whole LibNet API v1 in-process, on 127.0.0.1 and a free port, behaving as the national hub must:
 * it verifies every write's RFC 9421 signature and {@code Content-Digest} against the keys registered for
 * the signer's ISIL (refusals are RFC 9457 problems naming the reason), and every signed read's; unsigned
 * reads are open (public data). It refuses replayed nonces (and, when its nonce cache holds only live
 * ones, new requests, with 503 and {@code Retry-After}, rather than forget one), requests signed for
 * another target than its public URLs ({@link Builder#publicUrl}), signature fields over its {@link
 * SignatureLimits} and bodies over their {@code maxBodyBytes} (413, read no further). It validates with
 * the national profiles, clusters contributed records with sdk-marc's matcher, honours idempotency keys,
 * ETags, cursors and dry runs, signs every answer with its own key (bound to the request's signature when
 * it has one), and serves its JWKS.
 *
 * <pre>{@code
 * try (LibnetTestHub hub = LibnetTestHub.start();
 *      LibnetClient client = hub.clientFor("VN-HaNoi-TVHN").build()) {
 *   client.contributeRecords(RecordBatch.of(records));
 * }
 * }</pre>
 *
 * <p>Storage is in memory, or in a folder ({@link Builder#dataDirectory}) holding an append-only log
 * forced to disk before each write is answered, and the hub's own keys: a hub started again on the folder
 * keeps everything it acknowledged and answers repeated idempotency keys as before. {@link
 * #faults(HubFaults)} injects latency, 503, 429 and dropped connections; {@link #takeRequest} and {@link
 * #recordedRequests()} show what clients sent, as OkHttp's MockWebServer does.
 *
 * <p>It runs on embedded Jetty 12 (ee10 servlets) behind sdk-server's {@link LibnetSignatureFilter}, the
 * filter a vendor mounts in its own container. The connector holds under hostile clients: request heads
 * over {@link Builder#maxHeaderBytes} (431, 414), connections idle for {@link Builder#idleTimeout}, bodies
 * trickled in below {@link Builder#minBodyRate} (408), and more than {@link Builder#connectionsPerAddress}
 * connections from one address are refused before the hub sees them; every malformed request gets a 4xx
 * problem document. Not for production: the state is one lock, and idempotency records are kept forever.
 */
public final class LibnetTestHub implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LibnetTestHub.class);
  /** The key id of the hub's answers. */
  public static final String HUB_KEY_ID = "VN-LIBNET#hub1";
  /** The key id of the administrator, who may write for every library (register keys, profiles). */
  public static final String ADMIN_KEY_ID = "VN-LIBNET#admin";

  private final Server jetty;
  private final ServerConnector connector;
  private final HubIntake intake = new HubIntake();
  private final HubFaultFilter faultFilter = new HubFaultFilter(intake);
  private final HubWrites writes;
  // Every key trusted outside the API (the administrator's, the builder's, clientFor's): kept by reset().
  private final List<VerificationKey> trusted = new ArrayList<>();
  private final HubSeeds seeds;
  private final HubState state;
  private final HubLog log;
  private final VerificationKey hubKey;
  private final KeyPair admin;
  private final AtomicInteger testKeys = new AtomicInteger();
  private final List<URI> publicUrls;
  private final Path adminKeyFile;

  private LibnetTestHub(Builder b) throws IOException {
    this.state = new HubState();
    this.log = b.dataDirectory == null ? null : new HubLog(b.dataDirectory);
    this.writes = new HubWrites(state, log);
    KeyPair hub = b.dataDirectory == null ? ed25519() : storedKey(b.dataDirectory, "hub");
    this.admin = b.dataDirectory == null ? ed25519() : storedKey(b.dataDirectory, "admin");
    this.hubKey = new VerificationKey(HUB_KEY_ID, SignatureAlgorithm.ED25519, hub.getPublic());
    trusted.add(new VerificationKey(ADMIN_KEY_ID, SignatureAlgorithm.ED25519, admin.getPublic()));
    state.trust(trusted.get(0));
    this.seeds = new HubSeeds(writes, ADMIN_KEY_ID, b.clock);
    this.jetty = HubJetty.server(b.threads);
    this.connector = HubJetty.connector(jetty, b.bind, b.port, b.headerBytes, b.idleTimeout, b.minBodyRate, b.connectionsPerAddress);
    // Bound first: the public URL the hub verifies targets against is, by default, the one it is bound to.
    connector.open();
    this.publicUrls = b.publicUrls.isEmpty() ? List.of(URI.create(baseUrl())) : List.copyOf(b.publicUrls);
    this.adminKeyFile = b.dataDirectory == null ? null : b.dataDirectory.resolve("admin.key.pem");
    if (log != null) {
      try {
        log.replay(writes::replay);
      } catch (RuntimeException damaged) {
        // Nothing of a hub that cannot start stays behind: not the bound port, not the open log.
        connector.close();
        log.close();
        throw damaged;
      }
    }
    b.trusted.forEach(this::trust);
    LibnetSignatureFilter signatures = LibnetSignatureFilter.builder()
        .verifier(LibnetSignatures.requestVerifier(state::key, new NonceCache(b.nonceCapacity, b.noncesPerKey), b.clock, publicUrls, b.limits))
        .signingKey(HUB_KEY_ID, SignatureAlgorithm.ED25519, hub.getPrivate()).clock(b.clock)
        // The keys are always open: a client needs them to verify anything, even a refusal.
        .openReads("/.well-known/").build();
    OaiProvider oai = OaiProvider.builder(new HubOaiSource(state, publicUrls.get(0).resolve("/oai").toString(), b.clock.instant()))
        .clock(b.clock).build();
    SruProvider sru = SruProvider.builder(new CatalogSruSource("LibNet union catalogue (reference hub)", () -> state.read(s -> s.records().stream()
        .map(r -> new CatalogSruSource.Entry(r.id(), r.doc(), () -> HubOaiSource.marc(r))).toList())))
        .baseUrl(publicUrls.get(0).resolve("/sru")).build();
    jetty.setHandler(HubJetty.context(intake, signatures, faultFilter, new HubApiServlet(state, writes, hubKey, ADMIN_KEY_ID, b.clock),
        new OaiServlet(oai), new SruServlet(sru)));
    try {
      jetty.start();
    } catch (Exception e) {
      close();
      throw new IOException("The hub's server did not start", e);
    }
    faultFilter.faults(b.faults);
    LOG.debug("LibNet test hub at {} (data: {})", baseUrl(), b.dataDirectory == null ? "memory" : b.dataDirectory);
  }

  /** A hub in memory on a free port. */
  public static LibnetTestHub start() {
    return builder().start();
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The URL the hub is bound to, where clients reach it, e.g. {@code http://127.0.0.1:41234/} (the
   * loopback address when bound to every interface).
   */
  public String baseUrl() {
    InetAddress a = address();
    String host = a.isAnyLocalAddress() ? "127.0.0.1"
        : a instanceof Inet6Address ? "[" + a.getHostAddress().replaceFirst("%.*$", "") + "]" : a.getHostAddress();
    return "http://" + host + ":" + port() + "/";
  }

  /**
   * The public base URLs a signed request's target must be under ({@link Builder#publicUrl}; {@link
   * #baseUrl()} unless set).
   */
  public List<URI> publicUrls() {
    return publicUrls;
  }

  /** The port. */
  public int port() {
    return connector.getLocalPort();
  }

  private InetAddress address() {
    try {
      return InetAddress.getByName(connector.getHost());
    } catch (java.net.UnknownHostException e) {
      throw new IllegalStateException("The hub is bound to an address it cannot name", e);
    }
  }

  /** The hub's public key, by which it signs every answer; pin it in clients. */
  public VerificationKey hubKey() {
    return hubKey;
  }

  /** The hub's JWKS, as served at {@code /.well-known/jwks.json}. */
  public String jwks() {
    return LibnetJson.mapper().valueToTree(Map.of("keys", List.of(hubKey.toPublicJwk()))).toString();
  }

  /** The administrator's private key ({@link #ADMIN_KEY_ID}), which may write for any library. */
  public PrivateKey adminKey() {
    return admin.getPrivate();
  }

  /**
   * The file holding the administrator's private key (PEM, readable by its owner only) when the hub keeps
   * its data in a folder; empty for a hub in memory (see {@link #writeAdminKey}).
   */
  public Optional<Path> adminKeyFile() {
    return Optional.ofNullable(adminKeyFile);
  }

  /**
   * Writes the administrator's private key (PEM) to {@code file}, a new file created readable and
   * writable by its owner only (mode 600 from its first byte, on POSIX file systems).
   *
   * @return {@code file}
   * @throws java.nio.file.FileAlreadyExistsException when {@code file} exists (it is never overwritten)
   * @throws IOException when it cannot be written
   */
  public Path writeAdminKey(Path file) throws IOException {
    OwnerOnlyFiles.create(file, Keys.toPem(admin.getPrivate()));
    return file;
  }

  /**
   * Trusts {@code key} for the library named before the {@code #} of its id, as a registration through
   * the API would; kept in the log when the hub has a data folder.
   */
  public void trust(VerificationKey key) {
    synchronized (trusted) {
      trusted.removeIf(k -> k.keyId().equals(key.keyId()));
      trusted.add(key);
      writes.trust(key);
    }
  }

  /**
   * A client builder for library {@code isil}: a fresh Ed25519 key ({@code <isil>#test-N}) trusted by this
   * hub, the hub's key pinned, and quick retries.
   */
  public LibnetClient.Builder clientFor(String isil) {
    KeyPair pair = ed25519();
    String keyId = isil + "#test-" + testKeys.incrementAndGet();
    trust(new VerificationKey(keyId, SignatureAlgorithm.ED25519, pair.getPublic()));
    return LibnetClient.builder().baseUrl(baseUrl()).libraryIsil(isil).signingKey(keyId, pair.getPrivate())
        .hubKeys(HubKeys.pinned(hubKey))
        .retryPolicy(new RetryPolicy(4, Duration.ofMillis(20), Duration.ofMillis(500), Duration.ofSeconds(30)));
  }

  /** A client builder acting as the administrator (may write for every library). */
  public LibnetClient.Builder adminClient() {
    return LibnetClient.builder().baseUrl(baseUrl()).signingKey(ADMIN_KEY_ID, admin.getPrivate())
        .hubKeys(HubKeys.pinned(hubKey));
  }

  /** From now on, inject {@code f} into the answers of {@code /v1}; {@link HubFaults#NONE} to stop. */
  public void faults(HubFaults f) {
    faultFilter.faults(Objects.requireNonNull(f));
  }

  /** How many requests the hub received. */
  public long requestCount() {
    return intake.count();
  }

  /**
   * The requests received so far, oldest first (the newest 10 000 are kept), each with the answer's
   * status; those taken by {@link #takeRequest} are no longer among them.
   */
  public List<RecordedRequest> recordedRequests() {
    return intake.snapshot();
  }

  /**
   * The oldest request not taken yet, waiting for one up to {@code timeout}; as OkHttp's MockWebServer, for
   * asserting what a client sent, in order.
   *
   * @throws IllegalStateException when none arrives in time
   */
  public RecordedRequest takeRequest(Duration timeout) {
    try {
      RecordedRequest r = intake.recorded().poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (r == null) {
        throw new IllegalStateException("No request reached the hub within " + timeout);
      }
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a request", e);
    }
  }

  /**
   * Stores {@code library}'s profile directly, as the administrator's signed {@code PUT} would (validated
   * the same way, kept in the log when the hub has one), without HTTP; for setting up a test.
   *
   * @return the stored profile with its entity tag
   * @throws IllegalArgumentException when the hub refuses it (the problem's detail says why)
   */
  public Versioned<Library> seedLibrary(Library library) {
    return seeds.library(library);
  }

  /**
   * Contributes {@code records} for library {@code isil} directly, as its own signed contribution would
   * (validated, matched and clustered the same way, kept in the log), without HTTP or a key.
   *
   * @return the outcome of each record
   * @throws IllegalArgumentException when the hub refuses the whole batch
   */
  public ContributionResult seedRecords(String isil, List<Record> records) {
    return seeds.records(isil, records);
  }

  /**
   * Forgets every library, record, holding, object, statistic, survey answer, idempotency record, recorded
   * request and fault rule, as between two tests; the keys trusted through {@link #trust}, {@link
   * #clientFor} and the builder stay trusted, so clients made before still work. Keys registered through
   * the API are data, and go. Nonces seen stay seen: a request from before cannot be replayed after.
   *
   * @throws IllegalStateException for a hub with a {@link Builder#dataDirectory}, whose log keeps what it
   *     acknowledged
   */
  public void reset() {
    if (log != null) {
      throw new IllegalStateException("reset() is for a hub in memory: a hub on a data folder keeps what it acknowledged");
    }
    faultFilter.faults(HubFaults.NONE);
    synchronized (trusted) {
      state.reset();
      writes.forget();
      trusted.forEach(state::trust);
    }
    intake.clear();
  }

  /** Stops the server (at once) and closes the log. */
  @Override
  public void close() {
    try {
      jetty.setStopTimeout(0);
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("The hub's server did not stop cleanly", e);
    }
    if (log != null) {
      log.close();
    }
  }

  private static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17", e);
    }
  }

  // The hub's keys live beside its log, so that pinned clients trust a restarted hub.
  private static KeyPair storedKey(Path dir, String name) throws IOException {
    Path file = dir.resolve(name + ".key.pem");
    Path pub = dir.resolve(name + ".pub.pem");
    if (Files.exists(file) && Files.exists(pub)) {
      return new KeyPair(Keys.publicKeyFromPem(Files.readString(pub)), Keys.privateKeyFromPem(Files.readString(file)));
    }
    KeyPair pair = ed25519();
    Files.createDirectories(dir);
    // A private key left without its public half (a crash between the two writes) is replaced.
    Files.deleteIfExists(file);
    OwnerOnlyFiles.create(file, Keys.toPem(pair.getPrivate()));
    Files.writeString(pub, Keys.toPem(pair.getPublic()));
    return pair;
  }

  /** Builds a {@link LibnetTestHub}. */
  public static final class Builder {
    private int port;
    private Path dataDirectory;
    private int threads = 16;
    private HubFaults faults = HubFaults.NONE;
    private Clock clock = Clock.systemUTC();
    private final List<VerificationKey> trusted = new ArrayList<>();
    private InetAddress bind = InetAddress.getLoopbackAddress();
    private final List<URI> publicUrls = new ArrayList<>();
    private SignatureLimits limits = SignatureLimits.DEFAULTS;
    private int nonceCapacity = 200_000;
    private int noncesPerKey = 50_000;
    private int headerBytes = 16 * 1024;
    private Duration idleTimeout = Duration.ofSeconds(10);
    private long minBodyRate = 1024;
    private int connectionsPerAddress = 256;

    private Builder() {}

    /**
     * The largest request head (request line and headers) the server reads, 16 KiB unless set: room for a
     * signature field at {@link SignatureLimits#DEFAULTS} and the rest; a larger head is answered 431 (or
     * 414 for a long request line) without reaching the hub.
     *
     * @throws IllegalArgumentException when under 1 KiB
     */
    public Builder maxHeaderBytes(int bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("At least 1 KiB of headers");
      }
      this.headerBytes = bytes;
      return this;
    }

    /**
     * How long a connection may stay silent (10 s unless set): one that sends nothing for that long,
     * inside a request or between two, is closed.
     *
     * @throws IllegalArgumentException when not positive
     */
    public Builder idleTimeout(Duration d) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("A positive idle timeout");
      }
      this.idleTimeout = d;
      return this;
    }

    /**
     * The slowest a request body may arrive, in bytes per second, averaged from its first byte (1024
     * unless set; 0 for no minimum): a body trickled in more slowly ends its request (408), so that slow
     * senders cannot keep the hub's workers reading.
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder minBodyRate(long bytesPerSecond) {
      if (bytesPerSecond < 0) {
        throw new IllegalArgumentException("Not a rate: " + bytesPerSecond);
      }
      this.minBodyRate = bytesPerSecond;
      return this;
    }

    /**
     * How many connections one remote address may hold open at once (256 unless set: a test JVM with many
     * clients, or a library behind NAT, holds many); one more is closed
     * as soon as it opens.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Builder connectionsPerAddress(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("At least one connection per address");
      }
      this.connectionsPerAddress = n;
      return this;
    }

    /** The port (0, the default, for a free one). */
    public Builder port(int p) {
      if (p < 0 || p > 65535) {
        throw new IllegalArgumentException("Not a port: " + p);
      }
      this.port = p;
      return this;
    }

    /** Keep the data (log and keys) in {@code dir}, replayed at start; in memory unless set. */
    public Builder dataDirectory(Path dir) {
      this.dataDirectory = dir;
      return this;
    }

    /** Worker threads (16 unless set); Jetty's acceptor and selector come on top. */
    public Builder threads(int n) {
      if (n < 1) {
        throw new IllegalArgumentException("At least one thread");
      }
      this.threads = n;
      return this;
    }

    /** Faults from the start. */
    public Builder faults(HubFaults f) {
      this.faults = Objects.requireNonNull(f);
      return this;
    }

    /** Trust a library key from the start. */
    public Builder trust(VerificationKey key) {
      trusted.add(Objects.requireNonNull(key));
      return this;
    }

    /** The clock for signatures and their checks. */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /** The address to listen on (the loopback address unless set). */
    public Builder bind(InetAddress address) {
      this.bind = Objects.requireNonNull(address);
      return this;
    }

    /**
     * The public base URLs under which the hub is reached, such as {@code https://hub.example.vn/} behind
     * a proxy: a signed request's {@code @target-uri} must be under one of them (RFC 9421 §7.2.5), or it
     * is refused (401 TARGET_MISMATCH). Unless set, the URL the hub is bound to ({@link #baseUrl()}).
     *
     * @throws IllegalArgumentException when a URL is not absolute http(s) with a host
     */
    public Builder publicUrl(URI... urls) {
      for (URI u : urls) {
        if (!u.isAbsolute() || u.getHost() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
          throw new IllegalArgumentException("A public URL is absolute http(s) with a host, not " + u);
        }
        publicUrls.add(u);
      }
      return this;
    }

    /**
     * The limits on work done before a signature is verified: signature field sizes and members, and the
     * largest body read ({@link SignatureLimits#DEFAULTS}, 16 MiB bodies, unless set).
     */
    public Builder limits(SignatureLimits l) {
      this.limits = Objects.requireNonNull(l);
      return this;
    }

    /**
     * How many live nonces the hub remembers (200 000 unless set), a quarter of them at most for one key.
     * When that many are inside their validity window (or one key holds its share), new signed requests
     * (of that key) are refused (503 NONCE_CACHE_FULL with {@code Retry-After}) until some expire; a live
     * nonce is never forgotten, so a replay is always recognised.
     *
     * @throws IllegalArgumentException when {@code n} is below 1
     */
    public Builder nonceCapacity(int n) {
      return nonceCapacity(n, Math.max(1, n / 4));
    }

    /**
     * How many live nonces the hub remembers, and at most how many of them for one key.
     *
     * @throws IllegalArgumentException when a bound is below 1, or {@code perKey} is over {@code total}
     */
    public Builder nonceCapacity(int total, int perKey) {
      if (total < 1 || perKey < 1 || perKey > total) {
        throw new IllegalArgumentException("At least one nonce, and no more per key than in all");
      }
      this.nonceCapacity = total;
      this.noncesPerKey = perKey;
      return this;
    }

    /**
     * Starts the hub.
     *
     * @throws UncheckedIOException when the port is taken or the data folder cannot be used
     */
    public LibnetTestHub start() {
      try {
        return new LibnetTestHub(this);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot start the LibNet test hub", e);
      }
    }
  }
}
