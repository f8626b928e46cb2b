package vn.libnet.client;

import java.io.IOException;
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
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.VerificationKey;

/**
 * The hub's JWKS, fetched lazily and again on an unknown key id, never more than once per interval. With an
 * anchor (an RFC 7638 thumbprint), the first JWKS fetched must hold that key: until one does, no fetched key
 * is trusted and a call that needs one fails with {@code CLIENT_HUB_KEY_MISMATCH}, which is not retried.
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
      List<VerificationKey> fetched = VerificationKey.fromJwks(r.body().string());
      if (!anchored) {
        List<String> thumbprints = fetched.stream().map(JwksResolver::thumbprint).collect(Collectors.toList());
        if (!thumbprints.contains(anchor)) {
          refusedThumbprints = thumbprints;
          LOG.warn("The hub's JWKS at {} does not hold the anchor key {} (it holds {}); none of its keys is trusted", url, anchor,
              thumbprints);
          return;
        }
        anchored = true;
        refusedThumbprints = null;
      }
      keys = fetched.stream().collect(Collectors.toUnmodifiableMap(VerificationKey::keyId, Function.identity(), (a, b) -> a));
      LOG.debug("Fetched {} hub key(s) from {}", keys.size(), url);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Cannot fetch the hub's JWKS at {}: {}", url, e.getMessage());
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
