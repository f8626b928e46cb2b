package vn.libnet.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.ChangeType;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.OutcomeStatus;
import vn.libnet.client.model.Page;
import vn.libnet.client.model.RecordOutcome;
import vn.libnet.core.json.LibnetJson;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Identifier;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Subject;
import vn.libnet.core.problem.ProblemCode;
import vn.libnet.core.validation.Profile;
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
import vn.libnet.marc.match.MatchKey;
import vn.libnet.marc.record.MarcFields;
import vn.libnet.marc.validation.UnionCatalogProfile;
import vn.libnet.testkit.HubRouter.Route;
import vn.libnet.testkit.HubStore.StoredRecord;
import vn.libnet.testkit.HubStore.Versioned;

/**
 * The union catalogue: {@code POST /v1/catalog/records} (a batch in MARCXML, ISO 2709 or MARC-in-JSON,
 * {@code ?dryRun=true} to validate and match without storing), {@code GET /v1/catalog/records/{id}}, the
 * CQL search {@code GET /v1/catalog/search} and the changes feed {@code GET /v1/catalog/changes}. Each
 * record of a batch is validated against the contributor's union-catalogue profile and either rejected
 * with its issues, accepted as a new cluster, merged into a cluster it matches, or (sent again by the same
 * library under the same control number) replaces the record it sent before. The contributor's own 852
 * fields become its holdings.
 */
final class CatalogHandler implements HubRouter.Resource {
  private final HubStore store;
  private final CatalogClustering clustering;
  private final HoldingsHandler holdings;

