package vn.libnet.core.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser against two hand-written tables (see the README next to them): {@code cql-table.tsv},
 * queries of the CQL 1.2 grammar and the specifications' examples with the tree and the canonical
 * query each must give, and {@code cql-errors.tsv}, malformed or over-limit queries with the position
 * and the kind of each failure.
 */
class CqlTableTest {
  private static final Pattern MACRO = Pattern.compile("\\{U\\+([0-9A-F]{4,6})\\}|\\{(\\d+)\\*([^}]*)\\}");

  /** One row of the table of valid queries. */
  record Row(int line, String query, String tree, String canonical, String note) {
    @Override
    public String toString() {
      return "line " + line + ": " + query + "  [" + note + "]";
    }
  }

  /** One row of the table of errors. */
  record Failure(int line, String query, int offset, CqlFailure failure, String limits, String note) {
    @Override
    public String toString() {
      String shown = query.length() > 60 ? query.substring(0, 60) + "…(" + query.length() + ")" : query;
      return "line " + line + ": " + shown + "  [" + note + "]";
    }
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String[] f : read("cql-table.tsv", 4)) {
      String query = expand(f[1]);
      rows.add(new Row(Integer.parseInt(f[0]), query, expand(f[2]), f[3].equals("=") ? query : expand(f[3]), f[4]));
    }
    return rows;
  }

  static List<Failure> failures() {
    List<Failure> rows = new ArrayList<>();
    for (String[] f : read("cql-errors.tsv", 5)) {
      rows.add(new Failure(Integer.parseInt(f[0]), expand(f[1]), Integer.parseInt(f[2]), CqlFailure.valueOf(f[3]),
          f[4], f[5]));
    }
    return rows;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theQueryGivesItsTreeAndItsCanonicalFormGivesItBack(Row row) {
    CqlQuery parsed = Cql.parse(row.query());
    assertThat(CqlTreePrinter.print(parsed)).as("tree").isEqualTo(row.tree());
    assertThat(parsed.toCql()).as("canonical query").isEqualTo(row.canonical());
    CqlQuery again = Cql.parse(row.canonical());
    assertThat(CqlTreePrinter.print(again)).as("tree of the canonical query").isEqualTo(row.tree());
    assertThat(again).isEqualTo(parsed);
    assertThat(again.toCql()).as("canonical query written again").isEqualTo(row.canonical());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void theQueryIsRefusedAtItsPositionWithWhatWasExpected(Failure row) {
    CqlParser parser = CqlParser.withLimits(limits(row.limits()));
    CqlSyntaxException e = catchThrowableOfType(CqlSyntaxException.class, () -> parser.parse(row.query()));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.failure()).as("kind").isEqualTo(row.failure());
    assertThat(e.offset()).as("0-based offset").isEqualTo(row.offset());
    assertThat(e.arguments().get(0)).as("1-based position in the message").isEqualTo(String.valueOf(row.offset() + 1));
    assertThat(e.message(Locale.forLanguageTag("vi"))).isNotEqualTo(e.getMessage());
  }

  @Test
  void theTablesAreLargeAndHoldEachQueryOnce() {
    assertThat(rows()).hasSizeGreaterThanOrEqualTo(170);
    assertThat(failures()).hasSizeGreaterThanOrEqualTo(30);
    Set<String> seen = new HashSet<>();
    rows().forEach(r -> assertThat(seen.add(r.query())).as("twice: " + r).isTrue());
    assertThat(rows()).anyMatch(r -> !Normalizer.isNormalized(r.query(), Normalizer.Form.NFC));
  }

  @Test
  void theLimitsAcceptQueriesRightAtTheirBounds() {
    assertThat(CqlParser.withLimits(limits("maxLength=10")).parse("abcdefghij").toCql()).isEqualTo("abcdefghij");
    assertThat(CqlParser.withLimits(limits("maxDepth=2")).parse("((a))").toCql()).isEqualTo("a");
    assertThat(Cql.parse(expand("{32*(}a{32*)}")).toCql()).isEqualTo("a");
    assertThat(CqlParser.withLimits(limits("maxClauses=2")).parse("a and b sortBy c").toCql())
        .isEqualTo("a and b sortBy c");
    assertThat(CqlParser.withLimits(limits("maxTermLength=3")).parse("\"abc\" = abc").toCql()).isEqualTo("abc = abc");
    assertThat(CqlParser.withLimits(limits("maxModifiers=1")).parse("a =/x b prox/y c sortBy d/z").toCql())
        .isEqualTo("a =/x b prox/y c sortBy d/z");
  }

  @Test
  void nfdIsKeptAsWrittenSoNfcAndNfdTermsDiffer() {
    String nfc = "lịch sử";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    CqlTerm a = ((CqlSearchClause) Cql.parse('"' + nfc + '"').clause()).term();
    CqlTerm b = ((CqlSearchClause) Cql.parse('"' + nfd + '"').clause()).term();
    assertThat(b.raw()).isEqualTo(nfd).isNotEqualTo(a.raw());
    assertThat(Normalizer.normalize(b.text(), Normalizer.Form.NFC)).isEqualTo(a.text());
  }

  private static CqlLimits limits(String spec) {
    CqlLimits l = CqlLimits.DEFAULTS;
    if (spec.equals("-")) {
      return l;
    }
    String[] kv = spec.split("=", 2);
    int v = Integer.parseInt(kv[1]);
    return switch (kv[0]) {
      case "maxLength" -> l.withMaxLength(v);
      case "maxDepth" -> l.withMaxDepth(v);
      case "maxClauses" -> l.withMaxClauses(v);
      case "maxTermLength" -> l.withMaxTermLength(v);
      case "maxModifiers" -> l.withMaxModifiers(v);
      default -> throw new IllegalArgumentException("no such limit: " + spec);
    };
  }

  /** {@code {U+XXXX}} is that character, {@code {N*text}} is text N times. */
  static String expand(String cell) {
    Matcher m = MACRO.matcher(cell);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String s = m.group(1) != null ? Character.toString(Integer.parseInt(m.group(1), 16))
          : m.group(3).repeat(Integer.parseInt(m.group(2)));
      m.appendReplacement(b, Matcher.quoteReplacement(s));
    }
    return m.appendTail(b).toString();
  }

  /** The rows of a table, each its line number then its {@code columns} cells; # lines are comments. */
  private static List<String[]> read(String name, int columns) {
    try (InputStream in = CqlTableTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
      List<String[]> rows = new ArrayList<>();
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].isEmpty() || lines[i].startsWith("#")) {
          continue;
        }
        String[] cells = lines[i].split("\t", -1);
        assertThat(cells).as(name + " line " + (i + 1)).hasSize(columns);
        String[] row = new String[columns + 1];
        row[0] = String.valueOf(i + 1);
        System.arraycopy(cells, 0, row, 1, columns);
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
