package vn.libnet.server.sru;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.libnet.server.internal.FormRequests;

/**
 * Mounts an {@link SruProvider} in a Jakarta Servlet 6 container: GET with a query, or POST with an
 * {@code application/x-www-form-urlencoded} body (SRU 2.0's HTTP POST binding), answered in UTF-8 with
 * the media type of the version. Other methods are 405. SRU reads are open: do not map sdk-server's
 * signature filter over it (an SRU client does not sign), or map it with {@code openReads}. A POST that
 * declares a body of more than {@value FormRequests#MAX_FORM_BYTES} bytes is answered 413 before any of it is read (no CQL
 * query needs that much); a chunked body is bounded by the container's own form limit (Jetty: 200,000 bytes).
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
    if (!FormRequests.refusedAsTooLarge(req, res)) {
      answer(req, res);
    }
  }

  private void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Map<String, List<String>> params = FormRequests.arguments(req);
    URI where;
    try {
      where = new URI(req.getRequestURL().toString());
    } catch (URISyntaxException e) {
      where = URI.create("http://localhost/");
    }
    SruAnswer answer = provider.respond(params, where);
    FormRequests.write(res, answer.contentType(), answer.body());
  }
}
