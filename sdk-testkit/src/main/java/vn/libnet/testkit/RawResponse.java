package vn.libnet.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import vn.libnet.core.signature.HttpMessage;

/** Reads one HTTP/1.1 answer from a stream (RFC 9112): fixed length, chunked, or up to the end. Bounded. */
final class RawResponse {
  private static final int MAX_LINE = 64 * 1024;
  private static final int MAX_BODY = 64 << 20;
  private static final int MAX_HEADERS = 500;

  private RawResponse() {}

  /** The answer, with {@code request} attached so that a response verifier can check its binding. */
  static HttpMessage read(InputStream in, HttpMessage request) throws IOException {
    String status = line(in);
    // An interim answer (100 Continue) comes before the real one.
    for (int interim = 0; status.matches("HTTP/1\\.[01] 1[0-9][0-9].*"); interim++) {
      if (interim == 10) {
        throw new IOException("More than 10 interim answers");
      }
      while (!line(in).isEmpty()) {
        // its headers mean nothing here
      }
      status = line(in);
    }
    String[] parts = status.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("Not an HTTP/1.x answer: " + status);
    }
    HttpMessage.Builder answer;
    try {
      answer = HttpMessage.response(Integer.parseInt(parts[1])).request(request);
    } catch (IllegalArgumentException e) {
      throw new IOException("Not an HTTP status: " + status, e);
    }
    long length = -1;
    boolean chunked = false;
    int count = 0;
    for (String l = line(in); !l.isEmpty(); l = line(in)) {
      if (++count > MAX_HEADERS) {
        throw new IOException("More than " + MAX_HEADERS + " header lines");
      }
      int colon = l.indexOf(':');
      if (colon <= 0) {
        throw new IOException("Not a header line: " + l);
      }
      String name = l.substring(0, colon).strip();
      String value = l.substring(colon + 1).strip();
      answer.header(name, value);
      if (name.equalsIgnoreCase("Content-Length")) {
        length = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body;
    if (chunked) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      for (long size = chunkSize(line(in)); size > 0; size = chunkSize(line(in))) {
        if (b.size() + size > MAX_BODY) {
          throw new IOException("An answer over " + MAX_BODY + " bytes");
        }
        b.write(exactly(in, (int) size));
        line(in);
      }
      while (!line(in).isEmpty()) {
        // trailer fields are not kept
      }
      body = b.toByteArray();
    } else if (length >= 0) {
      if (length > MAX_BODY) {
        throw new IOException("An answer over " + MAX_BODY + " bytes");
      }
      body = exactly(in, (int) length);
    } else {
      body = in.readNBytes(MAX_BODY);
    }
    return answer.body(body).build();
  }

  private static long chunkSize(String l) throws IOException {
    int semi = l.indexOf(';');
    try {
      return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).strip(), 16);
    } catch (NumberFormatException e) {
      throw new IOException("Not a chunk size: " + l, e);
    }
  }

  private static byte[] exactly(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new IOException("The answer ended after " + b.length + " of " + n + " bytes");
    }
    return b;
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c == -1) {
        throw new IOException("The connection closed in the middle of a line");
      }
      if (c != '\r') {
        b.write(c);
      }
      if (b.size() > MAX_LINE) {
        throw new IOException("A line over " + MAX_LINE + " bytes");
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }
}
