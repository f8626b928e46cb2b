package vn.libnet.marc.repair;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * Which legacy encoding {@link VietnameseRepair} decided a record's doubtful values are in, on what
 * evidence: how many of them each encoding's reading explains, and whether the record, the source or the
 * caller decided.
 *
 * @param encoding the encoding decided, or {@code null} when nothing decided one
 * @param basis what decided it
 * @param votes for each encoding, how many of the record's doubtful values it reads best (with the most
 *     Vietnamese syllables; a tie counts for each)
 * @param doubtfulValues the values that were neither ASCII, proper Unicode, nor already Vietnamese
 */
public record RepairDecision(LegacyEncoding encoding, Basis basis, Map<LegacyEncoding, Integer> votes, int doubtfulValues) {
  /** What the decision rests on. */
  public enum Basis {
    /** The caller declared the source's encoding. */
    DECLARED,
    /** The record's own values: one encoding explains more of them than any other. */
    RECORD,
    /** The record could not decide alone; the encoding learned from the source's earlier records did. */
    SOURCE,
    /** Nothing decided: no doubtful value, or a tie that the source could not break. */
    NONE
  }

  /** Checks the parts and copies the votes. */
  public RepairDecision {
    Objects.requireNonNull(basis, "basis");
    votes = Map.copyOf(votes);
    if ((encoding == null) != (basis == Basis.NONE)) {
      throw new IllegalArgumentException("encoding " + encoding + " with basis " + basis);
    }
  }

  /**
   * The decision as an INFO issue ({@code MARC_REPAIR_DECIDED}); empty when there was nothing to decide
   * (no doubtful value).
   */
  public Optional<ValidationIssue> toIssue(Locale locale) {
    if (doubtfulValues == 0) {
      return Optional.empty();
    }
    String evidence = votes.isEmpty()
        ? "-"
        : votes.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> e.getKey().displayName() + " " + e.getValue())
            .collect(java.util.stream.Collectors.joining(", "));
    String basisText = Messages.format(locale, "MARC_REPAIR_BASIS_" + basis.name());
    return Optional.of(ValidationIssue.of(
        "MARC_REPAIR_DECIDED", Severity.INFO, "", locale,
        encoding == null ? "-" : encoding.displayName(), basisText, doubtfulValues, evidence));
  }
}
