package vn.libnet.marc.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.validation.Profile;
import vn.libnet.core.validation.Rule;
import vn.libnet.core.validation.Severity;
import vn.libnet.marc.record.MarcFields;

/**
 * The optional profile {@code style} v1: every check of {@link Marc21Validator#standard()} and, as INFO
 * only, cataloguing style that MARC 21 leaves to the cataloguing rules: ISBD punctuation before 245 $b
 * ({@code :}, {@code ;} or {@code =}) and $c ({@code /}) ({@code MARC_ISBD_PUNCTUATION}), and the 245
 * second indicator against an initial article of the record's language, English, French, German or
 * Spanish by 008/35-37 ({@code MARC_NONFILING_ARTICLE}). Style never makes a record invalid; records
 * catalogued under RDA without ISBD punctuation simply get notes. Bad input never throws.
 */
public final class StyleProfile {
  /** The profile's name. */
  public static final String NAME = "style";

  private static final Map<String, List<String>> ARTICLES =
      Map.of(
          "eng", List.of("The ", "An ", "A "),
          "fre", List.of("Les ", "Le ", "La ", "L'"),
          "ger", List.of("Der ", "Die ", "Das "),
          "spa", List.of("Los ", "Las ", "El ", "La "));

  private StyleProfile() {}

  /** The profile. */
  public static Profile<Record> style() {
    List<Rule<Record>> rules = new ArrayList<>(Marc21Validator.standard().profile().rules());
    rules.add(Rule.of("MARC_ISBD_PUNCTUATION", Severity.INFO, StyleProfile::isbd));
    rules.add(Rule.of("MARC_NONFILING_ARTICLE", Severity.INFO, StyleProfile::article));
    return Profile.of(NAME, "1", Record.class, rules);
  }

  private static void isbd(Record r, Rule.IssueSink s) {
    DataField title = MarcFields.data(r, "245");
    if (title == null) {
      return;
    }
    List<Subfield> subfields = title.getSubfields();
    for (int i = 1; i < subfields.size(); i++) {
      char code = subfields.get(i).getCode();
      String before = subfields.get(i - 1).getData() == null ? "" : subfields.get(i - 1).getData().strip();
      if (code == 'b' && !(before.endsWith(":") || before.endsWith(";") || before.endsWith("="))) {
        s.report("245$b", "245", "b", ":");
      } else if (code == 'c' && !before.endsWith("/")) {
        s.report("245$c", "245", "c", "/");
      }
    }
  }

  private static void article(Record r, Rule.IssueSink s) {
    DataField title = MarcFields.data(r, "245");
    String f008 = MarcFields.controlData(r, "008");
    if (title == null || f008 == null || f008.length() < 38 || title.getSubfield('a') == null) {
      return;
    }
    List<String> articles = ARTICLES.get(f008.substring(35, 38));
    String a = title.getSubfield('a').getData();
    if (articles == null || a == null) {
      return;
    }
    for (String article : articles) {
      if (a.startsWith(article) && a.length() > article.length()) {
        char expected = (char) ('0' + article.length());
        if (title.getIndicator2() != expected) {
          s.report("245/ind2", article.strip(), String.valueOf(title.getIndicator2()).replace(' ', '#'), expected);
        }
        return;
      }
    }
  }
}
