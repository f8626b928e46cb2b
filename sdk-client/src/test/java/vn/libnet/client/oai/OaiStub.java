package vn.libnet.client.oai;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import vn.libnet.client.RetryPolicy;

/** A WireMock OAI-PMH repository at {@code /oai} answering crafted pages, and the OAI-PMH envelope to write them. */
final class OaiStub implements AutoCloseable {
  static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));

  final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));

  OaiStub() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/oai";
  }

  OaiHarvester harvester() {
    return OaiHarvester.builder().baseUrl(baseUrl()).retryPolicy(QUICK).locale(java.util.Locale.ENGLISH).build();
  }

  /** The first page of {@code verb} (no resumption token) answers {@code body}. */
  void first(String verb, String body) {
    answer(request(verb).withQueryParam("resumptionToken", absent()), body.getBytes(StandardCharsets.UTF_8));
  }

  /** The page asked with {@code token} answers {@code body}. */
  void page(String verb, String token, String body) {
    answer(request(verb).withQueryParam("resumptionToken", equalTo(token)), body.getBytes(StandardCharsets.UTF_8));
  }

  void answer(MappingBuilder request, byte[] body) {
    server.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8").withBody(body)));
  }

  static MappingBuilder request(String verb) {
    return get(urlPathEqualTo("/oai")).withQueryParam("verb", equalTo(verb));
  }

  static String envelope(String verb, String inner) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n<responseDate>2026-12-02T10:00:00Z</responseDate>\n"
        + "<request verb=\"" + verb + "\">http://repo.example.vn/oai</request>\n<" + verb + ">" + inner + "</" + verb + ">\n</OAI-PMH>\n";
  }

  static String error(String verb, String code, String text) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<OAI-PMH xmlns=\"http://www.openarchives.org/OAI/2.0/\">"
        + "<responseDate>2026-12-02T10:00:00Z</responseDate><request verb=\"" + verb + "\">http://repo.example.vn/oai</request>"
        + "<error code=\"" + code + "\">" + text + "</error></OAI-PMH>";
  }

  static String token(String token) {
    return "<resumptionToken completeListSize=\"9\" cursor=\"0\">" + token + "</resumptionToken>";
  }

  static String header(String id, String datestamp, boolean deleted, String... sets) {
    StringBuilder b = new StringBuilder(deleted ? "<header status=\"deleted\">" : "<header>");
    b.append("<identifier>").append(id).append("</identifier><datestamp>").append(datestamp).append("</datestamp>");
    for (String s : sets) {
      b.append("<setSpec>").append(s).append("</setSpec>");
    }
    return b.append("</header>").toString();
  }

  /** A live record in oai_dc with {@code title}. */
  static String dcRecord(String id, String title) {
    return "<record>" + header(id, "2026-11-30", false, "vn:hn") + "<metadata><oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + title + "</dc:title></oai_dc:dc></metadata></record>";
  }

  @Override
  public void close() {
    server.stop();
  }
}
