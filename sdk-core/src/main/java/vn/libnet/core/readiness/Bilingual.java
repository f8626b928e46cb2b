package vn.libnet.core.readiness;

import java.util.Locale;
import vn.libnet.core.i18n.Messages;

/**
 * A text of the readiness data in Vietnamese and English, such as an indicator or a question.
 *
 * @param vi the Vietnamese text
 * @param en the English text; the Vietnamese one stands in when it is absent
 */
public record Bilingual(String vi, String en) {
  /** Absent texts become empty strings. */
  public Bilingual {
    vi = vi == null ? "" : vi;
    en = en == null ? "" : en;
  }

  /** The text for {@code locale}: Vietnamese for {@code vi}, English otherwise (Vietnamese when there is no English). */
  public String in(Locale locale) {
    if (Messages.supported(locale) == Messages.VIETNAMESE || en.isEmpty()) {
      return vi;
    }
    return en;
  }
}
