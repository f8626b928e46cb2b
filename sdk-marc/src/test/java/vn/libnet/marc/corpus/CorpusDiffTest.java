package vn.libnet.marc.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.libnet.marc.corpus.CorpusDiff.Difference;
import vn.libnet.marc.corpus.CorpusDiff.Kind;
import vn.libnet.marc.corpus.CorpusRecord.Field;
import vn.libnet.marc.corpus.CorpusRecord.Sub;

/** The corpus figures are only as good as the comparison and the reading of yaz's output: both checked here. */
class CorpusDiffTest {
  private static final String LEADER = "00714cam a2200205 a 4500";

  private static Field df(String tag, String ind, String... codeValue) {
    List<Sub> subs = new java.util.ArrayList<>();
    for (int i = 0; i < codeValue.length; i += 2) {
      subs.add(new Sub(codeValue[i], codeValue[i + 1]));
    }
    return new Field(tag, null, ind.substring(0, 1), ind.substring(1), subs);
  }

  private static CorpusRecord rec(String leader, Field... fields) {
    return new CorpusRecord(leader, List.of(fields), List.of());
  }

  private static List<Kind> kinds(CorpusRecord yaz, CorpusRecord sdk) {
    return CorpusDiff.compare(yaz, sdk).stream().map(Difference::kind).distinct().toList();
  }

  @Test
  void decomposedAndComposedTextAreEqualAndIgnoredLeaderPositionsAreIgnored() {
    CorpusRecord yaz = rec(LEADER, Field.control("001", "1"), df("245", "10", "a", "Sa\u0303o Leopoldo"));
    // length, Leader/09 and base address differ: writers recompute them
    CorpusRecord sdk = rec("01234cam  2200999 a 4500",
        Field.control("001", "1"), df("245", "10", "a", "São Leopoldo"));
    assertThat(CorpusDiff.compare(yaz, sdk)).isEmpty();
  }

  @Test
  void eachKindOfDifferenceIsNamed() {
    CorpusRecord yaz = rec(LEADER, Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "a", "Mały"), df("245", "10", "a", "T"), df("650", " 0", "a", "A"), df("650", " 0", "a", "B"));
    assertThat(kinds(yaz, rec(LEADER.replace("cam", "cas"), yaz.fields().toArray(Field[]::new))))
        .containsExactly(Kind.LEADER);
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("008", "y"),
        df("100", "1 ", "a", "Mały"), df("245", "10", "a", "T"), df("650", " 0", "a", "A"), df("650", " 0", "a", "B"))))
        .containsExactly(Kind.CONTROL_FIELD);
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "a", "Mảy"), df("245", "10", "a", "T"), df("650", " 0", "a", "A"), df("650", " 0", "a", "B"))))
        .containsExactly(Kind.SUBFIELD_VALUE);
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "a", "Mały"), df("245", "00", "a", "T"), df("650", " 0", "a", "A"), df("650", " 0", "a", "B"))))
        .containsExactly(Kind.INDICATOR);
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "b", "Mały"), df("245", "10", "a", "T"), df("650", " 0", "a", "A"), df("650", " 0", "a", "B"))))
        .containsExactly(Kind.SUBFIELD_CODE);
    // repeated fields that only swapped places: an order difference, not two value differences
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "a", "Mały"), df("245", "10", "a", "T"), df("650", " 0", "a", "B"), df("650", " 0", "a", "A"))))
        .containsExactly(Kind.FIELD_ORDER);
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "a", "Mały"), df("245", "10", "a", "T"), df("650", " 0", "a", "A"))))
        .containsExactly(Kind.MISSING_FIELD);
    assertThat(kinds(yaz, rec(LEADER, Field.control("001", "1"), Field.control("001", "1"), Field.control("008", "x"),
        df("100", "1 ", "a", "Mały"), df("245", "10", "a", "T"), df("650", " 0", "a", "A"), df("650", " 0", "a", "B"))))
        .containsExactly(Kind.EXTRA_FIELD);
  }

  @Test
  void alignmentFindsLostAndExtraRecordsAndPairsAGarbledOneByPosition() {
    List<List<String>> yaz = List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e"));
    // the SDK lost "b", read "d" with a garbled 001, and read one record yaz did not
    List<List<String>> sdk = List.of(List.of("a"), List.of("c"), List.of("d?"), List.of("e"), List.of("f"));
    int[] pairs = CorpusDiff.align(yaz, sdk, List.of(true, true, true, true, true));
    assertThat(pairs).containsExactly(0, -1, 1, 2, 3);
    // an unreadable SDK read pairs with the record at its place
    int[] withUnreadable = CorpusDiff.align(yaz.subList(0, 3), List.of(List.of("a"), List.of(), List.of("c")),
        List.of(true, false, true));
    assertThat(withUnreadable).containsExactly(0, 1, 2);
  }

  @Test
  void yazOutputIsReadWithItsWarningsExtraIndicatorsAndBrokenXml() {
    String out = "<collection xmlns=\"http://www.loc.gov/MARC21/slim\">\n"
        + "<!-- Skipping bad byte 0 (0x00) at offset 0 (0x0) -->\n"
        + "<record>\n"
        + "  <leader>00127nam0a32000371  450 </leader>\n"
        + "<!-- Length implementation at offset 22 should hold a number. Assuming 0 -->\n"
        + "  <controlfield tag=\"001\">x\u0001y</controlfield>\n"
        + "  <datafield tag=\"021\" ind1=\"0\" ind2=\"0\" ind3=\"1\">\n"
        + "    <subfield code=\"a\">A &lt;&amp;&gt; &#x1F;</subfield>\n"
        + "  </datafield>\n"
        + "  <datafield tag=\"042\">\n"
        + "    <subfield code=\"\u00e9\">no indicators</subfield>\n"
        + "  </datafield>\n"
        + "</record>\n"
        + "<!-- EOF while searching for RS -->\n"
        + "</collection>\n";
    YazMarcXml.Reading r = YazMarcXml.parse(out);
    assertThat(r.records()).hasSize(1);
    CorpusRecord c = r.records().get(0);
    assertThat(c.leader()).isEqualTo("00127nam0a32000371  450 ");
    assertThat(c.warnings()).containsExactly("Length implementation at offset 22 should hold a number. Assuming 0");
    assertThat(c.controlNumber()).isEqualTo("x\u0001y");
    assertThat(c.fields().get(1)).isEqualTo(new Field("021", null, "0", "01", List.of(new Sub("a", "A <&> \u001f"))));
    assertThat(c.fields().get(2)).isEqualTo(new Field("042", null, " ", " ", List.of(new Sub("é", "no indicators"))));
    assertThat(r.fileNotes()).containsExactly("before record 1: Skipping bad byte 0 (0x00) at offset 0 (0x0)",
        "before record 2: EOF while searching for RS");
  }
}
