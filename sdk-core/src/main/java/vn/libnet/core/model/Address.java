package vn.libnet.core.model;

/**
 * A postal address in Viet Nam.
 *
 * @param street house number and street, or village
 * @param ward the commune-level unit (xã, phường, đặc khu)
 * @param provinceCode the statistics-office code of the province ({@link Province}); a former code
 *     from before 1 July 2025 is accepted with a warning that names the unit that replaced it
 * @param postalCode the five-digit postal code, if known
 * @param country ISO 3166-1 alpha-2 country code; {@code VN} when not given
 */
public record Address(String street, String ward, String provinceCode, String postalCode, String country) {
  /** Defaults the country to {@code VN}. */
  public Address {
    country = country == null || country.isBlank() ? "VN" : country;
  }
}
