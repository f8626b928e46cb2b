package vn.libnet.client.sru;

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
 * One record of a searchRetrieve answer, or the surrogate diagnostic a server sent in its place.
 *
 * <p>{@link #data()} is the record as the server meant it, whichever packing it used: with XML packing,
 * the one element inside {@code recordData} as a standalone document (every namespace it uses declared);
 * with string packing, the unescaped text (its XML declaration dropped). A schema that is not XML keeps its
 * text as sent. {@link #issues()} says what the client repaired to read it (bad UTF-8 became U+FFFD,
 * characters XML forbids were dropped): such a record's text is not exactly the server's.
 *
 * @param position the record's position in the result set (1 = first): its {@code recordPosition}, or
 *     counted from the page's start when the server sent none
 * @param schema the {@code recordSchema} as the server wrote it (a short name or a URI), empty when absent
 * @param identifier the SRU 2.0 {@code recordIdentifier}, when sent
 * @param data the record, empty for a surrogate diagnostic
 * @param diagnostic the surrogate diagnostic sent in place of the record, if it is one
 * @param issues the repairs made while reading it
 */
public record SruRecord(int position, String schema, Optional<String> identifier, String data, Optional<SruDiagnostic> diagnostic,
    List<ValidationIssue> issues) {
  /** Checks the parts and copies the list. */
  public SruRecord {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(diagnostic, "diagnostic");
    issues = List.copyOf(issues);
  }

  /** Whether the server sent a surrogate diagnostic (e.g. 64, record temporarily unavailable) instead of the record. */
  public boolean surrogate() {
    return diagnostic.isPresent();
  }

  /**
   * The record read as MARCXML (MARC 21 slim; {@code marcxml}, {@code MARC21-xml} and similar schemas) by
   * sdk-marc: each record with its issues, {@link #issues()} added to the first. Damage is reported in
   * the issues as {@code options} say (lenient: never thrown); empty for a surrogate diagnostic.
   *
   * @throws vn.libnet.marc.io.MarcReadException in strict mode, when the MARCXML is damaged
   */
  public List<MarcRead> marcRecords(ReadOptions options) {
    return surrogate() || data.isBlank() ? List.of() : MarcXml.read(data, options, issues);
  }

  /**
   * The record read as simple Dublin Core (the SRU {@code dc} schema's {@code srw_dc:dc}, or {@code
   * oai_dc:dc}) into a {@link BibRecord} whose id is the {@link #identifier()}, or {@code sru:} and the
   * position without one; the mapping is the OAI-PMH harvester's. Empty for a surrogate diagnostic, or
   * when the data is not a Dublin Core record or not well-formed.
   */
  public Optional<BibRecord> bibRecord() {
    return surrogate() ? Optional.empty() : DublinCoreReader.read(identifier.orElse("sru:" + position), data);
  }
}
