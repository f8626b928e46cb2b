package vn.libnet.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hub's verified writes: idempotency (the same key and the same request get the first answer again;
 * the same key for another request is refused), the log forced to disk before a write is answered, and the
 * replay of that log at start. Writes go one at a time, so two tries of one key can never both apply.
 */
final class HubWrites {
  private final HubState state;
  private final HubLog log;
  private final Map<String, Idempotent> idempotent = new ConcurrentHashMap<>();

  private record Idempotent(String requestHash, Answer answer) {}

  HubWrites(HubState state, HubLog log) {
    this.state = state;
    this.log = log;
  }

  /**
   * Applies a verified write once per idempotency key of its signer.
   *
   * @param keyId the key that signed it
   * @param idempotencyKey its {@code Idempotency-Key}
   * @param rawTarget the path and query as sent, part of what "the same request" means
   */
  Answer apply(Call call, String keyId, String idempotencyKey, String rawTarget) {
    // The same key means the same request: method, target, media type and body.
    String hash = sha256(call.method() + " " + rawTarget + "\n" + call.contentType() + "\n", call.body());
    String slot = call.signer() + " " + idempotencyKey;
    // The work on the body alone runs here, side by side with other writes; the rest one at a time.
    if (!idempotent.containsKey(slot)) {
      state.prepare(call);
    }
    try {
      return applyOnce(call, keyId, idempotencyKey, hash, slot);
    } finally {
      state.forgetPrepared();
    }
  }

  private Answer applyOnce(Call call, String keyId, String idempotencyKey, String hash, String slot) {
    synchronized (idempotent) {
      Idempotent earlier = idempotent.get(slot);
      if (earlier != null) {
        return earlier.requestHash().equals(hash) ? earlier.answer()
            : Answer.problem(ProblemCode.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                "The key " + idempotencyKey + " was used for another request; use a new key for a new write");
      }
      Answer a = state.dispatch(call);
      if (a.status() < 500) {
        idempotent.put(slot, new Idempotent(hash, a));
        if (log != null && a.status() < 400) {
          log.append(new HubLog.Entry("write", keyId, null, null, call.method(), call.path(), call.query(), call.contentType(),
              call.body(), call.signer(), call.admin(), call.ifMatch(), call.now(), idempotencyKey, hash, a.status(),
              a.contentType(), a.body(), a.headers()));
        }
      }
      return a;
    }
  }

  /** Trusts a key, kept in the log when the hub has one. */
  void trust(VerificationKey key) {
    boolean changed = state.trust(key);
    if (changed && log != null && key.key() instanceof java.security.PublicKey pk) {
      log.append(new HubLog.Entry("trust", key.keyId(), key.algorithm().rfcName(), Keys.toPublicJwk(pk), null, null, null,
          null, null, null, false, null, null, null, null, 0, null, null, null));
    }
  }

  /**
   * Replays one log entry: the write is applied again without its (long expired) signature, and its
   * idempotency key answers as it answered then.
   *
   * @return what the write answers now (for a check against what it answered then), or {@code null} for a
   *     trusted key
   */
  Answer replay(HubLog.Entry e) {
    if ("trust".equals(e.type())) {
      state.trust(new VerificationKey(e.keyId(), SignatureAlgorithm.fromName(e.algorithm()), Keys.publicFromJwk(jsonOf(e.jwk()))));
      return null;
    }
    Answer now = state.dispatch(new Call(e.method(), e.path(), e.query(), e.contentType(), e.body(), e.signer(), e.admin(), e.ifMatch(), e.at()));
    idempotent.put(e.signer() + " " + e.idempotencyKey(),
        new Idempotent(e.bodyHash(), new Answer(e.status(), e.answerType(), e.answer(), e.answerHeaders())));
    return now;
  }

  /** Forgets every idempotency key (the state is reset beside it). */
  void forget() {
    idempotent.clear();
  }

  private static String jsonOf(Object o) {
    try {
      return LibnetJson.mapper().writeValueAsString(o);
    } catch (com.fasterxml.jackson.core.JsonProcessingException x) {
      throw new IllegalStateException(x);
    }
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
