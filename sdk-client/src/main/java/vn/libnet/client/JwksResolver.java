package vn.libnet.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.HttpSignatureException;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hub's JWKS, fetched lazily and again on an unknown key id, never more than once per interval.
 *
 * <p>Key continuity: once keys are trusted, a JWKS fetched again replaces them only when its answer is
 * signed (LibNet profile) by a key already trusted, so that a man in the middle cannot swap in his own
 * key set later (the hub rolls its keys by publishing the new set while it still signs with an old key).
 * A set that fails this is ignored with a warning and the known keys stay. The first set is trusted as
 * TLS delivered it; with an anchor (an RFC 7638 thumbprint) it must also hold that key and be signed by
 * it: until one does, no fetched key is trusted and a call that needs one fails with {@code
 * CLIENT_HUB_KEY_MISMATCH}, which is not retried.
 */
final class JwksResolver implements KeyResolver {
  private static final Logger LOG = LoggerFactory.getLogger(JwksResolver.class);
  static final Duration MIN_REFRESH = Duration.ofSeconds(30);

  private final OkHttpClient http;
  private final HttpUrl url;
  private final Clock clock;
  private final String anchor;
  private Map<String, VerificationKey> keys = Map.of();
  private Instant fetchedAt;
  private boolean anchored;
  private List<String> refusedThumbprints;

  JwksResolver(OkHttpClient http, HttpUrl baseUrl, Clock clock, Optional<String> anchor) {
    this.http = http;
    this.url = baseUrl.resolve("/.well-known/jwks.json");
    this.clock = clock;
    this.anchor = anchor.orElse(null);
    this.anchored = anchor.isEmpty();
  }

  @Override
  public synchronized Optional<VerificationKey> resolve(String keyId) {
    VerificationKey k = keys.get(keyId);
    if (k == null && (fetchedAt == null || clock.instant().isAfter(fetchedAt.plus(MIN_REFRESH)))) {
      refresh();
      k = keys.get(keyId);
    }
    if (!anchored && refusedThumbprints != null) {
      // Thrown rather than "unknown key": a wrong anchor is a configuration or an attack, never worth a retry.
      throw new LibnetClientException(ClientFailure.CLIENT_HUB_KEY_MISMATCH, null, url, anchor, String.join(", ", refusedThumbprints));
    }
    return Optional.ofNullable(k);
  }

  private void refresh() {
    fetchedAt = clock.instant();
    try (Response r = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      if (!r.isSuccessful() || r.body() == null) {
        LOG.warn("The hub's JWKS at {} answered HTTP {}; keeping {} known key(s)", url, r.code(), keys.size());
        return;
      }
      byte[] body = r.body().bytes();
      List<VerificationKey> fetched = VerificationKey.fromJwks(new String(body, StandardCharsets.UTF_8));
      HttpMessage answer = Http.toMessage(r, body);
      if (!anchored) {
        List<String> thumbprints = fetched.stream().map(JwksResolver::thumbprint).collect(Collectors.toList());
        List<VerificationKey> anchors = fetched.stream().filter(k -> anchor.equals(thumbprint(k))).collect(Collectors.toList());
        if (anchors.isEmpty() || !signedBy(answer, anchors)) {
          refusedThumbprints = thumbprints;
          LOG.warn("The hub's JWKS at {} does not hold the anchor key {}, or is not signed by it (it holds {}); none of its keys is"
              + " trusted", url, anchor, thumbprints);
          return;
        }
        anchored = true;
        refusedThumbprints = null;
      } else if (!keys.isEmpty() && !signedBy(answer, List.copyOf(keys.values()))) {
        LOG.warn("The hub's JWKS at {} was fetched again but is not signed by a key already trusted; keeping the {} known key(s)",
            url, keys.size());
        return;
      }
      keys = fetched.stream().collect(Collectors.toUnmodifiableMap(VerificationKey::keyId, Function.identity(), (a, b) -> a));
      LOG.debug("Fetched {} hub key(s) from {}", keys.size(), url);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Cannot fetch the hub's JWKS at {}: {}", url, e.getMessage());
    }
  }

  private boolean signedBy(HttpMessage answer, List<VerificationKey> trusted) {
    try {
      LibnetSignatures.responseVerifier(KeyResolver.of(trusted.toArray(VerificationKey[]::new)), clock).verify(answer);
      return true;
    } catch (HttpSignatureException refused) {
      return false;
    }
  }

  private static String thumbprint(VerificationKey k) {
    try {
      return k.key() instanceof PublicKey pk ? Keys.thumbprint(pk) : "(secret)";
    } catch (IllegalArgumentException noJwkForm) {
      return "(" + k.key().getAlgorithm() + ")";
    }
  }
}
