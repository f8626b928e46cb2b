/**
 * An SRU client: {@link vn.libnet.client.sru.SruClient} asks any library's SRU server (Koha through Zebra,
 * national and union catalogues, the SDK's own responder) in SRU 1.1, 1.2 or 2.0 for its explain record,
 * a searchRetrieve as a lazy stream of records across pages, and a scan. Diagnostics are typed: a fatal
 * one raises {@link vn.libnet.client.sru.SruDiagnosticException}, non-fatal ones come with the result, and a
 * surrogate diagnostic takes the place of its one record. Records read as MARC 21 through sdk-marc and as
 * Dublin Core into {@code BibRecord}. Queries are CQL strings.
 */
package vn.libnet.client.sru;
