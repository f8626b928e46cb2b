package vn.libnet.testkit;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;

/**
 * The hub's texts for people: a problem's detail and an issue's message in English, then in Vietnamese,
 * since a problem document is read by people of either language. Keys are in the testkit's message bundle.
 */
final class HubTexts {
  private static final int ECHO_CHARS = 64;

  private HubTexts() {}

  /** {@code key} formatted in English, then {@code " / "}, then in Vietnamese. */
  static String bilingual(String key, Object... args) {
    return Messages.format(Locale.ENGLISH, key, args) + " / " + Messages.format(Messages.VIETNAMESE, key, args);
  }

  /** An error issue whose message carries both languages. */
  static ValidationIssue issue(String code, String path, Object... args) {
    return bilingual(ValidationIssue.of(code, Severity.ERROR, path, Locale.ENGLISH, args));
  }

  /** {@code en} (an issue in English) with its message in both languages and no suggestion. */
  static ValidationIssue bilingual(ValidationIssue en) {
    ValidationIssue vi = en.localized(Messages.VIETNAMESE);
    return new ValidationIssue(en.code(), en.severity(), en.path(), en.message() + " / " + vi.message(), "", en.arguments());
  }

  /** A value a client sent, cut short: an answer never repeats a hostile megabyte. */
  static String echo(String value) {
    return value.length() <= ECHO_CHARS ? value : value.substring(0, ECHO_CHARS) + "…";
  }
}
