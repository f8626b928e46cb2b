package vn.libnet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ChangeType;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.client.model.Page;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.client.model.SurveyResponse;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.model.Subject;
import vn.libnet.core.profile.NationalProfiles;
import vn.libnet.core.signature.Keys;
import vn.libnet.core.signature.SignatureAlgorithm;
import vn.libnet.core.signature.VerificationKey;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.core.validation.Severity;
import vn.libnet.core.validation.ValidationIssue;
import vn.libnet.core.validation.ValidationReport;
import vn.libnet.marc.crosswalk.BibRecordCrosswalk;
import vn.libnet.marc.io.MarcFormat;
import vn.libnet.marc.io.MarcRead;
import vn.libnet.marc.io.MarcReaders;
import vn.libnet.marc.io.MarcRecordReader;
import vn.libnet.marc.io.MarcRecordWriter;
import vn.libnet.marc.io.MarcWriters;
import vn.libnet.marc.io.ReadOptions;
import vn.libnet.marc.match.Deduplicator;
import vn.libnet.marc.match.MatchKey;
import vn.libnet.marc.record.MarcFields;
import vn.libnet.marc.validation.UnionCatalogProfile;

/**
 * What the hub knows and the rules by which it changes: one method per operation, reads side by side and
 * writes one at a time (a read-write lock), deterministic for the same calls in the same order so
 * that the log replays to the same state. Reads of the key registry are lock-free for the verifiers.
 */
final class HubState {
  static final String SURVEY_ID = HubSurveys.SURVEY_ID;

  private final ObjectMapper json = LibnetJson.mapper();
  private final Map<String, VerificationKey> keys = new ConcurrentHashMap<>();
  private final Map<String, List<PublicKeyInfo>> keysByIsil = new ConcurrentHashMap<>();
  private final TreeMap<String, Versioned<Library>> libraries = new TreeMap<>();
  private final Map<String, StoredRecord> records = new LinkedHashMap<>();
  private final Map<String, String> recordByContribution = new ConcurrentHashMap<>();
  private final List<String> recordByIndex = new ArrayList<>();
  private Deduplicator dedup = Deduplicator.standard();
  private final TreeMap<String, Versioned<Holding>> holdings = new TreeMap<>();
  private final TreeMap<String, DigitalObject> objects = new TreeMap<>();
  private final Map<String, StatisticsReport> statistics = new TreeMap<>();
  private final List<Change> changes = new ArrayList<>();
  // A province's survey answers are written by its libraries: the province of the signer's registered profile.
  private final HubSurveys surveys = new HubSurveys(isil -> java.util.Optional.ofNullable(libraries.get(isil))
      .flatMap(v -> v.value().provinceCode()));

  record Versioned<T>(T value, long version) {
    String etag() {
      return "\"v" + version + "\"";
    }
  }

  record StoredRecord(String id, int index, String contributor, String controlNumber, String title, JsonNode marc,
      Cql.Doc doc, java.time.Instant updated) {}

  // ------------------------------------------------------------------ keys

  /** Trusts a key for the ISIL before the {@code #} of its id. */
  /** Trusts {@code key}; trusting a key id again replaces its key. Returns whether anything changed. */
  boolean trust(VerificationKey key) {
    VerificationKey old = keys.put(key.keyId(), key);
    if (old != null && old.algorithm() == key.algorithm() && old.key().equals(key.key())) {
      return false;
    }
    String isil = key.keyId().substring(0, Math.max(0, key.keyId().indexOf('#')));
    Map<String, String> jwk = key.key() instanceof PublicKey pk ? Keys.toPublicJwk(pk) : Map.of();
    List<PublicKeyInfo> list = keysByIsil.computeIfAbsent(isil, k -> new java.util.concurrent.CopyOnWriteArrayList<>());
    list.removeIf(i -> i.keyId().equals(key.keyId()));
    list.add(new PublicKeyInfo(key.keyId(), key.algorithm().rfcName(), jwk));
    return true;
  }

