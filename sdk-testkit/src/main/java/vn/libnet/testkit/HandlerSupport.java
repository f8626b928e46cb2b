package vn.libnet.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import vn.libnet.client.model.Page;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationReport;

/**
 * What every resource handler of the hub does the same way: read a JSON body, check who may write,
 * refuse invalid data, page a list. Each refuses by throwing {@link Answer.Refusal}.
 */
final class HandlerSupport {
  private static final ObjectMapper JSON = LibnetJson.mapper();

  private HandlerSupport() {}

  /** The body as {@code type}: 415 for another media type than JSON, 400 for a body that is no such JSON. */
  static <T> T read(Call c, Class<T> type) {
    if (!c.contentType().equals("application/json")) {
      throw new Answer.Refusal(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          "This resource takes application/json, not " + (c.contentType().isEmpty() ? "nothing" : c.contentType()));
    }
    try {
      T value = JSON.readValue(c.body(), type);
      if (value == null) {
        throw new IOException("the body is empty");
      }
      return value;
    } catch (IOException e) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Unreadable JSON", e.getMessage());
    }
  }

  /** 403 unless the signer is {@code isil} or the administrator. */
  static void mayWrite(Call c, String isil) {
    if (!c.admin() && !isil.equals(c.signer())) {
      throw new Answer.Refusal(ProblemCode.FORBIDDEN, "Forbidden",
          "A key of " + c.signer() + " cannot write the resources of " + isil);
    }
  }

  /** 422 with the report's errors unless it is valid. */
  static void valid(ValidationReport report, String what) {
    if (!report.isValid()) {
      throw new Answer.Refusal(Answer.problem(ProblemCode.VALIDATION_FAILED, "Invalid " + what,
          report.count(Severity.ERROR) + " error(s) against " + report.profile(),
          report.issues().stream().filter(i -> i.severity() == Severity.ERROR).collect(Collectors.toList())));
    }
  }

  /** One page of {@code all} from the call's cursor ({@code o<offset>}) and limit; the next cursor while more follow. */
  static <T> Page<T> page(List<T> all, Call c) {
    int from = (int) position(c.query().get("cursor"), 'o', Integer.MAX_VALUE);
    // In long: a cursor near the largest int plus a limit must not wrap round to a negative end.
    int to = (int) Math.min(all.size(), (long) from + c.limit());
    List<T> items = from >= all.size() ? List.of() : all.subList(from, to);
    return new Page<>(items, to < all.size() ? "o" + to : null);
  }

  /**
   * The position a cursor names: {@code prefix} and a number from 0 to {@code max} in ASCII digits; 0 when
   * there is no cursor. Anything else (negative, signed, too large, another prefix) is 400 BAD_REQUEST.
   */
  static long position(String cursor, char prefix, long max) {
    if (cursor == null) {
      return 0;
    }
    if (cursor.length() >= 2 && cursor.length() <= 20 && cursor.charAt(0) == prefix
        && cursor.chars().skip(1).allMatch(ch -> ch >= '0' && ch <= '9')) {
      try {
        long n = Long.parseLong(cursor.substring(1));
        if (n <= max) {
          return n;
        }
      } catch (NumberFormatException overLong) {
        // refused below
      }
    }
    throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Bad cursor", HubTexts.bilingual("HUB_CURSOR_INVALID", HubTexts.echo(cursor)));
  }
}
