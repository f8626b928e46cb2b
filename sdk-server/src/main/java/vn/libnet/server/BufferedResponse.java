package vn.libnet.server;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The response as the application writes it under the filter: status, headers and body are all kept here
 * and nothing reaches the client until the filter has signed them, since the signature covers the body's
 * digest. {@code sendError} and {@code sendRedirect} are kept too (a container would otherwise write its
 * own unsigned error page); {@code flushBuffer} commits nothing.
 */
final class BufferedResponse extends HttpServletResponseWrapper {
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();
  // Header names compare without case (RFC 9110 §5.1); the first spelling seen is kept.
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private int status = SC_OK;
  private String contentType;
  private String characterEncoding;
  // Set by setCharacterEncoding: the charset then named in Content-Type is this one (Servlet 6 §5.6).
  private boolean encodingSet;
  private String errorMessage;
  private boolean error;
  private ServletOutputStream stream;
  private PrintWriter writer;

  private final long maxBytes;
  private boolean overflowed;
  // Both the stream and the writer write here, so the bound holds for either.
  private final OutputStream sink = new OutputStream() {
    @Override
    public void write(int b) throws IOException {
      room(1);
      body.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      room(len);
      body.write(b, off, len);
    }
  };

  BufferedResponse(HttpServletResponse response, long maxBytes) {
    super(response);
    this.maxBytes = maxBytes;
  }

  private void room(int more) throws IOException {
    if (body.size() + (long) more > maxBytes) {
      overflowed = true;
      throw new IOException("The answer passes " + maxBytes + " bytes, the most the LibNet signature filter holds to sign");
    }
  }

  /** Whether the application wrote more than the filter holds (a writer swallows the exception; this does not). */
  boolean overflowed() {
    return overflowed;
  }

  int status() {
    return status;
  }

  /** Whether the application answered with {@code sendError}, and so left the body to the filter. */
  boolean isError() {
    return error;
  }

  String errorMessage() {
    return errorMessage;
  }

  /**
   * The Content-Type as the application set it, with the charset it chose by {@code setCharacterEncoding}
   * in place of any other: the one its writer encoded the body in.
   */
  String contentTypeOrNull() {
    if (contentType == null || !encodingSet) {
      return contentType;
    }
    return contentType.replaceAll("(?i);\\s*charset=[^;]*", "") + ";charset=" + characterEncoding;
  }

  Map<String, List<String>> headerMap() {
    return headers;
  }

  byte[] bodyBytes() {
    if (writer != null) {
      writer.flush();
    }
    return body.toByteArray();
  }

  @Override
  public void setStatus(int sc) {
    // After sendError the answer is the error's, as once a container has committed it.
    if (!error) {
      status = sc;
    }
  }

  @Override
  public int getStatus() {
    return status;
  }

  @Override
  public void sendError(int sc) {
    sendError(sc, null);
  }

  @Override
  public void sendError(int sc, String msg) {
    resetBuffer();
    status = sc;
    error = true;
    errorMessage = msg;
  }

  @Override
  public void sendRedirect(String location) {
    resetBuffer();
    status = SC_FOUND;
    setHeader("Location", location);
  }

  @Override
  public void setContentType(String type) {
    contentType = type;
    // The container learns the type too, so that its default charset for it (UTF-8 for JSON in some) holds.
    super.setContentType(type);
    if (type != null && writer == null) {
      int at = type.toLowerCase(Locale.ROOT).indexOf("charset=");
      if (at >= 0) {
        characterEncoding = type.substring(at + 8).replace("\"", "").split(";")[0].strip();
        encodingSet = false;
      }
    }
  }

  @Override
  public String getContentType() {
    return contentTypeOrNull();
  }

  // As in a container: once the writer exists, its encoding (and so the charset the answer names) stays.
  @Override
  public void setCharacterEncoding(String charset) {
    if (writer == null) {
      characterEncoding = charset;
      encodingSet = charset != null;
    }
  }

  @Override
  public String getCharacterEncoding() {
    if (characterEncoding != null) {
      return characterEncoding;
    }
    String container = super.getCharacterEncoding();
    return container == null ? StandardCharsets.ISO_8859_1.name() : container;
  }

  // The filter sets the length of what it sends; the application's own would be the unsigned body's.
  @Override
  public void setContentLength(int len) {}

  @Override
  public void setContentLengthLong(long len) {}

  @Override
  public void setHeader(String name, String value) {
    if (skipped(name, value)) {
      return;
    }
    headers.remove(key(name));
    if (value != null) {
      headers.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!skipped(name, value) && value != null) {
      headers.computeIfAbsent(key(name), k -> new ArrayList<>()).add(value);
    }
  }

  @Override
  public void setIntHeader(String name, int value) {
    setHeader(name, Integer.toString(value));
  }

  @Override
  public void addIntHeader(String name, int value) {
    addHeader(name, Integer.toString(value));
  }

  @Override
  public void setDateHeader(String name, long date) {
    setHeader(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
        java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)));
  }

  @Override
  public void addDateHeader(String name, long date) {
    addHeader(name, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
        java.time.Instant.ofEpochMilli(date).atZone(java.time.ZoneOffset.UTC)));
  }

  @Override
  public boolean containsHeader(String name) {
    return headers.containsKey(key(name));
  }

  @Override
  public String getHeader(String name) {
    List<String> v = headers.get(key(name));
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  @Override
  public Collection<String> getHeaders(String name) {
    return List.copyOf(headers.getOrDefault(key(name), List.of()));
  }

  @Override
  public Collection<String> getHeaderNames() {
    return List.copyOf(headers.keySet());
  }

  private boolean skipped(String name, String value) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("content-type")) {
      setContentType(value);
      return true;
    }
    // The filter computes these for the body it signs.
    return n.equals("content-length") || n.equals("content-digest") || n.equals("signature") || n.equals("signature-input");
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was already called on this response");
    }
    if (stream == null) {
      stream = new ServletOutputStream() {
        @Override
        public void write(int b) throws IOException {
          sink.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          sink.write(b, off, len);
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
          throw new IllegalStateException("The LibNet signature filter answers synchronously: the signature needs the whole body");
        }
      };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (stream != null) {
      throw new IllegalStateException("getOutputStream() was already called on this response");
    }
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(sink, Charset.forName(getCharacterEncoding())));
    }
    return writer;
  }

  @Override
  public void flushBuffer() {
    if (writer != null) {
      writer.flush();
    }
  }

  @Override
  public boolean isCommitted() {
    return false;
  }

  @Override
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
    }
    body.reset();
  }

  @Override
  public void reset() {
    resetBuffer();
    headers.clear();
    status = SC_OK;
    contentType = null;
    characterEncoding = null;
    encodingSet = false;
    error = false;
    errorMessage = null;
  }

  @Override
  public void setBufferSize(int size) {}

  @Override
  public int getBufferSize() {
    return Integer.MAX_VALUE;
  }
}
