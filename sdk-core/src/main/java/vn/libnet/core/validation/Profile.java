package vn.libnet.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A named, versioned set of rules for one kind of document, such as the national profile {@code
 * vn-library} version 1.
 *
 * <p>Profiles are immutable. A library that needs a stricter or looser variant derives one: {@link
 * #withSeverity(String, Severity)} changes how serious a code is, {@link #without(String)} drops a rule,
 * {@link #with(Rule)} adds one. Validation runs every rule and never throws on bad data; a rule that
 * throws is a bug, and its exception propagates.
 *
 * @param <T> the type of document
 */
public final class Profile<T> {
  private final String name;
  private final String version;
  private final Class<T> type;
  private final List<Rule<T>> rules;
  private final Map<String, Severity> severities;

  private Profile(
      String name, String version, Class<T> type, List<Rule<T>> rules, Map<String, Severity> severities) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.type = Objects.requireNonNull(type, "type");
    this.rules = List.copyOf(rules);
    this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(severities));
  }

  /** A profile of {@code rules} for documents of {@code type}. */
  public static <T> Profile<T> of(String name, String version, Class<T> type, List<Rule<T>> rules) {
    return new Profile<>(name, version, type, rules, Map.of());
  }

  /** The profile's name, e.g. {@code vn-library}. */
  public String name() {
    return name;
  }

  /** The profile's version, e.g. {@code 1}. */
  public String version() {
    return version;
  }

  /** The type of document it validates. */
  public Class<T> type() {
    return type;
  }

  /** The rules, in the order they run. */
  public List<Rule<T>> rules() {
    return rules;
  }

  /** The codes this profile can report. */
  public Set<String> codes() {
    Set<String> codes = new java.util.LinkedHashSet<>();
    rules.forEach(r -> codes.add(r.code()));
    return codes;
  }

  /** The severity issues with {@code code} get in this profile. */
  public Severity severityOf(String code) {
    Severity override = severities.get(code);
    if (override != null) {
      return override;
    }
    return rules.stream()
        .filter(r -> r.code().equals(code))
        .map(Rule::severity)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Profile " + name + " has no rule " + code));
  }

  /** A copy in which issues with {@code code} get {@code severity}. */
  public Profile<T> withSeverity(String code, Severity severity) {
    severityOf(code);
    Map<String, Severity> copy = new LinkedHashMap<>(severities);
    copy.put(code, Objects.requireNonNull(severity, "severity"));
    return new Profile<>(name, version, type, rules, copy);
  }

  /** A copy without the rule {@code code}. */
  public Profile<T> without(String code) {
    severityOf(code);
    List<Rule<T>> kept = new ArrayList<>(rules);
    kept.removeIf(r -> r.code().equals(code));
    return new Profile<>(name, version, type, kept, severities);
  }

  /** A copy with {@code rule} added at the end. */
  public Profile<T> with(Rule<T> rule) {
    List<Rule<T>> more = new ArrayList<>(rules);
    more.add(Objects.requireNonNull(rule, "rule"));
    return new Profile<>(name, version, type, more, severities);
  }

  /** Validates with the JVM's default locale and the system clock. */
  public ValidationReport validate(T document) {
    return validate(document, ValidationContext.defaults());
  }

  /**
   * Validates {@code document}.
   *
   * @throws NullPointerException when {@code document} is null: an absent document is a programming
   *     error, not bad data
   */
  public ValidationReport validate(T document, ValidationContext context) {
    Objects.requireNonNull(document, "document");
    List<ValidationIssue> issues = new ArrayList<>();
    Map<Object, Object> shared = new java.util.HashMap<>();
    for (Rule<T> rule : rules) {
      Severity severity = severities.getOrDefault(rule.code(), rule.severity());
      rule.check(
          document,
          new Rule.IssueSink() {
            @Override
            public void report(String path, Object... arguments) {
              issues.add(ValidationIssue.of(rule.code(), severity, path, context.locale(), arguments));
            }

            @Override
            public ValidationContext context() {
              return context;
            }

            @Override
            @SuppressWarnings("unchecked")
            public <V> V shared(Object key, java.util.function.Supplier<V> compute) {
              return (V) shared.computeIfAbsent(key, k -> compute.get());
            }
          });
    }
    return new ValidationReport(name + "/" + version, issues);
  }

  @Override
  public String toString() {
    return "Profile[" + name + "/" + version + ", " + rules.size() + " rules]";
  }
}
