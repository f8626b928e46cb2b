package vn.libnet.testkit.conformance;

import static vn.libnet.testkit.conformance.SuiteChecks.expect;
import static vn.libnet.testkit.conformance.SuiteChecks.said;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import vn.libnet.testkit.conformance.SuiteChecks.Failed;
import vn.libnet.testkit.conformance.SuiteChecks.Said;
import vn.libnet.testkit.conformance.OaiExchange.Answer;
import vn.libnet.testkit.conformance.OaiExchange.Page;

/**
 * The checks made over every answer of a run, the envelope (§3.2, §3.3) and the schema, as each answer comes:
 * only the first failure of each is kept, not the answers, so a run holds one page at a time.
 */
final class OaiEnvelopeChecks {
  private static final Pattern UTC_SECONDS = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
  private static final Pattern XML_DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

  private final String baseUrl;
  private final Validator validator;
  private int seen;
  private Failed formatFailure;
  private Failed schemaFailure;

  OaiEnvelopeChecks(String baseUrl) {
    this.baseUrl = baseUrl;
    this.validator = SchemaHolder.SCHEMA.newValidator();
    try {
      // An answer is data from anyone: nothing it names is fetched.
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    } catch (SAXException e) {
      throw new IllegalStateException("The JDK's validator cannot be configured securely", e);
    }
  }

  /** Checks one more answer, as the exchange parsed it once ({@code page}), or with the reason it could not. */
  void see(Answer a, Page page, Failed unreadable) {
    seen++;
    if (unreadable != null) {
      // No OAI-PMH document (HTML, too deep, not XML): a failure of both, and never handed to the validator.
      formatFailure = formatFailure == null ? unreadable : formatFailure;
      schemaFailure = schemaFailure == null ? unreadable : schemaFailure;
      return;
    }
    if (formatFailure == null) {
      try {
        format(a, page);
      } catch (Failed f) {
        formatFailure = f;
      }
    }
    if (schemaFailure == null) {
      try {
        schema(a);
      } catch (Failed f) {
        schemaFailure = f;
      }
    }
  }

  /** RESPONSE_FORMAT over every answer seen. */
  Said format() throws Failed {
    if (formatFailure != null) {
      throw formatFailure;
    }
    return said("CONFORMANCE_OAI_ENVELOPES", seen);
  }

  /** SCHEMA_VALID over every answer seen. */
  Said schema() throws Failed {
    if (schemaFailure != null) {
      throw schemaFailure;
    }
    return said("CONFORMANCE_OAI_VALID", seen);
  }

  /** Status 200, text/xml, UTF-8, responseDate in UTC, request holding the base URL. */
  private void format(Answer a, Page p) throws Failed {
    String type = a.contentType().toLowerCase(Locale.ROOT);
    expect(type.startsWith("text/xml"), "CONFORMANCE_OAI_CONTENT_TYPE", a.query(), a.contentType().isEmpty() ? "-" : a.contentType());
    expect(!type.contains("charset=") || type.replace(" ", "").contains("charset=utf-8") || type.contains("charset=\"utf-8\""),
        "CONFORMANCE_OAI_NOT_UTF8", a.query(), a.contentType());
    String head = new String(a.body(), 0, Math.min(a.body().length, 200), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher declared = XML_DECLARED_ENCODING.matcher(head);
    expect(!declared.find() || declared.group(1).equalsIgnoreCase("UTF-8"), "CONFORMANCE_OAI_NOT_UTF8", a.query(), head.lines().findFirst().orElse(""));
    expect(decodesAsUtf8(a.body()), "CONFORMANCE_OAI_BAD_UTF8", a.query());
    String date = OaiExchange.text(p.root(), "responseDate");
    expect(UTC_SECONDS.matcher(date).matches(), "CONFORMANCE_OAI_RESPONSE_DATE", a.query(), date.isEmpty() ? "-" : date);
    Element request = p.request().orElseThrow(() -> new Failed("CONFORMANCE_OAI_NO_ELEMENT", a.query(), "request"));
    String named = request.getTextContent().trim();
    expect(named.replaceFirst("/$", "").equalsIgnoreCase(baseUrl.replaceFirst("/$", "")), "CONFORMANCE_OAI_REQUEST_URL", a.query(), named);
  }

  private static boolean decodesAsUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(body));
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /** The answer against the OAI-PMH 2.0 schema. */
  private void schema(Answer a) throws Failed {
    try {
      validator.validate(new StreamSource(new ByteArrayInputStream(a.body())));
    } catch (SAXParseException e) {
      throw new Failed("CONFORMANCE_OAI_INVALID", a.query(), e.getLineNumber(), e.getColumnNumber(), String.valueOf(e.getMessage()));
    } catch (SAXException | IOException e) {
      throw new Failed("CONFORMANCE_OAI_INVALID", a.query(), 0, 0, String.valueOf(e.getMessage()));
    }
  }

  /** Loaded on first use, once: the schema is immutable and thread-safe. */
  private static final class SchemaHolder {
    static final Schema SCHEMA = load();

    private static Schema load() {
      try (InputStream in = OaiEnvelopeChecks.class.getResourceAsStream("OAI-PMH.xsd")) {
        String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("processContents=\"strict\"", "processContents=\"lax\"");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newSchema(new StreamSource(new StringReader(xsd)));
      } catch (IOException | SAXException | NullPointerException e) {
        throw new IllegalStateException("The OAI-PMH schema shipped with the testkit cannot be read", e);
      }
    }
  }
}
