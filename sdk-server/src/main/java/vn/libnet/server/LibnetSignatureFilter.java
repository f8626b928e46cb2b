package vn.libnet.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.SignatureVerifier;

/**
 * A Jakarta Servlet 6 filter that makes the requests it is mapped to LibNet-signed endpoints (RFC 9421
 * HTTP Message Signatures, RFC 9530 {@code Content-Digest}, the LibNet API v1 profile).
 *
 * <p>On each request it:
 * <ol>
 *   <li>refuses a request without a usable {@code Host} (400), and one whose body is longer than the
 *       verifier's {@link SignatureLimits#maxBodyBytes()}: on its {@code Content-Length} alone, without
 *       reading it, or as soon as reading passes the limit (413, connection closed); a request that must be
 *       signed and has no signature, or one over the limits, is refused before its body is read unless
 *       the body is chunked (401, connection closed);
 *   <li>verifies the signature of every request but a read ({@code GET}, {@code HEAD}, exactly so spelt):
 *       writes ({@code POST PUT PATCH DELETE}) and any other method alike; of every read that carries one,
 *       and of every read when {@link Builder#requireSignedReads} is set, against the target the request
 *       claims ({@code Host}, path and query) and the verifier's public base URLs. A verified request that
 *       carries a body must cover its {@code Content-Digest}, whatever its method. A refusal is an
 *       RFC 9457 problem naming the reason (401 {@code SIGNATURE_INVALID}, {@code DIGEST_INVALID}, {@code
 *       REPLAYED}, {@code TARGET_MISMATCH}; 503 {@code NONCE_CACHE_FULL} with {@code Retry-After});
 *   <li>hands the application the verified body, and the signer as a {@link VerifiedSigner} request
 *       attribute;
 *   <li>buffers the application's answer (including {@code sendError} and {@code sendRedirect}, answered as
 *       problem documents and redirects) and signs it, bound to the request's signature, before a byte of it
 *       is sent. An exception of the application is logged and answered as a signed 500 problem that holds
 *       none of its text.
 * </ol>
 *
 * <p>Programs build it with {@link #builder()} and register the instance (Spring Boot's {@code
 * FilterRegistrationBean}, Jetty's {@code FilterHolder}, Tomcat's {@code FilterDef}). A {@code web.xml}
 * declares the class, and the no-argument constructor reads its init parameters in {@link #init}: {@code
 * publicUrls}, {@code trustedKeys} (a JWKS file), {@code signingKey} (a PEM private key file) and {@code
 * signingKeyId}, and optionally {@code requireSignedReads} ({@code true} or {@code false}), {@code
 * openReads} (path prefixes, separated by commas or spaces), {@code maxBodyBytes}, {@code maxFieldBytes},
 * {@code maxSignatures}, {@code maxComponents}, {@code nonceCapacity}. A missing, unreadable or unusable
 * parameter, and one of another name (a misspelt {@code requireSignedRead} would leave reads unsigned),
 * stops the filter's start with a {@link ServletException} that names it.
 *
 * <p>A request it has handled is not verified again when the application forwards or includes it through
 * the filter (mapped for {@code FORWARD} too, say).
 *
 * <p>Servlets under the filter answer synchronously: the signature needs the whole body, which is kept in
 * memory (an answer started asynchronously is refused with 500). The container's own limits on header
 * size, idle and request time, and connections per address are set on the container (see the README).
 * On Jetty, set {@code HttpConfiguration.setHeaderCacheCaseSensitive(true)}: Jetty's header cache otherwise
 * hands the application common values in its own case ({@code charset=utf-8} for the {@code UTF-8} a
 * client signed), and their signatures fail.
 */
public final class LibnetSignatureFilter implements Filter {
  private static final Logger LOG = LoggerFactory.getLogger(LibnetSignatureFilter.class);

  /** The largest answer held to sign unless {@link Builder#maxAnswerBytes} says otherwise: 64 MiB. */
  public static final long DEFAULT_MAX_ANSWER_BYTES = 64L << 20;

