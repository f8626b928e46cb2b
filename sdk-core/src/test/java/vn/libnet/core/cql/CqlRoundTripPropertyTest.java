package vn.libnet.core.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * Properties over random input, with fixed seeds so a failure reproduces: random trees from the grammar
 * round-trip through the canonical text; random token soups and random bytes either parse (and then
 * round-trip and give well-formed XCQL) or fail with {@link CqlSyntaxException}, never anything else.
 */
class CqlRoundTripPropertyTest {
  private static final String[] WORDS = {"a", "dc.title", "hoa", "lịch", "sử", "Nguyễn", "and", "OR", "not", "prox",
      "sortBy", "x*", "?b", "^c", "đ", "中", "😀", "1900", "info:x/y", "a\\*b", "\\\"", "cql.serverChoice"};
  private static final String[] RELATIONS = {"=", "==", "<", ">", "<=", ">=", "<>", "any", "all", "adj", "within",
      "exact", "encloses", "cql.any", "Scr"};
  private static final String[] FRAGMENTS = {"a", " ", "and", "or", "not", "prox", "sortby", "(", ")", "=", "==",
      "<", ">", "<=", ">=", "<>", "/", "\"", "\\", "\"x y\"", "lịch sử", "*", "?", "^", "any", "within", "dc.title",
      "> dc = \"u\" ", "\t", "\n", "\u0000", "\uD800", "&", "]]>", "\r"};

  @Test
  void randomTreesRoundTripThroughTheirCanonicalText() {
    Random r = new Random(16);
    for (int i = 0; i < 5_000; i++) {
      CqlQuery q = new CqlQuery(clause(r, 0), sortKeys(r));
      String text = q.toCql();
      CqlQuery back = Cql.parse(text);
      assertThat(back).as(text).isEqualTo(q);
      assertThat(back.toCql()).isEqualTo(text);
      wellFormed(q.toXcql());
      wellFormed(q.toXcql(XcqlSchema.LOC));
    }
  }

  @Test
  void randomTokenSoupsParseAndRoundTripOrFailWithTheTypedException() {
    Random r = new Random(1612);
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + r.nextInt(12);
      for (int k = 0; k < n; k++) {
        b.append(FRAGMENTS[r.nextInt(FRAGMENTS.length)]);
        if (r.nextInt(3) > 0) {
          b.append(' ');
        }
      }
      parsed += checkOne(b.toString()) ? 1 : 0;
    }
    assertThat(parsed).isGreaterThan(1_000);
  }

  @Test
  void randomBytesNeverThrowAnythingButTheTypedException() {
    Random r = new Random(2026);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = new byte[r.nextInt(64)];
      r.nextBytes(bytes);
      checkOne(new String(bytes, i % 2 == 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1));
    }
  }

  /** Parses {@code text}; when it parses, checks that its canonical form is stable. */
  static boolean checkOne(String text) {
    CqlQuery q;
    try {
      q = Cql.parse(text);
    } catch (CqlSyntaxException expected) {
      return false;
    }
    String canonical = q.toCql();
    CqlQuery again = Cql.parse(canonical);
    assertThat(again).as(text).isEqualTo(q);
    assertThat(again.toCql()).as(text).isEqualTo(canonical);
    wellFormed(q.toXcql());
    wellFormed(q.toXcql(XcqlSchema.LOC));
    return true;
  }

  static void wellFormed(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XCQL: " + xml, e);
    }
  }

  private static CqlClause clause(Random r, int depth) {
    int pick = depth > 4 ? 0 : r.nextInt(10);
    if (pick < 5) {
      CqlTerm term = term(r);
      if (r.nextBoolean()) {
        return CqlSearchClause.of(term);
      }
      CqlRelation rel = new CqlRelation(RELATIONS[r.nextInt(RELATIONS.length)], modifiers(r));
      return new CqlSearchClause(name(r), rel, term);
    }
    if (pick < 9) {
      CqlOperator op = CqlOperator.values()[r.nextInt(4)];
      return new CqlBooleanClause(clause(r, depth + 1), op, modifiers(r), clause(r, depth + 1));
    }
    List<CqlPrefix> prefixes = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(2); i < n; i++) {
      prefixes.add(new CqlPrefix(r.nextBoolean() ? null : name(r), term(r)));
    }
    return new CqlPrefixedClause(prefixes, clause(r, depth + 1));
  }

  private static List<CqlSortKey> sortKeys(Random r) {
    List<CqlSortKey> keys = new ArrayList<>();
    for (int i = 0, n = r.nextInt(4) == 0 ? 1 + r.nextInt(3) : 0; i < n; i++) {
      keys.add(new CqlSortKey(name(r), modifiers(r)));
    }
    return keys;
  }

  private static List<CqlModifier> modifiers(Random r) {
    List<CqlModifier> out = new ArrayList<>();
    for (int i = 0, n = r.nextInt(3) == 0 ? 1 + r.nextInt(3) : 0; i < n; i++) {
      out.add(r.nextBoolean() ? new CqlModifier(name(r), null, null)
          : new CqlModifier(name(r), CqlSyntax.COMPARISONS.get(r.nextInt(7)), term(r)));
    }
    return out;
  }

  private static String name(Random r) {
    return term(r).raw();
  }

  private static CqlTerm term(Random r) {
    switch (r.nextInt(6)) {
      case 0:
        return CqlTerm.literal(WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)]);
      case 1:
        return CqlTerm.pattern(WORDS[r.nextInt(WORDS.length)]);
      case 2:
        return CqlTerm.literal(r.nextInt(10) == 0 ? "" : "(\"x\" = y/z)");
      default:
        return CqlTerm.of(WORDS[r.nextInt(WORDS.length)]);
    }
  }
}
