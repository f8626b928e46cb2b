package vn.libnet.core.profile;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;

/** The shapes most national-profile rules take, so each rule states only what it checks. */
final class RuleShapes {
  private RuleShapes() {}

  /** A check of one element of a list, reporting under the element's path (e.g. {@code /contacts/0}). */
  interface ElementCheck<E> {
    void check(E element, String path, Rule.IssueSink sink);
  }

  /** Reports {@code path} when the value is absent: null, blank text, or an empty collection or map. */
  static <T> Rule<T> required(String code, Severity severity, String path, Function<T, ?> value) {
    return Rule.of(
        code,
        severity,
        (doc, sink) -> {
          if (absent(value.apply(doc))) {
            sink.report(path);
          }
        });
  }

  /** Runs {@code check} on every element of the list, whose path is {@code prefix + index}. */
  static <T, E> Rule<T> eachElement(
      String code, Severity severity, Function<T, List<E>> list, String prefix, ElementCheck<E> check) {
    return Rule.of(
        code,
        severity,
        (doc, sink) -> {
          List<E> elements = list.apply(doc);
          for (int i = 0; i < elements.size(); i++) {
            check.check(elements.get(i), prefix + i, sink);
          }
        });
  }

  /** Reports the second and later elements that {@code counts} (e.g. a second main title). */
  static <T, E> Rule<T> atMostOne(String code, Function<T, List<E>> list, String prefix, Predicate<E> counts) {
    return Rule.of(
        code,
        Severity.ERROR,
        (doc, sink) -> {
          List<E> elements = list.apply(doc);
          boolean seen = false;
          for (int i = 0; i < elements.size(); i++) {
            if (counts.test(elements.get(i))) {
              if (seen) {
                sink.report(prefix + i);
              }
              seen = true;
            }
          }
        });
  }

  /**
   * Reports every element whose key an earlier element already had, at {@code prefix + index + suffix},
   * quoting the value and the earlier element's path. Elements whose key is {@code null} are skipped.
   */
  static <T, E> Rule<T> unique(
      String code,
      Severity severity,
      Function<T, List<E>> list,
      String prefix,
      String suffix,
      Function<E, String> shown,
      Function<E, Object> key) {
    return Rule.of(
        code,
        severity,
        (doc, sink) -> {
          List<E> elements = list.apply(doc);
          Map<Object, Integer> first = new HashMap<>();
          for (int i = 0; i < elements.size(); i++) {
            Object k = key.apply(elements.get(i));
            if (k == null) {
              continue;
            }
            Integer earlier = first.putIfAbsent(k, i);
            if (earlier != null) {
              sink.report(prefix + i + suffix, shown.apply(elements.get(i)), prefix + earlier);
            }
          }
        });
  }

  static boolean absent(Object value) {
    return value == null
        || value instanceof String s && s.isBlank()
        || value instanceof Collection<?> c && c.isEmpty()
        || value instanceof Map<?, ?> m && m.isEmpty();
  }
}
