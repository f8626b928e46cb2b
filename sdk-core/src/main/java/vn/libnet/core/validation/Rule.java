package vn.libnet.core.validation;

import java.util.Objects;

/**
 * One check of a profile. A rule has one stable code and a default severity, and reports every place
 * where the document breaks it through an {@link IssueSink}; it never throws on bad data.
 *
 * @param <T> the type of document checked
 */
public interface Rule<T> {

  /** The code of the issues this rule reports, e.g. {@code LIBRARY_ISIL_INVALID}. */
  String code();

  /** The severity of those issues unless a profile overrides it. */
  Severity severity();

  /** Checks {@code document} and reports each problem to {@code sink}. */
  void check(T document, IssueSink sink);

  /** A rule from its code, severity and check. */
  static <T> Rule<T> of(String code, Severity severity, Check<T> check) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(check, "check");
    return new Rule<>() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Severity severity() {
        return severity;
      }

      @Override
      public void check(T document, IssueSink sink) {
        check.check(document, sink);
      }

      @Override
      public String toString() {
        return "Rule[" + code + ", " + severity + "]";
      }
    };
  }

  /** The body of a rule. */
  @FunctionalInterface
  interface Check<T> {
    /** Checks {@code document}, reporting problems to {@code sink}. */
    void check(T document, IssueSink sink);
  }

  /** Where a rule reports what it finds; code and severity come from the rule. */
  interface IssueSink {
    /** Reports a problem at {@code path}; {@code arguments} are quoted in the message. */
    void report(String path, Object... arguments);

    /** The validation context: locale and clock. */
    ValidationContext context();

    /**
     * A value computed once per validation of one document and shared by every rule that asks for the
     * same {@code key}: for derived data several rules need, such as every string of the document.
     */
    <V> V shared(Object key, java.util.function.Supplier<V> compute);
  }
}
