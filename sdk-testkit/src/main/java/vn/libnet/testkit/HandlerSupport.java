package vn.libnet.testkit;

import java.util.List;
import vn.libnet.client.model.Page;
import vn.libnet.core.problem.ProblemCode;

/** What every resource handler of the hub does the same way: cursors and pages. */
final class HandlerSupport {
  private HandlerSupport() {}

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
