package vn.libnet.marc.repair;

import java.util.Locale;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * One value changed by {@link VietnameseRepair}.
 *
 * @param path where: {@code 245$a}, or the tag of a control field
 * @param before the value before
 * @param after the value after
 * @param encoding the legacy encoding the text was in, or {@code null} for an NFC-only change
 */
public record RepairChange(String path, String before, String after, LegacyEncoding encoding) {

  /** The change as an INFO issue, {@code MARC_REPAIRED_LEGACY} or {@code MARC_REPAIRED_NFC}. */
  public ValidationIssue toIssue(Locale locale) {
    return encoding == null
        ? ValidationIssue.of("MARC_REPAIRED_NFC", Severity.INFO, path, locale, path)
        : ValidationIssue.of("MARC_REPAIRED_LEGACY", Severity.INFO, path, locale, path, encoding.displayName(), before, after);
  }
}
