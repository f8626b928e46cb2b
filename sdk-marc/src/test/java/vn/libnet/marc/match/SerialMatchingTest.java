package vn.libnet.marc.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

/** Each identifier and link of serials and continuing resources, in the key, the score and the blocks. */
class SerialMatchingTest {
  static final MarcFactory F = MarcFactory.newInstance();

  @Test
  void issnsFrom022AreCheckedAndSortedByRole() {
    Record r = serial("S1", "Nature.", "1869");
    add(r, "022", 'a', "0028-0836 (print)", 'y', "0028-0837", 'z', "0028-0836", 'l', "0028-0836");
    add(r, "022", 'a', "ISSN 1476-4687");
    add(r, "022", 'a', "1476-4688"); // wrong check digit: not an ISSN
    StandardIds ids = MatchKey.of(r).ids();
    assertThat(ids.issns()).containsExactly("0028-0836", "1476-4687");
    assertThat(ids.formerIssns()).containsExactly("0028-0836"); // 0028-0837 has a wrong check digit
    assertThat(ids.linkingIssns()).containsExactly("0028-0836");
  }

  @Test
  void oclcNumbersLoseTheirPrefixesAndLeadingZerosIn035And001() {
    assertThat(IdNormalizer.systemNumber("(OCoLC)ocm00012345")).contains("(OCoLC)12345");
    assertThat(IdNormalizer.systemNumber("(OCoLC)12345")).contains("(OCoLC)12345");
    assertThat(IdNormalizer.systemNumber("(OCoLC)ocn123456789")).contains("(OCoLC)123456789");
    assertThat(IdNormalizer.systemNumber("(OCoLC)on1234567890")).contains("(OCoLC)1234567890");
    assertThat(IdNormalizer.systemNumber("(ocolc)000012345 ")).contains("(OCoLC)12345");
    assertThat(IdNormalizer.systemNumber("(OCoLC)ocm")).isEmpty();
    assertThat(IdNormalizer.systemNumber("(OCoLC)12a45")).isEmpty();
    assertThat(IdNormalizer.systemNumber("ocm12345")).isEmpty(); // no system named
    assertThat(IdNormalizer.systemNumber("(FI-MELINDA)001034875")).contains("(FI-MELINDA)001034875");
    assertThat(IdNormalizer.systemNumber("(DLC)   85000002 ")).contains("(DLC)85000002");

    Record r = serial("ocm72549382", "Proceedings", "2005");
    add(r, "035", 'a', "(OCoLC)ocm72549382", 'z', "(OCoLC)1");
    assertThat(MatchKey.of(r).ids().systemNumbers()).containsExactly("(OCoLC)72549382");
  }

  @Test
  void lccnsAreNormalisedByTheRuleOfTheLibraryOfCongress() {
    // the examples of LC's LCCN normalisation rule
    assertThat(IdNormalizer.lccn("n78-890351")).contains("n78890351");
    assertThat(IdNormalizer.lccn("n78-89035")).contains("n78089035");
    assertThat(IdNormalizer.lccn("n 78890351 ")).contains("n78890351");
    assertThat(IdNormalizer.lccn(" 85000002 ")).contains("85000002");
    assertThat(IdNormalizer.lccn("85-2 ")).contains("85000002");
    assertThat(IdNormalizer.lccn("2001-000002")).contains("2001000002");
    assertThat(IdNormalizer.lccn("75-425165//r75")).contains("75425165");
    assertThat(IdNormalizer.lccn(" 79139101 /AC/r932")).contains("79139101");
    // as they stand in real 010 fields
    assertThat(IdNormalizer.lccn("sn 97004211 ")).contains("sn97004211");
    assertThat(IdNormalizer.lccn("^^2016200494")).contains("2016200494");
    assertThat(IdNormalizer.lccn("37011202 //r823")).contains("37011202");
    assertThat(IdNormalizer.lccn("not an lccn")).isEmpty();
    assertThat(IdNormalizer.lccn("85-1234567")).isEmpty();
  }

