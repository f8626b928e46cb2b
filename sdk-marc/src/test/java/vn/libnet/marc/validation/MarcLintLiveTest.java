package vn.libnet.marc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.libnet.marc.validation.Marc21ValidatorTest.EN;
import static vn.libnet.marc.validation.Marc21ValidatorTest.F;
import static vn.libnet.marc.validation.Marc21ValidatorTest.add;
import static vn.libnet.marc.validation.Marc21ValidatorTest.clean;
import static vn.libnet.marc.validation.Marc21ValidatorTest.control;
import static vn.libnet.marc.validation.Marc21ValidatorTest.remove;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.Record;

/**
 * MARC::Lint run live (skipped when Perl's MARC::Lint is not installed): the committed per-record
 * fixture is still Lint's output, and on constructed records the SDK agrees with Lint on 041, 043 and
 * control fields except where Lint is wrong by the LC format or silent.
 */
class MarcLintLiveTest {
  /** A constructed record, and where the SDK is known to differ from Lint (null: they agree). */
  record Probe(String what, Consumer<Record> change, String disagreement) {}

  static final List<Probe> PROBES =
      List.of(
          new Probe("041 obsolete code", r -> language(r, '0', "a", "scr"), null),
          new Probe("041 unknown code", r -> language(r, '0', "a", "xxx"), null),
          new Probe("041 codes run together", r -> language(r, '1', "a", "engfre"), null),
          new Probe("041 parenthesised code", r -> language(r, '1', "h", "(eng)"), null),
          new Probe("041 other source", r -> {
            remove(r, "041");
            add(r, "041", '0', '7', "a", "vi", "2", "iso639-1");
          }, null),
          // Lint reads every subfield of 041 as language codes; $6 is the linkage to an 880 (LC: 041 $6)
          new Probe("041 linkage $6", r -> language(r, '0', "6", "880-01"), "041$6 \"880-01\" invalid\tlint-only"),
          new Probe("043 obsolete code", r -> add(r, "043", ' ', ' ', "a", "e-ur-kz"), null),
          new Probe("043 short code", r -> add(r, "043", ' ', ' ', "a", "a-vt"), null),
          new Probe("043 valid", r -> add(r, "043", ' ', ' ', "a", "a-vt---"), null),
          new Probe("007 subfield delimiter", r -> r.addVariableField(F.newControlField("007", "cr\u001fa una")), null),
          // Lint looks for 0x1F only; control characters are not in the MARC 21 repertoires at all
          new Probe("001 tab", r -> control(r, "001").setData("VN\t123"), "001 control character\tsdk-only"),
          new Probe("two 008", r -> r.addVariableField(F.newControlField("008", control(r, "008").getData())), null));

  static void language(Record r, char ind1, String code, String value) {
    remove(r, "041");
    if (code.equals("a") || code.equals("h")) {
      add(r, "041", ind1, ' ', code, value);
    } else {
      add(r, "041", ind1, ' ', "a", "vie", code, value);
    }
  }

  static boolean lintInstalled() {
    try {
      Process p = new ProcessBuilder("perl", "-MMARC::Lint", "-e", "1").redirectErrorStream(true).start();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  static String run(Path dir, String... command) throws IOException, InterruptedException {
    Path out = dir.resolve("out-" + System.nanoTime() + ".txt");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("marclint finished").isTrue();
    assertThat(p.exitValue()).as(Files.readString(out, StandardCharsets.ISO_8859_1)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theCommittedFixtureIsStillLintsOutput(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(lintInstalled(), "MARC::Lint (libmarc-lint-perl) is not installed");
    Path corpus = Path.of("src", "test", "resources", "marc", "corpus");
    run(dir, "perl", "src/test/scripts/record-marclint-per-record.pl", corpus.toString(), dir.toString());
    assertThat(Files.readAllBytes(dir.resolve("findings.tsv")))
        .isEqualTo(Files.readAllBytes(corpus.resolveSibling("marclint-records").resolve("findings.tsv")));
  }

  @Test
  void sdkAndLintAgreeOnConstructedRecordsExceptWhereLintIsWrongOrSilent(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(lintInstalled(), "MARC::Lint (libmarc-lint-perl) is not installed");
    Path file = dir.resolve("probes.mrc");
    List<Record> records = new ArrayList<>();
    try (OutputStream out = Files.newOutputStream(file)) {
      MarcStreamWriter writer = new MarcStreamWriter(out, "UTF-8");
      for (Probe p : PROBES) {
        Record r = clean();
        p.change().accept(r);
        records.add(r);
        writer.write(r);
      }
      writer.close();
    }
    String script = "use MARC::File::USMARC; use MARC::Lint; my $f = MARC::File::USMARC->in($ARGV[0]); my $l = MARC::Lint->new;"
        + " my $n = 0; while (my $r = $f->next) { $n++; $l->check_record($r);"
        + " for my $w ($l->warnings) { utf8::encode($w) if utf8::is_utf8($w); print \"$n\\t$w\\n\" } }";
    Map<Integer, Set<String>> lint = new TreeMap<>();
    for (String line : run(dir, "perl", "-e", script, file.toString()).split("\n")) {
      String[] t = line.split("\t", 2);
      if (t.length == 2 && t[0].matches("\\d+")) {
        String key = MarcLintDifferentialTest.lintKey(t[1]);
        if (key != null) {
          lint.computeIfAbsent(Integer.parseInt(t[0]), k -> new TreeSet<>()).add(key);
        }
      }
    }
    for (int i = 0; i < PROBES.size(); i++) {
      Probe p = PROBES.get(i);
      Set<String> sdk = new TreeSet<>();
      Marc21Validator.standard().validate(records.get(i), EN).issues().stream()
          .map(MarcLintDifferentialTest::sdkKey).filter(k -> k != null).forEach(sdk::add);
      Set<String> lintKeys = lint.getOrDefault(i + 1, Set.of());
      Set<String> differences = new TreeSet<>();
      lintKeys.stream().filter(k -> !sdk.contains(k)).forEach(k -> differences.add(k + "\tlint-only"));
      sdk.stream().filter(k -> !lintKeys.contains(k)).forEach(k -> differences.add(k + "\tsdk-only"));
      assertThat(differences).as(p.what() + ": Lint " + lintKeys + ", SDK " + sdk)
          .isEqualTo(p.disagreement() == null ? Set.of() : Set.of(p.disagreement()));
    }
  }
}
