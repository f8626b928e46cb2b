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
import vn.libnet.client.model.ProblemCode;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureException;
import vn.libnet.core.signature.SignatureFailure;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hub's HTTP side: faults, body limits, signature and digest verification of writes, idempotency,
 * the log, and the signature of every answer. The API itself is {@link HubState}.
 */
final class HubServer {
  private static final Logger LOG = LoggerFactory.getLogger(HubServer.class);
  static final int MAX_BODY = 64 << 20;

  private final HubState state;
  private final HubLog log;
  private final VerificationKey hubKey;
  private final PrivateKey hubPrivate;
  private final String adminKeyId;
  private final Clock clock;
  private final SignatureVerifier verifier;
  private final Map<String, Idempotent> idempotent = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private volatile HubFaults faults = HubFaults.NONE;
  private final AtomicLong faultBase = new AtomicLong();

  record Idempotent(String bodyHash, Answer answer) {}

  HubServer(HubState state, HubLog log, VerificationKey hubKey, PrivateKey hubPrivate, String adminKeyId, Clock clock,
      List<URI> publicUrls) {
    this.state = state;
    this.log = log;
    this.hubKey = hubKey;
    this.hubPrivate = hubPrivate;
    this.adminKeyId = adminKeyId;
    this.clock = clock;
    this.verifier = LibnetSignatures.requestVerifier(state::key, new NonceCache(200_000), clock, publicUrls);
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
    URI target = URI.create("http://" + (host == null ? "127.0.0.1" : host) + raw);
    try {
      if (raw.getPath().startsWith("/v1/") && applyFaults(ex, n, target, method)) {
        return;
      }
      byte[] body = readBody(ex.getRequestBody());
      Answer a = body == null
          ? Answer.problem(ProblemCode.BAD_REQUEST, "Body too large", "The hub takes bodies up to " + MAX_BODY + " bytes")
          : answer(ex, method, target, raw, body);
      send(ex, method, target, a);
    } catch (RuntimeException e) {
      LOG.error("{} {} failed", method, raw, e);
      send(ex, method, target, Answer.problem(ProblemCode.INTERNAL_ERROR, "Hub failure", e.toString()));
    } finally {
      ex.close();
    }
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
        ex.getRequestBody().readAllBytes();
        ProblemCode code = f.kind() == HubFaults.Kind.UNAVAILABLE ? ProblemCode.UNAVAILABLE : ProblemCode.RATE_LIMITED;
        send(ex, method, target, Answer.problem(code, code == ProblemCode.UNAVAILABLE ? "Hub unavailable" : "Too many requests",
            "Injected fault; retry after " + f.retryAfter().toSeconds() + " s")
            .withHeader("Retry-After", String.valueOf(f.retryAfter().toSeconds())));
        ex.close();
        return true;
      case CONNECTION_RESET:
        // Closing the exchange before any answer makes the server drop the connection.
        ex.getRequestBody().readAllBytes();
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
    if (path.equals("/.well-known/jwks.json") && method.equals("GET")) {
      return Answer.json(200, Map.of("keys", List.of(hubKey.toPublicJwk())));
    }
    if (method.equals("GET") || method.equals("HEAD")) {
      return state.dispatch(new Call("GET", path, query, contentType, body, null, false, null, clock.instant()));
    }
    // A write: who signed it, and is it intact?
    HttpMessage.Builder m = HttpMessage.request(method, target);
    h.forEach((name, values) -> values.forEach(v -> m.header(name, v)));
    String keyId;
    try {
      keyId = verifier.verify(m.body(body).build()).key().keyId();
    } catch (SignatureException e) {
      return refusal(e.failure(), e);
    }
    boolean admin = keyId.equals(adminKeyId);
    String signer = keyId.substring(0, keyId.indexOf('#'));
    String idemKey = h.getFirst("Idempotency-Key");
    String hash = sha256(method + " " + raw + "\n", body);
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

  private static Answer refusal(SignatureFailure f, SignatureException e) {
    ProblemCode code = f == SignatureFailure.REPLAYED ? ProblemCode.REPLAYED
        : f == SignatureFailure.DIGEST_MISMATCH || f == SignatureFailure.DIGEST_MISSING ? ProblemCode.DIGEST_INVALID
        : ProblemCode.SIGNATURE_INVALID;
    return Answer.problem(code, "Signature refused", f.code() + ": " + e.message(Locale.ENGLISH) + " / " + e.message(Locale.forLanguageTag("vi")));
  }

  private void send(HttpExchange ex, String method, URI target, Answer a) throws IOException {
    // The request's own signature goes into the base, binding the answer to exactly this request.
    HttpMessage.Builder request = HttpMessage.request(method, target);
    List<String> signature = ex.getRequestHeaders().get("Signature");
    if (signature != null) {
      signature.forEach(v -> request.header("Signature", v));
    }
    HttpMessage response = HttpMessage.response(a.status()).header("Content-Type", a.contentType())
        .request(request.build()).body(a.body()).build();
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

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] b = in.readNBytes(MAX_BODY + 1);
    return b.length > MAX_BODY ? null : b;
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
