package vn.libnet.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.NonceCache;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.SignatureVerifier;
import vn.libnet.core.signature.VerificationKey;

/**
 * (Shared with sdk-examples' tests through this module's test jar.) A WireMock server standing in for the hub in client tests: every answer is signed with the hub's key
 * (unless a stub asks, through transformer parameters, for it to be left unsigned or tampered with), and
 * every logged request can be checked with the sdk-core verifier the real hub uses.
 */
public final class StubHub implements AutoCloseable {
  public static final String ISIL = "VN-HaNoi-TVHN";
  public static final String KEY_ID = ISIL + "#k1";
  public static final String HUB_KEY_ID = "hub#2026";

  public final KeyPair library = ed25519();
  public final KeyPair hub = ed25519();
  /** The hub's key before it rolled to {@link #hub}; {@code tamper=previous-key} signs with it, as {@link #PREVIOUS_HUB_KEY_ID}. */
  public final KeyPair previousHub = ed25519();
  public static final String PREVIOUS_HUB_KEY_ID = "hub#2025";
  public final WireMockServer server;
  public final ContributionLedger ledger;

  private final int port = freePort();

  public StubHub() {
    ledger = new ContributionLedger(requestVerifier());
    server = new WireMockServer(options().port(port).bindAddress("127.0.0.1").gzipDisabled(true)
        .extensions(new Signer(), ledger));
    server.start();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port + "/";
  }

  private static int freePort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public VerificationKey previousHubKey() {
    return new VerificationKey(PREVIOUS_HUB_KEY_ID, SignatureAlgorithm.ED25519, previousHub.getPublic());
  }

  public VerificationKey hubKey() {
    return new VerificationKey(HUB_KEY_ID, SignatureAlgorithm.ED25519, hub.getPublic());
  }

  public String hubJwks() {
    return "{\"keys\":[" + vn.libnet.core.json.LibnetJson.mapper().valueToTree(hubKey().toPublicJwk()) + "]}";
  }

  /** A client for this stub, signing as {@link #KEY_ID}, trusting the pinned hub key, with quick retries. */
  public LibnetClient.Builder client() {
    return LibnetClient.builder().baseUrl(baseUrl()).libraryIsil(ISIL).signingKey(KEY_ID, library.getPrivate())
        .hubKeys(HubKeys.pinned(hubKey()))
        .retryPolicy(new RetryPolicy(4, java.time.Duration.ofMillis(20), java.time.Duration.ofMillis(200), java.time.Duration.ofSeconds(20)));
  }

  public SignatureVerifier requestVerifier() {
    return LibnetSignatures.requestVerifier(
        KeyResolver.of(new VerificationKey(KEY_ID, SignatureAlgorithm.ED25519, library.getPublic())),
        new NonceCache(10_000), Clock.systemUTC(), java.util.List.of(URI.create(baseUrl())));
  }

  /** The request as sdk-core sees it. */
  public static HttpMessage toMessage(LoggedRequest r) {
    HttpMessage.Builder m = HttpMessage.request(r.getMethod().getName(), URI.create(r.getAbsoluteUrl()));
    for (HttpHeader h : r.getHeaders().all()) {
      for (String v : h.values()) {
        m.header(h.key(), v);
      }
    }
    return m.body(r.getBody()).build();
  }

  /** Every request the stub received, oldest first. */
  public List<LoggedRequest> requests() {
    List<LoggedRequest> out = new ArrayList<>();
    server.getAllServeEvents().forEach(e -> out.add(0, e.getRequest()));
    return out;
  }

  @Override
  public void close() {
    server.stop();
  }

  static KeyPair ed25519() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs every answer as the hub does; {@code tamper} = unsigned | body | no-digest | signature | foreign-key | unbound. */
  final class Signer implements ResponseTransformerV2 {
    @Override
    public String getName() {
      return "hub-signer";
    }

    @Override
    public Response transform(Response response, ServeEvent event) {
      Parameters p = event.getTransformerParameters();
      String tamper = p == null ? null : (String) p.get("tamper");
      if ("unsigned".equals(tamper) || response.getFault() != null) {
        return response;
      }
      LoggedRequest req = event.getRequest();
      HttpMessage.Builder m = HttpMessage.response(response.getStatus());
      for (HttpHeader h : response.getHeaders().all()) {
        for (String v : h.values()) {
          m.header(h.key(), v);
        }
      }
      HttpMessage.Builder answered = HttpMessage.request(req.getMethod().getName(), URI.create(req.getAbsoluteUrl()));
      HttpHeader requestSignature = req.getHeaders().getHeader("Signature");
      // "unbound": signed as a hub of profile v1.0 did, without covering the request's signature.
      if (requestSignature.isPresent() && !"unbound".equals(tamper)) {
        requestSignature.values().forEach(v -> answered.header("Signature", v));
      }
      m.request(answered.build());
      byte[] body = response.getBody();
      KeyPair signer = "foreign-key".equals(tamper) ? ed25519() : "previous-key".equals(tamper) ? previousHub : hub;
      String signerId = "previous-key".equals(tamper) ? PREVIOUS_HUB_KEY_ID : HUB_KEY_ID;
      HttpMessage signed = LibnetSignatures.signResponse(m.body(body).build(), signerId, SignatureAlgorithm.ED25519,
          signer.getPrivate(), Clock.systemUTC());
      List<HttpHeader> headers = new ArrayList<>();
      for (Map.Entry<String, String> h : signed.headers()) {
        String value = h.getValue();
        if ("no-digest".equals(tamper) && h.getKey().equalsIgnoreCase("Content-Digest")) {
          continue;
        }
        if ("signature".equals(tamper) && h.getKey().equalsIgnoreCase("Signature")) {
          value = flipOneBit(value);
        }
        headers.add(new HttpHeader(h.getKey(), value));
      }
      byte[] sent = body;
      if ("body".equals(tamper)) {
        sent = body.clone();
        sent[sent.length / 2] ^= 1;
      }
      return Response.Builder.like(response).but().headers(new HttpHeaders(headers)).body(sent).build();
    }

    private String flipOneBit(String signature) {
      int start = signature.indexOf(':') + 1;
      int end = signature.lastIndexOf(':');
      byte[] sig = Base64.getDecoder().decode(signature.substring(start, end));
      sig[10] ^= 1;
      return signature.substring(0, start) + Base64.getEncoder().encodeToString(sig) + signature.substring(end);
    }
  }
}
