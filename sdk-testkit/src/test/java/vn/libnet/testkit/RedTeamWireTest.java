package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static vn.libnet.testkit.HubFixtures.HANOI;
import static vn.libnet.testkit.HubFixtures.HCM;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.libnet.client.LibnetClient;
import vn.libnet.client.LibnetClientException;
import vn.libnet.client.LibnetProblemException;
import vn.libnet.client.LibnetSignatureException;
import vn.libnet.client.RetryPolicy;
import vn.libnet.client.WireProxy;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.client.model.Versioned;
import vn.libnet.core.model.Library;

/**
 * Red team (issue 10): a man in the middle ({@link WireProxy}) between {@link LibnetClient} and a real
 * {@link LibnetTestHub}, changing the hub's answers. Each test asserts the secure behaviour; the ones the
 * SDK does not (yet) hold are {@code @Disabled("RED: ...")}.
 */
class RedTeamWireTest {
  private LibnetTestHub hub;
  private WireProxy proxy;

  @BeforeEach
  void start() {
    hub = LibnetTestHub.start();
    proxy = WireProxy.start(WireProxy.passThrough());
  }

  @AfterEach
  void stop() {
    proxy.close();
    hub.close();
  }

  private static boolean isGet(WireProxy.Seen r, String pathEnd) {
    return r.method().equals("GET") && r.target().getPath().endsWith(pathEnd);
  }

  private static WireProxy.Answer withHeaders(WireProxy.Answer a, UnaryOperator<List<Map.Entry<String, String>>> f) {
    return new WireProxy.Answer(a.status(), a.reason(), f.apply(new ArrayList<>(a.headers())), a.body());
  }

