package vn.libnet.core.model;

import java.util.ArrayList;
import java.util.List;

/** Defensive copies for the models' list components: immutable, never null. */
final class Lists {
  private Lists() {}

  /** An immutable copy of {@code list}; {@code null} gives an empty list, null elements are dropped. */
  static <T> List<T> copy(List<T> list) {
    if (list == null || list.isEmpty()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(list.size());
    for (T t : list) {
      if (t != null) {
        out.add(t);
      }
    }
    return List.copyOf(out);
  }
}
