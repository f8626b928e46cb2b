package vn.libnet.marc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.libnet.core.validation.RuleTables;

/**
 * docs/marc-rules.md lists every MARC validation code (with severity) and every reading and repair code
 * of sdk-marc. Fails when the document and the code disagree; -Dlibnet.updateDocs=true rewrites it.
 */
class MarcRulesDocumentTest {
  private static final Path DOC = Path.of("..", "docs", "marc-rules.md");

  @Test
  void marcRulesDocumentMatchesTheCode() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("libnet.updateDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  static String render() throws IOException {
    var validation = UnionCatalogProfile.forLibrary("VN-X");
    var styleProfile = StyleProfile.style();
    var style = vn.libnet.core.validation.Profile.of(styleProfile.name(), styleProfile.version(), styleProfile.type(),
        styleProfile.rules().stream().filter(r -> !validation.codes().contains(r.code())).toList());
    TreeSet<String> other = new TreeSet<>();
    Properties texts = new Properties();
    try (InputStream in = MarcRulesDocumentTest.class.getResourceAsStream("/META-INF/libnet/messages_en.properties")) {
      texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String key : texts.stringPropertyNames()) {
      if (!key.endsWith(".fix") && !validation.codes().contains(key) && !style.codes().contains(key) && !key.equals("MARC_AT_RECORD")) {
        other.add(key);
      }
    }
    return "# MARC issue codes\n\n"
        + "Generated from the code by `MarcRulesDocumentTest` (run `mvn -pl sdk-marc test -Dtest=MarcRulesDocumentTest"
        + " -Dlibnet.updateDocs=true` after changing a rule). The validation profile `vn-union-catalog` contains every"
        + " MARC 21 check of `marc21-bibliographic` followed by the union-catalogue requirements (`UC_*`). Paths name"
        + " the place: `leader/06`, `245`, `245/ind1`, `245$a`, `008/35-37`. ERROR rejects a record, WARNING accepts it"
        + " (obsolete values still common in older records, `MARC_OBSOLETE`; local fields, `MARC_LOCAL_FIELD`), INFO is a"
        + " note on cataloguing style from the optional `style` profile (all of `marc21-bibliographic` plus the rules"
        + " listed under it). What each severity means for a cataloguer, with a worked example: [validation.md](validation.md).\n"
        + RuleTables.markdown(validation)
        + RuleTables.markdown(style)
        + RuleTables.markdown("Reading, writing and repair", other);
  }
}
