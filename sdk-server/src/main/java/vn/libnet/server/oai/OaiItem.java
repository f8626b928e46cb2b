package vn.libnet.server.oai;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.marc4j.marc.Record;

/**
 * One record of an OAI-PMH repository: its identifier, datestamp, sets, whether it was deleted, and its
 * MARC 21 record (absent for a deletion), from which {@code marc21} and {@code oai_dc} are disseminated.
 *
 * @param identifier the OAI identifier (a URI, such as {@code oai:opac.example.vn:123})
 * @param datestamp when the record was last created, changed or deleted
 * @param sets the setSpecs it belongs to
 * @param deleted whether the record was deleted
 * @param record the MARC 21 record, or {@code null} for a deletion
 */
public record OaiItem(String identifier, Instant datestamp, List<String> sets, boolean deleted, Record record) {
  /** Requires an identifier and a datestamp, and a record unless deleted. */
  public OaiItem {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(datestamp, "datestamp");
    sets = sets == null ? List.of() : List.copyOf(sets);
    if (!deleted && record == null) {
      throw new IllegalArgumentException("A record that is not deleted has its MARC record: " + identifier);
    }
  }

  /** Where a list stopped: the (datestamp, identifier) of its last item. */
  public Position position() {
    return new Position(datestamp, identifier);
  }

  /**
   * A place in the order of (datestamp, identifier), as resumption tokens carry it.
   *
   * @param datestamp the datestamp of the last item handed out
   * @param identifier its identifier
   */
  public record Position(Instant datestamp, String identifier) implements Comparable<Position> {
    @Override
    public int compareTo(Position o) {
      int c = datestamp.compareTo(o.datestamp);
      return c != 0 ? c : identifier.compareTo(o.identifier);
    }
  }
}
