package vn.libnet.server;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the filter knows of a request before its signature is checked: the target it claims, and its body
 * read no further than the limit.
 *
 * <p>The claimed target is the scheme, {@code Host} and the raw path and query (RFC 9421 §2.2.2): the
 * scheme is that of a public base URL with the same authority, since a TLS front end may sit before the
 * container, else the container's own. The verifier then compares it with its public base URLs, so a
 * {@code Host} that names another authority only makes the signature fail.
 */
final class RequestTarget {
  // A host[:port] as a Host header carries it: a name, an IPv4 address or a bracketed IPv6 one.
  private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.-]+)(:[0-9]{1,5})?");

  private RequestTarget() {}

  /** The target the request claims; empty when it has no {@code Host} that is a host[:port]. */
  static Optional<URI> claimed(HttpServletRequest request, List<URI> publicUrls) {
    String host = request.getHeader("Host");
    if (host == null || !HOST.matcher(host).matches()) {
      return Optional.empty();
    }
    String scheme = publicUrls.stream().filter(u -> sameAuthority(host, u)).map(URI::getScheme).findFirst().orElse(request.getScheme());
    String query = request.getQueryString();
    try {
      URI u = new URI(scheme + "://" + host + request.getRequestURI() + (query == null ? "" : "?" + query));
      return u.getHost() == null ? Optional.empty() : Optional.of(u);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  // Whether Host names the public URL's authority: same host, same port once defaults are filled in
  // ("opac.example.vn" is https://opac.example.vn:443/ as much as https://opac.example.vn/).
  private static boolean sameAuthority(String host, URI publicUrl) {
    int colon = host.lastIndexOf(':');
    boolean hasPort = colon > host.lastIndexOf(']');
    String name = hasPort ? host.substring(0, colon) : host;
    int defaultPort = "https".equalsIgnoreCase(publicUrl.getScheme()) ? 443 : 80;
    int port = hasPort ? Integer.parseInt(host.substring(colon + 1)) : defaultPort;
    return name.equalsIgnoreCase(publicUrl.getHost()) && port == (publicUrl.getPort() == -1 ? defaultPort : publicUrl.getPort());
  }

  /**
   * Where a refusal of a request without a usable target says it was sent: under the first public base
   * URL, or the container's own idea of the request URL.
   */
  static URI fallback(HttpServletRequest request, List<URI> publicUrls) {
    String path = request.getRequestURI() == null ? "/" : request.getRequestURI();
    try {
      return publicUrls.isEmpty() ? new URI(request.getScheme(), null, request.getServerName(), request.getServerPort(), "/", null, null)
          : publicUrls.get(0).resolve(new URI(null, null, path, null).getRawPath());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return publicUrls.isEmpty() ? URI.create("http://localhost/") : publicUrls.get(0);
    }
  }

  /** Whether the request says, before a byte of its body is read, that the body is longer than {@code max}. */
  static boolean declaresMoreThan(HttpServletRequest request, long max) {
    return request.getContentLengthLong() > max;
  }

  /** Whether the body comes in chunks, its length known only once read. */
  static boolean isChunked(HttpServletRequest request) {
    return request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null;
  }

  /** The body, or {@code null} when it is longer than {@code max}: reading stops at {@code max} + 1 bytes. */
  static byte[] readBody(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] b = in.readNBytes(cap + 1);
    return b.length > cap ? null : b;
  }
}