  java.util.Optional<VerificationKey> key(String keyId) {
    return java.util.Optional.ofNullable(keys.get(keyId));
  }

  // ------------------------------------------------------------------ routing

  private static final Pattern LIBRARY = Pattern.compile("/v1/libraries/([^/]+)");
  private static final Pattern LIBRARY_KEYS = Pattern.compile("/v1/libraries/([^/]+)/keys");
  private static final Pattern STATISTICS = Pattern.compile("/v1/libraries/([^/]+)/statistics/([0-9]{4})");
  private static final Pattern RECORD = Pattern.compile("/v1/catalog/records/([^/]+)");
  private static final Pattern HOLDING = Pattern.compile("/v1/catalog/holdings/([^/]+)/([^/]+)");
  private static final Pattern OBJECT = Pattern.compile("/v1/digital-objects/([^/]+)");
  private static final Pattern SURVEY = Pattern.compile("/v1/surveys/([^/]+)");
  private static final Pattern SURVEY_RESPONSES = Pattern.compile("/v1/surveys/([^/]+)/responses");

  /** Reads share the state; a write has it alone. */
  Answer dispatch(Call c) {
    java.util.concurrent.locks.Lock lock = c.method().equals("GET") ? lock().readLock() : lock().writeLock();
    lock.lock();
    try {
      return route(c);
    } catch (Answer.Refusal r) {
      return r.answer;
    } finally {
      lock.unlock();
    }
  }

  /** Forgets everything, keys included, as a hub that has just started with nothing trusted. */
  void reset() {
    lock().writeLock().lock();
    try {
      keys.clear();
      keysByIsil.clear();
      libraries.clear();
      records.clear();
      recordByContribution.clear();
      recordByIndex.clear();
      dedup = Deduplicator.standard();
      holdings.clear();
      objects.clear();
      statistics.clear();
      changes.clear();
      surveys.clear();
    } finally {
      lock().writeLock().unlock();
    }
  }

  private final java.util.concurrent.locks.ReentrantReadWriteLock rw = new java.util.concurrent.locks.ReentrantReadWriteLock();

  private java.util.concurrent.locks.ReentrantReadWriteLock lock() {
    return rw;
  }

  private Answer route(Call c) {
    String p = c.path();
    String m = c.method();
    Matcher x;
    if (p.equals("/v1/libraries")) {
      return only(m, "GET") ? listLibraries(c) : notAllowed(m, p);
    }
    if ((x = LIBRARY_KEYS.matcher(p)).matches()) {
      return m.equals("GET") ? listKeys(x.group(1)) : m.equals("POST") ? registerKey(c, x.group(1)) : notAllowed(m, p);
    }
    if ((x = STATISTICS.matcher(p)).matches()) {
      return m.equals("PUT") ? submitStatistics(c, x.group(1), Integer.parseInt(x.group(2))) : notAllowed(m, p);
    }
    if ((x = LIBRARY.matcher(p)).matches()) {
      return m.equals("GET") ? getLibrary(x.group(1)) : m.equals("PUT") ? saveLibrary(c, x.group(1)) : notAllowed(m, p);
    }
    if (p.equals("/v1/catalog/records")) {
      return m.equals("POST") ? contribute(c) : notAllowed(m, p);
    }
    if ((x = RECORD.matcher(p)).matches()) {
      return m.equals("GET") ? getRecord(x.group(1)) : notAllowed(m, p);
    }
    if ((x = HOLDING.matcher(p)).matches()) {
      return m.equals("PUT") ? setHolding(c, x.group(1), x.group(2))
          : m.equals("DELETE") ? unsetHolding(c, x.group(1), x.group(2)) : notAllowed(m, p);
    }
    if (p.equals("/v1/catalog/search")) {
      return m.equals("GET") ? search(c) : notAllowed(m, p);
    }
    if (p.equals("/v1/catalog/changes")) {
      return m.equals("GET") ? changes(c) : notAllowed(m, p);
    }
    if (p.equals("/v1/digital-objects")) {
      return m.equals("GET") ? listObjects(c) : m.equals("POST") ? registerObject(c) : notAllowed(m, p);
    }
    if ((x = OBJECT.matcher(p)).matches()) {
      return m.equals("GET") ? getObject(x.group(1)) : notAllowed(m, p);
    }
    if ((x = SURVEY_RESPONSES.matcher(p)).matches()) {
      return m.equals("GET") ? listSurveyResponses(c, x.group(1)) : m.equals("POST") ? submitSurvey(c, x.group(1)) : notAllowed(m, p);
    }
    if ((x = SURVEY.matcher(p)).matches()) {
      return m.equals("GET") ? surveys.get(x.group(1)) : notAllowed(m, p);
    }
    return Answer.problem(ProblemCode.NOT_FOUND, "No such resource", p + " is not part of LibNet API v1");
  }

