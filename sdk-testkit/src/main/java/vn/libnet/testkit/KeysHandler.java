package vn.libnet.testkit;

import static vn.libnet.testkit.HandlerSupport.mayWrite;
import static vn.libnet.testkit.HandlerSupport.read;

import java.io.IOException;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.testkit.HubRouter.Route;

/**
 * Each library's registered public keys: {@code GET} and {@code POST /v1/libraries/{isil}/keys}. A key
 * of library {@code X} is named {@code X#<name>}; a name is registered once. The hub's own JWKS is
 * served by the HTTP side.
 */
final class KeysHandler implements HubRouter.Resource {
  private final HubStore store;

  KeysHandler(HubStore store) {
    this.store = store;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/libraries/([^/]+)/keys", (c, p) -> list(p.get(0))),
        Route.of("POST", "/v1/libraries/([^/]+)/keys", (c, p) -> register(c, p.get(0))));
  }

  /** Trusts {@code key} for the ISIL before the {@code #} of its id, in place of a key of the same id; whether anything changed. */
  boolean trust(VerificationKey key) {
    Optional<VerificationKey> old = store.key(key.keyId());
    if (old.isPresent() && old.get().algorithm() == key.algorithm() && old.get().key().equals(key.key())) {
      return false;
    }
    String isil = key.keyId().substring(0, Math.max(0, key.keyId().indexOf('#')));
    Map<String, String> jwk = key.key() instanceof PublicKey pk ? Keys.toPublicJwk(pk) : Map.of();
    store.putKey(isil, key, new PublicKeyInfo(key.keyId(), key.algorithm().rfcName(), jwk));
    return true;
  }

  private Answer list(String isil) {
    List<PublicKeyInfo> list = store.keysOf(isil);
    if (list.isEmpty() && store.library(isil).isEmpty()) {
      return Answer.problem(ProblemCode.NOT_FOUND, "No such library", "No library and no key is registered for " + isil);
    }
    return Answer.json(200, list);
  }

  private Answer register(Call c, String isil) {
    mayWrite(c, isil);
    PublicKeyInfo info = read(c, PublicKeyInfo.class);
    if (info.keyId() == null || !info.keyId().startsWith(isil + "#") || info.keyId().length() == isil.length() + 1) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Bad key id", "A key of " + isil + " is named " + isil + "#<name>, not " + info.keyId());
    }
    if (store.key(info.keyId()).isPresent()) {
      return Answer.problem(ProblemCode.CONFLICT, "Key exists", info.keyId() + " is already registered");
    }
    VerificationKey key;
    try {
      PublicKey pk = Keys.publicFromJwk(LibnetJson.mapper().writeValueAsString(info.jwk()));
      SignatureAlgorithm alg = info.algorithm() == null ? Keys.defaultAlgorithm(pk) : SignatureAlgorithm.fromName(info.algorithm());
      key = new VerificationKey(info.keyId(), alg, pk);
    } catch (IOException | RuntimeException e) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Unusable key", e.getMessage());
    }
    trust(key);
    return Answer.json(201, new PublicKeyInfo(key.keyId(), key.algorithm().rfcName(), info.jwk()));
  }
}
