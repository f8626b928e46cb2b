package vn.libnet.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/** The {@code --lang vi|en} option shared by the commands that print messages. */
final class LanguageOption {
  enum Language {
    vi,
    en
  }

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      description = "Language of messages / ngôn ngữ thông điệp (default: the system's).")
  Language lang;

  Locale locale() {
    if (lang == null) {
      return Locale.getDefault();
    }
    return lang == Language.vi ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
  }
}
