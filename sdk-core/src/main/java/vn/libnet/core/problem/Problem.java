package vn.libnet.core.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import vn.libnet.core.validation.ValidationIssue;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) as a LibNet hub sends it and the client
 * reads it: the standard members plus a stable {@code code} and, when data was rejected, the validation
 * issues.
 *
 * @param type a URI naming the problem type ({@code about:blank} when absent)
 * @param title a short human summary
 * @param status the HTTP status
 * @param detail what happened in this case
 * @param instance a URI of this occurrence, if any
 * @param code the stable code (see {@link ProblemCode}); unknown codes are kept as sent
 * @param issues the validation issues behind a {@code VALIDATION_FAILED}, otherwise empty
 */
public record Problem(
    String type, String title, int status, String detail, String instance, String code, List<ValidationIssue> issues) {
  /** Copies the issues; a missing type is {@code about:blank}. */
  public Problem {
    type = type == null || type.isEmpty() ? "about:blank" : type;
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** A problem of {@code code} with its usual status. */
  public static Problem of(ProblemCode code, String title, String detail) {
    return new Problem("https://libnet.vn/problems/" + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        title, code.status(), detail, null, code.name(), List.of());
  }

  /** The same problem with {@code issues}. */
  public Problem withIssues(List<ValidationIssue> newIssues) {
    return new Problem(type, title, status, detail, instance, code, newIssues);
  }

  /** The same problem sent with another HTTP {@code newStatus} (a code shared by several statuses). */
  public Problem withStatus(int newStatus) {
    return new Problem(type, title, newStatus, detail, instance, code, issues);
  }

  /** The code as the enum, {@link ProblemCode#UNKNOWN} when the hub sent one this client does not know. */
  @JsonIgnore
  public ProblemCode problemCode() {
    return ProblemCode.of(code);
  }
}
