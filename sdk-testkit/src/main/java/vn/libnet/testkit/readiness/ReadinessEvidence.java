package vn.libnet.testkit.readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetClientException;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.ServiceEndpoint;
import vn.libnet.core.readiness.survey.Measurement;
import vn.libnet.testkit.conformance.ConformanceReport;
import vn.libnet.testkit.conformance.ConformanceSuite;
import vn.libnet.testkit.conformance.OaiConformanceSuite;
import vn.libnet.testkit.conformance.SruConformanceSuite;

/**
 * Measures from the network what a readiness survey (QĐ 206/QĐ-TTg, questionnaire {@code qd206-2021})
 * asks a library to declare, so that a survey is checked instead of trusted.
 *
 * <ul>
 *   <li>Each endpoint of the library's profile is run through its conformance suite: OAI-PMH and SRU always
 *       (open protocols), LibNet API v1 only with the library's key ({@link Builder#libraryKey}); a Z39.50
 *       target is listed, not checked.
 *   <li>With a hub ({@link Builder#hub}, read without signing), whether the union catalogue holds records
 *       of the library and how many digital objects it registered.
 * </ul>
 *
 * <p>Measured: {@code has_oai_pmh} (yes when a declared OAI-PMH endpoint passes its suite, no when every
 * declared one fails or cannot be reached; nothing when none is declared), {@code infra_interop} (yes when
 * an OAI-PMH or SRU endpoint passes or the hub holds the library's records; no only when the hub was read,
 * holds none, and no declared endpoint passes) and {@code digital_objects_registered} (the hub's count).
 * Precision before recall: what could not be seen is not measured as "no". Nothing the network does makes
 * {@link #gather} throw: an endpoint or hub that fails is a check with its outcome.
 */
public final class ReadinessEvidence {
  private static final Logger LOG = LoggerFactory.getLogger(ReadinessEvidence.class);
  static final String HAS_OAI_PMH = "has_oai_pmh";
  static final String INTEROP = "infra_interop";
  static final String DIGITAL_OBJECTS = "digital_objects_registered";

  private final LibnetClient hub;
  private final String keyId;
  private final PrivateKey key;
  private final Duration timeout;
  private final Locale locale;

  private ReadinessEvidence(Builder b) {
    this.hub = b.hub;
    this.keyId = b.keyId;
    this.key = b.key;
    this.timeout = b.timeout;
    this.locale = b.locale;
  }

  /** A builder: without a hub or key, only the open protocols are checked. */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks what {@code library}'s profile declares and what the hub holds of it. */
  public EvidenceReport gather(Library library) {
    Objects.requireNonNull(library, "library");
    Instant at = Instant.now();
    List<EvidenceCheck> checks = new ArrayList<>();
    for (ServiceEndpoint e : library.endpoints()) {
      checks.add(endpoint(library, e));
    }
    if (hub != null) {
      checks.add(catalogue(library.isil()));
      checks.add(digitalObjects(library.isil()));
    }
    return new EvidenceReport(library.isil(), at, checks, measure(checks));
  }

  private EvidenceCheck endpoint(Library library, ServiceEndpoint e) {
    String url = e.url() == null ? "" : e.url();
    switch (e.kind()) {
      case OAI_PMH:
        return suite(EvidenceSource.OAI_PMH, url, url + (url.contains("?") ? "&" : "?") + "verb=Identify",
            () -> OaiConformanceSuite.builder().baseUrl(url).timeout(timeout).build().run());
      case SRU:
        return suite(EvidenceSource.SRU, url, url, () -> SruConformanceSuite.builder().baseUrl(url).timeout(timeout).build().run());
      case LIBNET:
        if (key == null) {
          return new EvidenceCheck(EvidenceSource.LIBNET, url, EvidenceOutcome.NOT_CHECKED, "EVIDENCE_NO_KEY", List.of(), null);
        }
        if (!keyId.startsWith(library.isil() + "#")) {
          return new EvidenceCheck(EvidenceSource.LIBNET, url, EvidenceOutcome.NOT_CHECKED, "EVIDENCE_KEY_OF_OTHER", List.of(keyId), null);
        }
        String base = url.endsWith("/") ? url : url + "/";
        return suite(EvidenceSource.LIBNET, url, base + ".well-known/jwks.json",
            () -> ConformanceSuite.builder().baseUrl(url).signingKey(keyId, key).build().run());
      default:
        return new EvidenceCheck(EvidenceSource.Z39_50, url, EvidenceOutcome.NOT_CHECKED, "EVIDENCE_Z3950", List.of(), null);
    }
  }

  private EvidenceCheck suite(EvidenceSource source, String url, String probe, Supplier<ConformanceReport> run) {
    URI u;
    try {
      u = URI.create(probe);
    } catch (IllegalArgumentException bad) {
      return new EvidenceCheck(source, url, EvidenceOutcome.FAILED, "EVIDENCE_BAD_URL", List.of(url), null);
    }
    String unreachable = reach(u);
    if (unreachable != null) {
      return new EvidenceCheck(source, url, EvidenceOutcome.UNREACHABLE, "EVIDENCE_UNREACHABLE", List.of(unreachable), null);
    }
    ConformanceReport r;
    try {
      r = run.get();
    } catch (IllegalArgumentException bad) {
      return new EvidenceCheck(source, url, EvidenceOutcome.FAILED, "EVIDENCE_BAD_URL", List.of(url), null);
    }
    return r.passed()
        ? new EvidenceCheck(source, url, EvidenceOutcome.PASSED, "EVIDENCE_SUITE_PASSED", List.of(String.valueOf(r.results().size())), r)
        : new EvidenceCheck(source, url, EvidenceOutcome.FAILED, "EVIDENCE_SUITE_FAILED",
            List.of(String.valueOf(r.failures()), String.valueOf(r.results().size())), r);
  }

