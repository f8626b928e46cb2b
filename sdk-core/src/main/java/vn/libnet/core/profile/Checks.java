package vn.libnet.core.profile;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.libnet.core.id.InvalidIdentifierException;
import vn.libnet.core.id.Isil;
import vn.libnet.core.validation.Rule;

/** Small predicates shared by the national profiles. */
final class Checks {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern MEDIA_TYPE =
      Pattern.compile("^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*(\\s*;.*)?$");
  private static final Pattern SHA256 = Pattern.compile("^[0-9a-f]{64}$");

  private Checks() {}

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** Reports {@code missingCode}-style absence to the caller and checks a present ISIL. */
  static void isil(String value, String path, Rule.IssueSink sink) {
    if (blank(value)) {
      return;
    }
    try {
      Isil.parse(value);
    } catch (InvalidIdentifierException e) {
      sink.report(path, value, e.message(sink.context().locale()));
    }
  }

  static Optional<Isil> parsedIsil(String value) {
    return blank(value) ? Optional.empty() : Isil.tryParse(value);
  }

  static boolean email(String s) {
    return EMAIL.matcher(s).matches();
  }

  static boolean mediaType(String s) {
    return MEDIA_TYPE.matcher(s.toLowerCase(Locale.ROOT)).matches();
  }

  static boolean sha256(String s) {
    return SHA256.matcher(s).matches();
  }

  /** An absolute URI with one of {@code schemes} and a host. */
  static boolean absoluteUri(String s, String... schemes) {
    try {
      URI uri = new URI(s.strip());
      if (uri.getScheme() == null || uri.getHost() == null || uri.getHost().isEmpty()) {
        return false;
      }
      for (String scheme : schemes) {
        if (scheme.equalsIgnoreCase(uri.getScheme())) {
          return true;
        }
      }
      return false;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
