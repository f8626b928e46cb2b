package vn.libnet.testkit;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.marc4j.marc.Record;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.server.oai.OaiItem;
import vn.libnet.server.oai.OaiRecordSource;
import vn.libnet.server.oai.OaiRepository;
import vn.libnet.server.oai.OaiSetSpec;

/**
 * The hub's union catalogue as an OAI-PMH repository: every contributed record under {@code
 * oai:libnet:<record id>}, with its datestamp the time it was last contributed, in a set per contributing
 * library ({@code isil:<ISIL>}) and per province of that library's profile ({@code province:<code>}). The
 * hub deletes no record, so its policy is {@code no}.
 */
final class HubOaiSource implements OaiRecordSource {
  static final String PREFIX = "oai:libnet:";
  private final HubState state;
  private final String baseUrl;
  private final Instant started;

  HubOaiSource(HubState state, String baseUrl, Instant started) {
    this.state = state;
    this.baseUrl = baseUrl;
    this.started = started;
  }

  @Override
  public OaiRepository repository() {
    Instant earliest = state.read(s -> s.records().stream().map(HubStore.StoredRecord::updated).min(Comparator.naturalOrder()).orElse(started));
    return new OaiRepository("LibNet reference hub (union catalogue)", baseUrl, List.of("hub@libnet.example"), earliest, "no", true);
  }

  @Override
  public List<OaiSetSpec> sets() {
    return state.read(s -> {
      TreeMap<String, String> sets = new TreeMap<>();
      for (HubStore.StoredRecord r : s.records()) {
        sets.put("isil:" + r.contributor(), "Records of " + r.contributor());
        province(s, r.contributor()).ifPresent(p -> sets.put("province:" + p, "Records of the libraries of province " + p));
      }
      return sets.entrySet().stream().map(e -> new OaiSetSpec(e.getKey(), e.getValue())).toList();
    });
  }

  @Override
  public Optional<OaiItem> item(String identifier) {
    if (!identifier.startsWith(PREFIX)) {
      return Optional.empty();
    }
    return state.read(s -> s.record(identifier.substring(PREFIX.length())).map(r -> item(s, r)));
  }

  @Override
  public List<OaiItem> items(Instant from, Instant until, String set, OaiItem.Position after, int limit) {
    // Filtered, ordered and cut on the stored fields; only the page's records are read back into MARC.
    return state.read(s -> s.records().stream()
        .filter(r -> from == null || !r.updated().isBefore(from))
        .filter(r -> until == null || !r.updated().isAfter(until))
        .filter(r -> set == null || sets(s, r).contains(set))
        .filter(r -> after == null || position(r).compareTo(after) > 0)
        .sorted(Comparator.comparing(HubOaiSource::position)).limit(limit)
        .map(r -> item(s, r)).toList());
  }

  private static OaiItem.Position position(HubStore.StoredRecord r) {
    return new OaiItem.Position(r.updated(), PREFIX + r.id());
  }

  private static List<String> sets(HubStore s, HubStore.StoredRecord r) {
    return province(s, r.contributor()).map(p -> List.of("isil:" + r.contributor(), "province:" + p))
        .orElse(List.of("isil:" + r.contributor()));
  }

  private static Optional<String> province(HubStore s, String isil) {
    return s.library(isil).flatMap(v -> v.value().provinceCode());
  }

  private static OaiItem item(HubStore s, HubStore.StoredRecord r) {
    return new OaiItem(PREFIX + r.id(), r.updated(), sets(s, r), false, marc(r));
  }

  // The catalogue keeps MARC-in-JSON; sdk-marc reads it back into the record it was.
  static Record marc(HubStore.StoredRecord r) {
    try (MarcRecordReader in = MarcReaders.open(new ByteArrayInputStream(LibnetJson.mapper().writeValueAsBytes(r.marc())), MarcFormat.MARC_JSON,
        ReadOptions.lenient())) {
      MarcRead read = in.next();
      return read.record();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("The hub's own record " + r.id() + " does not write as JSON", e);
    }
  }
}
