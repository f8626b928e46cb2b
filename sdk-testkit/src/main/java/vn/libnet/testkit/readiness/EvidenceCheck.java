package vn.libnet.testkit.readiness;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import vn.libnet.core.i18n.Messages;
import vn.libnet.testkit.conformance.ConformanceReport;

/**
 * One check of readiness evidence: what was looked at, how it ended, and what was seen, as a message of the
 * SDK's catalogue (a stable key and its arguments) so that it reads in Vietnamese or English.
 *
 * @param source what was checked
 * @param target the endpoint's URL, or the hub's for the hub's counts
 * @param outcome how it ended
 * @param key the key of the message saying what was seen
 * @param arguments the message's arguments
 * @param conformance the full report of the conformance suite, for endpoints that ran one; else null
 */
public record EvidenceCheck(
    EvidenceSource source, String target, EvidenceOutcome outcome, String key, List<String> arguments, ConformanceReport conformance) {
  /** Checks the parts and copies the arguments; the key must be in the catalogue. */
  public EvidenceCheck {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
    Messages.format(Locale.ENGLISH, key, arguments.toArray());
  }

  /** What was seen, in {@code locale}'s language. */
  public String detail(Locale locale) {
    return Messages.format(locale, key, arguments.toArray());
  }

  /** The conformance report, for endpoints that ran a suite. */
  public Optional<ConformanceReport> conformanceReport() {
    return Optional.ofNullable(conformance);
  }
}
