package vn.libnet.digital.bagit;

import java.text.Normalizer;
import java.util.Optional;

/**
 * File paths as manifests and fetch files write them (RFC 8493 §2.1.3, §7.2): slash-separated, relative to
 * the bag, with CR, LF and {@code %} percent-encoded ({@code %0D}, {@code %0A}, {@code %25}) and nothing
 * else decoded.
 */
final class BagPaths {
  private BagPaths() {}

  /** The path as a manifest line writes it. */
  static String encode(String path) {
    StringBuilder b = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      switch (c) {
        case '%' -> b.append("%25");
        case '\r' -> b.append("%0D");
        case '\n' -> b.append("%0A");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The path a manifest line names; {@code %25}, {@code %0D} and {@code %0A} decoded, any other {@code %} kept. */
  static String decode(String written) {
    if (written.indexOf('%') < 0) {
      return written;
    }
    StringBuilder b = new StringBuilder(written.length());
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == '%' && i + 2 < written.length()) {
        String code = written.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT);
        switch (code) {
          case "25" -> {
            b.append('%');
            i += 2;
            continue;
          }
          case "0D" -> {
            b.append('\r');
            i += 2;
            continue;
          }
          case "0A" -> {
            b.append('\n');
            i += 2;
            continue;
          }
          default -> {
            // Another %xx (%7E) is the file name's own text: only the three above are encoded (§2.1.3).
          }
        }
      }
      b.append(c);
    }
    return b.toString();
  }

  /** Whether a written path has a {@code %} that is not one of the three encodings (written by a tool that does not encode). */
  static boolean hasBarePercent(String written) {
    for (int i = written.indexOf('%'); i >= 0; i = written.indexOf('%', i + 1)) {
      String code = written.length() >= i + 3 ? written.substring(i + 1, i + 3).toUpperCase(java.util.Locale.ROOT) : "";
      if (!code.equals("25") && !code.equals("0D") && !code.equals("0A")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a decoded path cannot name a file inside the bag, if it cannot: absolute, a drive, a home shortcut
   * ({@code ~}), a {@code ..} segment, an empty segment, or a backslash (RFC 8493 §7.2).
   */
  static Optional<String> outside(String path) {
    String p = path.startsWith("./") ? path.substring(2) : path;
    if (p.isEmpty() || p.startsWith("/") || p.startsWith("~") || p.matches("^[A-Za-z]:.*") || p.contains("\\")) {
      return Optional.of("absolute");
    }
    for (String segment : p.split("/", -1)) {
      if (segment.equals("..")) {
        return Optional.of("parent");
      }
      if (segment.isEmpty()) {
        return Optional.of("empty");
      }
    }
    return Optional.empty();
  }

  /** The path with a leading {@code ./} dropped, as some tools write it. */
  static String plain(String path) {
    return path.startsWith("./") ? path.substring(2) : path;
  }

  static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
