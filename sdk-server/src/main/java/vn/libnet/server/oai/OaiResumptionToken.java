package vn.libnet.server.oai;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * A stateless resumption token: the list's query (prefix, from, until, set), where the last page ended
 * (datestamp and identifier), and when the token expires, in base64url. The server keeps nothing per
 * harvester; a list's {@code until} is fixed by its first page, so records changed while it is harvested
 * fall after it (to the next incremental harvest) rather than being skipped or sent twice.
 */
record OaiResumptionToken(String prefix, Instant from, Instant until, String set, OaiItem.Position after, Instant expires) {
  private static final String SEP = "\u001f";

  String encode() {
    String raw = String.join(SEP, "v1", prefix, str(from), str(until), set == null ? "" : set, after.datestamp().toString(),
        after.identifier(), expires.toString());
    return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The token {@code text} names, or empty when it is not one of this provider's. */
  static Optional<OaiResumptionToken> decode(String text) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
      String[] p = raw.split(SEP, -1);
      if (p.length != 8 || !p[0].equals("v1") || p[1].isEmpty() || p[6].isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new OaiResumptionToken(p[1], instant(p[2]), instant(p[3]), p[4].isEmpty() ? null : p[4],
          new OaiItem.Position(Instant.parse(p[5]), p[6]), Instant.parse(p[7])));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException notOurs) {
      return Optional.empty();
    }
  }

  private static String str(Instant i) {
    return i == null ? "" : i.toString();
  }

  private static Instant instant(String s) {
    return s.isEmpty() ? null : Instant.parse(s);
  }
}
