/**
 * An SRU responder (Search/Retrieve via URL: 1.1 and 1.2 of the Library of Congress, 2.0 of OASIS
 * searchRetrieve) that a library system mounts to let any other library search its catalogue. {@link
 * vn.libnet.server.sru.SruProvider} does the protocol: the version rules, explain (a ZeeRex record),
 * searchRetrieve with paging, record schemas ({@code marcxml}, {@code dc}) and packings, scan, and every
 * diagnostic a bad request earns; the vendor's {@link vn.libnet.server.sru.SruRecordSource} answers CQL
 * queries already parsed by sdk-core ({@link vn.libnet.core.cql}). {@link
 * vn.libnet.server.sru.SruServlet} mounts it in a Jakarta Servlet 6 container.
 *
 * <p>Z39.50 is not spoken here: a library whose catalogue only answers Z39.50 is reached through an SRU
 * gateway in front of it (YAZ's {@code yaz-ztest}/Metaproxy, or Zebra's own SRU port), and a vendor who
 * needs a native bridge implements {@link vn.libnet.server.sru.SruRecordSource} over its Z39.50 client.
 */
package vn.libnet.server.sru;
