package vn.libnet.core.cql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.libnet.core.error.LibnetException;
import vn.libnet.core.error.LibnetExceptions;
import vn.libnet.core.i18n.Messages;

class CqlParserTest {

  @Test
  void aClauseWithRelationModifiersAndAVietnameseTerm() {
    CqlQuery q = Cql.parse("dc.title within/locale=vi/relevant \"lịch sử\"");
    assertThat(q.clause()).isEqualTo(new CqlSearchClause("dc.title",
        CqlRelation.of("within").with(CqlModifier.of("locale", "=", "vi")).with("relevant"), CqlTerm.of("lịch sử")));
    assertThat(q.toCql()).isEqualTo("dc.title within/locale=vi/relevant \"lịch sử\"");
  }

  @Test
  void booleansHaveEqualPrecedenceAndGroupToTheLeftInAnyCase() {
    CqlClause c = Cql.parse("a OR b And c not d").clause();
    CqlClause expected = Cql.term("a").or(Cql.term("b")).and(Cql.term("c")).not(Cql.term("d"));
    assertThat(c).isEqualTo(expected);
    assertThat(Cql.parse("a or (b and c)").clause()).isEqualTo(Cql.term("a").or(Cql.term("b").and(Cql.term("c"))));
    assertThat(Cql.parse("a or (b and c)").toCql()).isEqualTo("a or (b and c)");
  }

  @Test
  void proxWithModifiersPrefixesAndSortBy() {
    CqlQuery q = Cql.parse("> dc = \"info:srw/cql-context-set/1/dc-v1.1\" dc.title any hoa prox/unit=word/distance<=2 bình"
        + " SORTBY dc.date/sort.descending title");
    CqlPrefixedClause p = (CqlPrefixedClause) q.clause();
    assertThat(p.prefixes()).containsExactly(new CqlPrefix("dc", CqlTerm.of("info:srw/cql-context-set/1/dc-v1.1")));
    CqlBooleanClause b = (CqlBooleanClause) p.clause();
    assertThat(b.operator()).isEqualTo(CqlOperator.PROX);
    assertThat(b.modifiers()).containsExactly(CqlModifier.of("unit", "=", "word"), CqlModifier.of("distance", "<=", "2"));
    assertThat(q.sortKeys()).containsExactly(CqlSortKey.of("dc.date").descending(), CqlSortKey.of("title"));
    assertThat(q.toCql()).isEqualTo("> dc = \"info:srw/cql-context-set/1/dc-v1.1\" dc.title any hoa"
        + " prox/unit=word/distance<=2 bình sortBy dc.date/sort.descending title");
  }

  @Test
  void masksAreKeptAndEscapesDistinguishLiteralCharacters() {
    CqlSearchClause masked = (CqlSearchClause) Cql.parse("dc.title = Hà*").clause();
    assertThat(masked.term().hasMasks()).isTrue();
    CqlSearchClause literal = (CqlSearchClause) Cql.parse("\"C\\+\\+ \\* \\\"x\\\" \\\\\"").clause();
    assertThat(literal.term().raw()).isEqualTo("C\\+\\+ \\* \\\"x\\\" \\\\");
    assertThat(literal.term().hasMasks()).isFalse();
    assertThat(literal.term().text()).isEqualTo("C++ * \"x\" \\");
    assertThat(Cql.parse("^a?b").clause()).isEqualTo(CqlSearchClause.of(CqlTerm.pattern("^a?b")));
  }

