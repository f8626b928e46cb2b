package vn.libnet.core.model;

/**
 * What the Ministry of Culture, Sports and Tourism has designated a library as, beyond its type under the
 * Law on Libraries: the attributes that place it in the groups of the programme "Digital transformation of
 * the library sector to 2025, orientation to 2030" (Decision 206/QĐ-TTg of 11 February 2021).
 *
 * <p>Every part is optional; an absent part means "not designated" (a public library without a level is
 * not counted as provincial, a university library without a group is in the other group).
 *
 * @param keyLibrary whether the library is a publicly funded library with an important role (thư viện có
 *     vai trò quan trọng); the National Library of Vietnam is one whatever this says
 * @param governingLevel the level of the body the library belongs to: a provincial-level public library,
 *     or a specialised library of a central body
 * @param universityGroup for a university library, which of the decision's two groups it is in
 */
public record LibraryDesignation(Boolean keyLibrary, GoverningLevel governingLevel, UniversityGroup universityGroup) {

  /** The level of the body a library belongs to. */
  public enum GoverningLevel {
    /** Cấp trung ương: a ministry, a central agency or a national institution. */
    CENTRAL,
    /** Cấp tỉnh: a province or a centrally governed city. */
    PROVINCIAL,
    /** Cấp xã: a commune, ward or special zone. */
    COMMUNE
  }

  /** The two groups of university libraries that Decision 206/QĐ-TTg sets different targets for. */
  public enum UniversityGroup {
    /** The university libraries the decision names beside the key and provincial libraries. */
    LISTED,
    /** The other university libraries. */
    OTHER
  }
}
