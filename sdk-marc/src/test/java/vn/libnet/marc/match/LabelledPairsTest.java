package vn.libnet.marc.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.Record;

/**
 * Precision and recall of matching on real record pairs with a decision each, labelled by hand from the
 * records (see {@code match/pairs/SOURCES.md}): books and serials separately, at the default threshold
 * and over a sweep, for the scorer alone and for the whole {@link Deduplicator} (blocking and clustering
 * included). The figures and every wrong decision go to {@code target/match-report.md}.
 */
class LabelledPairsTest {
  record Pair(int number, String material, int first, int second, boolean duplicate, String reason) {}

  record Figures(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
    double precision() {
      return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }
  }

  static final List<Record> RECORDS = new ArrayList<>();
  static final List<MatchKey> KEYS = new ArrayList<>();
  static final List<Pair> PAIRS = new ArrayList<>();

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = LabelledPairsTest.class.getResourceAsStream("/match/pairs/records.xml")) {
      MarcXmlReader reader = new MarcXmlReader(in);
      while (reader.hasNext()) {
        Record r = reader.next();
        RECORDS.add(r);
        KEYS.add(MatchKey.of(r));
      }
    }
    List<String[]> origins = tsv("/match/pairs/records.tsv");
    assertThat(origins).as("records.tsv has one row a record").hasSize(RECORDS.size());
    for (String[] row : origins) {
      Record r = RECORDS.get(Integer.parseInt(row[0]));
      String id = r.getControlNumber() == null ? "" : r.getControlNumber().strip();
      assertThat(id).as("001 of record %s", row[0]).isEqualTo(row.length > 5 ? row[5] : "");
    }
    for (String[] row : tsv("/match/pairs/pairs.tsv")) {
      PAIRS.add(new Pair(Integer.parseInt(row[0]), row[1], Integer.parseInt(row[2]), Integer.parseInt(row[3]),
          row[4].equals("duplicate"), row[5]));
    }
  }

  private static List<String[]> tsv(String resource) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        LabelledPairsTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      r.readLine();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }

  @Test
  void theSetIsLargeEnoughAndHasBothKindsOfDecision() {
    assertThat(PAIRS).hasSizeGreaterThanOrEqualTo(150);
    for (String material : List.of("book", "serial")) {
      List<Pair> of = PAIRS.stream().filter(p -> p.material().equals(material)).toList();
      assertThat(of).as(material).hasSizeGreaterThanOrEqualTo(50);
      assertThat(of).as(material + " duplicates").anyMatch(Pair::duplicate);
      assertThat(of).as(material + " non-duplicates").anyMatch(p -> !p.duplicate());
    }
  }

  @Test
  void atTheDefaultThresholdPrecisionAndRecallReachTheTargetsForBooksAndSerials() throws IOException {
    MatchScorer scorer = new MatchScorer(0.9);
    List<Runnable> checks = new ArrayList<>();
    StringBuilder report = new StringBuilder("# Matching on labelled real pairs\n\n");
    report.append("Data: `sdk-marc/src/test/resources/match/pairs/` (").append(PAIRS.size()).append(" pairs, ")
        .append(RECORDS.size()).append(" records; see SOURCES.md there).\n\n");
    report.append("## Scorer at the default threshold 0.9\n\n| material | pairs | duplicates | TP | FP | FN | TN | precision | recall |\n|---|---|---|---|---|---|---|---|---|\n");
    for (String material : List.of("book", "serial")) {
      Figures f = figures(material, p -> scorer.decide("a", KEYS.get(p.first()), "b", KEYS.get(p.second())).matched());
      row(report, material, f);
      checks.add(() -> {
        assertThat(f.precision()).as(material + " precision").isGreaterThanOrEqualTo(0.95);
        assertThat(f.recall()).as(material + " recall").isGreaterThanOrEqualTo(0.90);
      });
    }

    report.append("\n## Without the serial elements (ISBN, title, author, year, publisher, extent, edition, part only)\n\n")
        .append("| material | pairs | duplicates | TP | FP | FN | TN | precision | recall |\n|---|---|---|---|---|---|---|---|---|\n");
    for (String material : List.of("book", "serial")) {
      row(report, material, figures(material, p -> scorer.matches(bookOnly(KEYS.get(p.first())), bookOnly(KEYS.get(p.second())))));
    }

    report.append("\n## Deduplicator end to end (blocking, scoring, transitive clusters) at 0.9\n\n")
        .append("| material | pairs | duplicates | TP | FP | FN | TN | precision | recall |\n|---|---|---|---|---|---|---|---|---|\n");
    Deduplicator d = Deduplicator.standard();
    for (int i = 0; i < KEYS.size(); i++) {
      d.add("r" + i, KEYS.get(i));
    }
    for (String material : List.of("book", "serial")) {
      Figures f = figures(material, p -> d.sameCluster(p.first(), p.second()));
      row(report, material, f);
      checks.add(() -> {
        assertThat(f.precision()).as(material + " end-to-end precision").isGreaterThanOrEqualTo(0.95);
        assertThat(f.recall()).as(material + " end-to-end recall").isGreaterThanOrEqualTo(0.90);
      });
    }

    report.append("\n## Sweep of the threshold (scorer)\n\n| threshold | book precision | book recall | serial precision | serial recall |\n|---|---|---|---|---|\n");
    for (int t = 3; t <= 15; t++) {
      MatchScorer s = new MatchScorer(t / 10.0);
      Figures b = figures("book", p -> s.matches(KEYS.get(p.first()), KEYS.get(p.second())));
      Figures se = figures("serial", p -> s.matches(KEYS.get(p.first()), KEYS.get(p.second())));
      report.append(String.format(Locale.ROOT, "| %.1f | %.3f | %.3f | %.3f | %.3f |%n", t / 10.0, b.precision(), b.recall(), se.precision(), se.recall()));
    }

    report.append("\n## Wrong decisions at 0.9\n\n");
    for (Pair p : PAIRS) {
      MatchDecision m = scorer.decide("#" + p.first(), KEYS.get(p.first()), "#" + p.second(), KEYS.get(p.second()));
      if (m.matched() != p.duplicate()) {
        report.append("- pair ").append(p.number()).append(" (").append(p.material()).append(", expected ")
            .append(p.duplicate() ? "duplicate" : "different").append(": ").append(p.reason()).append("): score ")
            .append(m.score()).append(", ").append(m.evidence()).append('\n');
      }
    }
    report.append("\n## Every pair at 0.9\n\n| pair | material | expected | score | matched | evidence |\n|---|---|---|---|---|---|\n");
    for (Pair p : PAIRS) {
      MatchDecision m = scorer.decide("#" + p.first(), KEYS.get(p.first()), "#" + p.second(), KEYS.get(p.second()));
      report.append("| ").append(p.number()).append(" | ").append(p.material()).append(" | ")
          .append(p.duplicate() ? "duplicate" : "different").append(" | ").append(m.score()).append(" | ")
          .append(m.matched()).append(" | ");
      for (Evidence e : m.evidence()) {
        report.append(e.element()).append(' ').append(e.points() >= 0 ? "+" : "").append(e.points())
            .append(" (").append(e.detail().replace("|", "/")).append("); ");
      }
      report.append("|\n");
    }
    Path out = Path.of("target", "match-report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report, StandardCharsets.UTF_8);
    // the report is written first, so that a miss can be read in it
    checks.forEach(Runnable::run);
  }

  @Test
  void scoresAreTheSameInTheFastPathAndInTheExplainedDecision() {
    MatchScorer scorer = new MatchScorer(0.9);
    for (Pair p : PAIRS) {
      MatchKey a = KEYS.get(p.first());
      MatchKey b = KEYS.get(p.second());
      assertThat(scorer.matches(a, b)).as("pair %d", p.number()).isEqualTo(scorer.decide("a", a, "b", b).matched());
      double sum = scorer.decide("a", a, "b", b).evidence().stream().mapToDouble(Evidence::points).sum();
      assertThat(scorer.decide("a", a, "b", b).score()).as("pair %d", p.number()).isCloseTo(sum, org.assertj.core.data.Offset.offset(0.001));
    }
  }

  private static MatchKey bookOnly(MatchKey k) {
    return new MatchKey(k.isbns(), k.title(), k.part(), k.author(), k.year(), k.publisher(), k.pages(), k.edition());
  }

  private static Figures figures(String material, java.util.function.Predicate<Pair> matched) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int tn = 0;
    for (Pair p : PAIRS) {
      if (!p.material().equals(material)) {
        continue;
      }
      boolean m = matched.test(p);
      if (m && p.duplicate()) {
        tp++;
      } else if (m) {
        fp++;
      } else if (p.duplicate()) {
        fn++;
      } else {
        tn++;
      }
    }
    return new Figures(tp, fp, fn, tn);
  }

  private static void row(StringBuilder report, String material, Figures f) {
    report.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %.3f | %.3f |%n", material,
        f.truePositives() + f.falsePositives() + f.falseNegatives() + f.trueNegatives(), f.truePositives() + f.falseNegatives(),
        f.truePositives(), f.falsePositives(), f.falseNegatives(), f.trueNegatives(), f.precision(), f.recall()));
  }
}
