package vn.libnet.marc.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import vn.libnet.core.text.LegacyEncoding;

/**
 * What the SDK makes of the usual ways TCVN3 (ABC) data writes toned capitals, which the encoding lacks
 * ({@code tcvn3-capitals.tsv}, 60 real capitalised values written five ways by iconv; the cases and the
 * expected readings are argued in {@code src/test/resources/repair/SOURCES.md}):
 * a, a small toned vowel in a word of capitals; b, base capital and combining tone byte; c, all small
 * bytes drawn by an ABC "H" font; d, the VN1 toned capital byte; e, base capital and small toned vowel.
 */
class Tcvn3CapitalsTest {
  record Row(String id, String kind, byte[] raw, String cp1252, String literal, String expected, boolean ambiguous) {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    RepairTestSet.read("tcvn3-capitals.tsv", f -> rows.add(new Row(f[0], f[1], HexFormat.of().parseHex(f[3]), f[4],
        Normalizer.normalize(f[5], Normalizer.Form.NFC), Normalizer.normalize(f[6], Normalizer.Form.NFC),
        f[7].equals("yes"))));
    return rows;
  }

  @Test
  void everyWorkaroundReadsAsTheBytesAndTheWritersMeantIt() {
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> right = new TreeMap<>();
    List<Row> rows = rows();
    for (Row r : rows) {
      String read = LegacyEncoding.TCVN3.decodeAsWritten(r.raw(), 0, r.raw().length);
      assertThat(LegacyEncoding.TCVN3.decode(r.raw())).as("literal " + r.id()).isEqualTo(r.literal());
      if (read.equals(r.expected())) {
        right.merge(r.kind(), 1, Integer::sum);
      } else {
        wrong.add(r.id() + " " + r.kind() + ": " + read + " != " + r.expected());
      }
    }
    assertThat(rows).hasSize(300);
    assertThat(wrong).isEmpty();
    assertThat(right).containsEntry("a", 60).containsEntry("b", 60).containsEntry("c", 60).containsEntry("d", 60)
        .containsEntry("e", 60);
  }

  @Test
  void theMisreadFormsRepairToTheSameReadingOrStayWhenTheyAlreadyReadAsVietnamese() {
    for (Row r : rows()) {
      String repaired = LegacyEncoding.TCVN3.repairMisread(r.cp1252()).orElse(r.cp1252());
      // A misread form repairs to the reading of its bytes, or is left (and reported by the record repair).
      assertThat(repaired).as(r.id() + " " + r.kind() + " " + r.cp1252()).isIn(r.expected(), r.cp1252());
    }
  }

  @Test
  void shortCapitalWordsAndSmallLetterValuesAreNotGuessedAt() {
    assertThat(LegacyEncoding.TCVN3.decodeAsWritten(LegacyEncoding.TCVN3.encode("Sử"), 0, 2)).isEqualTo("Sử");
    byte[] lichSu = LegacyEncoding.TCVN3.encode("lịch sử");
    assertThat(LegacyEncoding.TCVN3.decodeAsWritten(lichSu, 0, lichSu.length)).isEqualTo("lịch sử");
    byte[] mixed = LegacyEncoding.TCVN3.encode("LịCH sử");
    assertThat(LegacyEncoding.TCVN3.decodeAsWritten(mixed, 0, mixed.length)).as("not all capitals").isEqualTo("LịCH sử");
  }
}
