package vn.libnet.server;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request as the application sees it after the filter: the body the filter read (and verified the
 * digest of) is replayed from memory, so the application reads exactly the bytes that were checked. A
 * form ({@code application/x-www-form-urlencoded} POST) gives its parameters from those bytes too, after
 * the query's, as the container would have (the container's own stream is spent). Multipart bodies are
 * not parsed: {@code getParts} sees none.
 */
final class CachedBodyRequest extends HttpServletRequestWrapper {
  private final byte[] body;
  private Map<String, String[]> parameters;

  CachedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        // The body is already in memory: it is all there at once.
        try {
          listener.onDataAvailable();
          listener.onAllDataRead();
        } catch (java.io.IOException e) {
          listener.onError(e);
        }
      }
    };
  }

  @Override
  public BufferedReader getReader() throws UnsupportedEncodingException {
    String encoding = getCharacterEncoding();
    Charset charset;
    try {
      charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedEncodingException(encoding);
    }
    return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    if (parameters == null) {
      Map<String, List<String>> all = new LinkedHashMap<>();
      super.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(values)));
      String type = getContentType();
      if ("POST".equals(getMethod()) && type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
        form(all);
      }
      Map<String, String[]> out = new LinkedHashMap<>();
      all.forEach((name, values) -> out.put(name, values.toArray(String[]::new)));
      parameters = Collections.unmodifiableMap(out);
    }
    return parameters;
  }

  // name=value pairs, percent-encoded in the request's charset (UTF-8 unless it names another); a pair
  // that does not decode is left out, as containers do.
  private void form(Map<String, List<String>> all) {
    Charset charset;
    try {
      charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
    } catch (IllegalArgumentException e) {
      charset = StandardCharsets.UTF_8;
    }
    for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), charset);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), charset);
        all.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException malformed) {
        // Skipped.
      }
    }
  }

  @Override
  public String getParameter(String name) {
    String[] v = getParameterMap().get(name);
    return v == null || v.length == 0 ? null : v[0];
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(getParameterMap().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] v = getParameterMap().get(name);
    return v == null ? null : v.clone();
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }
}
