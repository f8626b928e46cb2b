package vn.libnet.core.model;

import java.util.List;
import java.util.Optional;

/**
 * A library as recorded in the national database of libraries.
 *
 * @param isil the library's ISIL (ISO 15511), {@code VN-…} for Vietnamese libraries
 * @param name the official name in Vietnamese
 * @param nameEn the name in English, if any
 * @param type the kind of library under the Law on Libraries
 * @param address the postal address, including the province
 * @param parentOrganization the governing body (cơ quan chủ quản)
 * @param establishedYear the year the library was founded
 * @param website the library's web site
 * @param contacts people or desks to contact
 * @param endpoints the library's network services
 * @param publicKeys the keys the library signs with
 * @param designation what the Ministry has designated the library as, for the groups of the
 *     digital-transformation programme (QĐ 206/QĐ-TTg); absent when nothing is designated
 */
public record Library(
    String isil,
    String name,
    String nameEn,
    LibraryType type,
    Address address,
    String parentOrganization,
    Integer establishedYear,
    String website,
    List<Contact> contacts,
    List<ServiceEndpoint> endpoints,
    List<PublicKeyInfo> publicKeys,
    LibraryDesignation designation) {

  /** Makes immutable copies of the lists; absent lists become empty. */
  public Library {
    contacts = Lists.copy(contacts);
    endpoints = Lists.copy(endpoints);
    publicKeys = Lists.copy(publicKeys);
  }

  /** A library without a designation: the profile as it was before the programme's groups. */
  public Library(
      String isil,
      String name,
      String nameEn,
      LibraryType type,
      Address address,
      String parentOrganization,
      Integer establishedYear,
      String website,
      List<Contact> contacts,
      List<ServiceEndpoint> endpoints,
      List<PublicKeyInfo> publicKeys) {
    this(isil, name, nameEn, type, address, parentOrganization, establishedYear, website, contacts,
        endpoints, publicKeys, null);
  }

  /** A copy with {@code designation} (null to remove it). */
  public Library withDesignation(LibraryDesignation designation) {
    return new Library(isil, name, nameEn, type, address, parentOrganization, establishedYear, website,
        contacts, endpoints, publicKeys, designation);
  }

  /** The province code of the library's address, if it has one. */
  public Optional<String> provinceCode() {
    return Optional.ofNullable(address).map(Address::provinceCode);
  }
}
