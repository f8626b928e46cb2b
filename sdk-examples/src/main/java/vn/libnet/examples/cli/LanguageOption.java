package vn.libnet.examples.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --lang vi|en} option shared by the commands that print messages. Its default comes from
 * {@link CliConfig} (the environment's language), so that a command and its parse errors agree.
 */
final class LanguageOption {
  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  enum Language {
    vi,
    en
  }

  @Option(
      names = "--lang",
      paramLabel = "vi|en",
      description = {"Language of messages (default: from LC_ALL, LC_MESSAGES or LANG).",
          "Ngôn ngữ của thông điệp (mặc định: theo LC_ALL, LC_MESSAGES hoặc LANG)."})
  Language lang;

  Locale locale() {
    if (lang == null) {
      return Locale.getDefault().getLanguage().equals("vi") ? VIETNAMESE : Locale.ENGLISH;
    }
    return lang == Language.vi ? VIETNAMESE : Locale.ENGLISH;
  }
}