  /** Null when {@code u} answers at all (any status), else why not. */
  private String reach(URI u) {
    if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
      return u.toString();
    }
    HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
    try {
      http.send(HttpRequest.newBuilder(u).timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
      return null;
    } catch (IOException e) {
      LOG.debug("{} does not answer", u, e);
      // A reason for people, not a Java class name.
      return e instanceof java.net.http.HttpConnectTimeoutException || e instanceof java.net.http.HttpTimeoutException ? "timeout"
          : e instanceof java.net.ConnectException ? "connection refused"
          : e instanceof java.net.UnknownHostException ? "unknown host" : "no HTTP answer";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private EvidenceCheck catalogue(String isil) {
    String target = hub.baseUrl().toString();
    try {
      boolean holds = hub.searchCatalog("libnet.holder = \"" + isil.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
          .findFirst().isPresent();
      return new EvidenceCheck(EvidenceSource.HUB_CATALOGUE, target, EvidenceOutcome.PASSED,
          holds ? "EVIDENCE_CATALOGUE_HOLDS" : "EVIDENCE_CATALOGUE_EMPTY", List.of(isil), null);
    } catch (LibnetClientException e) {
      LOG.debug("The hub's catalogue could not be read", e);
      return new EvidenceCheck(EvidenceSource.HUB_CATALOGUE, target, EvidenceOutcome.UNREACHABLE, "EVIDENCE_HUB_UNREADABLE",
          List.of(e.message(locale)), null);
    }
  }

  private EvidenceCheck digitalObjects(String isil) {
    String target = hub.baseUrl().toString();
    try {
      long n = hub.listDigitalObjects(isil).count();
      return new EvidenceCheck(EvidenceSource.HUB_DIGITAL_OBJECTS, target, EvidenceOutcome.PASSED, "EVIDENCE_DIGITAL_OBJECTS",
          List.of(isil, String.valueOf(n)), null);
    } catch (LibnetClientException e) {
      LOG.debug("The hub's digital objects could not be read", e);
      return new EvidenceCheck(EvidenceSource.HUB_DIGITAL_OBJECTS, target, EvidenceOutcome.UNREACHABLE, "EVIDENCE_HUB_UNREADABLE",
          List.of(e.message(locale)), null);
    }
  }

  private List<Measurement> measure(List<EvidenceCheck> checks) {
    List<Measurement> out = new ArrayList<>();
    List<EvidenceCheck> oai = checks.stream().filter(c -> c.source() == EvidenceSource.OAI_PMH).toList();
    if (!oai.isEmpty()) {
      EvidenceCheck best = oai.stream().filter(c -> c.outcome() == EvidenceOutcome.PASSED).findFirst().orElse(oai.get(0));
      out.add(new Measurement(HAS_OAI_PMH, best.outcome() == EvidenceOutcome.PASSED ? "yes" : "no", said(best), null));
    }
    EvidenceCheck shared = checks.stream().filter(c -> c.outcome() == EvidenceOutcome.PASSED && (c.source() == EvidenceSource.OAI_PMH
        || c.source() == EvidenceSource.SRU || "EVIDENCE_CATALOGUE_HOLDS".equals(c.key()))).findFirst().orElse(null);
    EvidenceCheck emptyCatalogue = checks.stream().filter(c -> "EVIDENCE_CATALOGUE_EMPTY".equals(c.key())).findFirst().orElse(null);
    if (shared != null) {
      out.add(new Measurement(INTEROP, "yes", said(shared), null));
    } else if (emptyCatalogue != null) {
      out.add(new Measurement(INTEROP, "no", said(emptyCatalogue), null));
    }
    checks.stream().filter(c -> c.source() == EvidenceSource.HUB_DIGITAL_OBJECTS && c.outcome() == EvidenceOutcome.PASSED).findFirst()
        .ifPresent(c -> out.add(new Measurement(DIGITAL_OBJECTS, c.arguments().get(1), said(c), java.math.BigDecimal.ZERO)));
    return out;
  }

  private String said(EvidenceCheck c) {
    return Messages.format(locale, "EVIDENCE_SOURCE", c.source().name(), c.target(), c.detail(locale));
  }

  /** Builds a {@link ReadinessEvidence}. */
  public static final class Builder {
    private LibnetClient hub;
    private String keyId;
    private PrivateKey key;
    private Duration timeout = Duration.ofSeconds(30);
    private Locale locale = Locale.getDefault();

    private Builder() {}

    /** The hub to read the library's contributions and digital objects from; a client without a key reads. */
    public Builder hub(LibnetClient client) {
      this.hub = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The library's own key, to run the LibNet API v1 suite against a LibNet endpoint it declares.
     *
     * @throws IllegalArgumentException when the key id is not {@code <ISIL>#<name>}
     */
    public Builder libraryKey(String id, PrivateKey privateKey) {
      if (id.indexOf('#') <= 0) {
        throw new IllegalArgumentException("A LibNet key id is <ISIL>#<key-name>, not " + id);
      }
      this.keyId = id;
      this.key = Objects.requireNonNull(privateKey, "privateKey");
      return this;
    }

    /** How long one answer may take (default 30 seconds). */
    public Builder timeout(Duration perAnswer) {
      if (perAnswer.isNegative() || perAnswer.isZero()) {
        throw new IllegalArgumentException("A timeout is positive: " + perAnswer);
      }
      this.timeout = perAnswer;
      return this;
    }

    /** The language of the measurements' sources (the JVM's default unless set). */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /** The evidence gatherer. */
    public ReadinessEvidence build() {
      return new ReadinessEvidence(this);
    }
  }
}
