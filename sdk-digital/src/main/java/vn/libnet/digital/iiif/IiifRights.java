package vn.libnet.digital.iiif;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code rights} values Presentation 3 allows (§3.3.2): a Creative Commons licence or public-domain
 * URI, or a RightsStatements.org statement, in their canonical form ({@code http}, the {@code vocab} path
 * of RightsStatements.org, a final slash).
 */
final class IiifRights {
  private IiifRights() {}

  /** The canonical form of {@code rights}, or empty when it is no Creative Commons or RightsStatements.org URI. */
  static Optional<String> canonical(String rights) {
    if (rights == null) {
      return Optional.empty();
    }
    URI u;
    try {
      u = new URI(rights.strip());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null || u.getRawPath() == null
        || u.getRawQuery() != null) {
      return Optional.empty();
    }
    String host = u.getHost().toLowerCase(Locale.ROOT);
    String path = u.getRawPath();
    if (host.equals("www.creativecommons.org")) {
      host = "creativecommons.org";
    }
    if (host.equals("www.rightsstatements.org")) {
      host = "rightsstatements.org";
    }
    if (host.equals("rightsstatements.org") && path.startsWith("/page/")) {
      path = "/vocab/" + path.substring("/page/".length());
    }
    boolean cc = host.equals("creativecommons.org") && path.matches("/(licenses|publicdomain)/[^/]+(/.+)?");
    boolean rs = host.equals("rightsstatements.org") && path.matches("/vocab/[A-Za-z-]+/[0-9.]+/?");
    if (!cc && !rs) {
      return Optional.empty();
    }
    return Optional.of("http://" + host + (path.endsWith("/") ? path : path + "/"));
  }
}
