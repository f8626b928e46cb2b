package vn.libnet.client.oai;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.libnet.client.internal.DublinCoreReader;
import vn.libnet.client.internal.MarcXml;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.ReadOptions;

/**
 * One record of ListRecords or GetRecord: its header and, unless it is a deletion, its metadata as a
 * standalone XML document (the one child of {@code <metadata>}, with the namespaces it uses declared),
 * whatever the format. {@link #issues()} says what the harvester repaired to read it (bad UTF-8 became
 * U+FFFD, characters XML forbids were dropped): such a record's text is not exactly the repository's.
 *
 * @param header the record's header
 * @param metadataPrefix the format it was asked in
 * @param metadataXml the metadata, empty for a deletion or a record without any
 * @param issues the repairs made while reading it
 */
public record OaiRecord(OaiHeader header, String metadataPrefix, Optional<String> metadataXml, List<ValidationIssue> issues) {
  /** Checks the parts and copies the list. */
  public OaiRecord {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(metadataPrefix, "metadataPrefix");
    Objects.requireNonNull(metadataXml, "metadataXml");
    issues = List.copyOf(issues);
  }

  /** Whether the record is a deletion (header {@code status="deleted"}); a deletion has no metadata. */
  public boolean deleted() {
    return header.deleted();
  }

  /**
   * The metadata read as MARCXML (MARC 21 slim, as {@code marc21} and {@code marcxml} disseminate it) by
   * sdk-marc: each record with its issues, the harvester's {@link #issues()} added to the first. Damage is
   * reported in the issues as {@code options} say (lenient: never thrown); empty for a deletion.
   *
   * @throws vn.libnet.marc.io.MarcReadException in strict mode, when the MARCXML is damaged
   */
  public List<MarcRead> marcRecords(ReadOptions options) {
    if (metadataXml.isEmpty()) {
      return List.of();
    }
    return MarcXml.read(metadataXml.get(), options, issues);
  }

  /**
   * The metadata read as simple Dublin Core ({@code oai_dc}) into a {@link BibRecord} whose id is the
   * OAI identifier (see {@link OaiHarvester} for the mapping); empty for a deletion, or when the
   * metadata is not an {@code oai_dc:dc} element or not well-formed.
   */
  public Optional<BibRecord> bibRecord() {
    return metadataXml.flatMap(xml -> DublinCoreReader.read(header.identifier(), xml));
  }
}
