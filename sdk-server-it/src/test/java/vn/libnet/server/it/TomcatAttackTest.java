package vn.libnet.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyPair;
import java.time.Clock;
import java.util.function.UnaryOperator;
import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.KeyResolver;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.server.LibnetSignatureFilter;
import vn.libnet.server.VerifiedSigner;

/**
 * Attacks whose outcome hangs on the container, in embedded Tomcat 10.1: Tomcat keeps the raw path in
 * {@code getRequestURI} and rewrites the {@code Content-Type} an application sets.
 */
class TomcatAttackTest {
  static final String LIBRARY_KEY = "VN-HaNoi-TVHN#k1";
  static final String SERVER_KEY = "VN-HaNoi-OPAC#server";
  final KeyPair library = FilterThroughClientContract.ed25519();
  final KeyPair server = FilterThroughClientContract.ed25519();
  final VendorEndpoint.Deferred filter = new VendorEndpoint.Deferred();
  final HttpClient http = HttpClient.newHttpClient();
  Tomcat tomcat;
  URI base;

  @AfterEach
  void stop() throws Exception {
    if (tomcat != null) {
      tomcat.stop();
      tomcat.destroy();
    }
  }

  /** Answers in plain text, with the space before {@code charset} that Tomcat drops; reads forms. */
  static final class PlainText extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
      res.setContentType("text/plain; charset=UTF-8");
      res.setHeader("ETag", "\"p1\"");
      String signer = VerifiedSigner.of(req).map(VerifiedSigner::isil).orElse("none");
      res.getWriter().write("Truyện Kiều " + signer + " " + req.getParameter("title"));
    }
  }

  private void start(UnaryOperator<LibnetSignatureFilter.Builder> configure) throws Exception {
    tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("tomcat").toString());
    tomcat.setHostname("127.0.0.1");
    tomcat.setPort(0);
    tomcat.getConnector().setProperty("address", "127.0.0.1");
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "plain", new PlainText()).addMapping("/*");
    FilterDef def = new FilterDef();
    def.setFilterName("libnet");
    def.setFilter(filter);
    context.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName("libnet");
    map.addURLPattern("/*");
    context.addFilterMap(map);
    tomcat.start();
    base = URI.create("http://127.0.0.1:" + tomcat.getConnector().getLocalPort() + "/");
    filter.target = configure.apply(LibnetSignatureFilter.builder()
        .trustedKeys(KeyResolver.of(new VerificationKey(LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPublic())))
        .publicUrls(base).signingKey(SERVER_KEY, SignatureAlgorithm.ED25519, server.getPrivate())).build();
  }

  private HttpMessage sign(HttpMessage m) {
    return LibnetSignatures.signRequest(m, LIBRARY_KEY, SignatureAlgorithm.ED25519, library.getPrivate(), Clock.systemUTC());
  }

  private HttpResponse<byte[]> send(HttpMessage m) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(m.targetUri());
    m.headers().forEach(h -> r.header(h.getKey(), h.getValue()));
    r.method(m.method(), m.body().length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(m.body()));
    return http.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private void assertSignedAnswerTo(HttpMessage request, HttpResponse<byte[]> res) {
    HttpMessage.Builder m = HttpMessage.response(res.statusCode());
    res.headers().map().forEach((name, values) -> values.forEach(v -> m.header(name, v)));
    LibnetSignatures.responseVerifier(KeyResolver.of(new VerificationKey(SERVER_KEY, SignatureAlgorithm.ED25519, server.getPublic())),
        Clock.systemUTC()).verify(m.request(request).body(res.body()).build());
  }

  @Test
  void anAnswerWhoseContentTypeTomcatRewritesIsSignedAsTomcatSendsIt() throws Exception {
    start(b -> b);
    HttpMessage read = sign(HttpMessage.request("GET", base.resolve("/v1/poems/1")).build());
    HttpResponse<byte[]> res = send(read);
    assertThat(res.statusCode()).isEqualTo(200);
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).isEqualTo("Truyện Kiều VN-HaNoi-TVHN null");
    assertSignedAnswerTo(read, res);
    HttpMessage head = sign(HttpMessage.request("HEAD", base.resolve("/v1/poems/1")).build());
    res = send(head);
    assertThat(res.statusCode()).isEqualTo(200);
    assertSignedAnswerTo(head, res);
  }

  @Test
  void aDotSegmentAfterAnOpenPrefixDoesNotOpenThePathItLeadsTo() throws Exception {
    start(b -> b.requireSignedReads(true).openReads("/.well-known/"));
    for (String path : new String[] {"/.well-known/../v1/libraries", "/.well-known/..;/v1/libraries", "/.well-known/%2e%2e/v1/libraries"}) {
      try (Socket s = new Socket("127.0.0.1", base.getPort())) {
        OutputStream o = s.getOutputStream();
        o.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        o.flush();
        String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        assertThat(answer).as(path).doesNotStartWith("HTTP/1.1 200");
      }
    }
    assertThat(send(HttpMessage.request("GET", base.resolve("/.well-known/jwks.json")).build()).statusCode()).isEqualTo(200);
  }

  @Test
  void aSignedFormPostReachesTheApplicationWithItsParameters() throws Exception {
    start(b -> b);
    HttpMessage write = sign(HttpMessage.request("POST", base.resolve("/v1/forms")).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Idempotency-Key", "form-1").body("title=Kieu").build());
    HttpResponse<byte[]> res = send(write);
    assertThat(new String(res.body(), StandardCharsets.UTF_8)).isEqualTo("Truyện Kiều VN-HaNoi-TVHN Kieu");
    assertSignedAnswerTo(write, res);
  }
}
