package vn.libnet.marc.repair;

import java.util.Locale;
import java.util.Objects;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * A value {@link VietnameseRepair} left as it was although it may be legacy text: a person decides.
 * Either the value reads as Vietnamese as it is and also in the encoding decided for its record ("Ngô Hà"
 * is proper Unicode, or VNI "Ngơ Hà"), or some encoding would read it better but not the one decided.
 *
 * @param path where: {@code 100$a}
 * @param text the value, unchanged
 * @param encoding the encoding whose reading is offered
 * @param reading that reading, offered as the suggested fix
 */
public record LegacySuspicion(String path, String text, LegacyEncoding encoding, String reading) {
  /** Checks that every part is present. */
  public LegacySuspicion {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(reading, "reading");
  }

  /** The suspicion as a WARNING, {@code TEXT_LEGACY_SUSPECTED}. */
  public ValidationIssue toIssue(Locale locale) {
    return ValidationIssue.of(
        "TEXT_LEGACY_SUSPECTED", Severity.WARNING, path, locale, path, text, encoding.displayName(), reading);
  }
}
