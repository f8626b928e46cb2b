package vn.libnet.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ChangeType;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.signature.VerificationKey;

/** The hub's store in memory: ordered maps, and concurrent ones for the keys that verifiers read unlocked. */
final class MemoryHubStore implements HubStore {
  private final Map<String, VerificationKey> keys = new ConcurrentHashMap<>();
  private final Map<String, List<PublicKeyInfo>> keysByIsil = new ConcurrentHashMap<>();
  private final TreeMap<String, Versioned<Library>> libraries = new TreeMap<>();
  private final Map<String, StoredRecord> records = new LinkedHashMap<>();
  private final Map<String, String> recordByContribution = new LinkedHashMap<>();
  private final TreeMap<String, Versioned<Holding>> holdings = new TreeMap<>();
  private final TreeMap<String, DigitalObject> objects = new TreeMap<>();
  private final Map<String, Versioned<byte[]>> manifests = new TreeMap<>();
  private final Map<String, StatisticsReport> statistics = new TreeMap<>();
  private final Map<String, LibraryScore> scores = new TreeMap<>();
  private final List<Change> changes = new ArrayList<>();

  @Override
  public Optional<VerificationKey> key(String keyId) {
    return Optional.ofNullable(keys.get(keyId));
  }

  @Override
  public Optional<VerificationKey> putKey(String isil, VerificationKey key, PublicKeyInfo info) {
    VerificationKey old = keys.put(key.keyId(), key);
    List<PublicKeyInfo> list = keysByIsil.computeIfAbsent(isil, k -> new CopyOnWriteArrayList<>());
    list.removeIf(i -> i.keyId().equals(key.keyId()));
    list.add(info);
    return Optional.ofNullable(old);
  }

  @Override
  public List<PublicKeyInfo> keysOf(String isil) {
    List<PublicKeyInfo> list = keysByIsil.get(isil);
    return list == null ? List.of() : List.copyOf(list);
  }

  @Override
  public Optional<Versioned<Library>> library(String isil) {
    return Optional.ofNullable(libraries.get(isil));
  }

  @Override
  public Collection<Versioned<Library>> libraries() {
    return Collections.unmodifiableCollection(libraries.values());
  }

  @Override
  public void putLibrary(Versioned<Library> library) {
    libraries.put(library.value().isil(), library);
  }

  @Override
  public Optional<StoredRecord> record(String id) {
    return Optional.ofNullable(records.get(id));
  }

  @Override
  public Collection<StoredRecord> records() {
    return Collections.unmodifiableCollection(records.values());
  }

  @Override
  public int recordCount() {
    return records.size();
  }

  @Override
  public void putRecord(StoredRecord r) {
    records.put(r.id(), r);
  }

  @Override
  public Optional<String> contributed(String isil, String controlNumber) {
    return Optional.ofNullable(recordByContribution.get(isil + "|" + controlNumber));
  }

  @Override
  public void putContributed(String isil, String controlNumber, String recordId) {
    recordByContribution.put(isil + "|" + controlNumber, recordId);
  }

  @Override
  public Optional<Versioned<Holding>> holding(String isil, String localId) {
    return Optional.ofNullable(holdings.get(isil + "/" + localId));
  }

  @Override
  public Collection<Versioned<Holding>> holdings() {
    return Collections.unmodifiableCollection(holdings.values());
  }

  @Override
  public void putHolding(Versioned<Holding> holding) {
    holdings.put(holding.value().ownerIsil() + "/" + holding.value().localId(), holding);
  }

  @Override
  public Optional<Versioned<Holding>> removeHolding(String isil, String localId) {
    return Optional.ofNullable(holdings.remove(isil + "/" + localId));
  }

  @Override
  public Optional<DigitalObject> object(String id) {
    return Optional.ofNullable(objects.get(id));
  }

  @Override
  public Collection<DigitalObject> objects() {
    return Collections.unmodifiableCollection(objects.values());
  }

  @Override
  public void putObject(DigitalObject object) {
    objects.put(object.id(), object);
  }

  @Override
  public Optional<Versioned<byte[]>> manifest(String objectId) {
    return Optional.ofNullable(manifests.get(objectId));
  }

  @Override
  public void putManifest(String objectId, Versioned<byte[]> manifest) {
    manifests.put(objectId, manifest);
  }

  @Override
  public void putStatistics(StatisticsReport report) {
    statistics.put(report.isil() + "/" + report.year(), report);
  }

  @Override
  public void putScore(LibraryScore s) {
    scores.put(s.isil(), s);
  }

  @Override
  public Collection<LibraryScore> scores() {
    return Collections.unmodifiableCollection(scores.values());
  }

  @Override
  public Change appendChange(ChangeType type, String resource, String cluster, String isil, Instant at) {
    Change c = new Change(changes.size() + 1, type, resource, cluster, isil, at);
    changes.add(c);
    return c;
  }

  @Override
  public List<Change> changes(int from, int to) {
    return List.copyOf(changes.subList(from, to));
  }

  @Override
  public int changeCount() {
    return changes.size();
  }

  @Override
  public void clear() {
    keys.clear();
    keysByIsil.clear();
    libraries.clear();
    records.clear();
    recordByContribution.clear();
    holdings.clear();
    objects.clear();
    manifests.clear();
    statistics.clear();
    scores.clear();
    changes.clear();
  }
}
