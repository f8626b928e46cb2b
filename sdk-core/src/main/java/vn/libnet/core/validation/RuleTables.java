package vn.libnet.core.validation;

import java.util.Collection;
import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * Markdown tables that document a profile's rules: each code with its severity and its message in
 * English and Vietnamese, placeholders ({@code {0}}, {@code {1}}…) left in, and an anchor named by the
 * code in its cell ({@code #MARC_TAG_INVALID}) for reports to link to. Used for the SDK's own
 * documentation, and by vendors to document the profiles they derive.
 */
public final class RuleTables {
  private RuleTables() {}

  /** A section for {@code profile}: a heading and a table of its codes in rule order. */
  public static String markdown(Profile<?> profile) {
    StringBuilder md = new StringBuilder();
    md.append("\n## ").append(profile.name()).append(" v").append(profile.version())
        .append(" (").append(profile.type().getSimpleName()).append(")\n\n")
        .append("| code | severity | message | thông điệp |\n|---|---|---|---|\n");
    for (String code : profile.codes()) {
      md.append("| ").append(anchor(code)).append("`").append(code).append("` | ").append(profile.severityOf(code)).append(" | ")
          .append(cell(pattern(Locale.ENGLISH, code))).append(" | ")
          .append(cell(pattern(Messages.VIETNAMESE, code))).append(" |\n");
    }
    return md.toString();
  }

  /** A table of codes without a fixed severity (such as reading issues): code and both messages. */
  public static String markdown(String heading, Collection<String> codes) {
    StringBuilder md = new StringBuilder();
    md.append("\n## ").append(heading).append("\n\n| code | message | thông điệp |\n|---|---|---|\n");
    for (String code : codes) {
      md.append("| ").append(anchor(code)).append("`").append(code).append("` | ").append(cell(pattern(Locale.ENGLISH, code))).append(" | ")
          .append(cell(pattern(Messages.VIETNAMESE, code))).append(" |\n");
    }
    return md.toString();
  }

  // An anchor per code, so that a report can link to the row of the code it found (docs/marc-rules.md#CODE).
  private static String anchor(String code) {
    return "<a id=\"" + code + "\"></a>";
  }

  // The raw pattern with its placeholders, as MessageFormat would print it.
  private static String pattern(Locale locale, String code) {
    return Messages.format(locale, code, "{0}", "{1}", "{2}", "{3}", "{4}");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
