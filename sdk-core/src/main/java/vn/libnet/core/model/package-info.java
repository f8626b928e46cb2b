/**
 * The data models of the national library network: libraries, bibliographic records, holdings,
 * digitized objects and yearly statistics.
 *
 * <p>Every model is an immutable record that Jackson reads and writes (see {@link
 * vn.libnet.core.json.LibnetJson}); list components are never {@code null}. Identifiers and codes are
 * kept as the strings that were given, so that a wrong value reaches the national profiles in {@link
 * vn.libnet.core.validation} and is reported there with its path, instead of failing while reading.
 */
package vn.libnet.core.model;
