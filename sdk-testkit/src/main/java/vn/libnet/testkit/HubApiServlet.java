package vn.libnet.testkit;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.server.VerifiedSigner;

/**
 * LibNet API v1 behind sdk-server's signature filter: the filter has verified the request (every write,
 * and every read that carries a signature) and will sign this servlet's answer; here a request becomes a
 * {@link Call} for {@link HubState}, writes through {@link HubWrites}. The hub's JWKS is served here too.
 */
final class HubApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
  private final transient HubState state;
  private final transient HubWrites writes;
  private final transient VerificationKey hubKey;
  private final String adminKeyId;
  private final transient Clock clock;

  HubApiServlet(HubState state, HubWrites writes, VerificationKey hubKey, String adminKeyId, Clock clock) {
    this.state = state;
    this.writes = writes;
    this.hubKey = hubKey;
    this.adminKeyId = adminKeyId;
    this.clock = clock;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
    String method = req.getMethod().toUpperCase(Locale.ROOT);
    String path = decodedPath(req.getRequestURI());
    String contentType = req.getContentType() == null ? "" : req.getContentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
    byte[] body = req.getInputStream().readAllBytes();
    req.setAttribute(HubIntake.BODY, body);
    Answer a;
    try {
      a = answer(req, method, path, contentType, body, query(req.getQueryString()));
    } catch (Answer.Refusal r) {
      a = r.answer;
    }
    write(res, a);
  }

  private Answer answer(HttpServletRequest req, String method, String path, String contentType, byte[] body, Map<String, String> query) {
    Answer a;
    if (path == null) {
      a = Answer.problem(ProblemCode.BAD_REQUEST, "Bad path / Đường dẫn không hợp lệ",
          "The request path is not a valid URI path, or holds an encoded slash (%2F), which no id of the API has"
          + " / Đường dẫn của yêu cầu không phải đường dẫn URI hợp lệ, hoặc chứa dấu gạch chéo mã hoá (%2F), điều không mã định danh nào của API có");
    } else if (!METHODS.contains(method)) {
      // Not a method of the API: no handler is asked, and the write path (which needs a signer) is not entered.
      a = Answer.problem(Problem.of(ProblemCode.BAD_REQUEST, "Method not allowed / Phương thức không được phép",
          method + " is not a method of LibNet API v1 / " + method + " không phải phương thức của LibNet API v1").withStatus(405))
          .withHeader("Allow", String.join(", ", METHODS));
    } else if (method.equals("GET") || method.equals("HEAD")) {
      a = path.equals("/.well-known/jwks.json") ? Answer.json(200, Map.of("keys", List.of(hubKey.toPublicJwk())))
          : state.dispatch(new Call("GET", path, query, contentType, body, null, false, null, clock.instant()));
    } else if (VerifiedSigner.of(req).isEmpty()) {
      // The signature filter guards /v1: a write elsewhere (a wrong prefix such as /x/v1/...) reached no resource.
      a = Answer.problem(ProblemCode.NOT_FOUND, "No such resource / Không có tài nguyên này",
          "The hub takes writes only under /v1/ / Hub chỉ nhận yêu cầu ghi dưới /v1/");
    } else {
      VerifiedSigner signer = VerifiedSigner.of(req).orElseThrow();
      String raw = req.getRequestURI() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
      Call call = new Call(method, path, query, contentType, body, signer.isil(), signer.keyId().equals(adminKeyId),
          req.getHeader("If-Match"), clock.instant());
      a = writes.apply(call, signer.keyId(), req.getHeader("Idempotency-Key"), raw);
    }
    return a;
  }

  static void write(HttpServletResponse res, Answer a) throws IOException {
    res.setStatus(a.status());
    res.setContentType(a.contentType());
    a.headers().forEach(res::setHeader);
    res.getOutputStream().write(a.body());
  }

  private static String decodedPath(String raw) {
    if (raw.toLowerCase(java.util.Locale.ROOT).contains("%2f")) {
      // An encoded slash would make a second spelling of a resource (ID%2Fmanifest = ID/manifest) that rules
      // written for the raw path, and the replay check, would not see: no id or segment of the API holds one.
      return null;
    }
    try {
      return new URI(raw).getPath();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> q = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      try {
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        q.putIfAbsent(k, v);
      } catch (IllegalArgumentException badEscape) {
        throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad query / Truy vấn không hợp lệ",
            "A query parameter has a malformed %-escape / Một tham số truy vấn có mã %-escape sai");
      }
    }
    return q;
  }
}
