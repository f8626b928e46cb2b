package vn.libnet.core.model;

/**
 * A network service of a library.
 *
 * @param kind the protocol
 * @param url the absolute base URL ({@code https} for web protocols; {@code z3950://} for Z39.50)
 */
public record ServiceEndpoint(EndpointKind kind, String url) {}
