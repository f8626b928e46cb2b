package vn.libnet.core.cql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Our OASIS XCQL validates against the OASIS schema (see schema/README.md), for every query of the corpus. */
class CqlXcqlSchemaTest {
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    String xsd = Files.readString(Path.of("src/test/resources/vn/libnet/core/cql/schema/xcql.xsd"),
        StandardCharsets.UTF_8);
    // The erratum cql-go applies too: a sort key's modifiers are optional.
    String fixed = xsd.replace("<xs:element ref=\"index\"/>\n\t\t\t<xs:element ref=\"modifiers\"/>",
        "<xs:element ref=\"index\"/>\n\t\t\t<xs:element ref=\"modifiers\" minOccurs=\"0\"/>");
    assertThat(fixed).isNotEqualTo(xsd);
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    schema = f.newSchema(new StreamSource(new StringReader(fixed)));
  }

  @Test
  void everyParsedQueryOfTheCorpusIsValidXcql() throws Exception {
    int valid = 0;
    for (String q : YazXcql.corpus()) {
      CqlQuery query;
      try {
        query = Cql.parse(q);
      } catch (CqlSyntaxException notAQuery) {
        continue;
      }
      validate(query.toXcql(), q);
      valid++;
    }
    assertThat(valid).isGreaterThan(130);
  }

  @Test
  void theOasisFormHasItsRootPrefixesAndSortKeys() throws Exception {
    CqlQuery q = Cql.parse("> dc = \"info:srw/cql-context-set/1/dc-v1.1\" > \"info:default\" dc.title = \"a < b & c\""
        + " prox/unit=word (x or y) sortBy dc.date/sort.descending");
    String xml = q.toXcql();
    validate(xml, "prefixes");
    assertThat(xml).startsWith("<xcql xmlns=\"http://docs.oasis-open.org/ns/search-ws/xcql\">\n  <prefixes>\n")
        .contains("<name></name>\n      <identifier>info:default</identifier>")
        .contains("<term>a &lt; b &amp; c</term>")
        .contains("<Boolean>\n      <value>prox</value>")
        .endsWith("  </sortKeys>\n</xcql>\n");
  }

  @Test
  void charactersXmlCannotCarryAreReplacedAndCarriageReturnsKept() throws Exception {
    CqlQuery q = Cql.term("a\u0001b\rc\uD800").toQuery();
    String xml = q.toXcql();
    validate(xml, "controls");
    assertThat(xml).contains("<term>a\uFFFDb&#13;c\uFFFD</term>");
  }

  @Test
  void theLocFormCarriesPrefixesAndSortKeysOnItsTopNode() {
    String xml = Cql.parse("> dc = \"info:x\" a and b sortBy t").toXcql(XcqlSchema.LOC);
    assertThat(xml).startsWith("<triple xmlns=\"http://www.loc.gov/zing/cql/xcql/\">\n  <prefixes>\n    <prefix>\n"
        + "      <name>dc</name>\n      <identifier>info:x</identifier>")
        .contains("<boolean>").endsWith("  <sortKeys>\n    <key>\n      <index>t</index>\n    </key>\n  </sortKeys>\n"
        + "</triple>\n");
    assertThat(List.of(XcqlSchema.values())).hasSize(2);
  }

  private static void validate(String xml, String what) throws Exception {
    Validator v = schema.newValidator();
    try {
      v.validate(new StreamSource(new StringReader(xml)));
    } catch (org.xml.sax.SAXException e) {
      throw new AssertionError(what + ": " + e.getMessage() + "\n" + xml, e);
    }
  }
}
