package vn.libnet.marc.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.text.TonePlacement;
import vn.libnet.core.text.VietnameseText;
import vn.libnet.marc.internal.SyntheticRecords;
import vn.libnet.marc.internal.SyntheticRecords.Synthetic;

class DeduplicatorTest {
  static final MarcFactory F = MarcFactory.newInstance();

  @Test
  void precisionAndRecallOnASyntheticSetWithKnownDuplicates() {
    List<Synthetic> records = new ArrayList<>();
    SyntheticRecords.builder().seed(11).duplicateRate(0.3).build().iterator(5_000).forEachRemaining(records::add);
    Deduplicator d = Deduplicator.standard();
    records.forEach(s -> d.add(s.record()));
    DedupResult result = d.result();

    Map<String, Integer> workOf = new HashMap<>();
    records.forEach(s -> workOf.put(s.record().getControlNumber(), s.workId()));
    Set<String> truePairs = pairs(SyntheticRecords.clusters(records).stream()
        .map(c -> c.stream().map(i -> records.get(i).record().getControlNumber()).toList()).toList());
    Set<String> foundPairs = pairs(result.clusters());
    Set<String> correct = new HashSet<>(foundPairs);
    correct.retainAll(truePairs);
    double precision = (double) correct.size() / foundPairs.size();
    double recall = (double) correct.size() / truePairs.size();
    assertThat(truePairs).hasSizeGreaterThan(1_000);
    assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.99);
    assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.97);
    assertThat(result.duplicates()).isEqualTo(records.size() - result.works());
    // blocking keeps the work near linear: a handful of comparisons per record
    assertThat(result.comparisons()).isLessThan(records.size() * 10L);
  }

  @Test
  void findMatchSaysWhatAddWouldDoWithoutAddingAndClustersKeepTheirFirstRecord() {
    Record a = book("A1", "9786041000063", "Khảo cứu về văn hóa Khánh Hòa", "Nguyễn Thị Thúy", "2019", "Nxb. Văn hóa", "320 tr.");
    Record b = book("B1", "604100006X", "Khao cuu ve van hoa Khanh Hoa", "Nguyen Thi Thuy", "2019", "Văn hóa", "321 tr.");
    Record other = book("X1", "9786049999990", "Truyện Kiều", "Nguyễn Du", "2015", "Nxb. Văn học", "250 tr.");
    Deduplicator d = Deduplicator.standard();
    assertThat(d.findMatch(MatchKey.of(a))).isEqualTo(-1);
    int ia = d.add(a);
    assertThat(d.findMatch(MatchKey.of(b))).isEqualTo(ia);
    assertThat(d.findMatch(MatchKey.of(other))).isEqualTo(-1);
    assertThat(d.size()).isEqualTo(1);
    int io = d.add(other);
    int ib = d.add(b);
    assertThat(d.clusterOf(ib)).isEqualTo(ia);
    assertThat(d.clusterOf(io)).isEqualTo(io);
  }

  @Test
  void sameBookWithoutDiacriticsWithIsbn10AndOtherTonesMatchesAndSaysWhy() {
    Record a = book("A1", "9786041000063", "Khảo cứu về văn hóa Khánh Hòa", "Nguyễn Thị Thúy", "2019", "Nxb. Văn hóa", "320 tr.");
    Record b = book("B1", "604100006X", "Khao cuu ve van hoa Khanh Hoa", "Nguyen Thi Thuy", "2019", "Văn hóa", "321 tr.");
    Record c = book("C1", null, VietnameseText.normalize("Khảo cứu về văn hóa Khánh Hòa", TonePlacement.MODERN), "Nguyễn Thị Thuý", "2019", "Nhà xuất bản Văn hóa", "320 tr.");
    Deduplicator d = Deduplicator.standard();
    d.add(a);
    d.add(b);
    d.add(c);
    DedupResult r = d.result();
    assertThat(r.clusters()).containsExactly(List.of("A1", "B1", "C1"));
    MatchDecision ab = r.links().get(0);
    assertThat(ab.matched()).isTrue();
    assertThat(ab.evidence()).extracting(Evidence::element).contains("isbn", "title", "author", "year", "publisher", "pages");
    assertThat(ab.evidence()).filteredOn(e -> e.element().equals("isbn")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("9786041000063"));
    assertThat(ab.score()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void otherVolumesYearsAndEditionsAreDifferentWorks() {
    Record v1 = book("V1", null, "Lịch sử Việt Nam", "Đào Duy Anh", "2019", "Văn hóa", "480 tr.");
    ((DataField) v1.getVariableField("245")).addSubfield(F.newSubfield('n', "Tập 1"));
    Record v2 = book("V2", null, "Lịch sử Việt Nam", "Đào Duy Anh", "2019", "Văn hóa", "480 tr.");
    ((DataField) v2.getVariableField("245")).addSubfield(F.newSubfield('n', "Tập 2"));
    Record y = book("Y", null, "Lịch sử Việt Nam", "Đào Duy Anh", "2005", "Văn hóa", "480 tr.");
    Record e = book("E", null, "Lịch sử Việt Nam", "Đào Duy Anh", "2019", "Văn hóa", "480 tr.");
    DataField f250 = F.newDataField("250", ' ', ' ');
    f250.addSubfield(F.newSubfield('a', "Tái bản lần thứ 1"));
    e.addVariableField(f250);
    Record isbnConflict = book("I", "9786040087218", "Lịch sử Việt Nam", "Đào Duy Anh", "2019", "Văn hóa", "480 tr.");
    Record other = book("J", "9786049876547", "Lịch sử Việt Nam", "Đào Duy Anh", "2019", "Văn hóa", "480 tr.");
    Deduplicator d = Deduplicator.standard();
    for (Record r : List.of(v1, v2, y, e, isbnConflict, other)) {
      d.add(r);
    }
    assertThat(d.result().clusters()).isEmpty();
    MatchDecision volumes = d.explain(0, 1);
    assertThat(volumes.matched()).isFalse();
    assertThat(volumes.evidence()).anySatisfy(ev -> assertThat(ev.element()).isEqualTo("part"));
    assertThat(d.explain(4, 5).evidence()).anySatisfy(ev -> {
      assertThat(ev.element()).isEqualTo("isbn");
      assertThat(ev.points()).isEqualTo(-0.75);
    });
  }

  @Test
  void matchKeysFoldVietnameseAndDropPublisherWords() {
    MatchKey k = MatchKey.of(book("K", "604-1-0000-6X", "The Hòa Bình story :", "Lê Văn Hưu,", "2020", "Nxb. Đà Nẵng,", "xii, 245 tr. ;"));
    assertThat(k.isbns()).containsExactly(9786041000063L);
    assertThat(k.title()).isEqualTo("hoa binh story");
    assertThat(k.author()).isEqualTo("le van huu");
    assertThat(k.publisher()).isEqualTo("da nang");
    assertThat(k.year()).isEqualTo(2020);
  }

  static Set<String> pairs(List<List<String>> clusters) {
    Set<String> out = new HashSet<>();
    for (List<String> c : clusters) {
      for (int i = 0; i < c.size(); i++) {
        for (int j = i + 1; j < c.size(); j++) {
          String a = c.get(i);
          String b = c.get(j);
          out.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
        }
      }
    }
    return out;
  }

  static Record book(String id, String isbn, String title, String author, String year, String publisher, String extent) {
    Record r = F.newRecord("00000nam a2200000 i 4500");
    r.addVariableField(F.newControlField("001", id));
    r.addVariableField(F.newControlField("008", "250101s" + year + "    vm a          000 0 vie d"));
    if (isbn != null) {
      DataField f = F.newDataField("020", ' ', ' ');
      f.addSubfield(F.newSubfield('a', isbn));
      r.addVariableField(f);
    }
    DataField f100 = F.newDataField("100", '0', ' ');
    f100.addSubfield(F.newSubfield('a', author));
    r.addVariableField(f100);
    DataField f245 = F.newDataField("245", '1', '0');
    f245.addSubfield(F.newSubfield('a', title));
    r.addVariableField(f245);
    DataField f264 = F.newDataField("264", ' ', '1');
    f264.addSubfield(F.newSubfield('a', "Hà Nội :"));
    f264.addSubfield(F.newSubfield('b', publisher));
    f264.addSubfield(F.newSubfield('c', year));
    r.addVariableField(f264);
    DataField f300 = F.newDataField("300", ' ', ' ');
    f300.addSubfield(F.newSubfield('a', extent));
    r.addVariableField(f300);
    return r;
  }
}
