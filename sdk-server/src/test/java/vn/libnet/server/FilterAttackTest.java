package vn.libnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;

/**
 * The filter attacked as a hostile client, a man in the middle and a vendor who mounts it wrongly would: in
 * Jetty 12, over HTTP (raw sockets where a well-behaved client would not send the request). Most tests are
 * an attack that got through before its fix; the rest hold what already stood (a full nonce cache, headers
 * set twice, many threads).
 */
class FilterAttackTest {
  static final String LIBRARY_KEY = "VN-HaNoi-TVHN#k1";
  static final String SERVER_KEY = "VN-HaNoi-OPAC#server";
  final KeyPair library = LibnetSignatureFilterTest.ed25519();
  final KeyPair serverKey = LibnetSignatureFilterTest.ed25519();
  final HttpClient http = HttpClient.newHttpClient();
  final AtomicInteger applicationCalls = new AtomicInteger();
  final List<String> seen = new ArrayList<>();
  Server server;
  URI base;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  /** Answers with what it was handed: method, signer and body. */
  final class Echo extends HttpServlet {
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      applicationCalls.incrementAndGet();
      byte[] body = req.getInputStream().readAllBytes();
      String signer = VerifiedSigner.of(req).map(VerifiedSigner::keyId).orElse("none");
      synchronized (seen) {
        seen.add(req.getMethod() + " " + signer + " " + new String(body, StandardCharsets.UTF_8));
      }
      res.setContentType("text/plain;charset=UTF-8");
      res.getWriter().write(req.getMethod() + " " + signer);
    }
  }

  private LibnetSignatureFilter.Builder filter() {
    return LibnetSignatureFilter.builder()
        .trustedKeys(KeyResolver.of(new VerificationKey(LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPublic())))
        .publicUrls(base)
        .signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, serverKey.getPrivate());
  }

  /** Jetty with {@code servlet} on {@code /*} and the filter on {@code pattern} for {@code dispatch}. */
  private void start(java.util.function.UnaryOperator<LibnetSignatureFilter.Builder> configure, HttpServlet servlet, String pattern,
      EnumSet<DispatcherType> dispatch) throws Exception {
    start(() -> configure.apply(filter()).build(), servlet, pattern, dispatch);
  }

  /** As above, the filter made once {@link #base} is known. */
  private void start(java.util.concurrent.Callable<Filter> filter, HttpServlet servlet, String pattern, EnumSet<DispatcherType> dispatch)
      throws Exception {
    server = new Server();
    HttpConfiguration config = new HttpConfiguration();
    config.setHeaderCacheCaseSensitive(true);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(config));
    connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
    connector.setPort(0);
    server.addConnector(connector);
    connector.open();
    base = URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/");
    Filter f = filter.call();
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(servlet), "/*");
    context.addFilter(new FilterHolder(f), pattern, dispatch);
    server.setHandler(context);
    server.start();
  }

  private void start(java.util.function.UnaryOperator<LibnetSignatureFilter.Builder> configure) throws Exception {
    start(configure, new Echo(), "/*", EnumSet.of(DispatcherType.REQUEST));
  }

  private HttpMessage sign(HttpMessage m) {
    return LibnetSignatures.signRequest(m, LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPrivate(), Clock.systemUTC());
  }

  private HttpMessage signedWrite(String method, String path, String body) {
    return sign(HttpMessage.request(method, base.resolve(path)).header("Content-Type", "application/json")
        .header("Idempotency-Key", LibnetSignatures.nonce()).body(body).build());
  }

  private HttpResponse<byte[]> send(HttpMessage m) throws Exception {
    return SignedExchange.send(http, m);
  }

  /** The answer verified as the LibNet client verifies one: bound to {@code request}. */
  private void assertSignedAnswerTo(HttpMessage request, HttpResponse<byte[]> res) {
    SignedExchange.assertSignedAnswerTo(new VerificationKey(SERVER_KEY, SignatureAlgorithm.ED25519, serverKey.getPublic()), request, res);
  }

  /** The status line of the answer to a request written byte for byte. */
  private String raw(String requestHead, String body) throws IOException {
    try (Socket s = new Socket("127.0.0.1", base.getPort())) {
      OutputStream o = s.getOutputStream();
      o.write((requestHead + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.isEmpty() ? "(closed)" : answer.substring(0, answer.indexOf('\r'));
    }
  }

  private static JsonNode json(HttpResponse<byte[]> res) throws IOException {
    return LibnetJson.mapper().readTree(res.body());
  }

  @Test
  void anUnsignedRequestWithAMethodOutsideTheProfileNeverReachesTheApplication() throws Exception {
    start(b -> b);
    String host = "Host: 127.0.0.1:" + base.getPort() + "\r\n";
    for (String method : new String[] {"PROPPATCH", "MERGE", "PURGE", "LOCK"}) {
      String status = raw(method + " /v1/catalog/records/1 HTTP/1.1\r\n" + host + "Content-Type: application/json\r\nContent-Length: 2\r\n", "{}");
      assertThat(status).as(method).startsWith("HTTP/1.1 401");
    }
    assertThat(seen).isEmpty();
  }

  @Test
  void aSignedReadCarryingABodyItsSignatureDoesNotCoverIsRefused() throws Exception {
    start(b -> b);
    // Signed as a read (method and target only); a man in the middle adds a body the signature says nothing of.
    HttpMessage read = sign(HttpMessage.request("GET", base.resolve("/v1/search")).build());
    HttpResponse<byte[]> res = send(read.withBody("{\"delete\":\"everything\"}".getBytes(StandardCharsets.UTF_8)));
    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(json(res).get("code").asText()).isEqualTo("SIGNATURE_INVALID");
    assertThat(json(res).get("detail").asText()).contains("SIG_COMPONENT_NOT_COVERED").contains("content-digest");
    assertSignedAnswerTo(read, res);
    // The same read without a body passes.
    assertThat(send(sign(HttpMessage.request("GET", base.resolve("/v1/search")).build())).statusCode()).isEqualTo(200);
    assertThat(seen).containsExactly("GET " + LIBRARY_KEY + " ");
  }

  @Test
  void aMethodIsVerifiedAsSentSoALowerCasePostSignedAsPostIsNotTakenForIt() throws Exception {
    start(b -> b);
    HttpMessage write = signedWrite("POST", "/v1/catalog/records", "{}");
    // A proxy lowers the method: the application would see "post", which the signature does not cover.
    HttpRequest.Builder r = HttpRequest.newBuilder(write.targetUri()).method("post", HttpRequest.BodyPublishers.ofByteArray(write.body()));
    write.headers().forEach(h -> r.header(h.getKey(), h.getValue()));
    HttpResponse<byte[]> res = http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(res.statusCode()).isEqualTo(401);
    assertThat(seen).isEmpty();
  }

  @Test
  void anOpenReadPrefixIsJudgedOnThePathTheContainerServesNotOnTheRawOne() throws Exception {
    start(b -> b.requireSignedReads(true).openReads("/.well-known/"));
    String host = "Host: 127.0.0.1:" + base.getPort() + "\r\n";
    assertThat(raw("GET /.well-known/jwks.json HTTP/1.1\r\n" + host, "")).startsWith("HTTP/1.1 200");
    for (String path : new String[] {"/.well-known/../v1/libraries", "/.well-known/%2e%2e/v1/libraries", "/.well-known/;x=1/../v1/libraries"}) {
      String status = raw("GET " + path + " HTTP/1.1\r\n" + host, "");
      assertThat(status).as(path).doesNotStartWith("HTTP/1.1 200");
    }
    assertThat(seen).hasSize(1);
  }

  @Test
  void aForwardThroughTheFilterAgainIsNotTakenForAReplay() throws Exception {
    HttpServlet forwarder = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException, ServletException {
        if (req.getRequestURI().startsWith("/v1/old/")) {
          req.getRequestDispatcher("/v1/new/" + req.getRequestURI().substring(8)).forward(req, res);
          return;
        }
        new Echo().service(req, res);
      }
    };
    start(b -> b, forwarder, "/v1/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD));
    HttpMessage write = signedWrite("POST", "/v1/old/records", "{\"a\":1}");
    HttpResponse<byte[]> res = send(write);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).isEqualTo("POST " + LIBRARY_KEY);
    assertSignedAnswerTo(write, res);
  }

  @Test
  void theCharacterEncodingTheApplicationSetsIsTheOneTheSignedContentTypeNames() throws Exception {
    HttpServlet app = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/plain");
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write("Truyện Kiều");
      }
    };
    start(b -> b, app, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpMessage read = HttpMessage.request("GET", base.resolve("/v1/poems/1")).build();
    HttpResponse<byte[]> res = send(read);
    assertThat(res.headers().firstValue("Content-Type").orElseThrow().toLowerCase(java.util.Locale.ROOT)).contains("charset=utf-8");
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).isEqualTo("Truyện Kiều");
    assertSignedAnswerTo(read, res);
  }

  @Test
  void aWebXmlValueThatIsNotAClearYesOrNoOrDoesNotFitStopsTheStart() {
    assertThatThrownBy(() -> FilterParameters.read(p -> p.equals("requireSignedReads") ? "yes" : valid(p)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requireSignedReads").hasMessageContaining("Tham số");
    // 2^32 + 1 would wrap to 1 as an int.
    assertThatThrownBy(() -> FilterParameters.read(p -> p.equals("maxFieldBytes") ? "4294967297" : valid(p)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxFieldBytes");
    assertThatThrownBy(() -> FilterParameters.read(p -> p.equals("maxComponents") ? "0" : valid(p)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxComponents").hasMessageContaining("Tham số");
  }

  @Test
  void aHeadAnswerIsSignedOverTheEmptyBodyItCarries() throws Exception {
    HttpServlet app = new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("application/json");
        res.setHeader("ETag", "\"v1\"");
        res.getOutputStream().write("{\"title\":\"Kieu\"}".getBytes(StandardCharsets.UTF_8));
      }
    };
    start(b -> b, app, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpMessage head = sign(HttpMessage.request("HEAD", base.resolve("/v1/records/1")).build());
    HttpResponse<byte[]> res = send(head);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(res.body()).isEmpty();
    assertSignedAnswerTo(head, res);
  }

  @Test
  void aFullNonceCacheIsA503WhoseRetryAfterIsSigned() throws Exception {
    start(b -> b.nonceCache(new vn.libnet.core.signature.NonceCache(1, 1)));
    assertThat(send(signedWrite("POST", "/v1/records", "{}")).statusCode()).isEqualTo(200);
    HttpMessage second = signedWrite("POST", "/v1/records", "{}");
    HttpResponse<byte[]> res = send(second);
    assertThat(res.statusCode()).isEqualTo(503);
    assertThat(json(res).get("code").asText()).isEqualTo("NONCE_CACHE_FULL");
    assertThat(Long.parseLong(res.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 400L);
    assertThat(res.headers().firstValue("Signature-Input").orElseThrow()).contains("\"retry-after\"");
    assertSignedAnswerTo(second, res);
    assertThat(seen).hasSize(1);
  }

  @Test
  void headersTheAnswerSetsTwiceOrByTheirTypedSettersAreSignedAsSent() throws Exception {
    HttpServlet app = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setStatus(201);
        res.addHeader("ETag", "\"a\"");
        res.addHeader("etag", "\"b\"");
        res.setHeader("Location", "/v1/records/1");
        res.addHeader("Location", "/v1/records/2");
        res.setIntHeader("Retry-After", 5);
        res.setDateHeader("Last-Modified", 0);
        res.setHeader("Content-Length", "999");
        res.setHeader("Content-Type", "text/plain; charset=UTF-8");
        res.getWriter().write("Truyện Kiều");
        res.flushBuffer();
        res.getWriter().close();
      }
    };
    start(b -> b, app, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpMessage write = signedWrite("POST", "/v1/records", "{}");
    HttpResponse<byte[]> res = send(write);
    assertThat(res.statusCode()).isEqualTo(201);
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).isEqualTo("Truyện Kiều");
    assertThat(res.headers().allValues("ETag")).hasSize(2);
    assertSignedAnswerTo(write, res);
  }

  @Test
  void aPublicUrlWithItsDefaultPortWrittenOutStillNamesTheSchemeBehindATlsFrontEnd() throws Exception {
    // The vendor writes the port out; the TLS front end forwards "Host: 127.0.0.1" to the plain-HTTP container.
    start(b -> b.publicUrls(URI.create("https://127.0.0.1:443/")));
    HttpMessage write = sign(HttpMessage.request("POST", URI.create("https://127.0.0.1/v1/records")).header("Content-Type", "application/json")
        .header("Idempotency-Key", "k-443").body("{}").build());
    StringBuilder head = new StringBuilder("POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n");
    write.headers().forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
    assertThat(raw(head.toString(), "{}")).startsWith("HTTP/1.1 200");
  }

  @Test
  void oneFilterAnswersManyThreadsEachBoundToItsOwnRequest() throws Exception {
    start(b -> b);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
    try {
      List<java.util.concurrent.Future<?>> all = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String body = "{\"n\":" + i + "}";
        all.add(pool.submit(() -> {
          HttpMessage write = signedWrite("PUT", "/v1/records/" + body.hashCode(), body);
          HttpResponse<byte[]> res = send(write);
          assertThat(res.statusCode()).isEqualTo(200);
          assertSignedAnswerTo(write, res);
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : all) {
        f.get(30, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(seen).hasSize(64);
  }

  @Test
  void aWebXmlCanKeepTheJwksReadableWhenSignedReadsAreRequired() throws Exception {
    start(() -> {
      LibnetSignatureFilter f = new LibnetSignatureFilter();
      f.init(config(java.util.Map.of("publicUrls", base.toString(), "requireSignedReads", "true", "openReads", "/.well-known/, /v1/status")));
      return f;
    }, new Echo(), "/*", EnumSet.of(DispatcherType.REQUEST));
    assertThat(send(HttpMessage.request("GET", base.resolve("/.well-known/jwks.json")).build()).statusCode()).isEqualTo(200);
    assertThat(send(HttpMessage.request("GET", base.resolve("/v1/status")).build()).statusCode()).isEqualTo(200);
    assertThat(send(HttpMessage.request("GET", base.resolve("/v1/libraries")).build()).statusCode()).isEqualTo(401);
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(java.util.Map.of("openReads", "well-known"))))
        .isInstanceOf(ServletException.class).hasMessageContaining("openReads").hasMessageContaining("Tham số");
  }

  @Test
  void aMisspeltInitParameterStopsTheStartRatherThanLeavingReadsUnsigned() {
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(java.util.Map.of("requireSignedRead", "true"))))
        .isInstanceOf(ServletException.class).hasMessageContaining("requireSignedRead").hasMessageContaining("requireSignedReads")
        .hasMessageContaining("tham số");
  }

  @Test
  void aJwksWithoutOneUsablePublicKeyStopsTheStart() throws Exception {
    java.nio.file.Path noKid = java.nio.file.Files.writeString(dir.resolve("nokid.jwks.json"),
        LibnetJson.mapper().writeValueAsString(java.util.Map.of("keys", List.of(vn.libnet.core.signature.Keys.toPublicJwk(library.getPublic())))));
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(java.util.Map.of("trustedKeys", noKid.toString()))))
        .isInstanceOf(ServletException.class).hasMessageContaining("trustedKeys").hasMessageContaining("kid").hasMessageContaining("Tham số");
  }

  @Test
  void aBuilderGivenAKeyItsAlgorithmCannotSignWithRefusesToBuildInBothLanguages() throws Exception {
    KeyPair ec = java.security.KeyPairGenerator.getInstance("EC").generateKeyPair();
    base = URI.create("https://opac.example.vn/");
    assertThatThrownBy(() -> filter().signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, ec.getPrivate()).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(SERVER_KEY).hasMessageContaining("ed25519").hasMessageContaining("Khóa ký");
    assertThatThrownBy(() -> LibnetSignatureFilter.builder().build()).hasMessageContaining("signing key").hasMessageContaining("khóa");
    assertThatThrownBy(() -> LibnetSignatureFilter.builder().openReads("well-known")).hasMessageContaining("well-known").hasMessageContaining("/");
    assertThatThrownBy(() -> LibnetSignatureFilter.builder().publicUrls(URI.create("opac.example.vn"))).hasMessageContaining("URL công khai");
  }

  /** A web.xml declaration: the required parameters made usable, then {@code given} over them. */
  private jakarta.servlet.FilterConfig config(java.util.Map<String, String> given) {
    java.util.Map<String, String> p = new java.util.HashMap<>();
    for (String name : List.of("publicUrls", "trustedKeys", "signingKey", "signingKeyId")) {
      p.put(name, valid(name));
    }
    p.putAll(given);
    return new jakarta.servlet.FilterConfig() {
      @Override
      public String getFilterName() {
        return "libnet";
      }

      @Override
      public jakarta.servlet.ServletContext getServletContext() {
        throw new UnsupportedOperationException("not used by the filter");
      }

      @Override
      public String getInitParameter(String name) {
        return p.get(name);
      }

      @Override
      public java.util.Enumeration<String> getInitParameterNames() {
        return java.util.Collections.enumeration(p.keySet());
      }
    };
  }

  @Test
  void anUnsignedWriteIsRefusedOnItsHeadWithoutWaitingForABodyItNeverSends() throws Exception {
    start(b -> b);
    try (Socket s = new Socket("127.0.0.1", base.getPort())) {
      // A hostile client announces a megabyte and sends ten bytes: the filter must not sit reading it.
      s.setSoTimeout(10_000);
      OutputStream o = s.getOutputStream();
      o.write(("POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\nContent-Type: application/json\r\n"
          + "Content-Length: 1000000\r\n\r\n{\"a\":1234").getBytes(StandardCharsets.ISO_8859_1));
      o.flush();
      byte[] head = new byte[12];
      int n = s.getInputStream().readNBytes(head, 0, head.length);
      assertThat(new String(head, 0, n, StandardCharsets.ISO_8859_1)).isEqualTo("HTTP/1.1 401");
    }
    assertThat(seen).isEmpty();
  }

  @Test
  void aForgedSignatureIsRefusedOnItsHeadWithoutReadingTheBodyItAnnounces() throws Exception {
    start(b -> b);
    // A real signature of another body, its last byte changed: the head alone shows it is forged.
    HttpMessage real = signedWrite("POST", "/v1/records", "{\"a\":1}");
    String sig = real.headers("Signature").get(0);
    int at = sig.indexOf(':') + 10;
    String forged = sig.substring(0, at) + (sig.charAt(at) == 'A' ? 'B' : 'A') + sig.substring(at + 1);
    StringBuilder head = new StringBuilder("POST /v1/records HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort() + "\r\n");
    real.headers().stream().filter(h -> !h.getKey().equalsIgnoreCase("Signature"))
        .forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
    head.append("Signature: ").append(forged).append("\r\nContent-Length: 1000000\r\n\r\n{");
    try (Socket s = new Socket("127.0.0.1", base.getPort())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      s.getOutputStream().flush();
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 401").contains("SIG_BAD_SIGNATURE");
    }
    assertThat(seen).isEmpty();
    // The genuine request, sent whole afterwards, still passes: the head check used no nonce.
    assertThat(send(real).statusCode()).isEqualTo(200);
  }

  @Test
  void aNoContentOrNotModifiedAnswerIsSignedOverTheEmptyBodyItCarriesWhateverTheApplicationWrote() throws Exception {
    HttpServlet app = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setStatus(req.getRequestURI().endsWith("/gone") ? 204 : 304);
        res.setContentType("application/json");
        res.getWriter().write("{\"written\":\"anyway\"}");
      }
    };
    start(b -> b, app, "/*", EnumSet.of(DispatcherType.REQUEST));
    for (String path : new String[] {"/v1/holdings/gone", "/v1/records/7"}) {
      HttpMessage read = HttpMessage.request("GET", base.resolve(path)).build();
      HttpResponse<byte[]> res = send(read);
      assertThat(res.statusCode()).isIn(204, 304);
      assertThat(res.body()).isEmpty();
      assertSignedAnswerTo(read, res);
    }
  }

  @Test
  void anErrorTheApplicationSentStaysItsStatusWhateverItSetsAfter() throws Exception {
    HttpServlet app = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.sendError(404, "No such record / Không có biểu ghi này");
        res.setStatus(200);
        res.getWriter().write("ignored");
      }
    };
    start(b -> b, app, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpMessage read = HttpMessage.request("GET", base.resolve("/v1/records/9")).build();
    HttpResponse<byte[]> res = send(read);
    assertThat(res.statusCode()).isEqualTo(404);
    assertThat(json(res).get("code").asText()).isEqualTo("NOT_FOUND");
    assertSignedAnswerTo(read, res);
  }

  @Test
  void aSignedFormPostHandsTheApplicationItsParameters() throws Exception {
    HttpServlet app = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/plain;charset=UTF-8");
        res.getWriter().write(req.getParameter("title") + "|" + req.getParameter("lang") + "|" + req.getParameterMap().keySet());
      }
    };
    start(b -> b, app, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpMessage write = sign(HttpMessage.request("POST", base.resolve("/v1/forms?lang=vi")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Idempotency-Key", "form-1").body("title=Truy%E1%BB%87n+Ki%E1%BB%81u").build());
    HttpResponse<byte[]> res = send(write);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).isEqualTo("Truyện Kiều|vi|[lang, title]");
    assertSignedAnswerTo(write, res);
  }

  @Test
  void anAnswerLargerThanTheBoundIsRefusedRatherThanHeldInMemory() throws Exception {
    HttpServlet export = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        byte[] chunk = new byte[1 << 20];
        for (int i = 0; i < 256; i++) {
          res.getOutputStream().write(chunk);
        }
      }
    };
    start(b -> b, export, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpResponse<byte[]> res = send(HttpMessage.request("GET", base.resolve("/v1/export")).build());
    assertThat(res.statusCode()).isEqualTo(500);
    assertThat(new String(res.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Answer too large").contains("67108864");
  }

  @Test
  void aWriterThatSwallowsTheOverflowStillGetsTheRefusalNotAHalfAnswer() throws Exception {
    HttpServlet chatty = new HttpServlet() {
      @Override
      protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
        res.setContentType("text/plain;charset=UTF-8");
        java.io.PrintWriter w = res.getWriter();
        for (int i = 0; i < 100; i++) {
          w.write("Thư viện Quốc gia Việt Nam\n");
        }
      }
    };
    start(b -> b.maxAnswerBytes(1000), chatty, "/*", EnumSet.of(DispatcherType.REQUEST));
    HttpResponse<byte[]> res = send(HttpMessage.request("GET", base.resolve("/v1/text")).build());
    assertThat(res.statusCode()).isEqualTo(500);
    assertThat(new String(res.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("1000");
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir;

  /** A usable value of each init parameter a web.xml must give. */
  private String valid(String name) {
    try {
      switch (name) {
        case "publicUrls":
          return "https://opac.example.vn/";
        case "trustedKeys":
          java.util.Map<String, String> jwk = new java.util.HashMap<>(vn.libnet.core.signature.Keys.toPublicJwk(library.getPublic()));
          jwk.put("kid", LIBRARY_KEY);
          return java.nio.file.Files.writeString(dir.resolve("trusted.jwks.json"),
              LibnetJson.mapper().writeValueAsString(java.util.Map.of("keys", List.of(jwk)))).toString();
        case "signingKey":
          return java.nio.file.Files.writeString(dir.resolve("server.key.pem"), vn.libnet.core.signature.Keys.toPem(serverKey.getPrivate())).toString();
        case "signingKeyId":
          return SERVER_KEY;
        default:
          return null;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
