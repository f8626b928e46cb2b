package vn.libnet.server.sru;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.cql.CqlBooleanClause;
import vn.libnet.core.cql.CqlClause;
import vn.libnet.core.cql.CqlSearchClause;

/**
 * A small source for the provider's tests: records with a title (245 $a), searched with {@code title =
 * word} (the word anywhere in the title, case folded) joined by {@code and}/{@code or}; anything else
 * refused as a real source would. {@link #failing} makes it throw, {@link #gone} withdraws records.
 */
final class ListSource implements SruRecordSource {
  final List<Record> records = new ArrayList<>();
  final List<String> gone = new ArrayList<>();
  RuntimeException failing;

  static Record marc(String id, String title) {
    MarcFactory f = MarcFactory.newInstance();
    Record r = f.newRecord("00000nam a2200000 a 4500");
    r.addVariableField(f.newControlField("001", id));
    r.addVariableField(f.newDataField("245", '1', '0', "a", title));
    return r;
  }

  ListSource add(int n, String title) {
    for (int i = 1; i <= n; i++) {
      records.add(marc("HN-" + (records.size() + 1), title + " " + i));
    }
    return this;
  }

  @Override
  public SruDatabase database() {
    return new SruDatabase("Thư viện thử nghiệm", "Test catalogue", List.of(new SruDatabase.ContextSet("dc", "info:srw/cql-context-set/1/dc-v1.1")),
        List.of(new SruDatabase.Index("dc", "title", "Nhan đề / Title", true)));
  }

  @Override
  public SruResultPage search(SruSearch search) {
    if (failing != null) {
      throw failing;
    }
    if (!search.query().sortKeys().isEmpty()) {
      throw SruQueryRefusal.unsupportedSort();
    }
    List<Record> hits = records.stream().filter(r -> matches(search.query().clause(), r)).toList();
    List<SruHit> page = new ArrayList<>();
    for (int i = search.offset(); i < hits.size() && page.size() < search.limit(); i++) {
      String id = hits.get(i).getControlNumber();
      page.add(gone.contains(id) ? SruHit.unavailable(id) : new SruHit(id, hits.get(i)));
    }
    return new SruResultPage(hits.size(), page);
  }

  @Override
  public List<SruScanTerm> scan(SruScan scan) {
    if (!scan.index().equals("dc.title") && !scan.index().equals("title")) {
      throw SruQueryRefusal.unsupportedIndex(scan.index());
    }
    TreeMap<String, Long> words = new TreeMap<>();
    for (Record r : records) {
      for (String w : title(r).split(" ")) {
        words.merge(w, 1L, Long::sum);
      }
    }
    List<SruScanTerm> terms = new ArrayList<>();
    words.tailMap(scan.term().toLowerCase(Locale.ROOT), true).forEach((w, n) -> {
      if (terms.size() < scan.maximumTerms()) {
        terms.add(new SruScanTerm(w, n, null));
      }
    });
    return terms;
  }

  private static String title(Record r) {
    return ((DataField) r.getVariableField("245")).getSubfieldsAsString("a").toLowerCase(Locale.ROOT);
  }

  private static boolean matches(CqlClause c, Record r) {
    if (c instanceof CqlBooleanClause b) {
      return switch (b.operator()) {
        case AND -> matches(b.left(), r) && matches(b.right(), r);
        case OR -> matches(b.left(), r) || matches(b.right(), r);
        default -> throw SruQueryRefusal.unsupportedBoolean(b.operator().keyword());
      };
    }
    CqlSearchClause s = (CqlSearchClause) c;
    if (!s.isBareTerm() && !s.effectiveIndex().equals("dc.title") && !s.effectiveIndex().equals("title")) {
      throw SruQueryRefusal.unsupportedIndex(s.effectiveIndex());
    }
    if (!s.effectiveRelation().name().equals("=")) {
      throw SruQueryRefusal.unsupportedRelation(s.effectiveRelation().name());
    }
    return List.of(title(r).split(" ")).contains(s.term().text().toLowerCase(Locale.ROOT));
  }
}
