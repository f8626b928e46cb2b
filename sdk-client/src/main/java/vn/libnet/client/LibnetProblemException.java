package vn.libnet.client;

import java.util.List;
import vn.libnet.core.problem.Problem;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.validation.ValidationIssue;

/**
 * The hub refused a call and said why in an RFC 9457 problem document: a validation failure (with its
 * issues), a missing resource, a lost update, a refused signature. Retrying the same call will not help,
 * except for {@link ProblemCode#RATE_LIMITED} and {@link ProblemCode#UNAVAILABLE} once the client's own
 * retries are exhausted.
 *
 * <p>Serialised, it keeps its code, arguments and messages, and {@link #problem()} keeps the status, the
 * problem's code and its detail; the title, type, instance and validation issues are not serialised.
 */
public final class LibnetProblemException extends LibnetClientException {
  private static final long serialVersionUID = 1L;

  // Problem (and its ValidationIssues) is not Serializable; after deserialisation it is rebuilt from
  // the arguments, which are its status, code and detail.
  private transient Problem problem;

  LibnetProblemException(Problem problem) {
    super(ClientFailure.CLIENT_PROBLEM, null, problem.status(), problem.code(), problem.detail() == null ? problem.title() : problem.detail());
    this.problem = problem;
  }

  /** The problem document as the hub sent it (after deserialisation: its status, code and detail). */
  public Problem problem() {
    if (problem == null) {
      java.util.List<String> a = arguments();
      problem = new Problem(null, a.get(2), Integer.parseInt(a.get(0)), a.get(2), null, a.get(1), List.of());
    }
    return problem;
  }

  /** The HTTP status. */
  public int status() {
    return problem().status();
  }

  /** The stable code. */
  public ProblemCode problemCode() {
    return problem().problemCode();
  }

  /** The validation issues of a {@code VALIDATION_FAILED}, otherwise empty. */
  public List<ValidationIssue> issues() {
    return problem().issues();
  }
}