  private volatile Settings settings;

  // Set on a request the filter has handled, so that a forward or include through it again is not verified
  // (and refused as a replay) a second time.
  private static final String HANDLED = LibnetSignatureFilter.class.getName() + ".handled";

  private record Settings(SignatureVerifier verifier, AnswerSigner signer, boolean requireSignedReads, List<String> openReadPaths,
      long maxAnswerBytes) {
    boolean isOpenRead(String method, HttpServletRequest request) {
      if (!RequestCheck.isRead(method)) {
        return false;
      }
      // The path the container serves (decoded, dot segments and path parameters gone), not the raw one:
      // "/.well-known/../v1/x" is /v1/x.
      String path = request.getContextPath() + request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
      return openReadPaths.stream().anyMatch(path::startsWith);
    }
  }

  /** A filter configured by its init parameters (a {@code web.xml} declaration); see the class comment. */
  public LibnetSignatureFilter() {}

  private LibnetSignatureFilter(Settings s) {
    this.settings = s;
  }

  /** A builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads the init parameters, unless the filter was built with {@link #builder()}. */
  @Override
  public void init(FilterConfig config) throws ServletException {
    if (settings == null) {
      try {
        FilterParameters.checkNames(Collections.list(config.getInitParameterNames()));
        settings = FilterParameters.read(config::getInitParameter).settings();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new ServletException(e.getMessage(), e);
      }
    }
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
      chain.doFilter(req, res);
      return;
    }
    Settings s = settings;
    if (s == null) {
      throw new ServletException("The LibNet signature filter was not initialised / Bộ lọc chữ ký LibNet chưa được khởi tạo");
    }
    if (request.getAttribute(HANDLED) != null) {
      chain.doFilter(req, res);
      return;
    }
    request.setAttribute(HANDLED, Boolean.TRUE);
    SignatureVerifier verifier = s.verifier();
    SignatureLimits limits = verifier.limits();
    // As sent: the signature covers the method as sent, and the application sees it so.
    String method = request.getMethod();
    URI claimed = RequestTarget.claimed(request, verifier.targets()).orElse(null);
    URI target = claimed != null ? claimed : RequestTarget.fallback(request, verifier.targets());
    List<String> signatureField = headers(request, "Signature");
    HttpMessage binding = AnswerSigner.binding(method, target, signatureField, limits);
    if (claimed == null) {
      refuse(s, response, binding, RequestRefusal.badHost(request.getHeader("Host")), false);
      return;
    }
    if (RequestTarget.declaresMoreThan(request, limits.maxBodyBytes())) {
      refuse(s, response, binding, RequestRefusal.bodyTooLarge(limits.maxBodyBytes()), true);
      return;
    }
    RequestCheck check = new RequestCheck(verifier, request, method, target);
    boolean verify = (check.isSigned() || s.requireSignedReads() || !RequestCheck.isRead(method)) && !s.isOpenRead(method, request);
    // A chunked body is read to the limit first, so that one over it is answered 413 whether signed or not.
    RequestRefusal early = verify && !RequestTarget.isChunked(request) ? check.beforeBody() : null;
    if (early != null) {
      refuse(s, response, binding, early, true);
      return;
    }
    byte[] body = RequestTarget.readBody(request.getInputStream(), limits.maxBodyBytes());
    if (body == null) {
      LOG.debug("{} {}: body over {} bytes refused", method, target, limits.maxBodyBytes());
      refuse(s, response, binding, RequestRefusal.bodyTooLarge(limits.maxBodyBytes()), true);
      return;
    }
    RequestRefusal refused = verify ? check.withBody(body) : null;
    if (refused != null) {
      refuse(s, response, binding, refused, false);
      return;
    }
    BufferedResponse answer = new BufferedResponse(response, s.maxAnswerBytes());
    try {
      chain.doFilter(new CachedBodyRequest(request, body), answer);
      // What a writer still buffers counts against the bound too.
      answer.flushBuffer();
      if (request.isAsyncStarted()) {
        throw new IllegalStateException("An asynchronous answer cannot be signed by the LibNet filter");
      }
    } catch (IOException | ServletException | RuntimeException e) {
      if (!answer.overflowed()) {
        LOG.error("{} {} failed in the application", method, target, e);
        refuse(s, response, binding, RequestRefusal.internalError(), false);
        return;
      }
    }
    if (answer.overflowed()) {
      // A writer swallows the exception, so the flag decides, not the catch.
      LOG.error("{} {}: the answer passed {} bytes and was not sent", method, target, s.maxAnswerBytes());
      refuse(s, response, binding, RequestRefusal.answerTooLarge(s.maxAnswerBytes()), false);
      return;
    }
    if (answer.isError()) {
      RequestRefusal r = RequestRefusal.ofStatus(answer.status(), answer.errorMessage());
      s.signer().send(response, binding, answer.status(), "application/problem+json", answer.headerMap(), r.problemJson(answer.status()));
      return;
    }
    s.signer().send(response, binding, answer.status(), answer.contentTypeOrNull(), answer.headerMap(), answer.bodyBytes());
  }

  private static List<String> headers(HttpServletRequest request, String name) {
    List<String> out = new ArrayList<>();
    request.getHeaders(name).asIterator().forEachRemaining(out::add);
    return out;
  }

  private static void refuse(Settings s, HttpServletResponse response, HttpMessage binding, RequestRefusal r, boolean close)
      throws IOException {
    Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
    if (r.retryAfterSeconds() > 0) {
      headers.put("Retry-After", List.of(String.valueOf(r.retryAfterSeconds())));
    }
    if (close) {
      // The rest of the body stays unread, so the connection cannot carry another request.
      headers.put("Connection", List.of("close"));
    }
    s.signer().send(response, binding, r.code().status(), "application/problem+json", headers, r.problemJson(r.code().status()));
  }

  @Override
  public void destroy() {}

  /**
   * Builds a {@link LibnetSignatureFilter}: a verifier ({@link #verifier}, or the LibNet profile from
   * {@link #trustedKeys} and {@link #publicUrls}) and a {@link #signingKey} are required. Every method
   * refuses {@code null} with a {@link NullPointerException}.
   */
  public static final class Builder {
    private SignatureVerifier verifier;
    private KeyResolver keys;
    private final List<URI> publicUrls = new ArrayList<>();
    private NonceCache nonces;
    private SignatureLimits limits = SignatureLimits.DEFAULTS;
    private Clock clock = Clock.systemUTC();
    private String keyId;
    private SignatureAlgorithm algorithm;
    private PrivateKey key;
    private boolean requireSignedReads;
    private final List<String> openReadPaths = new ArrayList<>();
    private long maxAnswerBytes = DEFAULT_MAX_ANSWER_BYTES;

    private Builder() {}

    /**
     * Verify with this policy instead of the LibNet request profile; its {@link SignatureVerifier#limits()}
     * bound the body read and its {@link SignatureVerifier#targets()} are the public URLs.
     */
    public Builder verifier(SignatureVerifier v) {
      this.verifier = Objects.requireNonNull(v);
      return this;
    }

    /** The trusted keys of the LibNet profile, by key id ({@code <ISIL>#<key-name>}). */
    public Builder trustedKeys(KeyResolver resolver) {
      this.keys = Objects.requireNonNull(resolver);
      return this;
    }

    /**
     * The public base URLs under which clients reach the filtered endpoints ({@code https://opac.example.vn/}
     * behind a proxy); a signed request's {@code @target-uri} must be under one of them (RFC 9421 §7.2.5).
     *
     * @throws IllegalArgumentException when one is not absolute http(s) with a host
     */
    public Builder publicUrls(URI... urls) {
      for (URI u : urls) {
        if (!u.isAbsolute() || u.getHost() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) {
          throw new IllegalArgumentException("A public URL is absolute http(s) with a host, not " + u
              + " / URL công khai phải là http(s) tuyệt đối, có tên máy, không phải " + u);
        }
        publicUrls.add(u);
      }
      return this;
    }

    /** The nonce cache of the LibNet profile (200 000 live nonces, 50 000 per key, unless set). */
    public Builder nonceCache(NonceCache cache) {
      this.nonces = Objects.requireNonNull(cache);
      return this;
    }

    /** The limits of the LibNet profile's verifier ({@link SignatureLimits#DEFAULTS} unless set). */
    public Builder limits(SignatureLimits l) {
      this.limits = Objects.requireNonNull(l);
      return this;
    }

    /** The clock for signatures and their checks. */
    public Builder clock(Clock c) {
      this.clock = Objects.requireNonNull(c);
      return this;
    }

    /** The server's key, which signs every answer; {@code keyId} is what clients pin or find in its JWKS. */
    public Builder signingKey(String id, SignatureAlgorithm alg, PrivateKey privateKey) {
      this.keyId = Objects.requireNonNull(id);
      this.algorithm = Objects.requireNonNull(alg);
      this.key = Objects.requireNonNull(privateKey);
      return this;
    }

    /** Refuse unsigned reads too (401); by default an unsigned read of public data is let through. */
    public Builder requireSignedReads(boolean require) {
      this.requireSignedReads = require;
      return this;
    }

    /**
     * The largest answer the filter holds to sign ({@value #DEFAULT_MAX_ANSWER_BYTES} bytes unless set): the
     * signature covers the body's digest, so the whole answer is kept in memory until it is signed. An
     * application that writes more gets an {@code IOException} on the write that passes it, and the client
     * a signed 500 saying so; page large lists instead.
     *
     * @throws IllegalArgumentException when below 1
     */
    public Builder maxAnswerBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("At least one byte of answer / Ít nhất một byte câu trả lời");
      }
      this.maxAnswerBytes = bytes;
      return this;
    }

    /**
     * Paths whose reads ({@code GET}, {@code HEAD}) are never verified, even when they carry a signature or
     * signed reads are required: what a client needs before it can verify anything, such as the server's
     * keys at {@code /.well-known/}. Each is a prefix of the path the container serves: the context path,
     * servlet path and path info, decoded and without dot segments or path parameters (so {@code
     * /.well-known/../v1/x} is not under {@code /.well-known/}); writes under them are still verified, and
     * answers still signed.
     *
     * @throws IllegalArgumentException when a prefix does not start with {@code /}
     */
    public Builder openReads(String... pathPrefixes) {
      for (String p : pathPrefixes) {
        if (!p.startsWith("/")) {
          throw new IllegalArgumentException("A path prefix starts with /, not " + p + " / Tiền tố đường dẫn phải bắt đầu bằng /, không phải " + p);
        }
        openReadPaths.add(p);
      }
      return this;
    }

    /**
     * The filter.
     *
     * @throws IllegalStateException when no signing key, or neither a verifier nor trusted keys with public
     *     URLs, was given, or the signing key cannot sign with its algorithm (an EC key given as Ed25519)
     */
    public LibnetSignatureFilter build() {
      return new LibnetSignatureFilter(settings());
    }

    Settings settings() {
      if (key == null) {
        throw new IllegalStateException("A LibNet signature filter needs the server's signing key / Bộ lọc chữ ký LibNet cần khóa ký của máy chủ");
      }
      SignatureVerifier v = verifier;
      if (v == null) {
        if (keys == null || publicUrls.isEmpty()) {
          throw new IllegalStateException("A LibNet signature filter needs a verifier, or trusted keys and public URLs"
              + " / Bộ lọc chữ ký LibNet cần một bộ kiểm tra, hoặc các khóa tin cậy và URL công khai");
        }
        v = LibnetSignatures.requestVerifier(keys, nonces != null ? nonces : new NonceCache(200_000, 50_000), clock, publicUrls, limits);
      }
      AnswerSigner signer = new AnswerSigner(keyId, algorithm, key, clock);
      signer.checkKey();
      return new Settings(v, signer, requireSignedReads, List.copyOf(openReadPaths), maxAnswerBytes);
    }
  }
}
