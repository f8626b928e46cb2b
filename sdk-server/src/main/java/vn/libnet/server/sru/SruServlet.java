package vn.libnet.server.sru;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts an {@link SruProvider} in a Jakarta Servlet 6 container: GET with a query, or POST with an
 * {@code application/x-www-form-urlencoded} body (SRU 2.0's HTTP POST binding), answered in UTF-8 with
 * the media type of the version. Other methods are 405. SRU reads are open: do not map sdk-server's
 * signature filter over it (an SRU client does not sign), or map it with {@code openReads}.
 */
public final class SruServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private final transient SruProvider provider;

  /** A servlet answering with {@code provider}. */
  public SruServlet(SruProvider provider) {
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
    URI where;
    try {
      where = new URI(req.getRequestURL().toString());
    } catch (URISyntaxException e) {
      where = URI.create("http://localhost/");
    }
    SruAnswer answer = provider.respond(params, where);
    byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
    res.setStatus(200);
    res.setContentType(answer.contentType());
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }
}
