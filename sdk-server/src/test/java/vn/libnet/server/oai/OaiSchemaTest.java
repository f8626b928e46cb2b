package vn.libnet.server.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * Every kind of response the provider gives validates against the OAI-PMH 2.0 schema (see the README beside
 * the schema for its origin): each verb, each error, a resumed list's pages, a deletion. The envelope is
 * checked strictly; the records' metadata laxly, as their own schemas are not shipped here.
 */
class OaiSchemaTest {
  private final OaiProviderTest fixture = new OaiProviderTest();

  private static Schema schema() throws Exception {
    String xsd;
    try (InputStream in = OaiSchemaTest.class.getResourceAsStream("/vn/libnet/server/oai/OAI-PMH.xsd")) {
      xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f.newSchema(new StreamSource(new StringReader(xsd.replace("processContents=\"strict\"", "processContents=\"lax\""))));
  }

  private String respond(OaiProvider p, String... kv) {
    Map<String, List<String>> params = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      params.computeIfAbsent(kv[i], k -> new ArrayList<>()).add(kv[i + 1]);
    }
    return p.respond(params);
  }

  @Test
  void everyVerbAndEveryErrorValidatesAgainstTheOaiPmhSchema() throws Exception {
    Schema schema = schema();
    fixture.add(7);
    fixture.items.add(new OaiItem("oai:opac.example.vn:gone", OaiProviderTest.T0, List.of(), true, null));
    OaiProvider p = fixture.provider();
    List<String> responses = new ArrayList<>(List.of(
        respond(p, "verb", "Identify"),
        respond(p, "verb", "ListMetadataFormats"),
        respond(p, "verb", "ListMetadataFormats", "identifier", "oai:opac.example.vn:1"),
        respond(p, "verb", "ListSets"),
        respond(p, "verb", "GetRecord", "identifier", "oai:opac.example.vn:1", "metadataPrefix", "marc21"),
        respond(p, "verb", "GetRecord", "identifier", "oai:opac.example.vn:1", "metadataPrefix", "oai_dc"),
        respond(p, "verb", "GetRecord", "identifier", "oai:opac.example.vn:gone", "metadataPrefix", "oai_dc"),
        respond(p, "verb", "ListRecords", "metadataPrefix", "marc21", "from", "2026-01-01", "until", "2026-12-31"),
        respond(p, "verb", "ListIdentifiers", "metadataPrefix", "oai_dc", "set", "isil:VN-HaNoi-TVHN"),
        respond(p),
        respond(p, "verb", "Nope"),
        respond(p, "verb", "ListRecords"),
        respond(p, "verb", "ListRecords", "metadataPrefix", "mods"),
        respond(p, "verb", "GetRecord", "identifier", "oai:none", "metadataPrefix", "marc21"),
        respond(p, "verb", "ListRecords", "metadataPrefix", "marc21", "from", "2030-01-01"),
        respond(p, "verb", "ListRecords", "resumptionToken", "garbage"),
        respond(p, "verb", "ListMetadataFormats", "identifier", "oai:opac.example.vn:gone")));
    // Every page of a resumed list, the last one with its empty token.
    String page = respond(p, "verb", "ListRecords", "metadataPrefix", "oai_dc");
    while (true) {
      responses.add(page);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("<resumptionToken>([^<]+)</resumptionToken>").matcher(page);
      if (!m.find()) {
        break;
      }
      page = respond(p, "verb", "ListRecords", "resumptionToken", m.group(1));
    }
    fixture.withSets = false;
    responses.add(respond(p, "verb", "ListSets"));
    assertThat(responses).hasSizeGreaterThan(19);
    for (String r : responses) {
      assertThatCode(() -> schema.newValidator().validate(new StreamSource(new StringReader(r)))).as(r).doesNotThrowAnyException();
    }
  }

  @Test
  void theSchemaCheckCanFail() throws Exception {
    String broken = respond(fixture.provider(), "verb", "Identify").replace("<protocolVersion>2.0</protocolVersion>",
        "<protocolVersion>3.0</protocolVersion>");
    assertThatCode(() -> schema().newValidator().validate(new StreamSource(new StringReader(broken)))).isInstanceOf(org.xml.sax.SAXException.class);
  }
}
