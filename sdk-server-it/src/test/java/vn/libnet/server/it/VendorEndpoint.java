package vn.libnet.server.it;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.libnet.server.VerifiedSigner;

/**
 * A vendor's own LibNet endpoint, as small as it can be: the library list (empty) and yearly statistics,
 * written only by the library they belong to. It knows nothing of signatures but the signer the filter
 * hands it.
 */
final class VendorEndpoint extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Pattern STATISTICS = Pattern.compile("/v1/libraries/([^/]+)/statistics/([0-9]{4})");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (!req.getRequestURI().equals("/v1/libraries")) {
      res.sendError(404, "No such resource / Không có tài nguyên này");
      return;
    }
    res.setContentType("application/json");
    res.getOutputStream().write("{\"items\":[],\"next\":null}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  protected void doPut(HttpServletRequest req, HttpServletResponse res) throws IOException {
    Matcher m = STATISTICS.matcher(req.getRequestURI());
    if (!m.matches()) {
      res.sendError(404, "No such resource / Không có tài nguyên này");
      return;
    }
    String signer = VerifiedSigner.of(req).map(VerifiedSigner::isil).orElse("");
    if (!signer.equals(m.group(1))) {
      res.sendError(403, "A key of " + signer + " cannot write the statistics of " + m.group(1));
      return;
    }
    res.setContentType("application/json");
    res.getOutputStream().write(req.getInputStream().readAllBytes());
  }

  /** A filter set once the server is bound (its public URL carries the port). */
  static final class Deferred implements Filter {
    volatile Filter target;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
      target.doFilter(req, res, chain);
    }
  }
}