  private static List<Map.Entry<String, String>> replaced(List<Map.Entry<String, String>> h, String name, String value) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    boolean done = false;
    for (Map.Entry<String, String> e : h) {
      if (e.getKey().equalsIgnoreCase(name)) {
        if (!done && value != null) {
          out.add(Map.entry(e.getKey(), value));
        }
        done = true;
      } else {
        out.add(e);
      }
    }
    if (!done && value != null) {
      out.add(Map.entry(name, value));
    }
    return out;
  }

  private LibnetClient.Builder viaProxy(String isil) {
    return hub.clientFor(isil).okHttpClient(proxy.okHttp())
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofSeconds(20)));
  }

  // ------------------------------------------------------------------ tampered answers

  /** Tampering with a covered part of an answer, or replaying an earlier one, is refused as a signature fault. */
  @ParameterizedTest
  @ValueSource(strings = {"strip-signature", "strip-input", "status", "content-type", "body", "strip-digest", "replay-earlier",
      "second-content-type", "signature-of-other-label"})
  void aTamperedAnswerIsRefused(String how) {
    try (LibnetClient direct = hub.clientFor(HANOI).build()) {
      direct.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    }
    AtomicReference<WireProxy.Answer> earlier = new AtomicReference<>();
    try (LibnetClient c = viaProxy(HANOI).build()) {
      c.getLibrary(HANOI);
      proxy.behaviour((r, up) -> {
        WireProxy.Answer a = up.forward(r);
        if (!isGet(r, "/v1/libraries/" + HANOI)) {
          return a;
        }
        if (earlier.get() == null) {
          earlier.set(a);
          if (how.equals("replay-earlier")) {
            return a;
          }
        }
        switch (how) {
          case "strip-signature":
            return withHeaders(a, h -> replaced(h, "Signature", null));
          case "strip-input":
            return withHeaders(a, h -> replaced(h, "Signature-Input", null));
          case "status":
            return new WireProxy.Answer(203, "Non-Authoritative", a.headers(), a.body());
          case "content-type":
            return withHeaders(a, h -> replaced(h, "Content-Type", "text/html"));
          case "second-content-type":
            return withHeaders(a, h -> {
              h.add(Map.entry("Content-Type", "text/html"));
              return h;
            });
          case "body": {
            byte[] b = a.body().clone();
            String s = new String(b, StandardCharsets.UTF_8).replace("Hà Nội", "Hà Nam");
            return new WireProxy.Answer(a.status(), a.reason(), a.headers(), s.getBytes(StandardCharsets.UTF_8));
          }
          case "strip-digest":
            return withHeaders(a, h -> replaced(h, "Content-Digest", null));
          case "replay-earlier":
            return earlier.get();
          case "signature-of-other-label":
            // The hub's real signature moved to another label, and a junk libnet one in its place.
            return withHeaders(a, h -> {
              String in = h.stream().filter(e -> e.getKey().equalsIgnoreCase("Signature-Input")).findFirst().orElseThrow().getValue();
              String sig = h.stream().filter(e -> e.getKey().equalsIgnoreCase("Signature")).findFirst().orElseThrow().getValue();
              List<Map.Entry<String, String>> out = replaced(replaced(h, "Signature-Input", in.replaceFirst("^libnet=", "x=")),
                  "Signature", sig.replaceFirst("^libnet=", "x="));
              return out;
            });
          default:
            throw new IllegalArgumentException(how);
        }
      });
      if (how.equals("replay-earlier")) {
        c.getLibrary(HANOI);
      }
      Throwable t = catchThrowable(() -> c.getLibrary(HANOI));
      if (how.equals("signature-of-other-label")) {
        // The label is not covered: still the hub's intact answer to this request, so accepting it is harmless.
        assertThat(t == null || t instanceof LibnetSignatureException).isTrue();
      } else {
        assertThat(t).as(how).isInstanceOf(LibnetSignatureException.class);
      }
    }
  }

  /**
   * The hub's {@code ETag} is not covered by its signature: a man in the middle rewrites it on a read
   * (to the next version, which is predictable: {@code "v<n>"}), the administrator then changes the
   * profile, and the library's stale edit, sent with If-Match of the forged tag, overwrites the
   * administrator's change: the lost update If-Match exists to prevent. Secure: the answer's ETag is
   * covered (the read is refused when it is changed), so the stale write gets 409.
   */
  @Test
  void anEtagRewrittenOnTheWireCannotCauseALostUpdate() {
    LibnetClient admin = hub.adminClient().build();
    try (admin; LibnetClient c = viaProxy(HANOI).build()) {
      Versioned<Library> v1 = c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      assertThat(v1.etag()).isEqualTo("\"v1\"");
      proxy.behaviour((r, up) -> {
        WireProxy.Answer a = up.forward(r);
        return isGet(r, "/v1/libraries/" + HANOI) ? withHeaders(a, h -> replaced(h, "ETag", "\"v2\"")) : a;
      });
      Versioned<Library> read = null;
      try {
        read = c.getLibrary(HANOI);
      } catch (LibnetSignatureException refused) {
        // secure: a changed ETag is refused
      }
      proxy.behaviour(WireProxy.passThrough());
      admin.saveLibrary(HubFixtures.library(HANOI, "Tên do quản trị viên sửa", "01"), "\"v1\"");
      if (read != null) {
        Versioned<Library> basedOn = read;
        Throwable t = catchThrowable(() -> c.saveLibrary(HubFixtures.library(HANOI, "Sửa cũ của thư viện", "01"), basedOn.etag()));
        assertThat(t).as("a stale edit is refused").isInstanceOf(LibnetProblemException.class);
        assertThat(((LibnetProblemException) t).problemCode()).isEqualTo(ProblemCode.CONFLICT);
      }
      assertThat(admin.getLibrary(HANOI).value().name()).as("the administrator's change is not lost").isEqualTo("Tên do quản trị viên sửa");
    }
  }

  /**
   * With {@code followRedirectsForReads(true)}, an unsigned 302 from the man in the middle sends a read
   * for library A to library B; the hub's answer for B is bound to the follow-up request for B, so it
   * verifies, and {@code getLibrary(A)} returns B's profile. Secure: the caller gets A's profile or an
   * error, never another resource (a 3xx is unverified, its Location uncovered even when the hub signs it).
   */
  @Test
  void aRedirectOnTheWireCannotSubstituteAnotherResourceForARead() {
    try (LibnetClient hcm = hub.clientFor(HCM).build(); LibnetClient hanoi = hub.clientFor(HANOI).build()) {
      hcm.saveLibrary(HubFixtures.library(HCM, "Thư viện Khoa học Tổng hợp TP. Hồ Chí Minh", "79"), null);
      hanoi.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    }
    proxy.behaviour(WireProxy.redirect(r -> isGet(r, "/v1/libraries/" + HANOI), 302, hub.baseUrl() + "v1/libraries/" + HCM));
    try (LibnetClient c = viaProxy(HANOI).followRedirectsForReads(true).build()) {
      AtomicReference<Versioned<Library>> got = new AtomicReference<>();
      Throwable t = catchThrowable(() -> got.set(c.getLibrary(HANOI)));
      if (t == null) {
        assertThat(got.get().value().isil()).as("the library asked for").isEqualTo(HANOI);
      } else {
        assertThat(t).isInstanceOf(LibnetClientException.class);
      }
    }
  }

  /**
   * The man in the middle forwards a write (the hub applies it) and answers the client with an unsigned
   * 3xx. The profile treats an answer without a valid signature as a transport fault (retried under the
   * same idempotency key, so the stored answer comes back); a 3xx is exempt from verification and is a
   * final {@code LibnetRedirectException}, not retried. Secure: an unverified 3xx is a fault of the try
   * like any unverified answer, and the write's own answer reaches the caller.
   */
  @ParameterizedTest
  @ValueSource(ints = {302, 304, 307})
  void anUnsignedRedirectAfterAnAppliedWriteIsAFaultOfTheTryNotTheAnswer(int status) {
    AtomicInteger writes = new AtomicInteger();
    proxy.behaviour((r, up) -> {
      WireProxy.Answer a = up.forward(r);
      if (r.method().equals("PUT") && writes.incrementAndGet() == 1) {
        return WireProxy.redirectAnswer(status, "http://127.0.0.1:1/elsewhere");
      }
      return a;
    });
    try (LibnetClient c = viaProxy(HANOI).build()) {
      Versioned<Library> saved = c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      assertThat(saved.value().isil()).isEqualTo(HANOI);
    }
  }

  /** An unsigned 204 in place of a read's answer is unverified: retried, then the real answer. */
  @Test
  void anUnsigned204IsRetriedAsAFault() {
    try (LibnetClient direct = hub.clientFor(HANOI).build()) {
      direct.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    }
    AtomicInteger reads = new AtomicInteger();
    proxy.behaviour((r, up) -> {
      WireProxy.Answer a = up.forward(r);
      return isGet(r, "/v1/libraries/" + HANOI) && reads.incrementAndGet() == 1 ? new WireProxy.Answer(204, "No Content", List.of(), new byte[0])
          : a;
    });
    try (LibnetClient c = viaProxy(HANOI).build()) {
      assertThat(c.getLibrary(HANOI).value().isil()).isEqualTo(HANOI);
      assertThat(reads.get()).isEqualTo(2);
    }
  }

  /**
   * The hub's own 503 is signed, but its {@code Retry-After} is not covered: the man in the middle raises
   * it to an hour, and the client gives up at once (the wait does not fit its policy) instead of retrying
   * within its policy. (An unsigned 503 with the same header is retried, see
   * RedirectAndUnsignedFaultTest.) Secure: a Retry-After beyond the policy's cap is capped, not a reason
   * to stop; or Retry-After is covered.
   */
  @Test
  void aRetryAfterRaisedOnTheWireDoesNotStopTheRetries() {
    hub.faults(HubFaults.unavailable(Duration.ofSeconds(1)).onRequest(1));
    proxy.behaviour((r, up) -> {
      WireProxy.Answer a = up.forward(r);
      return a.status() == 503 ? withHeaders(a, h -> replaced(h, "Retry-After", "3600")) : a;
    });
    try (LibnetClient c = viaProxy(HANOI).build()) {
      Versioned<Library> saved = c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      assertThat(saved.value().isil()).isEqualTo(HANOI);
    }
  }

  /**
   * A retry storm: the hub (or, since Retry-After is not covered, a man in the middle) says Retry-After: 0
   * on every 503. OkHttp's own follow-up resends each try once more at once (RetryAndFollowUpInterceptor),
   * inside the policy's try, so a policy of 3 tries puts 6 requests on the wire. Secure: the policy's
   * maxAttempts bounds the requests sent.
   */
  @Test
  void aRetryAfterOfZeroOnEveryAnswerIsBoundedByThePolicy() {
    hub.faults(HubFaults.unavailable(Duration.ZERO).always());
    try (LibnetClient c = viaProxy(HANOI).build()) {
      Throwable t = catchThrowable(() -> c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null));
      assertThat(t).isInstanceOf(LibnetClientException.class);
    }
    assertThat(proxy.requests()).extracting(r -> r.method() + " " + r.target() + " " + r.header("Signature").map(v -> v.substring(0, 20)).orElse("-")).hasSizeLessThanOrEqualTo(3);
  }

  /**
   * {@code HubKeys.fromHub().anchoredTo(thumbprint)} checks only the first JWKS fetched. Once anchored, an
   * answer naming an unknown key id makes the client fetch the JWKS again (at most every 30 s) and trust
   * whatever it holds, anchor or not. Over plain http (loopback here; any host with {@code allowPlainHttp()})
   * the man in the middle answers that fetch with its own key, then signs forged answers, bound to the
   * client's requests, with it. Secure: every JWKS fetched must still hold the anchor key (or be signed by
   * a known key), so a forged key set is never trusted.
   */
  @Test
  void anAnchoredClientDoesNotTrustAKeySetSwappedInLater() throws Exception {
    try (LibnetClient direct = hub.clientFor(HANOI).build()) {
      direct.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    }
    java.security.KeyPair evil = HubFixtures.ed25519();
    vn.libnet.core.signature.VerificationKey evilKey =
        new vn.libnet.core.signature.VerificationKey("VN-LIBNET#hub2", vn.libnet.core.signature.SignatureAlgorithm.ED25519, evil.getPublic());
    String evilJwks = vn.libnet.core.json.LibnetJson.mapper().writeValueAsString(Map.of("keys", List.of(evilKey.toPublicJwk())));
    RedTeamHubTest.MovableClock clock = new RedTeamHubTest.MovableClock(java.time.Instant.now());
    String anchor = vn.libnet.core.signature.Keys.thumbprint((java.security.PublicKey) hub.hubKey().key());
    try (LibnetClient c = viaProxy(HANOI).hubKeys(vn.libnet.client.HubKeys.fromHub().anchoredTo(anchor)).clock(clock).build()) {
      assertThat(c.getLibrary(HANOI).value().name()).isEqualTo("Thư viện Hà Nội");
      clock.set(clock.instant().plusSeconds(31));
      proxy.behaviour((r, up) -> {
        if (r.target().getPath().equals("/.well-known/jwks.json")) {
          return new WireProxy.Answer(200, "OK", List.of(Map.entry("Content-Type", "application/json")),
              evilJwks.getBytes(StandardCharsets.UTF_8));
        }
        WireProxy.Answer real = up.forward(r);
        if (!isGet(r, "/v1/libraries/" + HANOI)) {
          return real;
        }
        byte[] forgedBody = new String(real.body(), StandardCharsets.UTF_8).replace("Thư viện Hà Nội", "Thư viện giả mạo")
            .getBytes(StandardCharsets.UTF_8);
        vn.libnet.core.signature.HttpMessage.Builder req = vn.libnet.core.signature.HttpMessage.request(r.method(), r.target());
        r.headers().stream().filter(e -> e.getKey().equalsIgnoreCase("Signature")).forEach(e -> req.header("Signature", e.getValue()));
        vn.libnet.core.signature.HttpMessage signed = vn.libnet.core.signature.LibnetSignatures.signResponse(
            vn.libnet.core.signature.HttpMessage.response(200).header("Content-Type", "application/json").request(req.build())
                .body(forgedBody).build(),
            "VN-LIBNET#hub2", vn.libnet.core.signature.SignatureAlgorithm.ED25519, evil.getPrivate(), java.time.Clock.systemUTC());
        List<Map.Entry<String, String>> h = new ArrayList<>();
        h.add(Map.entry("Content-Type", "application/json"));
        for (String name : new String[] {"Content-Digest", "Signature-Input", "Signature"}) {
          signed.headers(name).forEach(v -> h.add(Map.entry(name, v)));
        }
        return new WireProxy.Answer(200, "OK", h, forgedBody);
      });
      AtomicReference<Versioned<Library>> got = new AtomicReference<>();
      Throwable t = catchThrowable(() -> got.set(c.getLibrary(HANOI)));
      if (t == null) {
        assertThat(got.get().value().name()).as("a forged answer under a swapped-in key").isEqualTo("Thư viện Hà Nội");
      } else {
        assertThat(t).isInstanceOf(LibnetClientException.class);
      }
    }
  }

  /**
   * The man in the middle strips the signature off the client's read (the hub then serves it as a public,
   * unbound read) or renames its label (the hub verifies it, answers unbound): the client requires the
   * binding, so it refuses such answers.
   */
  @ParameterizedTest
  @ValueSource(strings = {"strip", "relabel"})
  void aReadWhoseSignatureIsStrippedOrRelabelledOnTheWayGetsNoAnswerTheClientBelieves(String how) {
    try (LibnetClient direct = hub.clientFor(HANOI).build()) {
      direct.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
    }
    proxy.behaviour((r, up) -> {
      List<Map.Entry<String, String>> h = new ArrayList<>();
      for (Map.Entry<String, String> e : r.headers()) {
        boolean sig = e.getKey().equalsIgnoreCase("Signature") || e.getKey().equalsIgnoreCase("Signature-Input");
        if (!sig) {
          h.add(e);
        } else if (how.equals("relabel")) {
          h.add(Map.entry(e.getKey(), e.getValue().replaceFirst("^libnet=", "x=")));
        }
      }
      return up.forward(new WireProxy.Seen(r.method(), r.target(), h, r.body()));
    });
    try (LibnetClient c = viaProxy(HANOI).build()) {
      Throwable t = catchThrowable(() -> c.getLibrary(HANOI));
      assertThat(t).isInstanceOf(LibnetSignatureException.class);
      assertThat(((LibnetSignatureException) t).failure()).isEqualTo(vn.libnet.core.signature.SignatureFailure.COMPONENT_NOT_COVERED);
    }
  }

  /**
   * {@code If-Match} is not covered by a write's signature ({@code "@method" "@target-uri" "content-digest"
   * "content-type" "idempotency-key"}), yet the hub decides on it. The library sends its stale edit with
   * If-Match of the version it read ("v1"); the administrator has changed the profile meanwhile ("v2",
   * predictable). The man in the middle rewrites If-Match to "v2": the signature still verifies and the
   * stale edit overwrites the administrator's change. Secure: If-Match (when present) is covered, so the
   * rewrite is refused, and the stale edit gets 409.
   */
  @Test
  void anIfMatchRewrittenOnTheWireCannotCauseALostUpdate() {
    LibnetClient admin = hub.adminClient().build();
    try (admin; LibnetClient c = viaProxy(HANOI).build()) {
      Versioned<Library> v1 = c.saveLibrary(HubFixtures.library(HANOI, "Thư viện Hà Nội", "01"), null);
      admin.saveLibrary(HubFixtures.library(HANOI, "Tên do quản trị viên sửa", "01"), v1.etag());
      proxy.behaviour((r, up) -> {
        if (!r.method().equals("PUT")) {
          return up.forward(r);
        }
        List<Map.Entry<String, String>> h = replaced(new ArrayList<>(r.headers()), "If-Match", "\"v2\"");
        return up.forward(new WireProxy.Seen(r.method(), r.target(), h, r.body()));
      });
      Throwable t = catchThrowable(() -> c.saveLibrary(HubFixtures.library(HANOI, "Sửa cũ của thư viện", "01"), v1.etag()));
      assertThat(t).as("the stale edit is refused").isInstanceOf(LibnetClientException.class);
      assertThat(admin.getLibrary(HANOI).value().name()).as("the administrator's change is not lost").isEqualTo("Tên do quản trị viên sửa");
    }
  }

  /**
   * A client without a signing key sends unsigned reads; the hub's answers to them are signed but not
   * bound (docs: "those answers are signed but not bound"). The man in the middle records the answer to
   * one read and, after the library has changed its profile, answers the same read with the recorded one:
   * within its 5 minutes it verifies, and the key-less client sees the old profile as current. Secure: an
   * answer is bound to something of the request even without a key (a random request id the answer
   * covers with ;req), or a key-less client is told its answers are replayable.
   */
  @Test
  @Disabled("RED (documented limitation): a key-less client's answers are unbound; a MITM replays a stale answer for 5 minutes")
  void aKeylessClientDoesNotBelieveAStaleAnswerReplayed() {
    Versioned<Library> v1;
    try (LibnetClient direct = hub.clientFor(HANOI).build()) {
      v1 = direct.saveLibrary(HubFixtures.library(HANOI, "Tên cũ", "01"), null);
    }
    AtomicReference<WireProxy.Answer> recorded = new AtomicReference<>();
    proxy.behaviour((r, up) -> {
      if (!isGet(r, "/v1/libraries/" + HANOI)) {
        return up.forward(r);
      }
      WireProxy.Answer kept = recorded.get();
      if (kept != null) {
        return kept;
      }
      WireProxy.Answer a = up.forward(r);
      recorded.set(a);
      return a;
    });
    try (LibnetClient keyless = LibnetClient.builder().baseUrl(hub.baseUrl()).hubKeys(vn.libnet.client.HubKeys.pinned(hub.hubKey()))
        .okHttpClient(proxy.okHttp()).retryPolicy(new RetryPolicy(2, Duration.ofMillis(20), Duration.ofMillis(50), Duration.ofSeconds(5)))
        .build(); LibnetClient direct = hub.clientFor(HANOI).build()) {
      assertThat(keyless.getLibrary(HANOI).value().name()).isEqualTo("Tên cũ");
      direct.saveLibrary(HubFixtures.library(HANOI, "Tên mới", "01"), v1.etag());
      AtomicReference<Versioned<Library>> got = new AtomicReference<>();
      Throwable t = catchThrowable(() -> got.set(keyless.getLibrary(HANOI)));
      if (t == null) {
        assertThat(got.get().value().name()).as("not the stale, replayed profile").isEqualTo("Tên mới");
      } else {
        assertThat(t).isInstanceOf(LibnetSignatureException.class);
      }
    }
  }
}
