package vn.libnet.core.model;

/**
 * An identifier of a resource.
 *
 * @param type the scheme
 * @param value the identifier as given; standard identifiers are checked by the national profile
 * @param qualifier a qualifier such as "(pbk.)" or "(Online)"
 */
public record Identifier(IdentifierType type, String value, String qualifier) {
  /** An identifier with no qualifier. */
  public static Identifier of(IdentifierType type, String value) {
    return new Identifier(type, value, null);
  }
}
