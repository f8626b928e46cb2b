/**
 * An OAI-PMH 2.0 harvester: {@link vn.libnet.client.oai.OaiHarvester} reads any repository (Koha, DSpace,
 * Libol, Vebrary, the SDK's own responder) with lazy streams over resumption tokens in constant memory,
 * every protocol error typed ({@link vn.libnet.client.oai.OaiErrorException}), loops of tokens detected
 * ({@link vn.libnet.client.oai.OaiLoopException}), and bad UTF-8 or forbidden characters repaired with an
 * issue on the record they fell in. {@link vn.libnet.client.oai.HarvestJob} harvests incrementally and
 * resumes a killed run from an atomically written checkpoint.
 */
package vn.libnet.client.oai;
