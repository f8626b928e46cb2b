package vn.libnet.client.oai;

/**
 * One metadata format a repository disseminates (ListMetadataFormats); an element left out is empty.
 *
 * @param prefix the {@code metadataPrefix}, e.g. {@code oai_dc} or {@code marc21}
 * @param schema the URL of its XML schema
 * @param namespace its XML namespace
 */
public record OaiMetadataFormat(String prefix, String schema, String namespace) {}
