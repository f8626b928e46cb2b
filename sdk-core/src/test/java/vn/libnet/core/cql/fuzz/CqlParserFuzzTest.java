package vn.libnet.core.cql.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.xml.sax.InputSource;
import vn.libnet.core.cql.Cql;
import vn.libnet.core.cql.CqlQuery;
import vn.libnet.core.cql.CqlSyntaxException;
import vn.libnet.core.cql.XcqlSchema;

/**
 * Fuzzes {@link Cql#parse(String)}: the fuzzer's bytes, read as UTF-8, either fail with {@link
 * CqlSyntaxException} and nothing else (no {@code StackOverflowError}, no {@code
 * IllegalArgumentException}), or parse into a query whose canonical text parses back to an equal query
 * and is written again unchanged, and whose XCQL (both schemas) is well-formed XML.
 *
 * <p>Without {@code JAZZER_FUZZ} this runs the seeds under {@code CqlParserFuzzTestInputs/parse/}.
 */
class CqlParserFuzzTest {

  @FuzzTest(maxDuration = "2m")
  void parse(byte[] data) throws Exception {
    String text = new String(data, StandardCharsets.UTF_8);
    CqlQuery q;
    try {
      q = Cql.parse(text);
    } catch (CqlSyntaxException expected) {
      return;
    }
    String canonical = q.toCql();
    CqlQuery again = Cql.parse(canonical);
    if (!again.equals(q) || !again.toCql().equals(canonical)) {
      throw new AssertionError("canonical form not stable: " + text + " -> " + canonical);
    }
    for (XcqlSchema schema : XcqlSchema.values()) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.newDocumentBuilder().parse(new InputSource(new StringReader(q.toXcql(schema))));
    }
  }
}
