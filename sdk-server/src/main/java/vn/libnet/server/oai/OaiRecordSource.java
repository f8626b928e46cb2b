package vn.libnet.server.oai;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a vendor's system gives {@link OaiProvider} to publish over OAI-PMH 2.0: its repository's
 * description, its sets, and its records by identifier and by datestamp. The provider does the protocol
 * (verbs, arguments, errors, resumption); the source only answers queries. Implementations must be
 * thread-safe; {@link #items} must be stable in the order it defines.
 */
public interface OaiRecordSource {
  /** The repository, as Identify describes it. */
  OaiRepository repository();

  /** The sets records may belong to; empty when the repository has no set hierarchy. */
  List<OaiSetSpec> sets();

  /** The item {@code identifier}, if the repository has (or had, when deleted) it. */
  Optional<OaiItem> item(String identifier);

  /**
   * At most {@code limit} items with a datestamp from {@code from} to {@code until} (both inclusive, either
   * {@code null} for open), in {@code set} (or any, when {@code null}), in the order of (datestamp,
   * identifier), strictly after {@code after} in that order ({@code null} from the start).
   */
  List<OaiItem> items(Instant from, Instant until, String set, OaiItem.Position after, int limit);
}