  @Test
  void otherStandardIdentifiersKeepTheirKind() {
    Record r = serial("X", "Music", "2001");
    DataField ismn = add(r, "024", 'a', "M-57110-000-1");
    ismn.setIndicator1('2');
    DataField doi = add(r, "024", 'a', "10.1000/ABC", '2', "doi");
    doi.setIndicator1('7');
    DataField upc = add(r, "024", 'a', "025218012526 (pbk.)");
    upc.setIndicator1('1');
    assertThat(MatchKey.of(r).ids().otherIds())
        .containsExactly("024/1:025218012526", "024/2:M571100001", "024/7/doi:10.1000/ABC");
  }

  @Test
  void hostAndOtherFormLinksAreNormalised() {
    Record r = serial("X", "Pacific Coast philology", "1966");
    add(r, "776", 'x', "0078-7469", 'w', "(OCoLC)ocm01234567", 'z', "0-14-143951-3");
    add(r, "773", 'x', "0036-8075", 'w', "(DLC)   17024346 ");
    StandardIds ids = MatchKey.of(r).ids();
    assertThat(ids.otherFormLinks()).containsExactly("(OCoLC)1234567", "isbn:9780141439518", "issn:0078-7469");
    assertThat(ids.hostLinks()).containsExactly("(DLC)17024346", "issn:0036-8075");
  }

