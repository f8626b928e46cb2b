package vn.libnet.core.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.libnet.core.json.LibnetJson;

/**
 * The outcome of validating one document against a profile: its issues, in the order found, with
 * counts.
 *
 * <p>A document is {@linkplain #isValid() valid} when it has no {@link Severity#ERROR} issue; warnings
 * and remarks do not make it invalid. The JSON form ({@link #toJson()}) has {@code profile},
 * {@code valid}, {@code counts}, {@code countsByCode} and {@code issues}.
 *
 * @param profile the profile's name and version, e.g. {@code vn-library/1}
 * @param issues the issues found
 */
@JsonPropertyOrder({"profile", "valid", "counts", "countsByCode", "issues"})
public record ValidationReport(String profile, List<ValidationIssue> issues) {

  /** Copies the issues. */
  public ValidationReport {
    issues = issues == null ? List.of() : List.copyOf(issues);
  }

  /** A report with no issues. */
  public static ValidationReport empty(String profile) {
    return new ValidationReport(profile, List.of());
  }

  /** Whether there is no ERROR issue. */
  @JsonProperty("valid")
  public boolean isValid() {
    return issues.stream().noneMatch(i -> i.severity() == Severity.ERROR);
  }

  /** How many issues of each severity, every severity present (zero when none). */
  @JsonProperty("counts")
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    issues.forEach(i -> counts.merge(i.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** How many issues of each code, sorted by code. */
  @JsonProperty("countsByCode")
  public Map<String, Integer> countsByCode() {
    Map<String, Integer> counts = new TreeMap<>();
    issues.forEach(i -> counts.merge(i.code(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** How many issues of {@code severity}. */
  public int count(Severity severity) {
    return (int) issues.stream().filter(i -> i.severity() == severity).count();
  }

  /** Whether some issue has {@code code}. */
  public boolean has(String code) {
    return issues.stream().anyMatch(i -> i.code().equals(code));
  }

  /** The issues with {@code code}. */
  public List<ValidationIssue> issues(String code) {
    return issues.stream().filter(i -> i.code().equals(code)).toList();
  }

  /** This report and {@code other}'s issues, under this report's profile name. */
  public ValidationReport merge(ValidationReport other) {
    List<ValidationIssue> all = new ArrayList<>(issues);
    all.addAll(other.issues);
    return new ValidationReport(profile, all);
  }

  /** The same report with every message in {@code locale}. */
  public ValidationReport localized(Locale locale) {
    return new ValidationReport(profile, issues.stream().map(i -> i.localized(locale)).toList());
  }

  /** The report as JSON, pretty-printed. */
  public String toJson() {
    try {
      return LibnetJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A validation report could not be written as JSON", e);
    }
  }
}
