package vn.libnet.testkit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.util.concurrent.atomic.AtomicBoolean;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import vn.libnet.server.VerifiedSigner;

/**
 * The first filter of the hub: numbers each request, and records it with the answer given once the rest of
 * the chain (the signature filter, faults, the API) is done. The record keeps the newest {@value #KEPT}
 * requests, so that a long load test does not fill the heap.
 */
final class HubIntake implements Filter {
  static final int KEPT = 10_000;
  /** The request attribute holding the request's number. */
  static final String NUMBER = HubIntake.class.getName() + ".number";
  /** The request attribute holding the body as the application read it. */
  static final String BODY = HubIntake.class.getName() + ".body";

  private final AtomicLong count = new AtomicLong();
  private final LinkedBlockingDeque<RecordedRequest> recorded = new LinkedBlockingDeque<>();

  long count() {
    return count.get();
  }

  BlockingQueue<RecordedRequest> recorded() {
    return recorded;
  }

  List<RecordedRequest> snapshot() {
    return List.copyOf(new ArrayList<>(recorded));
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    long n = count.incrementAndGet();
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    request.setAttribute(NUMBER, n);
    // Recorded before the first byte of the answer's body goes out (Jetty completes an answer once its
    // Content-Length is written): a test that has its answer finds the request already recorded.
    AtomicBoolean done = new AtomicBoolean();
    HttpServletResponseWrapper recording = new HttpServletResponseWrapper(response) {
      @Override
      public ServletOutputStream getOutputStream() throws IOException {
        if (done.compareAndSet(false, true)) {
          record(n, request, getStatus());
        }
        return super.getOutputStream();
      }
    };
    int status = 0;
    try {
      chain.doFilter(request, recording);
      status = response.getStatus();
    } finally {
      if (done.compareAndSet(false, true)) {
        record(n, request, status);
      }
    }
  }

  private void record(long n, HttpServletRequest request, int status) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).addAll(Collections.list(request.getHeaders(name)));
    }
    byte[] body = request.getAttribute(BODY) instanceof byte[] b ? b : new byte[0];
    String signer = VerifiedSigner.of(request).map(VerifiedSigner::keyId).orElse(null);
    recorded.addLast(new RecordedRequest(n, request.getMethod(), request.getRequestURI(),
        request.getQueryString() == null ? "" : request.getQueryString(), headers, body, signer, status));
    while (recorded.size() > KEPT) {
      recorded.pollFirst();
    }
  }

  /** Forgets what was recorded (the count goes on, so numbers stay unique). */
  void clear() {
    recorded.clear();
  }
}
