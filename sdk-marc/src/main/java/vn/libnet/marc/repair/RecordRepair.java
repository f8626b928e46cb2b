package vn.libnet.marc.repair;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.libnet.core.validation.ValidationIssue;

/**
 * What {@link VietnameseRepair} did to one record: the values it changed, the values it left but
 * suspects, and the encoding decision with its evidence.
 *
 * @param changes the values changed, in field order
 * @param suspicions the values left unchanged that may be legacy text, in field order
 * @param decision the record's encoding decision
 */
public record RecordRepair(List<RepairChange> changes, List<LegacySuspicion> suspicions, RepairDecision decision) {
  /** Copies the lists. */
  public RecordRepair {
    changes = List.copyOf(changes);
    suspicions = List.copyOf(suspicions);
    Objects.requireNonNull(decision, "decision");
  }

  /** The whole report as issues: the decision (INFO), the changes (INFO), the suspicions (WARNING). */
  public List<ValidationIssue> issues(Locale locale) {
    List<ValidationIssue> out = new ArrayList<>(changes.size() + suspicions.size() + 1);
    decision.toIssue(locale).ifPresent(out::add);
    changes.forEach(c -> out.add(c.toIssue(locale)));
    suspicions.forEach(s -> out.add(s.toIssue(locale)));
    return out;
  }
}
