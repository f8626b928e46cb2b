package vn.libnet.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.problem.Problem;

/**
 * Malformed HTTP, as a fuzzer or a broken client sends it, written byte for byte on a socket: every
 * request gets an answer, none is a 500, a bad {@code Host} is 400, and the hub still serves an honest
 * request afterwards. {@code HOST} in a case stands for the hub's own authority.
 */
class HubMalformedHttpTest {
  static LibnetTestHub hub;

  @BeforeAll
  static void start() {
    hub = LibnetTestHub.builder().idleTimeout(Duration.ofSeconds(2)).start();
  }

  @AfterAll
  static void stop() {
    hub.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "GARBAGE\r\n\r\n",
      "GET /v1/libraries HTTP/9.9\r\nHost: HOST\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: bad host!\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: a/b\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: HOST\r\nHost: other.example\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: HOST:99999\r\n\r\n",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nContent-Length: abc\r\n\r\n",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nContent-Length: -1\r\n\r\n",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nContent-Length: 99999999999999999999999\r\n\r\n",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\nabc",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
      "POST /v1/catalog/records HTTP/1.1\r\nHost: HOST\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: HOST\r\nNoColonHere\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: HOST\r\nX-Nul: a\u0000b\r\n\r\n",
      "GET /v1/libraries HTTP/1.1\r\nHost: HOST\r\n Folded: continuation\r\n\r\n",
      "GET /v1/lib raries HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "GET /v1/%zz HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "GET /v1/libraries?province=%zz HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "GET /v1/../../etc/passwd HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "GET /v1/libraries/%00 HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "BREW /v1/libraries HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "DELETE /v1/libraries HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "GET * HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "CONNECT HOST HTTP/1.1\r\nHost: HOST\r\n\r\n",
      "GET http://HOST/v1/libraries HTTP/1.1\r\nHost: elsewhere.example\r\n\r\n",
      "LONG_URI",
      "LONG_HEADER",
      "MANY_HEADERS"})
  void everyMalformedRequestGetsAnAnswerThatIsNotA500(String template) throws Exception {
    String host = "127.0.0.1:" + hub.port();
    byte[] request = switch (template) {
      case "LONG_URI" -> ("GET /v1/libraries?q=" + "a".repeat(40_000) + " HTTP/1.1\r\nHost: " + host + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
      case "LONG_HEADER" -> ("GET /v1/libraries HTTP/1.1\r\nHost: " + host + "\r\nX-Big: " + "b".repeat(40_000) + "\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      case "MANY_HEADERS" -> ("GET /v1/libraries HTTP/1.1\r\nHost: " + host + "\r\n" + "X-H: v\r\n".repeat(5_000) + "\r\n")
          .getBytes(StandardCharsets.US_ASCII);
      default -> template.replace("HOST", host).getBytes(StandardCharsets.ISO_8859_1);
    };
    String answer = exchange(request);
    assertThat(answer).as("an answer, not a dropped connection").startsWith("HTTP/1.1 ");
    int status = Integer.parseInt(answer.substring(9, 12));
    // 4xx, or 505 for a version the server does not speak (RFC 9110 §15.6.6); never a 500.
    assertThat(status).as(answer.lines().findFirst().orElse("")).satisfiesAnyOf(x -> assertThat(x).isBetween(400, 499), x -> assertThat(x).isEqualTo(505));
    int body = answer.indexOf("\r\n\r\n") + 4;
    if (body < answer.length() && answer.contains("application/problem+json")) {
      Problem p = LibnetJson.mapper().readValue(answer.substring(body).strip(), Problem.class);
      assertThat(p.status()).isEqualTo(status);
      assertThat(p.detail()).doesNotContain("Exception").doesNotContain("at org.");
    }
    if (template.contains("bad host") || template.contains("Host: a/b") || template.equals("GET /v1/libraries HTTP/1.1\r\n\r\n")) {
      assertThat(status).isEqualTo(400);
    }
    assertThat(honestStatus()).as("the hub still serves").isEqualTo(200);
  }

  private static String exchange(byte[] request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", hub.port())) {
      s.setSoTimeout(10_000);
      OutputStream o = s.getOutputStream();
      try {
        o.write(request);
        o.flush();
        s.shutdownOutput();
      } catch (SocketException hungUp) {
        // The server may answer and close before the whole request is written; its answer is still there.
      }
      InputStream in = s.getInputStream();
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try {
        for (int n; (n = in.read(buf)) > 0 && got.size() < (1 << 20); ) {
          got.write(buf, 0, n);
        }
      } catch (SocketException reset) {
        // A reset after the answer was sent ends reading.
      }
      return got.toString(StandardCharsets.ISO_8859_1);
    }
  }

  private static int honestStatus() throws IOException {
    String a = exchange(("GET /v1/libraries HTTP/1.1\r\nHost: 127.0.0.1:" + hub.port() + "\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    return Integer.parseInt(a.substring(9, 12));
  }
}
