package vn.libnet.core.signature;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The signature base of RFC 9421 §2.5: one line per covered component, {@code "id": value}, then the
 * {@code "@signature-params"} line, joined by LF with no final LF, encoded as ASCII. Component values
 * are derived as §2.1 (fields, with the {@code sf}, {@code key}, {@code bs} and {@code req} parameters)
 * and §2.2 (derived components) say.
 */
public final class SignatureBase {
  /** Fields known to be structured dictionaries, for {@code ;sf} and {@code ;key}. */
  private static final Set<String> DICTIONARIES =
      Set.of("signature", "signature-input", "content-digest", "repr-digest", "want-content-digest",
          "want-repr-digest", "priority", "cache-status", "example-dict");
  /** Fields known to be structured lists. */
  private static final Set<String> LISTS = Set.of("accept-ch", "cache-status", "proxy-status", "example-list");

  private SignatureBase() {}

  /**
   * The signature base of {@code message} for {@code params}.
   *
   * @throws HttpSignatureException {@code COMPONENT_MISSING} or {@code COMPONENT_INVALID} naming the
   *     component
   */
  public static String build(HttpMessage message, SignatureParameters params) {
    StringBuilder base = new StringBuilder(256);
    for (ComponentId c : params.components()) {
      base.append(c).append(": ").append(value(message, c)).append('\n');
    }
    base.append("\"@signature-params\": ").append(params);
    String text = base.toString();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch > 0x7E || ch < 0x20 && ch != '\n') {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, "(base)", "non-ASCII or control character in the signature base");
      }
    }
    return text;
  }

  /** The base as the bytes that are signed. */
  static byte[] bytes(HttpMessage message, SignatureParameters params) {
    return build(message, params).getBytes(StandardCharsets.US_ASCII);
  }

  /** The value of one component in {@code message}. */
  static String value(HttpMessage message, ComponentId c) {
    HttpMessage m = message;
    if (c.has("req")) {
      if (message.isRequest()) {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "req is for components of the request a response answers");
      }
      m = message.request().orElseThrow(() -> new HttpSignatureException(SignatureFailure.COMPONENT_MISSING, c, "the request is not known"));
    }
    if (c.has("tr")) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "trailer fields are not supported");
    }
    return c.derived() ? derived(m, c) : field(m, c);
  }

  private static String derived(HttpMessage m, ComponentId c) {
    String name = c.name();
    if (name.equals("@status")) {
      if (m.isRequest()) {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "a request has no status");
      }
      return String.valueOf(m.status());
    }
    if (!m.isRequest()) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "a response has no " + name + "; use ;req");
    }
    URI uri = m.targetUri();
    switch (name) {
      case "@method":
        return m.method();
      case "@target-uri":
        return uri.toString();
      case "@authority": {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || port == 443 && "https".equalsIgnoreCase(uri.getScheme())
            || port == 80 && "http".equalsIgnoreCase(uri.getScheme());
        return defaultPort ? host : host + ":" + port;
      }
      case "@scheme":
        return uri.getScheme().toLowerCase(Locale.ROOT);
      case "@request-target":
        return path(uri) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      case "@path":
        return path(uri);
      case "@query":
        return "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery());
      case "@query-param":
        return queryParam(uri, c);
      default:
        throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "unknown derived component");
    }
  }

  private static String path(URI uri) {
    String p = uri.getRawPath();
    return p == null || p.isEmpty() ? "/" : p;
  }

  // §2.2.8: decode the query as application/x-www-form-urlencoded, re-encode the value.
  private static String queryParam(URI uri, ComponentId c) {
    if (!(c.params().get("name") instanceof String wanted)) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "@query-param needs name=\"…\"");
    }
    String query = uri.getRawQuery();
    List<String> values = new ArrayList<>();
    if (query != null) {
      for (String pair : query.split("&")) {
        int eq = pair.indexOf('=');
        String rawName = eq < 0 ? pair : pair.substring(0, eq);
        String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
        if (encode(decode(rawName)).equals(wanted) || decode(rawName).equals(wanted)) {
          values.add(encode(decode(rawValue)));
        }
      }
    }
    if (values.isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_MISSING, c, "no such query parameter");
    }
    if (values.size() > 1) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "the query parameter occurs more than once");
    }
    return values.get(0);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String encode(String s) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16))).append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

  private static String field(HttpMessage m, ComponentId c) {
    List<String> values = m.headers(c.name());
    if (values.isEmpty()) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_MISSING, c, "the field is absent");
    }
    if (c.has("bs")) {
      if (c.has("sf") || c.has("key")) {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "bs cannot be combined with sf or key");
      }
      StringBuilder sb = new StringBuilder();
      for (String v : values) {
        if (sb.length() > 0) {
          sb.append(", ");
        }
        StructuredFields.writeBare(sb, v.strip().getBytes(StandardCharsets.ISO_8859_1));
      }
      return sb.toString();
    }
    String combined = String.join(", ", values.stream().map(String::strip).toList());
    if (c.params().get("key") instanceof String key) {
      Map<String, Object> dict = dictionary(c, combined);
      Object member = dict.get(key);
      if (member == null) {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_MISSING, c, "the dictionary has no member " + key);
      }
      return StructuredFields.serialize(member);
    }
    if (c.has("sf")) {
      if (DICTIONARIES.contains(c.name())) {
        return StructuredFields.serializeDictionary(dictionary(c, combined));
      }
      if (LISTS.contains(c.name())) {
        try {
          return StructuredFields.serializeList(StructuredFields.parseList(combined));
        } catch (IllegalArgumentException e) {
          throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, e.getMessage());
        }
      }
      try {
        return StructuredFields.serialize(StructuredFields.parseItem(combined));
      } catch (IllegalArgumentException e) {
        throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, "not a known structured field: " + e.getMessage());
      }
    }
    return combined;
  }

  private static Map<String, Object> dictionary(ComponentId c, String value) {
    try {
      return StructuredFields.parseDictionary(value);
    } catch (IllegalArgumentException e) {
      throw new HttpSignatureException(SignatureFailure.COMPONENT_INVALID, c, e.getMessage());
    }
  }

}
