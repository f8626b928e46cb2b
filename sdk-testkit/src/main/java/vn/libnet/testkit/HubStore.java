package vn.libnet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ChangeType;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.signature.VerificationKey;

/**
 * What the hub's resource handlers read and write: keys, libraries with their versions, catalogue
 * records, holdings, digital objects, statistics, readiness scores and the changes feed. Collections come
 * in a fixed order (stated on each), so that the same calls give the same answers and a log replays to
 * the same state. Not thread-safe but for the keys: {@link HubState}'s lock guards every other call, and
 * the keys are read by signature verifiers outside it.
 */
interface HubStore {
  /** A value and its version, 1 for the first; its ETag is {@code "v<version>"}. */
  record Versioned<T>(T value, long version) {
    String etag() {
      return "\"v" + version + "\"";
    }

    /** {@code value} as the version after {@code old}, or as the first when there is none. */
    static <T> Versioned<T> after(Versioned<T> old, T value) {
      return new Versioned<>(value, old == null ? 1 : old.version() + 1);
    }
  }

  /** A contributed record as the catalogue keeps it; {@code index} is its place in the clustering. */
  record StoredRecord(String id, int index, String contributor, String controlNumber, String title, JsonNode marc,
      HubSearch.Doc doc, Instant updated) {}

  // ---- keys: safe from any thread

  /** The key of {@code keyId}. */
  Optional<VerificationKey> key(String keyId);

  /** Keeps {@code key}, with {@code info} among the keys of {@code isil}, in place of one of the same id; the key before. */
  Optional<VerificationKey> putKey(String isil, VerificationKey key, PublicKeyInfo info);

  /** The keys registered for {@code isil}, in the order registered; empty when none. */
  List<PublicKeyInfo> keysOf(String isil);

  // ---- libraries, by ISIL

  Optional<Versioned<Library>> library(String isil);

  /** Every library, in ISIL order. */
  Collection<Versioned<Library>> libraries();

  void putLibrary(Versioned<Library> library);

  // ---- catalogue records

  Optional<StoredRecord> record(String id);

  /** Every record, in the order first contributed. */
  Collection<StoredRecord> records();

  int recordCount();

  /** Keeps {@code r} in place of the record of the same id, which keeps its place in the order. */
  void putRecord(StoredRecord r);

  /** The record id that {@code isil}'s record of control number {@code controlNumber} was stored as. */
  Optional<String> contributed(String isil, String controlNumber);

  void putContributed(String isil, String controlNumber, String recordId);

  // ---- holdings, by owner and local id

  Optional<Versioned<Holding>> holding(String isil, String localId);

  /** Every holding, in the order of owner ISIL + "/" + local id. */
  Collection<Versioned<Holding>> holdings();

  void putHolding(Versioned<Holding> holding);

  /** Removes a holding; the one removed. */
  Optional<Versioned<Holding>> removeHolding(String isil, String localId);

  // ---- digital objects, by id

  Optional<DigitalObject> object(String id);

  /** Every digital object, in id order. */
  Collection<DigitalObject> objects();

  void putObject(DigitalObject object);

  // ---- IIIF manifests of digital objects, by object id

  /** The manifest of object {@code objectId}: the bytes its owner stored, and their version. */
  Optional<Versioned<byte[]>> manifest(String objectId);

  /** Keeps {@code manifest} as object {@code objectId}'s, in place of the one before. */
  void putManifest(String objectId, Versioned<byte[]> manifest);

  // ---- statistics and survey scores

  /** Keeps a library's report of a year in place of the one before. */
  void putStatistics(StatisticsReport report);

  /** Keeps a library's readiness score in place of the one before. */
  void putScore(LibraryScore score);

  /** Every library's readiness score, in ISIL order. */
  Collection<LibraryScore> scores();

  // ---- changes feed

  /** Appends a change, numbered one after the last (the first is 1). */
  Change appendChange(ChangeType type, String resource, String cluster, String isil, Instant at);

  /** The changes numbered {@code from + 1} to {@code to}. */
  List<Change> changes(int from, int to);

  int changeCount();

  /** Forgets everything, keys included. */
  void clear();
}