  @Test
  void materialTypeComesFromLeader06And07AndVetoesAcrossKinds() {
    Record journal = serial("J", "Science.", "1883");
    Record book = serial("B", "Science.", "1883");
    book.getLeader().setTypeOfRecord('a');
    book.getLeader().setImplDefined1(new char[] {'m', ' '});
    Record sound = serial("A", "Science.", "1883");
    sound.getLeader().setTypeOfRecord('i');
    Record journal2 = serial("J2", "Science.", "1883");
    for (Record r : List.of(journal, book, sound, journal2)) {
      add(r, "022", 'a', "0036-8075");
    }
    assertThat(MatchKey.of(journal).material()).isEqualTo("as");
    assertThat(MatchKey.of(journal).continuing()).isTrue();
    assertThat(MatchKey.of(book).material()).isEqualTo("am");
    assertThat(MatchKey.material("00000zzz a2200000   4500")).isEmpty();
    assertThat(MatchKey.material("00000na  a2200000   4500")).isEqualTo("a ");

    MatchScorer s = new MatchScorer(0.9);
    MatchDecision serialVsBook = s.decide("J", MatchKey.of(journal), "B", MatchKey.of(book));
    assertThat(serialVsBook.matched()).isFalse();
    assertThat(serialVsBook.evidence()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("material");
      assertThat(e.points()).isEqualTo(-1.0);
    });
    assertThat(s.matches(MatchKey.of(journal), MatchKey.of(sound))).isFalse();
    assertThat(s.matches(MatchKey.of(journal), MatchKey.of(journal2))).isTrue();
  }

  @Test
  void aSharedIssnMatchesASerialWhoseOtherRecordLacksTheAuthorAndTheYear() {
    Record a = serial("A", "Curator : a quarterly publication of the American Museum of Natural History.", "1958");
    add(a, "022", 'a', "0011-3069");
    add(a, "110", 'a', "American Museum of Natural History.");
    Record b = serial("B", "Curator a quarterly publication of the American Museum of Natural History", "    ");
    add(b, "022", 'a', "0011-3069", 'l', "0011-3069");
    MatchDecision d = new MatchScorer(0.9).decide("A", MatchKey.of(a), "B", MatchKey.of(b));
    assertThat(d.matched()).as(d.toString()).isTrue();
    assertThat(d.evidence()).as(d.toString()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("issn");
      assertThat(e.points()).isEqualTo(0.75);
      assertThat(e.detail()).contains("0011-3069");
    });
    // blocked by the ISSN: the block keys differ (author and year)
    assertThat(MatchKey.of(a).blockKey()).isNotEqualTo(MatchKey.of(b).blockKey());
    Deduplicator dd = Deduplicator.standard();
    dd.add(a);
    dd.add(b);
    assertThat(dd.result().clusters()).containsExactly(List.of("A", "B"));
  }

  @Test
  void twoDifferentIssnsCountAgainstAndPrintAndOnlineAreSeparateRecords() {
    Record print = serial("P", "19th century music", "1977");
    add(print, "022", 'a', "0148-2076", 'l', "0148-2076");
    add(print, "776", 't', "19th century music (Online)", 'x', "1533-8606");
    Record online = serial("O", "19th century music", "1977");
    add(online, "022", 'a', "1533-8606", 'l', "0148-2076");
    MatchScorer s = new MatchScorer(0.9);
    MatchDecision d = s.decide("P", MatchKey.of(print), "O", MatchKey.of(online));
    assertThat(d.matched()).isFalse();
    assertThat(d.evidence()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("other-form");
      assertThat(e.detail()).contains("issn:1533-8606");
    });
    assertThat(d.evidence()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("issn");
      assertThat(e.points()).isEqualTo(-0.75);
      assertThat(e.detail()).contains("ISSN-L 0148-2076");
    });
    // without the 776 link, the ISSN conflict alone keeps them apart (title 0.5 + year 0.1 - 0.75)
    Record online2 = serial("O2", "19th century music", "1977");
    add(online2, "022", 'a', "1533-8606");
    Record print2 = serial("P2", "19th century music", "1977");
    add(print2, "022", 'a', "0148-2076");
    assertThat(s.matches(MatchKey.of(print2), MatchKey.of(online2))).isFalse();
  }

  @Test
  void issnsOfAMonographAreItsSeriesAndDoNotCount() {
    Record a = serial("A", "Annual report 1990", "1990");
    a.getLeader().setImplDefined1(new char[] {'m', ' '});
    add(a, "022", 'a', "0096-8854");
    Record b = serial("B", "Annual report 1990", "1990");
    b.getLeader().setImplDefined1(new char[] {'m', ' '});
    add(b, "022", 'a', "0270-1499");
    MatchDecision d = new MatchScorer(0.9).decide("A", MatchKey.of(a), "B", MatchKey.of(b));
    assertThat(d.evidence()).noneSatisfy(e -> assertThat(e.element()).isEqualTo("issn"));
  }

  @Test
  void systemNumbersAndLccnsAgreeAndConflictAndIdentifiersTogetherAddAtMostThreeQuarters() {
    Record a = serial("A", "Million dollar directory", "1959");
    add(a, "035", 'a', "(OCoLC)1167732");
    add(a, "010", 'a', "59003033");
    add(a, "022", 'a', "0070-7619");
    Record b = serial("B", "Million dollar directory", "1959");
    add(b, "035", 'a', "(OCoLC)ocm01167732");
    add(b, "010", 'a', "   59003033 ");
    add(b, "022", 'a', "0070-7619");
    MatchDecision d = new MatchScorer(0.9).decide("A", MatchKey.of(a), "B", MatchKey.of(b));
    double ids = d.evidence().stream().filter(e -> List.of("issn", "system-number", "lccn").contains(e.element()))
        .mapToDouble(Evidence::points).sum();
    assertThat(ids).isEqualTo(0.75);
    assertThat(d.evidence()).filteredOn(e -> e.element().equals("system-number")).singleElement()
        .satisfies(e -> assertThat(e.detail()).contains("(OCoLC)1167732"));

    Record c = serial("C", "Million dollar directory", "1959");
    add(c, "035", 'a', "(OCoLC)999");
    add(c, "010", 'a', "60000001");
    MatchDecision conflict = new MatchScorer(0.9).decide("A", MatchKey.of(a), "C", MatchKey.of(c));
    assertThat(conflict.evidence()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("system-number");
      assertThat(e.points()).isEqualTo(-0.25);
    });
    assertThat(conflict.evidence()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("lccn");
      assertThat(e.points()).isEqualTo(-0.1);
    });
  }

  @Test
  void componentPartsOfDifferentHostsAreDifferentAndOfOneHostAgree() {
    Record a = article("A", "On the origin of things", "0036-8075");
    Record b = article("B", "On the origin of things", "0028-0836");
    Record c = article("C", "On the origin of things", "0036-8075");
    MatchScorer s = new MatchScorer(0.9);
    MatchDecision ab = s.decide("A", MatchKey.of(a), "B", MatchKey.of(b));
    assertThat(ab.matched()).isFalse();
    assertThat(ab.evidence()).anySatisfy(e -> assertThat(e.element()).isEqualTo("host"));
    MatchDecision ac = s.decide("A", MatchKey.of(a), "C", MatchKey.of(c));
    assertThat(ac.matched()).isTrue();
    assertThat(ac.evidence()).anySatisfy(e -> {
      assertThat(e.element()).isEqualTo("host");
      assertThat(e.points()).isEqualTo(0.1);
    });
  }

  @Test
  void booksWithoutTheNewIdentifiersScoreAsBefore() {
    Record a = DeduplicatorTest.book("A1", "9786041000063", "Khảo cứu về văn hóa Khánh Hòa", "Nguyễn Thị Thúy", "2019", "Nxb. Văn hóa", "320 tr.");
    Record b = DeduplicatorTest.book("B1", "604100006X", "Khao cuu ve van hoa Khanh Hoa", "Nguyen Thi Thuy", "2019", "Văn hóa", "321 tr.");
    MatchKey ka = MatchKey.of(a);
    MatchKey kb = MatchKey.of(b);
    assertThat(ka.ids()).isSameAs(StandardIds.EMPTY);
    MatchKey plainA = new MatchKey(ka.isbns(), ka.title(), ka.part(), ka.author(), ka.year(), ka.publisher(), ka.pages(), ka.edition());
    MatchKey plainB = new MatchKey(kb.isbns(), kb.title(), kb.part(), kb.author(), kb.year(), kb.publisher(), kb.pages(), kb.edition());
    MatchScorer s = new MatchScorer(0.9);
    assertThat(s.decide("a", ka, "b", kb).score()).isEqualTo(s.decide("a", plainA, "b", plainB).score()).isEqualTo(1.85);
  }

  @Test
  void anUnidentifiedPublisherIsNoPublisher() {
    assertThat(MatchKey.publisher("[publisher not identified],")).isEmpty();
    assertThat(MatchKey.publisher("[s.n.]")).isEmpty();
    assertThat(MatchKey.publisher("[K.nxb.]")).isEmpty();
    assertThat(MatchKey.publisher("Nxb. Đà Nẵng")).isEqualTo("da nang");
  }

  @Test
  void tapChiBeforeAVietnameseJournalsTitleIsNoDifference() {
    Record a = serial("a1", "Tạp chí Thư viện Việt Nam.", "2005");
    Record b = serial("b1", "Thư viện Việt Nam", "2005");
    add(a, "022", 'a', "0866-7373");
    add(b, "022", 'a', "0866-7373");
    MatchDecision d = new MatchScorer(0.9).decide("A", MatchKey.of(a), "B", MatchKey.of(b));
    assertThat(d.matched()).as(d.toString()).isTrue();
    assertThat(MatchKey.of(a).title()).isEqualTo(MatchKey.of(b).title());
  }

  static Record serial(String id, String title, String year) {
    Record r = F.newRecord("00000cas a2200000 a 4500");
    r.addVariableField(F.newControlField("001", id));
    r.addVariableField(F.newControlField("008", "960708c" + year + "9999xxu   r         0   a0eng d"));
    add(r, "245", 'a', title).setIndicator1('0');
    return r;
  }

  static Record article(String id, String title, String hostIssn) {
    Record r = F.newRecord("00000nab a2200000 a 4500");
    r.addVariableField(F.newControlField("001", id));
    r.addVariableField(F.newControlField("008", "960708s1999    xxu           000 0 eng d"));
    add(r, "100", 'a', "Smith, Jane.");
    add(r, "245", 'a', title);
    add(r, "773", 't', "Host journal", 'x', hostIssn);
    return r;
  }

  static DataField add(Record r, String tag, Object... codesAndValues) {
    DataField f = F.newDataField(tag, ' ', ' ');
    for (int i = 0; i < codesAndValues.length; i += 2) {
      f.addSubfield(F.newSubfield((Character) codesAndValues[i], (String) codesAndValues[i + 1]));
    }
    r.addVariableField(f);
    return f;
  }
}