  @Test
  void keywordsAreTermsWhereATermIsExpectedAndAreQuotedWhenWritten() {
    assertThat(Cql.parse("a and and").clause()).isEqualTo(Cql.term("a").and(Cql.term("and")));
    assertThat(Cql.parse("a and and").toCql()).isEqualTo("a and \"and\"");
    assertThat(Cql.parse("sortby").toCql()).isEqualTo("\"sortby\"");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|CQL_EMPTY|0", "'   '|CQL_EMPTY|3", "a and|CQL_EXPECTED_TERM|5", "(a|CQL_EXPECTED_CLOSE|2",
      "a)|CQL_EXPECTED_BOOLEAN|1", "a = b c|CQL_EXPECTED_BOOLEAN|6", "a =|CQL_EXPECTED_TERM|3",
      "= b|CQL_EXPECTED_TERM|0", "a =/ b|CQL_EXPECTED_TERM|6", "a =/x= b|CQL_EXPECTED_TERM|8",
      "a =/x=|CQL_EXPECTED_MODIFIER_VALUE|6", "a and/ b|CQL_EXPECTED_TERM|8", "a / b|CQL_EXPECTED_BOOLEAN|2",
      "a sortBy|CQL_EXPECTED_SORT_KEY|8", "'>'|CQL_EXPECTED_PREFIX|1", "> dc =|CQL_EXPECTED_PREFIX|6",
      "'\"abc'|CQL_UNTERMINATED_STRING|0", "'x \"a\\'|CQL_UNTERMINATED_STRING|2", "'ab\\'|CQL_DANGLING_ESCAPE|2",
      "()|CQL_EXPECTED_TERM|1", "a =/(x) b|CQL_EXPECTED_MODIFIER|4"})
  void errorsNameThePositionAndWhatWasExpected(String query, CqlFailure failure, int offset) {
    CqlSyntaxException e = catchThrowableOfType(CqlSyntaxException.class, () -> Cql.parse(query));
    assertThat(e).as(query).isNotNull().isInstanceOf(LibnetException.class);
    assertThat(e.failure()).as(query).isEqualTo(failure);
    assertThat(e.offset()).as(query).isEqualTo(offset);
    assertThat(e.arguments().get(0)).isEqualTo(String.valueOf(offset + 1));
    assertThat(e.message(Messages.VIETNAMESE)).isNotEqualTo(e.getMessage());
  }

  @Test
  void messagesAreInBothLanguages() {
    CqlSyntaxException e = catchThrowableOfType(CqlSyntaxException.class, () -> Cql.parse("dc.title = (hoa"));
    assertThat(e.getMessage()).isEqualTo("CQL query, character 12: expected a search term, an index or an opening parenthesis.");
    assertThat(e.message(Messages.VIETNAMESE))
        .isEqualTo("Truy vấn CQL, ký tự 12: cần một thuật ngữ tìm kiếm, một chỉ mục hoặc dấu mở ngoặc.");
    CqlSyntaxException copy = LibnetExceptions.assertSurvivesSerialization(e);
    assertThat(copy.offset()).isEqualTo(11);
    LibnetExceptions.assertEveryCodeHasTexts(CqlFailure.class);
  }

