/**
 * The LibNet API v1 wire types that sdk-core does not already model: pages of a cursor, contribution
 * outcomes, union-catalogue records and changes, surveys (problem documents, RFC 9457, are in {@code
 * vn.libnet.core.problem}). Immutable records, read and written with {@link
 * vn.libnet.core.json.LibnetJson#mapper()}; unknown members are ignored so that a newer hub does not break
 * an older client.
 */
package vn.libnet.client.model;
