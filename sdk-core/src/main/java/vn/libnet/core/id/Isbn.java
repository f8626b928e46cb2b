package vn.libnet.core.id;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An International Standard Book Number (ISO 2108), in its 10-digit or 13-digit form.
 *
 * <p>{@link #parse(String)} accepts what people and catalogues actually contain: hyphens, spaces and
 * typographic dashes between groups, full-width digits, a lower-case {@code x}, a leading label
 * ({@code ISBN}, {@code ISBN-13:}), and a trailing qualifier as found in MARC 020 $a
 * ({@code "9786041012345 (pbk.)"}), which is dropped. The check digit is always verified.
 *
 * <p>Instances are immutable; {@link #toString()} is the compact form, digits only (and {@code X}).
 * Two instances are equal when they have the same form and digits; use {@link #sameBookAs(Isbn)} to
 * compare a 10-digit and a 13-digit ISBN of the same book.
 */
public final class Isbn {
  private final String digits;

  private Isbn(String digits) {
    this.digits = digits;
  }

  /**
   * Parses an ISBN-10 or ISBN-13.
   *
   * @throws InvalidIdentifierException with code {@code ISBN_EMPTY}, {@code ISBN_CHARACTER},
   *     {@code ISBN_LENGTH}, {@code ISBN_PREFIX} or {@code ISBN_CHECKSUM}, whose message names the
   *     problem
   */
  @JsonCreator
  public static Isbn parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidIdentifierException(IdentifierFailure.ISBN_EMPTY, String.valueOf(text));
    }
    String s = IdentifierText.stripLabel(IdentifierText.clean(text), "ISBN");
    StringBuilder sig = new StringBuilder(13);
    List<Integer> groupEnds = new ArrayList<>();
    int i = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9' || c == 'X' || c == 'x') {
        sig.append(Character.toUpperCase(c));
      } else if (c == ' ') {
        groupEnds.add(sig.length());
      } else if (c != '-') {
        break;
      }
    }
    if (sig.length() == 0) {
      char bad = i < s.length() ? s.charAt(i) : ' ';
      throw new InvalidIdentifierException(IdentifierFailure.ISBN_CHARACTER, text, String.valueOf(bad), i + 1);
    }
    // A qualifier may itself start with digits ("978... 2 vols"): cut at a space where the count fits.
    if (sig.length() != 10 && sig.length() != 13) {
      for (int k = groupEnds.size() - 1; k >= 0; k--) {
        int end = groupEnds.get(k);
        if (end == 13 || end == 10) {
          sig.setLength(end);
          break;
        }
      }
    }
    int n = sig.length();
    if (n != 10 && n != 13) {
      throw new InvalidIdentifierException(IdentifierFailure.ISBN_LENGTH, text, n);
    }
    int x = sig.indexOf("X");
    if (x >= 0 && (n != 10 || x != 9)) {
      throw new InvalidIdentifierException(IdentifierFailure.ISBN_CHARACTER, text, "X", x + 1);
    }
    String d = sig.toString();
    if (n == 13 && !d.startsWith("978") && !d.startsWith("979")) {
      throw new InvalidIdentifierException(IdentifierFailure.ISBN_PREFIX, text, d.substring(0, 3));
    }
    char expected = n == 10 ? check10(d) : check13(d);
    if (d.charAt(n - 1) != expected) {
      throw new InvalidIdentifierException(
          IdentifierFailure.ISBN_CHECKSUM, text, String.valueOf(d.charAt(n - 1)), String.valueOf(expected));
    }
    return new Isbn(d);
  }

  /** The ISBN in {@code text}, or empty when it is not a valid ISBN. */
  public static Optional<Isbn> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidIdentifierException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code text} parses as a valid ISBN; never throws. */
  public static boolean isValid(String text) {
    return tryParse(text).isPresent();
  }

  /** Whether this is the 13-digit form. */
  public boolean isIsbn13() {
    return digits.length() == 13;
  }

  /** The 13-digit form (a 10-digit ISBN gains the 978 prefix and a new check digit). */
  public Isbn toIsbn13() {
    if (isIsbn13()) {
      return this;
    }
    String body = "978" + digits.substring(0, 9);
    return new Isbn(body + check13(body + "0"));
  }

  /** The 10-digit form; empty for 979- ISBNs, which have none. */
  public Optional<Isbn> toIsbn10() {
    if (!isIsbn13()) {
      return Optional.of(this);
    }
    if (!digits.startsWith("978")) {
      return Optional.empty();
    }
    String body = digits.substring(3, 12);
    return Optional.of(new Isbn(body + check10(body + "0")));
  }

  /** Whether both identify the same book, whatever their forms. */
  public boolean sameBookAs(Isbn other) {
    return toIsbn13().digits.equals(other.toIsbn13().digits);
  }

  /** The compact form: 10 or 13 characters, digits and possibly a final {@code X}. */
  @JsonValue
  @Override
  public String toString() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Isbn other && digits.equals(other.digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  // Weights 10..2 over the first nine digits; the check makes the sum divisible by 11.
  private static char check10(String d) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (d.charAt(i) - '0');
    }
    int c = (11 - sum % 11) % 11;
    return c == 10 ? 'X' : (char) ('0' + c);
  }

  // Weights 1,3,1,3... over the first twelve digits; the check makes the sum divisible by 10.
  private static char check13(String d) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (i % 2 == 0 ? 1 : 3) * (d.charAt(i) - '0');
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }
}
