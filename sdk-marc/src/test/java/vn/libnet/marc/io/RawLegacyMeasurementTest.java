package vn.libnet.marc.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.marc.repair.RepairTestSet;
import vn.libnet.marc.repair.RepairTestSet.Encoded;
import vn.libnet.marc.repair.RepairTestSet.Value;

/**
 * Measures how the ISO 2709 reader reads legacy bytes (TCVN3, VNI as iconv, recode and npm wrote them) in
 * records that also carry UTF-8 values, on the independent test set ({@link RepairTestSet}): three legacy
 * values (100 $a, 245 $a, 245 $c) and three UTF-8 values (700 $a, 650 $a, a foreign 500 $a) a record,
 * Leader/09 blank as legacy systems wrote it, with and without 008 language, with the source's encoding
 * learned or declared. Writes {@code target/repair-raw-report.md}.
 */
class RawLegacyMeasurementTest {
  static final Map<String, int[]> RESULTS = new LinkedHashMap<>();
  static final List<String> DAMAGE = new ArrayList<>();
  static final List<String> SILENT = new ArrayList<>();
  static final List<String> LEFT = new ArrayList<>();
  // Columns of RESULTS: legacy, not scored, right, left reported, left silent, damaged, proper, proper changed, records, records right
  static final String[] PATHS = {"100a", "245a", "245c", "700a", "650a", "500a"};

