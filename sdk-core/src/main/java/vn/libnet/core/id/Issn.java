package vn.libnet.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

/**
 * An International Standard Serial Number (ISO 3297).
 *
 * <p>{@link #parse(String)} accepts {@code 0378-5955}, {@code 03785955}, {@code ISSN 0378-5955},
 * typographic dashes and a lower-case {@code x}, and a trailing qualifier such as {@code (Print)}, which
 * is dropped. The check digit (weights 8 to 2, modulus 11) is always verified. {@link #toString()} is
 * the canonical form {@code NNNN-NNNC}.
 */
public final class Issn {
  private final String digits;

  private Issn(String digits) {
    this.digits = digits;
  }

  /**
   * Parses an ISSN.
   *
   * @throws InvalidIdentifierException with code {@code ISSN_EMPTY}, {@code ISSN_CHARACTER},
   *     {@code ISSN_LENGTH} or {@code ISSN_CHECKSUM}
   */
  @JsonCreator
  public static Issn parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdentifierException(IdentifierFailure.ISSN_EMPTY, String.valueOf(text));
    }
    String s = IdentifierText.stripLabel(IdentifierText.clean(text), "ISSN");
    StringBuilder sig = new StringBuilder(8);
    int i = 0;
    for (; i < s.length() && sig.length() < 8; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c == 'X' || c == 'x') {
        sig.append(Character.toUpperCase(c));
      } else if (c != '-' && c != ' ') {
        break;
      }
    }
    if (sig.length() == 0) {
      char bad = i < s.length() ? s.charAt(i) : ' ';
      throw new InvalidIdentifierException(IdentifierFailure.ISSN_CHARACTER, text, String.valueOf(bad), i + 1);
    }
    // More digits straight after the eighth means this is not an ISSN but a longer number.
    if (i < s.length() && Character.isDigit(s.charAt(i))) {
      throw new InvalidIdentifierException(IdentifierFailure.ISSN_LENGTH, text, sig.length() + 1);
    }
    if (sig.length() != 8) {
      throw new InvalidIdentifierException(IdentifierFailure.ISSN_LENGTH, text, sig.length());
    }
    int x = sig.indexOf("X");
    if (x >= 0 && x != 7) {
      throw new InvalidIdentifierException(IdentifierFailure.ISSN_CHARACTER, text, "X", x + 1);
    }
    String d = sig.toString();
    char expected = check(d);
    if (d.charAt(7) != expected) {
      throw new InvalidIdentifierException(
          IdentifierFailure.ISSN_CHECKSUM, text, String.valueOf(d.charAt(7)), String.valueOf(expected));
    }
    return new Issn(d);
  }

  /** The ISSN in {@code text}, or empty when it is not a valid ISSN. */
  public static Optional<Issn> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} parses as a valid ISSN; never throws. */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /** The canonical form, {@code NNNN-NNNC}. */
  @JsonValue
  @Override
  public String toString() {
    return digits.substring(0, 4) + '-' + digits.substring(4);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Issn other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  private static char check(String d) {
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (8 - i) * (d.charAt(i) - '0');
    }
    int c = (11 - sum % 11) % 11;
    return c == 10 ? 'X' : (char) ('0' + c);
  }
}
