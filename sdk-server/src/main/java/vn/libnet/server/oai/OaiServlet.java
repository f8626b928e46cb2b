package vn.libnet.server.oai;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts an {@link OaiProvider} in a Jakarta Servlet 6 container: GET with a query, or POST with an
 * {@code application/x-www-form-urlencoded} body (OAI-PMH 2.0 §3.1.1), answered {@code text/xml} in
 * UTF-8. Other methods are 405. OAI-PMH reads are open: do not map sdk-server's signature filter over it
 * (a harvester does not sign), or map it with {@code openReads}.
 */
public final class OaiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient OaiProvider provider;

  /** A servlet answering with {@code provider}. */
  public OaiServlet(OaiProvider provider) {
    this.provider = Objects.requireNonNull(provider);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    answer(req, res);
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
    answer(req, res);
  }

  private void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Map<String, List<String>> params = new LinkedHashMap<>();
    req.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    byte[] body = provider.respond(params).getBytes(StandardCharsets.UTF_8);
    res.setStatus(200);
    res.setContentType("text/xml;charset=UTF-8");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
