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
    List<PublicKeyInfo> publicKeys) {

  /** Makes immutable copies of the lists; absent lists become empty. */
  public Library {
    contacts = Lists.copy(contacts);
    endpoints = Lists.copy(endpoints);
    publicKeys = Lists.copy(publicKeys);
  }

  /** The province code of the library's address, if it has one. */
  public Optional<String> provinceCode() {
    return Optional.ofNullable(address).map(Address::provinceCode);
  }
}