  @Test
  void hostileQueriesAreRefusedFastAndNeverOverflowTheStack() {
    CqlParser roomy = CqlParser.withLimits(CqlLimits.DEFAULTS.withMaxLength(1_000_000));
    String deep = "(".repeat(100_000) + "a" + ")".repeat(100_000);
    long t0 = System.nanoTime();
    CqlSyntaxException e = catchThrowableOfType(CqlSyntaxException.class, () -> roomy.parse(deep));
    assertThat(e.failure()).isEqualTo(CqlFailure.CQL_TOO_DEEP);
    assertThat(e.offset()).isEqualTo(32);
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> Cql.parse(deep)).failure())
        .isEqualTo(CqlFailure.CQL_TOO_LONG);
    String manyModifiers = "a =" + "/x".repeat(50_000) + " b";
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> roomy.parse(manyModifiers)).failure())
        .isEqualTo(CqlFailure.CQL_TOO_MANY_MODIFIERS);
    String manyClauses = "a" + " and a".repeat(100_000);
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> roomy.parse(manyClauses)).failure())
        .isEqualTo(CqlFailure.CQL_TOO_MANY_CLAUSES);
    String longTerm = "\"" + "x".repeat(500_000) + "\"";
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> roomy.parse(longTerm)).failure())
        .isEqualTo(CqlFailure.CQL_TERM_TOO_LONG);
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void limitsAreConfigurable() {
    CqlParser tight = CqlParser.withLimits(new CqlLimits(100, 2, 3, 5, 1));
    assertThat(tight.parse("((a)) and b and c").clause()).isNotNull();
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> tight.parse("(((a)))")).failure())
        .isEqualTo(CqlFailure.CQL_TOO_DEEP);
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> tight.parse("a or b or c or d")).failure())
        .isEqualTo(CqlFailure.CQL_TOO_MANY_CLAUSES);
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> tight.parse("abcdef")).failure())
        .isEqualTo(CqlFailure.CQL_TERM_TOO_LONG);
    assertThat(catchThrowableOfType(CqlSyntaxException.class, () -> tight.parse("a =/x/y b")).failure())
        .isEqualTo(CqlFailure.CQL_TOO_MANY_MODIFIERS);
    assertThatThrownBy(() -> new CqlLimits(0, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBuilderQuotesAndEscapesAndItsTermsAreLiteral() {
    CqlQuery q = Cql.index("dc.title").is("lịch sử \"Việt\" \\ *")
        .and(Cql.index("dc.creator").any("Nguyễn Du"))
        .not(Cql.index("dc.date").lessThan("1900").or(Cql.index("dc.title").matches("truyện*")))
        .sortBy(CqlSortKey.of("dc.date").descending());
    assertThat(q.toCql()).isEqualTo("dc.title = \"lịch sử \\\"Việt\\\" \\\\ \\*\" and dc.creator any \"Nguyễn Du\""
        + " not (dc.date < 1900 or dc.title = truyện*) sortBy dc.date/sort.descending");
    assertThat(Cql.parse(q.toCql())).isEqualTo(q);
    CqlSearchClause first = (CqlSearchClause) ((CqlBooleanClause) ((CqlBooleanClause) q.clause()).left()).left();
    assertThat(first.term().text()).isEqualTo("lịch sử \"Việt\" \\ *");
    assertThat(first.term().hasMasks()).isFalse();
    assertThat(Cql.term("and").toCql()).isEqualTo("\"and\"");
    assertThat(Cql.index("dc.date").within("1900", "2000").toCql()).isEqualTo("dc.date within \"1900 2000\"");
    assertThat(Cql.term("a").prox(Cql.term("b"), CqlModifier.of("unit", "=", "word")).toCql())
        .isEqualTo("a prox/unit=word b");
    assertThatThrownBy(() -> Cql.index("a\"b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Cql.index("x").relation("and", "y")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new CqlPrefixedClause(List.of(CqlPrefix.of("dc", "info:x")), Cql.index("dc.title").is("a"))
        .or(Cql.term("b")).toCql()).isEqualTo("(> dc = info:x dc.title = a) or b");
  }

  @Test
  void everyQueryOfTheCorpusRoundTripsThroughItsCanonicalText() throws Exception {
    int parsed = 0;
    for (String q : YazXcql.corpus()) {
      parsed += CqlRoundTripPropertyTest.checkOne(q) ? 1 : 0;
    }
    assertThat(parsed).isGreaterThan(130);
  }

  @Test
  void prefixAssignmentsScopeTheirClauseAndNestedOnesMerge() {
    CqlClause c = Cql.parse("(> dc = \"info:x\" > \"info:default\" dc.title = a) or b").clause();
    CqlPrefixedClause left = (CqlPrefixedClause) ((CqlBooleanClause) c).left();
    assertThat(left.prefixes()).containsExactly(CqlPrefix.of("dc", "info:x"), new CqlPrefix(null, CqlTerm.of("info:default")));
    assertThat(c.toCql()).isEqualTo("(> dc = info:x > info:default dc.title = a) or b");
    assertThat(Cql.parse("> a = \"1\" (> b = \"2\" x)").clause())
        .isEqualTo(Cql.parse("> a = \"1\" > b = \"2\" x").clause());
    assertThat(Cql.parse("a and (> p = u b)").toCql()).isEqualTo("a and (> p = u b)");
  }

  @Test
  void quotedIndexesAndNamesAreAcceptedAsTheGrammarAllows() {
    CqlQuery q = Cql.parse("\"dc.title\" =/\"x y\"=1 hoa sortBy \"dc date\"");
    assertThat(((CqlSearchClause) q.clause()).index()).isEqualTo("dc.title");
    assertThat(q.toCql()).isEqualTo("dc.title =/\"x y\"=1 hoa sortBy \"dc date\"");
  }

  @Test
  void termsRefuseWhatCqlCannotWrite() {
    assertThatThrownBy(() -> CqlTerm.of("a\"b")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CqlTerm.of("a\\")).isInstanceOf(IllegalArgumentException.class);
    assertThat(CqlTerm.of("a\\\\").text()).isEqualTo("a\\");
    assertThat(CqlTerm.literal("").toString()).isEqualTo("\"\"");
    assertThat(CqlTerm.literal("^x?").hasMasks()).isFalse();
    assertThat(CqlTerm.pattern("^x?").hasMasks()).isTrue();
  }
}
