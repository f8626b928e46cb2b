package vn.libnet.server.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP side that the OAI-PMH and SRU servlets share: arguments from a query or an
 * {@code application/x-www-form-urlencoded} body, a bound on that body, and the writing of a whole answer.
 */
public final class FormRequests {
  /** The largest POST body a protocol servlet reads, in bytes: no OAI-PMH or SRU request needs more. */
  public static final int MAX_FORM_BYTES = 1 << 20;

  private FormRequests() {}

  /**
   * Answers 413 and returns true when {@code req} declares a body over {@link #MAX_FORM_BYTES}, before any
   * of it is read; a chunked body is bounded by the container's own form limit (Jetty: 200,000 bytes).
   */
  public static boolean refusedAsTooLarge(HttpServletRequest req, HttpServletResponse res) throws IOException {
    if (req.getContentLengthLong() <= MAX_FORM_BYTES) {
      return false;
    }
    res.setHeader("Connection", "close");
    res.sendError(413);
    return true;
  }

  /** The request's arguments, in order, each with all its values. */
  public static Map<String, List<String>> arguments(HttpServletRequest req) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    req.getParameterMap().forEach((k, v) -> params.put(k, Arrays.asList(v)));
    return params;
  }

  /** Writes {@code body} in UTF-8 as a 200 answer of {@code contentType}. */
  public static void write(HttpServletResponse res, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    res.setStatus(200);
    res.setContentType(contentType);
    res.setContentLength(bytes.length);
    res.getOutputStream().write(bytes);
  }
}
