package vn.libnet.marc.match;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.id.Issn;

/**
 * The normal forms that identifiers are compared in. Every method returns empty for a value that is not
 * an identifier of its kind, so a damaged value never agrees or conflicts with anything.
 */
final class IdNormalizer {
  private static final Pattern SYSTEM = Pattern.compile("^\\(([^)]+)\\)\\s*(.+)$");
  private static final Pattern OCLC = Pattern.compile("^(?:ocm|ocn|on|ocl7)?0*(\\d{1,12})$");
  private static final Pattern LCCN = Pattern.compile("^(?:[a-z]{0,3}\\d{8}|[a-z]{0,2}\\d{10})$");

  private IdNormalizer() {}

  /** An ISSN (ISO 3297) as {@code NNNN-NNNC}; the check digit must be right. */
  static Optional<String> issn(String text) {
    return Issn.tryParse(text).map(Issn::toString);
  }

  /** An ISBN as its ISBN-13 digits (ISO 2108), as 776 $z and 773 $z carry it. */
  static Optional<String> isbn(String text) {
    return Isbn.tryParse(text).map(i -> "isbn:" + i.toIsbn13());
  }

  /**
   * A system control number (035 $a, 773/776 $w) as {@code (PREFIX)number}. The OCLC prefix is written
   * {@code (OCoLC)} and its number loses the ocm/ocn/on prefixes and leading zeros, so
   * {@code (OCoLC)ocm00012345} and {@code (OCoLC)12345} are one number; a {@code (DLC)} number is an
   * LCCN and is normalised as one; other numbers lose their spaces.
   */
  static Optional<String> systemNumber(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = SYSTEM.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String prefix = m.group(1).strip();
    String number = m.group(2).strip();
    if (prefix.equalsIgnoreCase("OCoLC")) {
      return oclcNumber(number).map(n -> "(OCoLC)" + n);
    }
    if (prefix.equalsIgnoreCase("DLC")) {
      return lccn(number).map(n -> "(DLC)" + n);
    }
    String n = number.replace(" ", "");
    return n.isEmpty() ? Optional.empty() : Optional.of("(" + prefix + ")" + n);
  }

  /** An OCLC number without prefixes or leading zeros, e.g. "12345" for "ocm00012345". */
  static Optional<String> oclcNumber(String text) {
    Matcher m = OCLC.matcher(text.strip().toLowerCase(Locale.ROOT));
    return m.matches() && !m.group(1).isEmpty() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * A Library of Congress Control Number normalised by LC's rule (LCCN namespace): blanks removed, a
   * slash and everything after it removed, and a hyphen removed with the part after it left-filled
   * with zeros to six digits; letters in lower case. "n 78-890351" and "n78890351" are one LCCN,
   * "85-2" is "85000002". The result must be up to three letters and eight digits or up to two
   * letters and ten digits; anything else is not an LCCN. Blanks written as '^' count as blanks.
   */
  static Optional<String> lccn(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.replace("^", "").replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    int slash = s.indexOf('/');
    if (slash >= 0) {
      s = s.substring(0, slash);
    }
    int hyphen = s.indexOf('-');
    if (hyphen >= 0) {
      String after = s.substring(hyphen + 1);
      if (after.length() > 6 || !after.chars().allMatch(Character::isDigit)) {
        return Optional.empty();
      }
      s = s.substring(0, hyphen) + "0".repeat(6 - after.length()) + after;
    }
    return LCCN.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  /**
   * A 024 other standard identifier with its kind: {@code 024/<ind1>:<value>}, or
   * {@code 024/7/<source>:<value>} when the first indicator says the source is in $2. The value loses
   * blanks and hyphens and is upper case (a DOI is case-insensitive).
   */
  static Optional<String> otherId(char ind1, String source, String value) {
    if (value == null) {
      return Optional.empty();
    }
    String v = value.strip();
    int space = v.indexOf(' ');
    if (space > 0 && ind1 != '7') {
      v = v.substring(0, space); // a qualifier after the number, e.g. "(pbk.)"
    }
    v = v.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    String kind = ind1 == '7' ? "7/" + (source == null ? "" : source.strip().toLowerCase(Locale.ROOT)) : String.valueOf(ind1);
    return Optional.of("024/" + kind + ":" + v);
  }
}
