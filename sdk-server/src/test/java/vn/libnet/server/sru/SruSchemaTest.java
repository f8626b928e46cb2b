package vn.libnet.server.sru;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static vn.libnet.server.sru.SruResponses.ask;

import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * Every kind of SRU 2.0 response the provider gives validates against the OASIS schemas of SRU 2.0 (see
 * the README beside them): explain in both packings, searchRetrieve pages, the last page, a count, string
 * packing, a surrogate diagnostic, fatal diagnostics, scan and a scan's diagnostic.
 */
class SruSchemaTest {
  private static Schema schema() throws Exception {
    URL main = SruSchemaTest.class.getResource("/vn/libnet/server/sru/schema/sruResponse.xsd");
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    // The imports are the files beside it, nothing from the network.
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    return f.newSchema(new StreamSource[] {new StreamSource(main.toString()),
        new StreamSource(SruSchemaTest.class.getResource("/vn/libnet/server/sru/schema/scan.xsd").toString())});
  }

  @Test
  void everySruTwoResponseValidatesAgainstTheOasisSchemas() throws Exception {
    Schema schema = schema();
    ListSource source = new ListSource().add(12, "Truyện Kiều tập");
    source.gone.add("HN-3");
    SruProvider p = SruProvider.builder(source).maximumRecords(5).defaultRecords(5).build();
    List<String> responses = new ArrayList<>(List.of(
        ask(p).body(),
        ask(p, "operation", "explain", "recordXMLEscaping", "string").body(),
        ask(p, "query", "title = kiều").body(),
        ask(p, "query", "title = kiều", "startRecord", "11", "recordSchema", "dc").body(),
        ask(p, "query", "title = kiều", "maximumRecords", "0").body(),
        ask(p, "query", "title = kiều", "recordXMLEscaping", "string", "recordPacking", "packed").body(),
        ask(p, "query", "title = kiều", "startRecord", "99").body(),
        ask(p, "query", "title = ").body(),
        ask(p, "query", "creator = du").body(),
        ask(p, "query", "a", "colour", "red").body(),
        ask(p, "version", "9.x", "query", "a").body().replace("http://www.loc.gov/zing/srw/", "x"),
        ask(p, "scanClause", "title = kiều", "maximumTerms", "3").body(),
        ask(p, "scanClause", "creator = du").body()));
    responses.remove(10); // a version diagnostic is answered in 1.2, which these schemas do not describe
    assertThat(responses).hasSize(12);
    for (String r : responses) {
      assertThat(r).contains("docs.oasis-open.org");
      assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(r)))).as(r).doesNotThrowAnyException();
    }
    // The schemas are strict enough to catch a mistake of order: numberOfRecords moved after the records.
    String page = ask(p, "query", "title = kiều", "maximumRecords", "1").body();
    String count = "<sru:numberOfRecords>12</sru:numberOfRecords>";
    String misordered = page.replace(count, "").replace("</sru:records>", "</sru:records>" + count);
    assertThat(misordered).isNotEqualTo(page);
    assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(misordered)))).isInstanceOf(org.xml.sax.SAXException.class);
  }
}