  @BeforeAll
  static void measure() throws IOException {
    List<Value> properNames = RepairTestSet.proper("name");
    List<Value> properPhrases = RepairTestSet.proper("phrase");
    List<Value> foreign = RepairTestSet.proper("foreign");
    for (Map.Entry<String, List<Encoded>> source : RepairTestSet.bySource().entrySet()) {
      LegacyEncoding encoding = LegacyEncoding.fromName(source.getValue().get(0).encoding());
      List<Encoded> names = new ArrayList<>();
      List<Encoded> titles = new ArrayList<>();
      for (Encoded e : source.getValue()) {
        (e.value().kind().equals("name") ? names : titles).add(e);
      }
      for (boolean with008 : new boolean[] {true, false}) {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        List<Encoded[]> legacyOf = new ArrayList<>();
        List<Value[]> properOf = new ArrayList<>();
        for (int i = 0; i + 1 < names.size(); i += 2) {
          int n = i / 2;
          Encoded[] legacy = {names.get(i), titles.get(n % titles.size()), names.get(i + 1)};
          Value[] proper = {properNames.get(n % properNames.size()), properPhrases.get(n % properPhrases.size()),
              foreign.get(n % foreign.size())};
          IsoBuilder b = IsoBuilder.record().leader09(' ').control("001", "R" + n);
          if (with008) {
            b.control("008", "240101s2017    vm            000 0 vie d");
          }
          b.dataRaw("100", "1 ", 'a', legacy[0].raw());
          ByteArrayOutputStream f245 = new ByteArrayOutputStream();
          f245.writeBytes("10".getBytes(StandardCharsets.US_ASCII));
          f245.write(0x1F);
          f245.write('a');
          f245.writeBytes(legacy[1].raw());
          f245.write(0x1F);
          f245.write('c');
          f245.writeBytes(legacy[2].raw());
          b.raw("245", f245.toByteArray());
          b.data("700", "1 ", "a", proper[0].unicode());
          b.data("650", " 4", "a", proper[1].unicode());
          b.data("500", "  ", "a", proper[2].unicode());
          file.writeBytes(b.build());
          legacyOf.add(legacy);
          properOf.add(proper);
        }
        for (String mode : new String[] {"learned", "declared"}) {
          ReadOptions options = new ReadOptions(ReadMode.LENIENT, Locale.ENGLISH,
              mode.equals("declared") ? encoding : null);
          String key = source.getKey() + " | " + (with008 ? "008 vie" : "no 008") + " | " + mode;
          int[] c = new int[10];
          try (MarcRecordReader r = MarcReaders.open(new ByteArrayInputStream(file.toByteArray()), MarcFormat.ISO2709, options)) {
            int n = 0;
            while (r.hasNext()) {
              MarcRead read = r.next();
              Encoded[] legacy = legacyOf.get(n);
              Value[] proper = properOf.get(n);
              n++;
              boolean reported = read.issues().stream().anyMatch(i -> i.severity() != vn.libnet.core.validation.Severity.INFO);
              boolean allRight = true;
              for (int f = 0; f < 6; f++) {
                String after = value(read, PATHS[f]);
                if (f < 3) {
                  String meant = Normalizer.normalize(legacy[f].value().unicode(), Normalizer.Form.NFC);
                  c[0]++;
                  if (!legacy[f].agrees()) {
                    c[1]++;
                  } else if (after.equals(meant)) {
                    c[2]++;
                  } else if (!after.equals(Normalizer.normalize(encoding.decode(legacy[f].raw()), Normalizer.Form.NFC))) {
                    // Not read in the legacy encoding: left as the leader declares it.
                    if (reported) {
                      c[3]++;
                      if (LEFT.size() < 40 && mode.equals("declared")) {
                        LEFT.add(key + ": " + PATHS[f] + " read \"" + after + "\", meant \"" + meant + "\", "
                            + read.issues().stream().map(i -> i.code()).distinct().toList());
                      }
                    } else {
                      c[4]++;
                      if (SILENT.size() < 30) {
                        SILENT.add(key + ": " + PATHS[f] + " read \"" + after + "\", meant \"" + meant + "\"");
                      }
                    }
                    allRight = false;
                  } else {
                    c[5]++;
                    allRight = false;
                    DAMAGE.add(key + ": " + PATHS[f] + " read \"" + after + "\", meant \"" + meant + "\"");
                  }
                } else {
                  c[6]++;
                  String meant = Normalizer.normalize(proper[f - 3].unicode(), Normalizer.Form.NFC);
                  if (!after.equals(meant)) {
                    c[7]++;
                    allRight = false;
                    DAMAGE.add(key + ": proper " + PATHS[f] + " \"" + meant + "\" read \"" + after + "\"");
                  }
                }
              }
              c[8]++;
              c[9] += allRight ? 1 : 0;
            }
          }
          RESULTS.put(key, c);
        }
      }
    }
    StringBuilder md = new StringBuilder("# Legacy bytes read by the ISO 2709 reader, on the independent test set\n\n");
    md.append("| source | 008 | source encoding | legacy values | not scored | right | left, reported | left, silent |"
        + " damaged | UTF-8 values | UTF-8 changed | records | records fully right |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    RESULTS.forEach((k, c) -> md.append("| ").append(k).append(" | ").append(c[0]).append(" | ").append(c[1])
        .append(" | ").append(RepairTestSet.percent(c[2], c[0] - c[1])).append(" | ").append(c[3]).append(" | ").append(c[4])
        .append(" | ").append(c[5]).append(" | ").append(c[6]).append(" | ").append(c[7]).append(" | ")
        .append(c[8]).append(" | ").append(RepairTestSet.percent(c[9], c[8])).append(" |\n"));
    md.append("\n## Damage (must be none)\n\n");
    DAMAGE.stream().limit(40).forEach(d -> md.append("- ").append(d).append('\n'));
    md.append("\n## Left silently (must be none)\n\n");
    SILENT.forEach(d -> md.append("- ").append(d).append('\n'));
    md.append("\n## Left and reported with a declared source, examples\n\n");
    LEFT.forEach(d -> md.append("- ").append(d).append('\n'));
    Path out = Path.of("target", "repair-raw-report.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
  }

  static String value(MarcRead read, String path) {
    DataField df = (DataField) read.record().getVariableField(path.substring(0, 3));
    return df.getSubfield(path.charAt(3)).getData();
  }

  @Test
  void utf8ValuesAreNeverChanged() {
    assertThat(DAMAGE).filteredOn(d -> d.contains(": proper ")).isEmpty();
  }

  @Test
  void noLegacyValueIsReadWrong() {
    assertThat(DAMAGE).isEmpty();
  }

  @Test
  void aDeclaredSourceReadsEveryValueItCanRepresent() {
    assertThat(RESULTS).hasSize(RepairTestSet.bySource().size() * 4);
    RESULTS.forEach((k, c) -> {
      if (k.endsWith("declared")) {
        assertThat(c[2]).as(k).isEqualTo(c[0] - c[1]);
      }
    });
  }
}
