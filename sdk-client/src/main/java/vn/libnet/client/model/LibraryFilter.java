package vn.libnet.client.model;

import vn.libnet.core.model.LibraryType;

/**
 * Which libraries to list from the national database; every part is optional ({@code null} = any).
 *
 * @param provinceCode a 2025 provincial-level unit's statistics-office code, e.g. {@code 01}
 * @param type the kind of library
 * @param text words to look for in the names, Vietnamese diacritics optional
 */
public record LibraryFilter(String provinceCode, LibraryType type, String text) {
  /** Every library. */
  public static final LibraryFilter ANY = new LibraryFilter(null, null, null);

  /** This filter restricted to a province. */
  public LibraryFilter inProvince(String code) {
    return new LibraryFilter(code, type, text);
  }

  /** This filter restricted to a kind of library. */
  public LibraryFilter ofType(LibraryType t) {
    return new LibraryFilter(provinceCode, t, text);
  }

  /** This filter restricted to names containing {@code words}. */
  public LibraryFilter matching(String words) {
    return new LibraryFilter(provinceCode, type, words);
  }
}
