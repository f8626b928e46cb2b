package vn.libnet.client.sru;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import vn.libnet.client.RetryPolicy;

/** A WireMock SRU server at {@code /sru} answering crafted or recorded pages, and the SRU envelopes to write them. */
final class SruStub implements AutoCloseable {
  static final RetryPolicy QUICK = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5));
  static final String SRW = "http://www.loc.gov/zing/srw/";
  static final String SRU2 = "http://docs.oasis-open.org/ns/search-ws/sruResponse";
  static final String DIAG = "http://www.loc.gov/zing/srw/diagnostic/";

  final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));

  SruStub() {
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.port() + "/sru";
  }

  SruClient.Builder client() {
    return SruClient.builder().baseUrl(baseUrl()).retryPolicy(QUICK).locale(Locale.ENGLISH);
  }

  static MappingBuilder request() {
    return get(urlPathEqualTo("/sru"));
  }

  /** The searchRetrieve page asked from {@code start}. */
  static MappingBuilder page(int start) {
    return request().withQueryParam("query", com.github.tomakehurst.wiremock.client.WireMock.matching(".+"))
        .withQueryParam("startRecord", equalTo(String.valueOf(start)));
  }

  void answer(MappingBuilder request, String body) {
    answer(request, body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=UTF-8");
  }

  void answer(MappingBuilder request, byte[] body, String contentType) {
    server.stubFor(request.willReturn(aResponse().withStatus(200).withHeader("Content-Type", contentType).withBody(body)));
  }

  static byte[] real(String name) {
    try (InputStream in = SruStub.class.getResourceAsStream("real/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A searchRetrieveResponse with {@code prefix} (empty for none) in {@code namespace}. */
  static String response(String prefix, String namespace, String version, long count, String records, String after) {
    String p = prefix.isEmpty() ? "" : prefix + ":";
    String xmlns = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<" + p + "searchRetrieveResponse " + xmlns + "=\"" + namespace + "\">"
        + "<" + p + "version>" + version + "</" + p + "version><" + p + "numberOfRecords>" + count + "</" + p + "numberOfRecords>"
        + (records.isEmpty() ? "" : "<" + p + "records>" + records.replace("<R:", "<" + p).replace("</R:", "</" + p) + "</" + p + "records>")
        + after.replace("<R:", "<" + p).replace("</R:", "</" + p) + "</" + p + "searchRetrieveResponse>";
  }

  /** An SRU 1.2 answer without prefix. */
  static String response12(long count, String records, String after) {
    return response("", SRW, "1.2", count, records, after);
  }

  /** A record in XML packing, its elements prefixed {@code R:} (replaced by {@link #response}). */
  static String marcRecord(int position, String id, String title) {
    return "<R:record><R:recordSchema>info:srw/schema/1/marcxml-v1.1</R:recordSchema><R:recordPacking>xml</R:recordPacking><R:recordData>"
        + marc(id, title) + "</R:recordData><R:recordPosition>" + position + "</R:recordPosition></R:record>";
  }

  /** A record in string packing. */
  static String stringRecord(int position, String id, String title) {
    String escaped = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + marc(id, title)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<R:record><R:recordSchema>marcxml</R:recordSchema><R:recordPacking>string</R:recordPacking><R:recordData>" + escaped
        + "</R:recordData><R:recordPosition>" + position + "</R:recordPosition></R:record>";
  }

  static String marc(String id, String title) {
    return "<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 a 4500</leader>"
        + "<controlfield tag=\"001\">" + id + "</controlfield><datafield tag=\"245\" ind1=\"0\" ind2=\"0\"><subfield code=\"a\">" + title.replace("&", "&amp;")
        + "</subfield></datafield></record>";
  }

  static String diagnostic(int number, String details, String message) {
    return "<diagnostic xmlns=\"" + DIAG + "\"><uri>info:srw/diagnostic/1/" + number + "</uri><details>" + details + "</details>"
        + "<message>" + message + "</message></diagnostic>";
  }

  static String surrogate(int position, int number, String details) {
    return "<R:record><R:recordSchema>info:srw/schema/1/diagnostics-v1.1</R:recordSchema><R:recordPacking>xml</R:recordPacking><R:recordData>"
        + diagnostic(number, details, "") + "</R:recordData><R:recordPosition>" + position + "</R:recordPosition></R:record>";
  }

  static String next(int position) {
    return "<R:nextRecordPosition>" + position + "</R:nextRecordPosition>";
  }

  static String diagnostics(String... diagnostics) {
    return "<R:diagnostics>" + String.join("", diagnostics) + "</R:diagnostics>";
  }

  @Override
  public void close() {
    server.stop();
  }
}
