package vn.libnet.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.validation.ValidationIssue;

/** An answer of the hub before it is signed: status, content type, body and extra headers. */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {
  /** Absent parts (as a log line without them reads) are empty. */
  Answer {
    body = body == null ? new byte[0] : body;
    headers = headers == null ? Map.of() : headers;
  }

  static Answer json(int status, Object value) {
    return json(status, value, Map.of());
  }

  static Answer json(int status, Object value, Map<String, String> headers) {
    try {
      return new Answer(status, "application/json", LibnetJson.mapper().writeValueAsBytes(value), headers);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the answer", e);
    }
  }

  static Answer problem(ProblemCode code, String title, String detail) {
    return problem(code, title, detail, List.of());
  }

  static Answer problem(ProblemCode code, String title, String detail, List<ValidationIssue> issues) {
    return problem(Problem.of(code, title, detail).withIssues(issues));
  }

  /** The problem document {@code p}, answered with its own status. */
  static Answer problem(Problem p) {
    try {
      return new Answer(p.status(), "application/problem+json", LibnetJson.mapper().writeValueAsBytes(p), Map.of());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write the problem", e);
    }
  }

  Answer withHeader(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Answer(status, contentType, body, h);
  }

  /** Thrown by the handlers to answer with a problem from deep inside. */
  static final class Refusal extends RuntimeException {
    final transient Answer answer;

    Refusal(ProblemCode code, String title, String detail) {
      this(Answer.problem(code, title, detail));
    }

    Refusal(Answer answer) {
      super(null, null, false, false);
      this.answer = answer;
    }
  }
}
