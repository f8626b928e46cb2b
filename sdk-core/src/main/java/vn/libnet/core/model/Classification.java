package vn.libnet.core.model;

/**
 * A classification number.
 *
 * @param scheme the scheme
 * @param number the class number, e.g. "959.7043"
 * @param edition the scheme's edition, e.g. "23" for DDC 23
 */
public record Classification(ClassificationScheme scheme, String number, String edition) {}