  private static boolean only(String method, String allowed) {
    return method.equals(allowed);
  }

  private static Answer notAllowed(String method, String path) {
    return Answer.problem(ProblemCode.BAD_REQUEST, "Method not allowed", method + " is not allowed on " + path);
  }

  // ------------------------------------------------------------------ helpers

  private <T> T read(Call c, Class<T> type) {
    if (!c.contentType().equals("application/json")) {
      throw new Answer.Refusal(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          "This resource takes application/json, not " + (c.contentType().isEmpty() ? "nothing" : c.contentType()));
    }
    try {
      T value = json.readValue(c.body(), type);
      if (value == null) {
        throw new IOException("the body is empty");
      }
      return value;
    } catch (IOException e) {
      throw new Answer.Refusal(ProblemCode.BAD_REQUEST, "Unreadable JSON", e.getMessage());
    }
  }

  private static void mayWrite(Call c, String isil) {
    if (!c.admin() && !isil.equals(c.signer())) {
      throw new Answer.Refusal(ProblemCode.FORBIDDEN, "Forbidden",
          "A key of " + c.signer() + " cannot write the resources of " + isil);
    }
  }

  private static void valid(ValidationReport report, String what) {
    if (!report.isValid()) {
      throw new Answer.Refusal(Answer.problem(ProblemCode.VALIDATION_FAILED, "Invalid " + what,
          report.count(Severity.ERROR) + " error(s) against " + report.profile(),
          report.issues().stream().filter(i -> i.severity() == Severity.ERROR).collect(Collectors.toList())));
    }
  }

  private static <T> Page<T> page(List<T> all, Call c) {
    return HandlerSupport.page(all, c);
  }

  private void changed(ChangeType type, String resource, String cluster, String isil, Call c) {
    changes.add(new Change(changes.size() + 1, type, resource, cluster, isil, c.now()));
  }

  // ------------------------------------------------------------------ libraries and keys

  private Answer listLibraries(Call c) {
    String province = c.query().get("province");
    String type = c.query().get("type");
    String q = c.query().get("q");
    List<String> words = q == null ? List.of() : List.of(VietnameseText.fold(q).split(" "));
    List<Library> all = libraries.values().stream().map(Versioned::value)
        .filter(l -> province == null || l.provinceCode().map(province::equals).orElse(false))
        .filter(l -> type == null || (l.type() != null && l.type().name().equals(type)))
        .filter(l -> words.isEmpty() || List.of(VietnameseText.fold(l.name() + " " + (l.nameEn() == null ? "" : l.nameEn())).split(" "))
            .containsAll(words))
        .collect(Collectors.toList());
    return Answer.json(200, page(all, c));
  }

  private Answer getLibrary(String isil) {
    Versioned<Library> v = libraries.get(isil);
    if (v == null) {
      return Answer.problem(ProblemCode.NOT_FOUND, "No such library", "The national database has no library " + isil);
    }
    return Answer.json(200, v.value()).withHeader("ETag", v.etag());
  }

