/**
 * The vocabulary of SRU (Search/Retrieve via URL) that its client and its responder share: the protocol
 * versions ({@link vn.libnet.core.sru.SruVersion}: 1.1 and 1.2 of the Library of Congress, 2.0 of OASIS
 * searchRetrieve) and the numbered diagnostics of the SRU list ({@link vn.libnet.core.sru.SruDiagnosticCode}).
 * The client is sdk-client's {@code vn.libnet.client.sru}, the responder sdk-server's {@code
 * vn.libnet.server.sru}; CQL, the query language of both, is {@link vn.libnet.core.cql}.
 */
package vn.libnet.core.sru;
