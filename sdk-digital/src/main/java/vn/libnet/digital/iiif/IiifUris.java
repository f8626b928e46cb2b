package vn.libnet.digital.iiif;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Percent-encoding (RFC 3986 §2.1) of file names in the URIs of a manifest: names are taken in Unicode NFC
 * (scanners on macOS write NFD), encoded as UTF-8, and every octet other than an unreserved character is
 * written {@code %XX}, so that {@code %}, spaces, {@code #}, {@code ?}, CR and LF in a name cannot change
 * the URI's meaning.
 */
final class IiifUris {
  private IiifUris() {}

  /** {@code path} with each {@code /}-separated segment encoded and the slashes kept. */
  static String path(String path) {
    return String.join("/", java.util.Arrays.stream(path.split("/", -1)).map(IiifUris::segment).toList());
  }

  /** {@code text} encoded whole, its slashes too: an Image API identifier (Image API 3.0 §9). */
  static String segment(String text) {
    byte[] bytes = Normalizer.normalize(text, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return out.toString();
  }

  /** {@code base} without its trailing slashes. */
  static String trim(String base) {
    String b = base.strip();
    while (b.endsWith("/")) {
      b = b.substring(0, b.length() - 1);
    }
    return b;
  }
}
