package vn.libnet.testkit;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;

/**
 * The answers Jetty gives on its own, before the hub sees a request (a malformed request line, headers
 * over the limit, an ambiguous path): RFC 9457 problem documents as every other refusal of the hub, with
 * Jetty's short reason and never an exception's text. They are not signed: nothing of the request could be
 * trusted enough to bind an answer to it.
 */
final class HubErrorHandler extends ErrorHandler {
  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    return ByteBuffer.wrap(problem(status, reason));
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
    response.write(true, ByteBuffer.wrap(problem(code, message)), callback);
  }

  private static byte[] problem(int status, String reason) {
    ProblemCode code = ProblemCode.forStatus(status);
    String detail = reason == null || reason.isBlank() ? "HTTP " + status : reason.replaceAll("[\\r\\n]", " ");
    return Answer.problem(Problem.of(code, "HTTP " + status, detail).withStatus(status)).body();
  }
}
