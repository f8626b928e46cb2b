package vn.libnet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.signature.HttpMessage;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.LibnetSignatures;
import vn.libnet.core.signature.SignatureAlgorithm;

/** The filter as a {@code web.xml} declares it: the no-argument constructor and init parameters. */
class FilterParametersTest {
  @TempDir Path dir;
  final KeyPair library = LibnetSignatureFilterTest.ed25519();
  final KeyPair server = LibnetSignatureFilterTest.ed25519();

  private Map<String, String> params(URI publicUrl) throws Exception {
    Map<String, String> jwk = new HashMap<>(Keys.toPublicJwk(library.getPublic()));
    jwk.put("kid", "VN-HaNoi-TVHN#k1");
    Path jwks = Files.writeString(dir.resolve("trusted.jwks.json"), LibnetJson.mapper().writeValueAsString(Map.of("keys", List.of(jwk))));
    Path key = Files.writeString(dir.resolve("server.key.pem"), Keys.toPem(server.getPrivate()));
    Map<String, String> p = new HashMap<>();
    p.put("publicUrls", publicUrl.toString());
    p.put("trustedKeys", jwks.toString());
    p.put("signingKey", key.toString());
    p.put("signingKeyId", "VN-HaNoi-OPAC#server");
    p.put("maxBodyBytes", "2048");
    return p;
  }

  private static FilterConfig config(Map<String, String> p) {
    return new FilterConfig() {
      @Override
      public String getFilterName() {
        return "libnet";
      }

      @Override
      public ServletContext getServletContext() {
        throw new UnsupportedOperationException("not used by the filter");
      }

      @Override
      public String getInitParameter(String name) {
        return p.get(name);
      }

      @Override
      public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(p.keySet());
      }
    };
  }

  @Test
  void aFilterDeclaredByInitParametersVerifiesWritesWithTheJwksKeysAndHonoursItsLimits() throws Exception {
    try (FilteredApp app = new FilteredApp()) {
      LibnetSignatureFilter filter = new LibnetSignatureFilter();
      filter.init(config(params(app.baseUrl())));
      app.start(filter, new HttpServlet() {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
          res.setContentType("text/plain;charset=UTF-8");
          res.getWriter().write(VerifiedSigner.of(req).map(VerifiedSigner::isil).orElse("none"));
        }
      });
      HttpMessage write = LibnetSignatures.signRequest(HttpMessage.request("PUT", app.baseUrl().resolve("/v1/libraries/VN-HaNoi-TVHN"))
          .header("Content-Type", "application/json").header("Idempotency-Key", "k-1").body("{}").build(),
          "VN-HaNoi-TVHN#k1", SignatureAlgorithm.ED25519, library.getPrivate(), Clock.systemUTC());
      HttpRequest.Builder r = HttpRequest.newBuilder(write.targetUri()).method("PUT", HttpRequest.BodyPublishers.ofByteArray(write.body()));
      write.headers().forEach(h -> r.header(h.getKey(), h.getValue()));
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.body()).isEqualTo("VN-HaNoi-TVHN");
      HttpResponse<String> big = http.send(HttpRequest.newBuilder(write.targetUri()).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("x".repeat(4096))).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(big.statusCode()).isEqualTo(413);
    }
  }

  @Test
  void aMissingOrUnusableParameterStopsTheStartAndIsNamedInBothLanguages() throws Exception {
    Map<String, String> p = params(URI.create("https://opac.example.vn/"));
    p.remove("signingKeyId");
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(p))).isInstanceOf(ServletException.class)
        .hasMessageContaining("signingKeyId").hasMessageContaining("tham số");
    Map<String, String> q = params(URI.create("https://opac.example.vn/"));
    q.put("trustedKeys", dir.resolve("absent.json").toString());
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(q))).isInstanceOf(ServletException.class)
        .hasMessageContaining("trustedKeys");
    Map<String, String> r = params(URI.create("https://opac.example.vn/"));
    r.put("maxBodyBytes", "lots");
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(r))).isInstanceOf(ServletException.class)
        .hasMessageContaining("maxBodyBytes").hasMessageContaining("lots");
    Map<String, String> s = params(URI.create("https://opac.example.vn/"));
    s.put("publicUrls", "opac.example.vn");
    assertThatThrownBy(() -> new LibnetSignatureFilter().init(config(s))).isInstanceOf(ServletException.class)
        .hasMessageContaining("publicUrls");
  }
}