  private Answer saveLibrary(Call c, String isil) {
    mayWrite(c, isil);
    Library lib = read(c, Library.class);
    if (!isil.equals(lib.isil())) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "ISIL mismatch", "The body describes " + lib.isil() + ", the path " + isil);
    }
    Versioned<Library> old = libraries.get(isil);
    if (old == null && c.ifMatch() != null && !c.ifMatch().equals("*")) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update", "Library " + isil + " does not exist, so it is not at " + c.ifMatch());
    }
    if (old != null && c.ifMatch() != null && !old.etag().equals(c.ifMatch())) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update", "Library " + isil + " is at " + old.etag() + ", not " + c.ifMatch());
    }
    valid(NationalProfiles.library().validate(lib), "library");
    // The province decides whose survey answers a library may give: only the administrator moves a library.
    if (old != null && !c.admin() && !old.value().provinceCode().equals(lib.provinceCode())) {
      return Answer.problem(ProblemCode.FORBIDDEN, "Province change not allowed / Không được tự đổi tỉnh",
          "Only the administrator changes the province of " + isil + " (" + old.value().provinceCode().orElse("none") + ") / "
              + "Chỉ quản trị viên mới đổi được tỉnh của " + isil);
    }
    if (old != null && c.ifMatch() == null) {
      return Answer.problem(ProblemCode.PRECONDITION_REQUIRED, "If-Match required",
          "Library " + isil + " exists; send If-Match with the ETag you read (" + old.etag() + " now)");
    }
    Versioned<Library> now = new Versioned<>(lib, old == null ? 1 : old.version() + 1);
    libraries.put(isil, now);
    changed(ChangeType.LIBRARY_UPDATED, isil, null, c.signer(), c);
    return Answer.json(old == null ? 201 : 200, lib).withHeader("ETag", now.etag());
  }

  private Answer listKeys(String isil) {
    List<PublicKeyInfo> list = keysByIsil.get(isil);
    if (list == null && !libraries.containsKey(isil)) {
      return Answer.problem(ProblemCode.NOT_FOUND, "No such library", "No library and no key is registered for " + isil);
    }
    return Answer.json(200, list == null ? List.of() : List.copyOf(list));
  }

  private Answer registerKey(Call c, String isil) {
    mayWrite(c, isil);
    PublicKeyInfo info = read(c, PublicKeyInfo.class);
    if (info.keyId() == null || !info.keyId().startsWith(isil + "#") || info.keyId().length() == isil.length() + 1) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Bad key id", "A key of " + isil + " is named " + isil + "#<name>, not " + info.keyId());
    }
    if (keys.containsKey(info.keyId())) {
      return Answer.problem(ProblemCode.CONFLICT, "Key exists", info.keyId() + " is already registered");
    }
    VerificationKey key;
    try {
      PublicKey pk = Keys.publicFromJwk(json.writeValueAsString(info.jwk()));
      SignatureAlgorithm alg = info.algorithm() == null ? Keys.defaultAlgorithm(pk) : SignatureAlgorithm.fromName(info.algorithm());
      key = new VerificationKey(info.keyId(), alg, pk);
    } catch (IOException | RuntimeException e) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Unusable key", e.getMessage());
    }
    trust(key);
    return Answer.json(201, new PublicKeyInfo(key.keyId(), key.algorithm().rfcName(), info.jwk()));
  }

  // ------------------------------------------------------------------ union catalogue

  private Answer contribute(Call c) {
    MarcFormat format = MarcFormat.fromMediaType(c.contentType()).orElse(null);
    if (format == null) {
      return Answer.problem(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          "Records come as application/marcxml+xml, application/marc or application/json, not " + c.contentType());
    }
    boolean dryRun = "true".equalsIgnoreCase(c.query().get("dryRun"));
    var profile = UnionCatalogProfile.forLibrary(c.signer());
    List<RecordOutcome> outcomes = new ArrayList<>();
    try (MarcRecordReader in = MarcReaders.open(new ByteArrayInputStream(c.body()), format, ReadOptions.lenient())) {
      int index = 0;
      while (in.hasNext()) {
        MarcRead r = in.next();
        outcomes.add(r.readable() ? one(c, index, r, profile, dryRun)
            : new RecordOutcome(index, null, OutcomeStatus.REJECTED, null, null, r.issues()));
        index++;
      }
    } catch (RuntimeException e) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Unreadable records", String.valueOf(e.getMessage()));
    }
    return Answer.json(200, new ContributionResult(dryRun, outcomes));
  }

  private RecordOutcome one(Call c, int index, MarcRead r, vn.libnet.core.validation.Profile<Record> profile, boolean dryRun) {
    Record rec = r.record();
    String cn = rec.getControlNumber();
    List<ValidationIssue> issues = new ArrayList<>(r.issues());
    ValidationReport report = profile.validate(rec);
    issues.addAll(report.issues());
    if (issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
      return new RecordOutcome(index, cn, OutcomeStatus.REJECTED, null, null, issues);
    }
    MatchKey key = MatchKey.of(rec);
    String existing = recordByContribution.get(c.signer() + "|" + cn);
    if (dryRun) {
      if (existing != null) {
        return new RecordOutcome(index, cn, OutcomeStatus.ACCEPTED, existing, clusterId(records.get(existing).index()), issues);
      }
      int match = dedup.findMatch(key);
      return match < 0 ? new RecordOutcome(index, cn, OutcomeStatus.ACCEPTED, null, null, issues)
          : new RecordOutcome(index, cn, OutcomeStatus.MERGED, null, clusterId(match), issues);
    }
    String id;
    int dedupIndex;
    OutcomeStatus status;
    if (existing != null) {
      // A library sending its record again replaces it; the cluster stays.
      id = existing;
      dedupIndex = records.get(existing).index();
      status = OutcomeStatus.ACCEPTED;
    } else {
      id = "r" + (records.size() + 1);
      dedupIndex = dedup.add(id, key);
      recordByIndex.add(id);
      status = dedup.clusterOf(dedupIndex) == dedupIndex ? OutcomeStatus.ACCEPTED : OutcomeStatus.MERGED;
      recordByContribution.put(c.signer() + "|" + cn, id);
    }
    String cluster = clusterId(dedupIndex);
    BibRecord bib = BibRecordCrosswalk.fromMarc(rec);
    String title = bib.titles().stream().findFirst().map(t -> t.subtitle() == null ? t.title() : t.title() + " : " + t.subtitle()).orElse("");
    records.put(id, new StoredRecord(id, dedupIndex, c.signer(), cn, title, marcJson(rec), doc(bib, rec), c.now()));
    changed(status == OutcomeStatus.MERGED ? ChangeType.RECORD_MERGED : ChangeType.RECORD_ADDED, id, cluster, c.signer(), c);
    int n = 0;
    for (DataField f : MarcFields.data(rec, new String[] {"852"})) {
      if (c.signer().equals(sub(f, 'a'))) {
        String localId = n == 0 ? cn : cn + "." + n;
        String call = (sub(f, 'h') + " " + sub(f, 'i')).strip();
        Holding h = new Holding(c.signer(), localId, id, call.isEmpty() ? null : call, emptyToNull(sub(f, 'b')), List.of(), null);
        putHolding(h, c);
        n++;
      }
    }
    return new RecordOutcome(index, cn, status, id, cluster, issues);
  }

  private String clusterId(int dedupIndex) {
    return "c" + recordByIndex.get(dedup.clusterOf(dedupIndex)).substring(1);
  }

  private static String sub(DataField f, char code) {
    Subfield s = f.getSubfield(code);
    return s == null ? "" : s.getData().strip();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private JsonNode marcJson(Record rec) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARC_JSON)) {
      w.write(rec);
    }
    try {
      JsonNode n = json.readTree(out.toByteArray());
      return n.isArray() && n.size() == 1 ? n.get(0) : n;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read back the record's MARC-in-JSON", e);
    }
  }

  private static Cql.Doc doc(BibRecord bib, Record rec) {
    String title = bib.titles().stream().map(t -> t.title() + " " + (t.subtitle() == null ? "" : t.subtitle())).collect(Collectors.joining(" "));
    String author = bib.contributors().stream().map(Contributor::name).collect(Collectors.joining(" "));
    Set<String> isbns = bib.identifiers().stream().filter(i -> i.type() == IdentifierType.ISBN).map(Identifier::value)
        .collect(Collectors.toSet());
    String subject = bib.subjects().stream().map(Subject::term).collect(Collectors.joining(" "));
    String year = bib.publication() == null || bib.publication().year() == null ? "" : String.valueOf(bib.publication().year());
    Set<String> holders = new HashSet<>();
    MarcFields.data(rec, new String[] {"852"}).forEach(f -> holders.add(sub(f, 'a')));
    return Cql.Doc.of(title, author, isbns, subject, year, holders);
  }

  private Answer getRecord(String id) {
    StoredRecord r = records.get(id);
    if (r == null) {
      return Answer.problem(ProblemCode.NOT_FOUND, "No such record", "The union catalogue has no record " + id);
    }
    return Answer.json(200, catalogRecord(r, true));
  }

  private CatalogRecord catalogRecord(StoredRecord r, boolean withHoldings) {
    String cluster = clusterId(r.index());
    List<Holding> held = List.of();
    if (withHoldings) {
      Set<String> members = records.values().stream().filter(o -> clusterId(o.index()).equals(cluster)).map(StoredRecord::id)
          .collect(Collectors.toSet());
      held = holdings.values().stream().map(Versioned::value).filter(h -> members.contains(h.recordId())).collect(Collectors.toList());
    }
    return new CatalogRecord(r.id(), cluster, r.contributor(), r.controlNumber(), r.title(), r.marc(), held, r.updated());
  }

  private Answer setHolding(Call c, String isil, String localId) {
    mayWrite(c, isil);
    Holding h = read(c, Holding.class);
    if (!isil.equals(h.ownerIsil()) || !localId.equals(h.localId())) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Path mismatch", "The body is holding " + h.ownerIsil() + "/" + h.localId()
          + ", the path " + isil + "/" + localId);
    }
    valid(NationalProfiles.holding().validate(h), "holding");
    Versioned<Holding> old = holdings.get(isil + "/" + localId);
    if (c.ifMatch() != null && (old == null ? !c.ifMatch().equals("*") : !old.etag().equals(c.ifMatch()))) {
      return Answer.problem(ProblemCode.CONFLICT, "Lost update", "Holding " + isil + "/" + localId + " is at "
          + (old == null ? "no version" : old.etag()) + ", not " + c.ifMatch());
    }
    Versioned<Holding> now = putHolding(h, c);
    return Answer.json(200, h).withHeader("ETag", now.etag());
  }

  private Versioned<Holding> putHolding(Holding h, Call c) {
    String k = h.ownerIsil() + "/" + h.localId();
    Versioned<Holding> old = holdings.get(k);
    Versioned<Holding> now = new Versioned<>(h, old == null ? 1 : old.version() + 1);
    holdings.put(k, now);
    StoredRecord r = h.recordId() == null ? null : records.get(h.recordId());
    changed(ChangeType.HOLDING_SET, k, r == null ? null : clusterId(r.index()), h.ownerIsil(), c);
    return now;
  }

  private Answer unsetHolding(Call c, String isil, String localId) {
    mayWrite(c, isil);
    Versioned<Holding> old = holdings.remove(isil + "/" + localId);
    if (old != null) {
      changed(ChangeType.HOLDING_UNSET, isil + "/" + localId, null, isil, c);
    }
    return Answer.json(200, Map.of("ownerIsil", isil, "localId", localId, "removed", old != null));
  }

  private Answer search(Call c) {
    Predicate<Cql.Doc> q = Cql.parse(c.query().get("query"));
    List<CatalogRecord> hits = records.values().stream().filter(r -> q.test(r.doc())).map(r -> catalogRecord(r, false))
        .collect(Collectors.toList());
    return Answer.json(200, page(hits, c));
  }

  private Answer changes(Call c) {
    long after = HandlerSupport.position(c.query().get("cursor"), 's', Long.MAX_VALUE);
    int from = (int) Math.min(after, changes.size());
    int to = Math.min(changes.size(), from + c.limit());
    return Answer.json(200, new Page<>(List.copyOf(changes.subList(from, to)), "s" + to));
  }

  // ------------------------------------------------------------------ digitization

  private Answer registerObject(Call c) {
    DigitalObject o = read(c, DigitalObject.class);
    if (o.ownerIsil() == null || o.id() == null) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Incomplete object", "A digital object needs an id and an ownerIsil");
    }
    mayWrite(c, o.ownerIsil());
    valid(NationalProfiles.digitalObject().validate(o), "digital object");
    if (objects.containsKey(o.id())) {
      return Answer.problem(ProblemCode.CONFLICT, "Object exists", "Digital object " + o.id() + " is already registered");
    }
    objects.put(o.id(), o);
    changed(ChangeType.DIGITAL_OBJECT_REGISTERED, o.id(), null, o.ownerIsil(), c);
    return Answer.json(201, o);
  }

  private Answer getObject(String id) {
    DigitalObject o = objects.get(id);
    return o == null ? Answer.problem(ProblemCode.NOT_FOUND, "No such object", "No digital object " + id) : Answer.json(200, o);
  }

  private Answer listObjects(Call c) {
    String isil = c.query().get("isil");
    return Answer.json(200, page(objects.values().stream().filter(o -> isil == null || isil.equals(o.ownerIsil()))
        .collect(Collectors.toList()), c));
  }

  // ------------------------------------------------------------------ surveys and statistics

  private Answer submitSurvey(Call c, String id) {
    return surveys.runs(id) ? surveys.submit(c, read(c, SurveyResponse.class)) : surveys.get(id);
  }

  private Answer listSurveyResponses(Call c, String id) {
    return surveys.runs(id) ? Answer.json(200, page(surveys.scores(c.query().get("respondent")), c)) : surveys.get(id);
  }

  private Answer submitStatistics(Call c, String isil, int year) {
    mayWrite(c, isil);
    StatisticsReport r = read(c, StatisticsReport.class);
    if (!isil.equals(r.isil()) || r.year() == null || r.year() != year) {
      return Answer.problem(ProblemCode.BAD_REQUEST, "Path mismatch", "The body reports " + r.isil() + " " + r.year() + ", the path "
          + isil + " " + year);
    }
    List<ValidationIssue> outOfRange = outOfRange(r);
    if (!outOfRange.isEmpty()) {
      return Answer.problem(ProblemCode.VALIDATION_FAILED, "Invalid statistics report", outOfRange.size() + " error(s)", outOfRange);
    }
    valid(NationalProfiles.statistics().validate(r), "statistics report");
    statistics.put(isil + "/" + year, r);
    return Answer.json(200, r);
  }

  /** Digits a statistics value may have before and after its decimal point. */
  static final int MAX_INTEGER_DIGITS = 18;
  static final int MAX_FRACTION_DIGITS = 20;

  // Checked before the profile, which writes a value out digit by digit: -1e900000000 would be a string
  // of 900 million digits. Eighteen digits hold any count or budget in VND; twenty decimals any share.
  private static List<ValidationIssue> outOfRange(StatisticsReport r) {
    List<ValidationIssue> issues = new ArrayList<>();
    r.values().forEach((indicator, v) -> {
      java.math.BigDecimal s = v.stripTrailingZeros();
      if ((long) s.precision() - s.scale() > MAX_INTEGER_DIGITS || s.scale() > MAX_FRACTION_DIGITS) {
        issues.add(HubTexts.issue("STATS_VALUE_OUT_OF_RANGE", "/values/" + indicator.name(), indicator.name(), HubTexts.echo(s.toString()),
            String.valueOf(MAX_INTEGER_DIGITS), String.valueOf(MAX_FRACTION_DIGITS)));
      }
    });
    return issues;
  }
}
