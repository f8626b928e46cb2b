package vn.libnet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.testkit.HubLogRecovery.Changed;

/**
 * Replays kept entries on a scratch hub state, as a hub started on the log would, and compares each
 * write's answer with the one the hub gave when it acknowledged the write: the only evidence of which
 * numbers (record and cluster ids, ETags) the clients were told.
 */
final class HubLogReplayCheck {
  private static final int MAX_DIFFERENCES = 10;

  private final ObjectMapper json = LibnetJson.mapper();
  private final HubWrites writes = new HubWrites(new HubState(), null);
  private final List<Changed> changed = new ArrayList<>();
  private long changedWrites;

  List<Changed> changed() {
    return List.copyOf(changed);
  }

  long changedWrites() {
    return changedWrites;
  }

  void apply(HubLog.Entry e, int entry, long offset) {
    List<String> differences;
    try {
      Answer now = writes.replay(e);
      if (now == null || e.answer() == null) {
        return; // an entry of the older form without its answer: nothing to compare with
      }
      differences = differences(e, now);
    } catch (RuntimeException unusable) {
      differences = List.of("replay: " + unusable.getClass().getSimpleName() + " " + Objects.toString(unusable.getMessage(), ""));
    }
    if (!differences.isEmpty() && changedWrites++ < HubLogRecovery.CHANGES_LISTED) {
      changed.add(new Changed(entry, offset, e.method(), e.path(), e.idempotencyKey(), differences));
    }
  }

  private List<String> differences(HubLog.Entry e, Answer now) {
    List<String> out = new ArrayList<>();
    if (e.status() != now.status()) {
      out.add("status: " + e.status() + " -> " + now.status());
    }
    Map<String, String> before = e.answerHeaders() == null ? Map.of() : e.answerHeaders();
    for (String name : new TreeSet<>(union(before.keySet(), now.headers().keySet()))) {
      if (!Objects.equals(before.get(name), now.headers().get(name))) {
        out.add("header " + name + ": " + before.get(name) + " -> " + now.headers().get(name));
      }
    }
    JsonNode was = tree(e.answer());
    JsonNode is = tree(now.body());
    if (was != null && is != null) {
      diff("", was, is, out);
    } else if (!Arrays.equals(e.answer(), now.body())) {
      out.add("body: " + e.answer().length + " bytes -> " + now.body().length + " bytes");
    }
    return out.size() > MAX_DIFFERENCES ? out.subList(0, MAX_DIFFERENCES) : out;
  }

  private static <T> List<T> union(java.util.Set<T> a, java.util.Set<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private JsonNode tree(byte[] body) {
    try {
      return body == null ? null : json.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  // Leaf by leaf, so that a renumbered record reads as "outcomes[0].recordId: r7 -> r6".
  private static void diff(String where, JsonNode was, JsonNode is, List<String> out) {
    if (out.size() > MAX_DIFFERENCES || was.equals(is)) {
      return;
    }
    if (was.isObject() && is.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      was.fieldNames().forEachRemaining(names::add);
      is.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(where.isEmpty() ? name : where + "." + name, was.path(name), is.path(name), out);
      }
    } else if (was.isArray() && is.isArray() && was.size() == is.size()) {
      Iterator<JsonNode> a = was.elements();
      Iterator<JsonNode> b = is.elements();
      for (int i = 0; a.hasNext(); i++) {
        diff(where + "[" + i + "]", a.next(), b.next(), out);
      }
    } else {
      out.add((where.isEmpty() ? "body" : where) + ": " + leaf(was) + " -> " + leaf(is));
    }
  }

  private static String leaf(JsonNode n) {
    if (n.isMissingNode()) {
      return "(none)";
    }
    String s = n.isValueNode() ? n.asText() : n.toString();
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
