package vn.libnet.core.model;

/**
 * A person or desk to contact at a library.
 *
 * @param name the person's or desk's name
 * @param role what they answer for, e.g. "Director", "Cataloguing"
 * @param email an e-mail address
 * @param phone a telephone number as written locally
 */
public record Contact(String name, String role, String email, String phone) {}
