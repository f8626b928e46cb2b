package vn.libnet.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.libnet.core.problem.ProblemCode;

/**
 * Finds the handler of a call by method and path. Every path of LibNet API v1 is matched whole; a known
 * path with another method is 400 "Method not allowed", an unknown one 404.
 */
final class HubRouter {
  /** What answers a call, given the path's groups in order. */
  @FunctionalInterface
  interface Action {
    Answer answer(Call c, List<String> groups);
  }

  /** A method on a path (a regular expression matched whole) and what answers it. */
  record Route(String method, Pattern path, Action action) {
    static Route of(String method, String path, Action action) {
      return new Route(method, Pattern.compile(path), action);
    }
  }

  /** The handler of one resource of LibNet API v1: the routes it answers. */
  interface Resource {
    List<Route> routes();
  }

  private final List<Route> routes = new ArrayList<>();

  HubRouter(List<Resource> resources) {
    resources.forEach(r -> routes.addAll(r.routes()));
  }

  Answer route(Call c) {
    boolean known = false;
    for (Route r : routes) {
      Matcher m = r.path().matcher(c.path());
      if (m.matches()) {
        if (r.method().equals(c.method())) {
          List<String> groups = new ArrayList<>();
          for (int i = 1; i <= m.groupCount(); i++) {
            groups.add(m.group(i));
          }
          return r.action().answer(c, groups);
        }
        known = true;
      }
    }
    return known ? Answer.problem(ProblemCode.BAD_REQUEST, "Method not allowed", c.method() + " is not allowed on " + c.path())
        : Answer.problem(ProblemCode.NOT_FOUND, "No such resource", c.path() + " is not part of LibNet API v1");
  }
}
