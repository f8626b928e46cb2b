/**
 * An OAI-PMH 2.0 data provider (the responder side of harvesting): {@link vn.libnet.server.oai.OaiProvider}
 * over a vendor's {@link vn.libnet.server.oai.OaiRecordSource}, mounted by {@link
 * vn.libnet.server.oai.OaiServlet}. It disseminates {@code marc21} (MARC 21 slim) and {@code oai_dc}.
 */
package vn.libnet.server.oai;