  CatalogHandler(HubStore store, CatalogClustering clustering, HoldingsHandler holdings) {
    this.store = store;
    this.clustering = clustering;
    this.holdings = holdings;
  }

  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/catalog/records", (c, p) -> contribute(c)),
        Route.of("GET", "/v1/catalog/records/([^/]+)", (c, p) -> get(p.get(0))),
        Route.of("GET", "/v1/catalog/search", (c, p) -> search(c)),
        Route.of("GET", "/v1/catalog/changes", (c, p) -> changes(c)));
  }

  /**
   * A batch with the work that depends on its records alone (reading, validation, crosswalk, match key,
   * MARC-in-JSON, search fields), done before the write lock so that writes overlap in it.
   */
  record PreparedBatch(byte[] body, String signer, Answer refusal, List<Prepared> records) {}

  record Prepared(int index, String controlNumber, Record record, List<ValidationIssue> issues, boolean rejected,
      MatchKey key, String title, JsonNode marc, HubSearch.Doc doc) {}

  // The batch this thread is about to dispatch, prepared outside the lock (HubState.prepare).
  private final ThreadLocal<PreparedBatch> ahead = new ThreadLocal<>();

  /** Prepares a contribution ahead of the write lock; {@link #contribute} takes it if it is this call's. */
  void prepareAhead(Call c) {
    ahead.set(prepare(c));
  }

  void forgetAhead() {
    ahead.remove();
  }

  private PreparedBatch prepare(Call c) {
    MarcFormat format = MarcFormat.fromMediaType(c.contentType()).orElse(null);
    if (format == null) {
      return new PreparedBatch(c.body(), c.signer(), Answer.problem(ProblemCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
          "Records come as application/marcxml+xml, application/marc or application/json, not " + c.contentType()), List.of());
    }
    Profile<Record> profile = UnionCatalogProfile.forLibrary(c.signer());
    List<Prepared> out = new ArrayList<>();
    try (MarcRecordReader in = MarcReaders.open(new ByteArrayInputStream(c.body()), format, ReadOptions.lenient())) {
      int index = 0;
      while (in.hasNext()) {
        MarcRead r = in.next();
        out.add(r.readable() ? prepare(index, r, profile) : new Prepared(index, null, null, r.issues(), true, null, null, null, null));
        index++;
      }
    } catch (RuntimeException e) {
      return new PreparedBatch(c.body(), c.signer(), Answer.problem(ProblemCode.BAD_REQUEST, "Unreadable records", String.valueOf(e.getMessage())), List.of());
    }
    return new PreparedBatch(c.body(), c.signer(), null, out);
  }

  private static Prepared prepare(int index, MarcRead r, Profile<Record> profile) {
    Record rec = r.record();
    List<ValidationIssue> issues = new ArrayList<>(r.issues());
    issues.addAll(profile.validate(rec).issues());
    if (issues.stream().anyMatch(i -> i.severity() == Severity.ERROR)) {
      return new Prepared(index, rec.getControlNumber(), rec, issues, true, null, null, null, null);
    }
    BibRecord bib = BibRecordCrosswalk.fromMarc(rec);
    String title = bib.titles().stream().findFirst().map(t -> t.subtitle() == null ? t.title() : t.title() + " : " + t.subtitle()).orElse("");
    return new Prepared(index, rec.getControlNumber(), rec, issues, false, MatchKey.of(rec), title, marcJson(rec), HubSearch.Doc.of(bib, rec));
  }

  private Answer contribute(Call c) {
    PreparedBatch batch = ahead.get();
    ahead.remove();
    if (batch == null || batch.body() != c.body() || !java.util.Objects.equals(batch.signer(), c.signer())) {
      batch = prepare(c);
    }
    if (batch.refusal() != null) {
      return batch.refusal();
    }
    boolean dryRun = "true".equalsIgnoreCase(c.query().get("dryRun"));
    List<RecordOutcome> outcomes = new ArrayList<>();
    for (Prepared p : batch.records()) {
      outcomes.add(p.rejected() ? new RecordOutcome(p.index(), p.controlNumber(), OutcomeStatus.REJECTED, null, null, p.issues())
          : one(c, p, dryRun));
    }
    return Answer.json(200, new ContributionResult(dryRun, outcomes));
  }

  private RecordOutcome one(Call c, Prepared p, boolean dryRun) {
    Record rec = p.record();
    String cn = p.controlNumber();
    int index = p.index();
    List<ValidationIssue> issues = p.issues();
    MatchKey key = p.key();
    String existing = store.contributed(c.signer(), cn).orElse(null);
    if (dryRun) {
      if (existing != null) {
        return new RecordOutcome(index, cn, OutcomeStatus.ACCEPTED, existing, clusterOf(existing), issues);
      }
      int match = clustering.findMatch(key);
      return match < 0 ? new RecordOutcome(index, cn, OutcomeStatus.ACCEPTED, null, null, issues)
          : new RecordOutcome(index, cn, OutcomeStatus.MERGED, null, clustering.clusterId(match), issues);
    }
    String id;
    int clusterIndex;
    OutcomeStatus status;
    if (existing != null) {
      // A library sending its record again replaces it; the cluster stays.
      id = existing;
      clusterIndex = store.record(existing).orElseThrow().index();
      status = OutcomeStatus.ACCEPTED;
    } else {
      id = "r" + (store.recordCount() + 1);
      clusterIndex = clustering.add(id, key);
      status = clustering.leads(clusterIndex) ? OutcomeStatus.ACCEPTED : OutcomeStatus.MERGED;
      store.putContributed(c.signer(), cn, id);
    }
    String cluster = clustering.clusterId(clusterIndex);
    store.putRecord(new StoredRecord(id, clusterIndex, c.signer(), cn, p.title(), p.marc(), p.doc(), c.now()));
    store.appendChange(status == OutcomeStatus.MERGED ? ChangeType.RECORD_MERGED : ChangeType.RECORD_ADDED, id, cluster, c.signer(), c.now());
    int n = 0;
    for (DataField f : MarcFields.data(rec, new String[] {"852"})) {
      if (c.signer().equals(sub(f, 'a'))) {
        String localId = n == 0 ? cn : cn + "." + n;
        String call = (sub(f, 'h') + " " + sub(f, 'i')).strip();
        holdings.put(new Holding(c.signer(), localId, id, call.isEmpty() ? null : call, emptyToNull(sub(f, 'b')), List.of(), null), c);
        n++;
      }
    }
    return new RecordOutcome(index, cn, status, id, cluster, issues);
  }

  private String clusterOf(String recordId) {
    return clustering.clusterId(store.record(recordId).orElseThrow().index());
  }

  private static String sub(DataField f, char code) {
    Subfield s = f.getSubfield(code);
    return s == null ? "" : s.getData().strip();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static JsonNode marcJson(Record rec) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (MarcRecordWriter w = MarcWriters.open(out, MarcFormat.MARC_JSON)) {
      w.write(rec);
    }
    try {
      JsonNode n = LibnetJson.mapper().readTree(out.toByteArray());
      return n.isArray() && n.size() == 1 ? n.get(0) : n;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read back the record's MARC-in-JSON", e);
    }
  }

  private Answer get(String id) {
    return store.record(id).map(r -> Answer.json(200, catalogRecord(r, true)))
        .orElseGet(() -> Answer.problem(ProblemCode.NOT_FOUND, "No such record", "The union catalogue has no record " + id));
  }

  /** The record as the API shows it; with the holdings of every record of its cluster when asked. */
  private CatalogRecord catalogRecord(StoredRecord r, boolean withHoldings) {
    String cluster = clustering.clusterId(r.index());
    List<Holding> held = List.of();
    if (withHoldings) {
      Set<String> members = store.records().stream().filter(o -> clustering.clusterId(o.index()).equals(cluster)).map(StoredRecord::id)
          .collect(Collectors.toSet());
      held = store.holdings().stream().map(Versioned::value).filter(h -> members.contains(h.recordId())).collect(Collectors.toList());
    }
    return new CatalogRecord(r.id(), cluster, r.contributor(), r.controlNumber(), r.title(), r.marc(), held, r.updated());
  }

  private Answer search(Call c) {
    Predicate<HubSearch.Doc> q = HubSearch.parse(c.query().get("query"));
    // Only the page's records become answers: the others are matched and counted, never serialised.
    Page<HubStore.StoredRecord> hits = HandlerSupport.page(store.records().stream().filter(r -> q.test(r.doc())).collect(Collectors.toList()), c);
    return Answer.json(200, new Page<>(hits.items().stream().map(r -> catalogRecord(r, false)).collect(Collectors.toList()), hits.next()));
  }

  private Answer changes(Call c) {
    long after = HandlerSupport.position(c.query().get("cursor"), 's', Long.MAX_VALUE);
    int from = (int) Math.min(after, store.changeCount());
    int to = Math.min(store.changeCount(), from + c.limit());
    return Answer.json(200, new Page<>(store.changes(from, to), "s" + to));
  }
}
