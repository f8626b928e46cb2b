package vn.libnet.examples.cli;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/** The command line's own texts, in cli_en.properties and cli_vi.properties. */
final class CliText {
  private static final Messages TEXTS = Messages.load(CliText.class, "cli");

  private CliText() {}

  static String text(Locale locale, String key, Object... args) {
    return TEXTS.text(locale, key, args);
  }

  static Messages messages() {
    return TEXTS;
  }
}
