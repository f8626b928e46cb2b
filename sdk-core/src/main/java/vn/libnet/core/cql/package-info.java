/**
 * CQL, the Contextual Query Language of SRU: version 1.2 as the Library of Congress and OASIS
 * searchRetrieve 1.0 Part 5 define it. {@link vn.libnet.core.cql.Cql#parse(String)} (or a {@link
 * vn.libnet.core.cql.CqlParser} with its own {@link vn.libnet.core.cql.CqlLimits}) turns a query into an
 * immutable {@link vn.libnet.core.cql.CqlQuery}; a bad one is a {@link
 * vn.libnet.core.cql.CqlSyntaxException} naming the position. A query writes itself back as canonical
 * CQL ({@code toCql()}) or XCQL of either schema ({@link vn.libnet.core.cql.XcqlSchema}); {@link
 * vn.libnet.core.cql.Cql#index(String)} builds queries in programs, quoting and escaping their terms.
 */
package vn.libnet.core.cql;
