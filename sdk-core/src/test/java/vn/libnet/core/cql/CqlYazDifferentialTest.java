package vn.libnet.core.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Our parser against yaz's, over the corpus in {@code corpus.txt} (the CQL specification's examples,
 * Vietnamese, escapes, modifiers, prox, sortBy, errors), with yaz's recorded answers in {@code
 * corpus.yaz.xml.txt}; {@link CqlYazLiveTest} asks a live yaz the same.
 */
class CqlYazDifferentialTest {

  private static final String PREFIXES =
      "yaz's strict mode resolves assigned prefixes away: it drops the assignment and the index's prefix";

  /**
   * Where the two parsers differ on purpose: yaz is lenient about a few broken quotes and escapes
   * that CQL's grammar does not allow.
   */
  static final Map<String, String> KNOWN = Map.ofEntries(
      Map.entry("\"unterminated", "yaz closes a quoted string the query leaves open; we refuse it"),
      Map.entry("\"a\\", "yaz closes a quoted string the query leaves open; we refuse it"),
      Map.entry("a\\", "yaz keeps a backslash that ends the query; we refuse it (it escapes nothing)"),
      Map.entry("a\"b", "yaz lets a simple string hold a quote; CQL ends a simple string there"),
      Map.entry("Palomar assignment and \"ice age\"", "yaz joins adjacent terms into one clause"),
      Map.entry("title = \"a\" \"b\"", "yaz joins adjacent terms into one clause"),
      Map.entry("a = \"b\" = c", "yaz reads a second relation as starting a new clause and drops the first"),
      Map.entry("title=(dinosaur)", "yaz allows parentheses around a term; CQL does not"),
      Map.entry("> dc = \"info:srw/cql-context-set/1/dc-v1.1\" dc.title = hoa", PREFIXES),
      Map.entry("> dc = \"info:x\" > bath = \"info:y\" dc.title = a and bath.name = b", PREFIXES),
      Map.entry("(> dc = \"info:x\" dc.title = a) or b", PREFIXES),
      Map.entry("a and (> dc = \"info:x\" dc.title = b)", PREFIXES),
      Map.entry("a and b sortBy c/sort.descending d/sort.ascending/sort.missingLow e",
          "yaz loses a sort key with two modifiers between two others"));

  @Test
  void everyQueryOfTheCorpusGivesYazsTree() throws Exception {
    List<String> queries = YazXcql.corpus();
    List<String> answers = YazXcql.answers(Files.readString(YazXcql.RECORDED, StandardCharsets.UTF_8));
    assertThat(answers).hasSameSizeAs(queries);
    assertThat(queries).hasSizeGreaterThanOrEqualTo(150);
    assertThat(differences(queries, answers)).isEmpty();
  }

  static List<String> differences(List<String> queries, List<String> answers) {
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (int i = 0; i < queries.size(); i++) {
      String q = queries.get(i);
      if (KNOWN.containsKey(q)) {
        continue;
      }
      String yaz = answers.get(i);
      String ours;
      try {
        ours = YazXcql.normalise(Cql.parse(q).toXcql(XcqlSchema.LOC), true);
      } catch (CqlSyntaxException e) {
        ours = "ERROR";
      }
      String theirs = yaz.startsWith("ERROR") ? "ERROR" : YazXcql.normalise(yaz, false);
      if (!ours.equals(theirs)) {
        problems.add(q + "\n  ours: " + ours + "\n  yaz:  " + theirs);
      }
      checked++;
    }
    assertThat(checked).isGreaterThan(queries.size() - KNOWN.size() - 1);
    return problems;
  }
}
