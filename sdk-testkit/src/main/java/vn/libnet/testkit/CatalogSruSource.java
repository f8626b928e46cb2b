package vn.libnet.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.marc4j.marc.Record;
import vn.libnet.core.sru.SruDiagnosticCode;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.server.sru.SruDatabase;
import vn.libnet.server.sru.SruHit;
import vn.libnet.server.sru.SruQueryRefusal;
import vn.libnet.server.sru.SruRecordSource;
import vn.libnet.server.sru.SruResultPage;
import vn.libnet.server.sru.SruScan;
import vn.libnet.server.sru.SruScanTerm;
import vn.libnet.server.sru.SruSearch;

/**
 * A union catalogue answering SRU: the hub's search ({@link HubSearch}: folded Vietnamese matching, its
 * indexes and refusals) over entries in record order, with scan over the folded words of an index. What
 * the hub's search refuses is the matching SRU diagnostic. The hub serves it at {@code /sru}; {@link
 * SruTestServer} over any MARC records.
 */
final class CatalogSruSource implements SruRecordSource {
  /** The LibNet context set: the indexes the hub has beyond Dublin Core and bath. */
  static final String LIBNET_CONTEXT_SET = "https://libnet.vn/ns/cql-context-set/1.0";
  private static final SruDatabase.ContextSet DC = new SruDatabase.ContextSet("dc", "info:srw/cql-context-set/1/dc-v1.1");
  private static final SruDatabase.ContextSet BATH = new SruDatabase.ContextSet("bath", "http://zing.z3950.org/cql/bath/2.0/");
  private static final SruDatabase.ContextSet CQL = new SruDatabase.ContextSet("cql", "info:srw/cql-context-set/1/cql-v1.2");
  private static final SruDatabase.ContextSet LIBNET = new SruDatabase.ContextSet("libnet", LIBNET_CONTEXT_SET);
  private static final List<SruDatabase.Index> INDEXES = List.of(
      new SruDatabase.Index("dc", "title", "Nhan đề / Title", true),
      new SruDatabase.Index("dc", "creator", "Tác giả / Author", true),
      new SruDatabase.Index("dc", "subject", "Chủ đề / Subject", true),
      new SruDatabase.Index("dc", "date", "Năm xuất bản / Year of publication", true),
      new SruDatabase.Index("dc", "identifier", "ISBN hoặc ISSN / ISBN or ISSN", true),
      new SruDatabase.Index("bath", "isbn", "ISBN", true),
      new SruDatabase.Index("bath", "issn", "ISSN", true),
      new SruDatabase.Index("libnet", "holder", "Thư viện có tài liệu (ISIL) / Holding library (ISIL)", true),
      new SruDatabase.Index("libnet", "year", "Năm xuất bản / Year of publication", true),
      new SruDatabase.Index("cql", "serverChoice", "Mọi chỉ mục / Every index", false));

  private static final Set<String> SCANNABLE =
      Set.of("title", "creator", "author", "subject", "date", "year", "identifier", "isbn", "issn", "holder");

  /**
   * One record of the catalogue: its id, its folded indexes, and its MARC record, read when a page holds it.
   *
   * @param id the catalogue's id of the record
   * @param doc its indexes
   * @param record its MARC record, or null when it cannot be read now
   */
  record Entry(String id, HubSearch.Doc doc, Supplier<Record> record) {}

  private final String title;
  private final Supplier<List<Entry>> entries;

  CatalogSruSource(String title, Supplier<List<Entry>> entries) {
    this.title = title;
    this.entries = entries;
  }

  @Override
  public SruDatabase database() {
    return new SruDatabase(title, "Union catalogue records, searched with Vietnamese diacritics folded (lich su = lịch sử)",
        List.of(DC, BATH, CQL, LIBNET), INDEXES);
  }

  @Override
  public SruResultPage search(SruSearch search) {
    Predicate<HubSearch.Doc> matcher;
    try {
      matcher = HubSearch.compile(search.query());
    } catch (HubSearch.Unsupported u) {
      throw new SruQueryRefusal(u.diagnostic, u.details);
    }
    List<Entry> hits = entries.get().stream().filter(e -> matcher.test(e.doc())).toList();
    List<SruHit> page = new ArrayList<>();
    for (int i = search.offset(); i < hits.size() && page.size() < search.limit(); i++) {
      Entry e = hits.get(i);
      Record r = e.record().get();
      page.add(r == null ? SruHit.unavailable(e.id()) : new SruHit(e.id(), r));
    }
    return new SruResultPage(hits.size(), page);
  }

  @Override
  public List<SruScanTerm> scan(SruScan scan) {
    String written = scan.index().toLowerCase(Locale.ROOT);
    int dot = written.indexOf('.');
    String prefix = dot < 0 ? "" : written.substring(0, dot);
    String name = written.substring(dot + 1);
    if (!prefix.isEmpty() && !HubSearch.CONTEXT_SETS.contains(prefix)) {
      throw new SruQueryRefusal(SruDiagnosticCode.UNSUPPORTED_CONTEXT_SET, prefix);
    }
    if (!SCANNABLE.contains(name)) {
      throw SruQueryRefusal.unsupportedIndex(scan.index());
    }
    if (!List.of("=", "==", "exact", "all", "any").contains(scan.relation())) {
      throw SruQueryRefusal.unsupportedRelation(scan.relation());
    }
    HubSearch.Field field = HubSearch.Field.of(name);
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Entry e : entries.get()) {
      for (String w : e.doc().words(field)) {
        counts.merge(w, 1, Integer::sum);
      }
    }
    String start = VietnameseText.fold(scan.term());
    List<Map.Entry<String, Integer>> before = new ArrayList<>(counts.headMap(start, false).descendingMap().entrySet());
    int lead = Math.max(0, Math.min(scan.responsePosition() - 1, before.size()));
    List<SruScanTerm> terms = new ArrayList<>();
    for (int i = lead - 1; i >= 0; i--) {
      terms.add(new SruScanTerm(before.get(i).getKey(), before.get(i).getValue(), null));
    }
    for (Map.Entry<String, Integer> e : counts.tailMap(start, true).entrySet()) {
      if (terms.size() >= scan.maximumTerms()) {
        break;
      }
      terms.add(new SruScanTerm(e.getKey(), e.getValue(), null));
    }
    return terms;
  }
}
