package vn.libnet.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * An International Standard Identifier for Libraries and Related Organizations (ISO 15511, adopted in
 * Viet Nam as TCVN 11645:2016), such as {@code VN-HaNoi-TVQG}.
 *
 * <p>An ISIL has at most 16 characters drawn from the unaccented Latin letters, the digits, solidus
 * ({@code /}), hyphen-minus and colon. It is a prefix (an ISO 3166 country code, or a 1, 3 or
 * 4-letter non-country prefix), a hyphen, and the library's identifier. Vietnamese ISILs have the prefix
 * {@code VN}. {@link #parse(String)} trims surrounding space and upper-cases the prefix, and otherwise
 * keeps the identifier exactly as given; anything else (an accented letter, a space inside, a missing
 * prefix, more than 16 characters) is refused with a message naming the character and its position.
 */
public final class Isil {
  /** The longest ISIL that ISO 15511 allows. */
  public static final int MAX_LENGTH = 16;

  private final String value;

  private Isil(String value) {
    this.value = value;
  }

  /**
   * Parses an ISIL.
   *
   * @throws InvalidIdentifierException with code {@code ISIL_EMPTY}, {@code ISIL_TOO_LONG},
   *     {@code ISIL_CHARACTER} or {@code ISIL_PREFIX}
   */
  @JsonCreator
  public static Isil parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdentifierException(IdentifierFailure.ISIL_EMPTY, String.valueOf(text));
    }
    String s = text.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '/'
              || c == '-' || c == ':';
      if (!ok) {
        throw new InvalidIdentifierException(IdentifierFailure.ISIL_CHARACTER, text, String.valueOf(c), i + 1);
      }
    }
    if (s.length() > MAX_LENGTH) {
      throw new InvalidIdentifierException(IdentifierFailure.ISIL_TOO_LONG, text, s.length(), MAX_LENGTH);
    }
    int hyphen = s.indexOf('-');
    String prefix = hyphen < 0 ? "" : s.substring(0, hyphen);
    boolean prefixOk =
        hyphen > 0 && hyphen < s.length() - 1 && prefix.length() <= 4
            && prefix.chars().allMatch(Character::isLetter);
    if (!prefixOk) {
      throw new InvalidIdentifierException(IdentifierFailure.ISIL_PREFIX, text);
    }
    return new Isil(prefix.toUpperCase(Locale.ROOT) + s.substring(hyphen));
  }

  /** The ISIL in {@code text}, or empty when it is not a valid ISIL. */
  public static Optional<Isil> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} parses as a valid ISIL; never throws. */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /** The prefix before the first hyphen: a country code such as {@code VN}, or a non-country prefix. */
  public String prefix() {
    return value.substring(0, value.indexOf('-'));
  }

  /** The part after the prefix and its hyphen. */
  public String identifier() {
    return value.substring(value.indexOf('-') + 1);
  }

  /** Whether the ISIL was assigned in Viet Nam (prefix {@code VN}). */
  public boolean isVietnamese() {
    return "VN".equals(prefix());
  }

  @JsonValue
  @Override
  public String toString() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Isil other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
