package vn.libnet.testkit;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.SignatureLimits;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hub's HTTP side: faults, body limits, signature and digest verification of writes and of signed
 * reads, idempotency, the log, and the signature of every answer. The API itself is {@link HubState};
 * what a refusal answers is {@link RequestRefusal}.
 *
 * <p>The target a signature is checked against is the one the request claims (its absolute-form target,
 * or {@code Host} and the request path), and the verifier compares it with the hub's public base URLs:
 * a request signed for another authority or path is refused, whatever {@code Host} it carries.
 */
final class HubServer {
  private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
  // A host[:port] as a Host header carries it: a name, an IPv4 address or a bracketed IPv6 one.
  private static final java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
      "(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");

  private final HubState state;
  private final HubLog log;
  private final VerificationKey hubKey;
  private final PrivateKey hubPrivate;
  private final String adminKeyId;
  private final Clock clock;
  private final SignatureVerifier verifier;
  private final NonceCache nonces;
  private final SignatureLimits limits;
  private final List<URI> publicUrls;
  private final Map<String, Idempotent> idempotent = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private volatile HubFaults faults = HubFaults.NONE;
  private final AtomicLong faultBase = new AtomicLong();

  record Idempotent(String bodyHash, Answer answer) {}

  HubServer(HubState state, HubLog log, VerificationKey hubKey, PrivateKey hubPrivate, String adminKeyId, Clock clock,
      List<URI> publicUrls, SignatureLimits limits, int nonceCapacity, int noncesPerKey) {
    this.state = state;
    this.log = log;
    this.hubKey = hubKey;
    this.hubPrivate = hubPrivate;
    this.adminKeyId = adminKeyId;
    this.clock = clock;
    this.nonces = new NonceCache(nonceCapacity, noncesPerKey);
    this.limits = limits;
    this.publicUrls = List.copyOf(publicUrls);
    this.verifier = LibnetSignatures.requestVerifier(state::key, nonces, clock, publicUrls, limits);
  }

  void faults(HubFaults f) {
    faults = f;
    faultBase.set(requests.get());
  }

  long requests() {
    return requests.get();
  }

  /** Replays one log entry: the write is applied again without its (long expired) signature. */
  void replay(HubLog.Entry e) {
    if ("trust".equals(e.type())) {
      state.trust(new VerificationKey(e.keyId(), vn.libnet.core.signature.SignatureAlgorithm.fromName(e.algorithm()),
          vn.libnet.core.signature.Keys.publicFromJwk(jsonOf(e.jwk()))));
      return;
    }
    state.dispatch(new Call(e.method(), e.path(), e.query(), e.contentType(), e.body(), e.signer(), e.admin(), e.ifMatch(), e.at()));
    idempotent.put(e.signer() + " " + e.idempotencyKey(),
        new Idempotent(e.bodyHash(), new Answer(e.status(), e.answerType(), e.answer(), e.answerHeaders())));
  }

  private static String jsonOf(Object o) {
    try {
      return LibnetJson.mapper().writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
  }

  void handle(HttpExchange ex) throws IOException {
    long n = requests.incrementAndGet();
    String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
    URI raw = ex.getRequestURI();
    String host = ex.getRequestHeaders().getFirst("Host");
    URI claimed = claimedTarget(raw, host);
    // A refusal of a request without a usable target is still signed; its base names the public URL.
    URI target = claimed != null ? claimed : publicUrls.get(0).resolve(raw.getRawPath() == null ? "/" : raw.getRawPath());
    try {
      if (claimed == null) {
        send(ex, method, target, refusal(RequestRefusal.badHost(host)));
        return;
      }
      if (raw.getPath().startsWith("/v1/") && applyFaults(ex, n, target, method)) {
        return;
      }
      if (declaredTooLarge(ex.getRequestHeaders())) {
        // Refused on its Content-Length alone: not a byte of the body is read.
        refuseBody(ex, method, target);
        return;
      }
      byte[] body = readBody(ex.getRequestBody());
      if (body == null) {
        refuseBody(ex, method, target);
        return;
      }
      send(ex, method, target, answer(ex, method, target, raw, body));
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, raw, e);
      send(ex, method, target, Answer.problem(ProblemCode.INTERNAL_ERROR, "Hub failure", e.toString()));
    } finally {
      ex.close();
    }
  }

  /**
   * The target the request claims: its absolute-form target (RFC 9112 §3.2.2), or {@code Host} and the
   * request path; {@code null} when there is no usable {@code Host}. The scheme is that of a public URL
   * with the same authority (a TLS front end may sit before the hub), else {@code http}.
   */
  private URI claimedTarget(URI raw, String host) {
    if (raw.isAbsolute()) {
      return raw.getHost() == null ? null : raw;
    }
    if (host == null || !HOST.matcher(host).matches()) {
      return null;
    }
    String scheme = publicUrls.stream().filter(u -> host.equalsIgnoreCase(u.getRawAuthority())).map(URI::getScheme).findFirst()
        .orElse("http");
    try {
      URI u = new URI(scheme + "://" + host + raw.toString());
      return u.getHost() == null ? null : u;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private boolean declaredTooLarge(Headers h) {
    String te = h.getFirst("Transfer-Encoding");
    String length = h.getFirst("Content-Length");
    if (te != null || length == null) {
      // Chunked bodies are cut at the limit as they are read.
      return false;
    }
    try {
      return Long.parseLong(length.strip()) > limits.maxBodyBytes();
    } catch (NumberFormatException e) {
      return false; // the JDK server refuses an unparsable length before the hub sees it
    }
  }

  private void refuseBody(HttpExchange ex, String method, URI target) throws IOException {
    LOG.debug("{} {}: body over {} bytes refused", method, target, limits.maxBodyBytes());
    // The rest of the body stays unread, so the connection cannot carry another request: say so, and the
    // JDK server closes it once the answer is written.
    send(ex, method, target, refusal(RequestRefusal.bodyTooLarge(limits.maxBodyBytes())).withHeader("Connection", "close"));
  }

  private static Answer refusal(RequestRefusal r) {
    Answer a = Answer.problem(r.code(), r.title(), r.detail());
    return r.retryAfterSeconds() > 0 ? a.withHeader("Retry-After", String.valueOf(r.retryAfterSeconds())) : a;
  }

  private boolean applyFaults(HttpExchange ex, long n, URI target, String method) throws IOException {
    HubFaults f = faults;
    if (f == HubFaults.NONE || !f.applies(n - faultBase.get(), ThreadLocalRandom.current().nextDouble())) {
      return false;
    }
    if (!f.latency().isZero()) {
      try {
        Thread.sleep(f.latency().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    switch (f.kind()) {
      case UNAVAILABLE:
      case RATE_LIMITED:
        readBody(ex.getRequestBody());
        ProblemCode code = f.kind() == HubFaults.Kind.UNAVAILABLE ? ProblemCode.UNAVAILABLE : ProblemCode.RATE_LIMITED;
        send(ex, method, target, Answer.problem(code, code == ProblemCode.UNAVAILABLE ? "Hub unavailable" : "Too many requests",
            "Injected fault; retry after " + f.retryAfter().toSeconds() + " s")
            .withHeader("Retry-After", String.valueOf(f.retryAfter().toSeconds())));
        ex.close();
        return true;
      case CONNECTION_RESET:
        // Closing the exchange before any answer makes the server drop the connection.
        readBody(ex.getRequestBody());
        ex.close();
        return true;
      default:
        return false;
    }
  }

  private Answer answer(HttpExchange ex, String method, URI target, URI raw, byte[] body) {
    Headers h = ex.getRequestHeaders();
    String contentType = h.getFirst("Content-Type") == null ? "" : h.getFirst("Content-Type").split(";")[0].strip().toLowerCase(Locale.ROOT);
    Map<String, String> query = query(raw.getRawQuery());
    String path = raw.getPath();
    // The keys are always open: a client needs them to verify anything, even a refusal.
    if (path.equals("/.well-known/jwks.json") && (method.equals("GET") || method.equals("HEAD"))) {
      return Answer.json(200, Map.of("keys", List.of(hubKey.toPublicJwk())));
    }
    if (method.equals("GET") || method.equals("HEAD")) {
      // Public data: an unsigned read is served; a signed one is verified as a write is (bad or replayed: 401).
      if (h.containsKey("Signature") || h.containsKey("Signature-Input")) {
        try {
          verify(method, target, h, body);
        } catch (HttpSignatureException e) {
          return refusal(e);
        }
      }
      return state.dispatch(new Call("GET", path, query, contentType, body, null, false, null, clock.instant()));
    }
    // A write: who signed it, and is it intact?
    String keyId;
    try {
      keyId = verify(method, target, h, body);
    } catch (HttpSignatureException e) {
      return refusal(e);
    }
    boolean admin = keyId.equals(adminKeyId);
    String signer = keyId.substring(0, keyId.indexOf('#'));
    String idemKey = h.getFirst("Idempotency-Key");
    // The same key means the same request: method, target, media type and body.
    String hash = sha256(method + " " + raw + "\n" + contentType + "\n", body);
    String slot = signer + " " + idemKey;
    // Writes one at a time, so that two tries of one key cannot both be applied.
    synchronized (idempotent) {
      Idempotent earlier = idempotent.get(slot);
      if (earlier != null) {
        return earlier.bodyHash().equals(hash) ? earlier.answer()
            : Answer.problem(ProblemCode.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                "The key " + idemKey + " was used for another request; use a new key for a new write");
      }
      Call call = new Call(method, path, query, contentType, body, signer, admin, h.getFirst("If-Match"), clock.instant());
      Answer a = state.dispatch(call);
      if (a.status() < 500) {
        idempotent.put(slot, new Idempotent(hash, a));
        if (log != null && a.status() < 400) {
          log.append(new HubLog.Entry("write", keyId, null, null, method, path, query, contentType, body, signer, admin,
              call.ifMatch(), call.now(), idemKey, hash, a.status(), a.contentType(), a.body(), a.headers()));
        }
      }
      return a;
    }
  }

  /** Verifies the request's signature (and digest) against the target it claims; the key id that signed it. */
  private String verify(String method, URI target, Headers h, byte[] body) {
    HttpMessage.Builder m = HttpMessage.request(method, target);
    h.forEach((name, values) -> values.forEach(v -> m.header(name, v)));
    return verifier.verify(m.body(body).build()).key().keyId();
  }

  private Answer refusal(HttpSignatureException e) {
    if (e.failure() == SignatureFailure.FIELD_TOO_LARGE || e.failure() == SignatureFailure.NONCE_CACHE_FULL) {
      LOG.warn("Signed request refused: {}", e.getMessage());
    }
    return refusal(RequestRefusal.of(e));
  }

  private void send(HttpExchange ex, String method, URI target, Answer a) throws IOException {
    // The request's own signature goes into the base, binding the answer to exactly this request; a
    // signature field over the limits is not parsed even for that (the answer is then unbound).
    HttpMessage.Builder request = HttpMessage.request(method, target);
    List<String> signature = ex.getRequestHeaders().get("Signature");
    if (signature != null && withinLimits(signature)) {
      signature.forEach(v -> request.header("Signature", v));
    }
    HttpMessage.Builder answer = HttpMessage.response(a.status()).header("Content-Type", a.contentType());
    // ETag, Location and Retry-After go into the message signed, so that the profile covers them.
    a.headers().forEach(answer::header);
    HttpMessage response = answer.request(request.build()).body(a.body()).build();
    HttpMessage signed = LibnetSignatures.signResponse(response, hubKey.keyId(), hubKey.algorithm(), hubPrivate, clock);
    Headers out = ex.getResponseHeaders();
    out.set("Content-Type", a.contentType());
    a.headers().forEach(out::set);
    for (String name : new String[] {"Content-Digest", "Signature-Input", "Signature"}) {
      out.put(name, signed.headers(name));
    }
    ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
    if (a.body().length > 0) {
      try (OutputStream o = ex.getResponseBody()) {
        o.write(a.body());
      }
    }
  }

  private boolean withinLimits(List<String> signature) {
    long bytes = 0;
    for (String v : signature) {
      bytes += v.length() + 2;
    }
    return bytes <= limits.maxFieldBytes();
  }

  /** The body, or {@code null} when it is longer than the limit: reading stops at limit + 1 bytes. */
  private byte[] readBody(InputStream in) throws IOException {
    int max = (int) Math.min(limits.maxBodyBytes(), Integer.MAX_VALUE - 16);
    byte[] b = in.readNBytes(max + 1);
    return b.length > max ? null : b;
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      q.putIfAbsent(k, v);
    }
    return q;
  }

  private static String sha256(String head, byte[] body) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(head.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
