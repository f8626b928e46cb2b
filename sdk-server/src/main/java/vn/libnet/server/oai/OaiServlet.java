package vn.libnet.server.oai;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.libnet.server.internal.FormRequests;

/**
 * Mounts an {@link OaiProvider} in a Jakarta Servlet 6 container: GET with a query, or POST with an
 * {@code application/x-www-form-urlencoded} body (OAI-PMH 2.0 §3.1.1), answered {@code text/xml} in
 * UTF-8. Other methods are 405. OAI-PMH reads are open: do not map sdk-server's signature filter over it
 * (a harvester does not sign), or map it with {@code openReads}. A POST that declares a body of more than
 * {@value FormRequests#MAX_FORM_BYTES} bytes is answered 413 before any of it is read.
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
    if (!FormRequests.refusedAsTooLarge(req, res)) {
      answer(req, res);
    }
  }

  private void answer(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Map<String, List<String>> params = FormRequests.arguments(req);
    FormRequests.write(res, "text/xml;charset=UTF-8", provider.respond(params));
  }
}
