package vn.libnet.client.sru;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What an SRU server says of itself in its explain record (ZeeRex). Values are as the server wrote them,
 * trimmed; a part it left out is empty (or an empty list, or an empty optional).
 *
 * @param version the SRU version of the answer ({@code version} element, else the server info's)
 * @param host the server's host name
 * @param port the server's port, as written
 * @param database the database (path) name
 * @param title the database's title (the primary one, else the first)
 * @param description the database's description (the primary one, else the first)
 * @param indexes the indexes it can search
 * @param schemas the record schemas it can send
 * @param defaultNumberOfRecords how many records it sends when not told ({@code default type="numberOfRecords"})
 * @param maximumRecords the most records it sends in one answer ({@code setting type="maximumRecords"})
 * @param diagnostics non-fatal diagnostics sent with the record
 */
public record SruExplain(String version, String host, String port, String database, String title, String description,
    List<SruIndex> indexes, List<SruSchema> schemas, OptionalInt defaultNumberOfRecords, OptionalInt maximumRecords,
    List<SruDiagnostic> diagnostics) {
  /** Checks the parts and copies the lists. */
  public SruExplain {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    indexes = List.copyOf(indexes);
    schemas = List.copyOf(schemas);
    Objects.requireNonNull(defaultNumberOfRecords, "defaultNumberOfRecords");
    Objects.requireNonNull(maximumRecords, "maximumRecords");
    diagnostics = List.copyOf(diagnostics);
  }
}
