package vn.libnet.testkit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import vn.libnet.core.problem.ProblemCode;

/**
 * The faults a test asked for ({@link LibnetTestHub#faults}), on {@code /v1}: after the signature filter,
 * so that an injected 503 or 429 is signed as a real one is (a client that believes only signed answers
 * retries it), and a dropped connection is dropped before any answer. The client signs each try afresh, so
 * a verified request's nonce spent on a fault costs its retry nothing.
 */
final class HubFaultFilter implements Filter {
  private volatile HubFaults faults = HubFaults.NONE;
  // Faults count requests from the moment they are set, so onRequest(1) is the next one.
  private final AtomicLong base = new AtomicLong();
  private final HubIntake intake;

  HubFaultFilter(HubIntake intake) {
    this.intake = intake;
  }

  void faults(HubFaults f) {
    base.set(intake.count());
    faults = f;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HubFaults f = faults;
    long n = req.getAttribute(HubIntake.NUMBER) instanceof Long l ? l : 0;
    if (f == HubFaults.NONE || !f.applies(n - base.get(), ThreadLocalRandom.current().nextDouble())) {
      chain.doFilter(req, res);
      return;
    }
    if (!f.latency().isZero()) {
      try {
        Thread.sleep(f.latency().toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    switch (f.kind()) {
      case UNAVAILABLE, RATE_LIMITED -> {
        ProblemCode code = f.kind() == HubFaults.Kind.UNAVAILABLE ? ProblemCode.UNAVAILABLE : ProblemCode.RATE_LIMITED;
        HubApiServlet.write((HttpServletResponse) res, Answer.problem(code,
            code == ProblemCode.UNAVAILABLE ? "Hub unavailable" : "Too many requests",
            "Injected fault; retry after " + f.retryAfter().toSeconds() + " s")
            .withHeader("Retry-After", String.valueOf(f.retryAfter().toSeconds())));
      }
      case CONNECTION_RESET -> {
        // Closed under the request: the client sees the connection end with no answer at all.
        ServletContextRequest.getServletContextRequest(req).getConnectionMetaData().getConnection().getEndPoint().close();
        throw new IOException("Injected fault: connection dropped");
      }
      default -> chain.doFilter(req, res);
    }
  }
}
