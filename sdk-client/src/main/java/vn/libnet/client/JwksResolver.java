package vn.libnet.client;

import java.io.IOException;
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
import vn.libnet.core.signature.VerificationKey;

/** The hub's JWKS, fetched lazily and again on an unknown key id, never more than once per interval. */
final class JwksResolver implements KeyResolver {
  private static final Logger LOG = LoggerFactory.getLogger(JwksResolver.class);
  static final Duration MIN_REFRESH = Duration.ofSeconds(30);

  private final OkHttpClient http;
  private final HttpUrl url;
  private final Clock clock;
  private Map<String, VerificationKey> keys = Map.of();
  private Instant fetchedAt;

  JwksResolver(OkHttpClient http, HttpUrl baseUrl, Clock clock) {
    this.http = http;
    this.url = baseUrl.resolve("/.well-known/jwks.json");
    this.clock = clock;
  }

  @Override
  public synchronized Optional<VerificationKey> resolve(String keyId) {
    VerificationKey k = keys.get(keyId);
    if (k == null && (fetchedAt == null || clock.instant().isAfter(fetchedAt.plus(MIN_REFRESH)))) {
      refresh();
      k = keys.get(keyId);
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
      keys = fetched.stream().collect(Collectors.toUnmodifiableMap(VerificationKey::keyId, Function.identity(), (a, b) -> a));
      LOG.debug("Fetched {} hub key(s) from {}", keys.size(), url);
    } catch (IOException | IllegalArgumentException e) {
      LOG.warn("Cannot fetch the hub's JWKS at {}: {}", url, e.getMessage());
    }
  }
}
