package vn.libnet.marc.match;

import vn.libnet.marc.record.MarcFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import vn.libnet.core.id.Isbn;
import vn.libnet.core.model.BibRecord;
import vn.libnet.core.model.Contributor;
import vn.libnet.core.model.IdentifierType;
import vn.libnet.core.model.Title;
import vn.libnet.core.text.VietnameseText;

/**
 * What two records are compared on to decide whether they describe the same work: normalised ISBN-13s,
 * the folded title (Vietnamese folding, so "Hoà Bình", "Hòa Bình" and "Hoa Binh" are alike; leading
 * English and French articles and all punctuation removed), the part or volume, the main author, the
 * year, the publisher without words like "Nxb.", the number of pages and the edition number; the
 * material type (Leader/06-07) and, for serials and other records that carry them, the ISSNs, system
 * numbers, LCCNs, other standard identifiers and 773/776 links ({@link StandardIds}).
 *
 * @param isbns ISBN-13s as numbers (ISBN-10s converted), possibly empty
 * @param title the folded title proper and remainder of title
 * @param part the folded part number and name (245 $n $p), or empty
 * @param author the folded main author (100, 110, 111, else the first 700, 710, 711), or empty
 * @param year the year of publication, or 0
 * @param publisher the folded publisher, or empty
 * @param pages the first number of the extent, or 0
 * @param edition the edition number, or 0 for a first or unstated edition
 * @param material Leader/06 (type of record) and Leader/07 (bibliographic level), e.g. "am" for a book
 *     and "as" for a serial; a position that holds no valid MARC 21 value is written as a blank, and
 *     the whole is empty when unknown
 * @param ids the identifiers beyond the ISBN, {@link StandardIds#EMPTY} when there are none
 */
public record MatchKey(
    long[] isbns, String title, String part, String author, int year, String publisher, int pages, int edition,
    String material, StandardIds ids) {
  private static final String TYPES = "acdefgijkmoprt";
  private static final String LEVELS = "abcdims";
  private static final Pattern NUMBER = Pattern.compile("(\\d+)");
  private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
  private static final String JOURNAL_WORD = "tap chi ";
  private static final String[] ARTICLES = {"the ", "a ", "an ", "le ", "la ", "les ", "l ", "der ", "die ", "das "};
  private static final java.util.Set<String> UNKNOWN_PUBLISHERS =
      java.util.Set.of("publisher not identified", "s n", "sn", "sine nomine", "k nxb", "knxb", "khong ro nha xuat ban");
  private static final String[] PUBLISHER_WORDS = {
    "nha xuat ban ", "nxb ", "nha xb ", "publishing house ", "publishing ", "publishers ", "press "
  };

  /** Empty material and identifiers stand for unknown. */
  public MatchKey {
    material = material == null ? "" : material;
    ids = ids == null ? StandardIds.EMPTY : ids;
  }

  /** A key without material type and without identifiers beyond the ISBN (as from a neutral record). */
  public MatchKey(long[] isbns, String title, String part, String author, int year, String publisher, int pages, int edition) {
    this(isbns, title, part, author, year, publisher, pages, edition, "", StandardIds.EMPTY);
  }

  /** The key of a MARC 21 bibliographic record. */
  public static MatchKey of(Record r) {
    List<Long> isbns = new ArrayList<>();
    for (DataField df : MarcFields.data(r, new String[] {"020"})) {
      for (Subfield a : df.getSubfields('a')) {
        Isbn.tryParse(a.getData()).ifPresent(i -> isbns.add(Long.parseLong(i.toIsbn13().toString())));
      }
    }
    DataField f245 = data(r, "245");
    String title = f245 == null ? "" : title(sub(f245, 'a') + " " + sub(f245, 'b'));
    String part = f245 == null ? "" : VietnameseText.fold(sub(f245, 'n') + " " + sub(f245, 'p'));
    DataField main = data(r, "100");
    if (main == null) {
      main = data(r, "110");
    }
    if (main == null) {
      main = data(r, "111");
    }
    if (main == null) {
      main = data(r, "700");
    }
    if (main == null) {
      // serials are mostly entered under title, their issuing body being an added entry
      main = data(r, "710");
    }
    if (main == null) {
      main = data(r, "711");
    }
    String author = main == null ? "" : VietnameseText.fold(sub(main, 'a'));
    int year = 0;
    ControlField c = MarcFields.control(r, "008");
    if (c != null && c.getData().length() >= 11 && c.getData().substring(7, 11).matches("\\d{4}")) {
      year = Integer.parseInt(c.getData().substring(7, 11));
    }
    DataField imprint = data(r, "264");
    if (imprint == null) {
      imprint = data(r, "260");
    }
    if (year == 0 && imprint != null) {
      year = firstYear(sub(imprint, 'c'));
    }
    String publisher = imprint == null ? "" : publisher(sub(imprint, 'b'));
    DataField f300 = data(r, "300");
    int pages = f300 == null ? 0 : firstNumber(sub(f300, 'a'));
    DataField f250 = data(r, "250");
    int edition = f250 == null ? 0 : edition(sub(f250, 'a'));
    return new MatchKey(toArray(isbns), title, part, author, year, publisher, pages, edition,
        material(r.getLeader() == null ? "" : r.getLeader().marshal()), StandardIds.of(r));
  }

  /** Leader/06-07 with anything that is not a valid MARC 21 value blanked; empty when both are unknown. */
  static String material(String leader) {
    if (leader == null || leader.length() < 8) {
      return "";
    }
    char type = TYPES.indexOf(leader.charAt(6)) >= 0 ? leader.charAt(6) : ' ';
    char level = LEVELS.indexOf(leader.charAt(7)) >= 0 ? leader.charAt(7) : ' ';
    return type == ' ' && level == ' ' ? "" : "" + type + level;
  }

  /** Whether the bibliographic level (Leader/07) is a continuing resource: serial (s) or integrating (i). */
  public boolean continuing() {
    return material.length() == 2 && (material.charAt(1) == 's' || material.charAt(1) == 'i');
  }

  /** The key of a neutral record. */
  public static MatchKey of(BibRecord b) {
    List<Long> isbns = new ArrayList<>();
    b.identifiers(IdentifierType.ISBN)
        .forEach(id -> Isbn.tryParse(id.value()).ifPresent(i -> isbns.add(Long.parseLong(i.toIsbn13().toString()))));
    Title main = b.mainTitle().orElse(null);
    String title = main == null ? "" : title(nz(main.title()) + " " + nz(main.subtitle()));
    String part = main == null ? "" : VietnameseText.fold(nz(main.partNumber()) + " " + nz(main.partName()));
    String author =
        b.contributors().stream().filter(Contributor::main).findFirst()
            .or(() -> b.contributors().stream().findFirst())
            .map(c -> VietnameseText.fold(nz(c.name())))
            .orElse("");
    int year = b.publication() == null || b.publication().year() == null ? 0 : b.publication().year();
    String publisher = b.publication() == null ? "" : publisher(nz(b.publication().publisher()));
    int pages = b.physicalDescription() == null ? 0 : firstNumber(nz(b.physicalDescription().extent()));
    return new MatchKey(toArray(isbns), title, part, author, year, publisher, pages, edition(nz(b.edition())), "", ids(b));
  }

  // A neutral record carries ISSNs, LCCNs and system numbers as identifiers, without 022 $y/$z, 773 or 776.
  private static StandardIds ids(BibRecord b) {
    java.util.TreeSet<String> issns = new java.util.TreeSet<>();
    java.util.TreeSet<String> lccns = new java.util.TreeSet<>();
    java.util.TreeSet<String> system = new java.util.TreeSet<>();
    b.identifiers(IdentifierType.ISSN).forEach(id -> IdNormalizer.issn(id.value()).ifPresent(issns::add));
    b.identifiers(IdentifierType.LCCN).forEach(id -> IdNormalizer.lccn(id.value()).ifPresent(lccns::add));
    b.identifiers(IdentifierType.SYSTEM_CONTROL_NUMBER)
        .forEach(id -> IdNormalizer.systemNumber(id.value()).ifPresent(system::add));
    if (issns.isEmpty() && lccns.isEmpty() && system.isEmpty()) {
      return StandardIds.EMPTY;
    }
    String[] none = new String[0];
    return new StandardIds(issns.toArray(none), none, none, system.toArray(none), lccns.toArray(none), none, none, none);
  }

  static String title(String text) {
    String t = VietnameseText.fold(text).strip();
    // "Tạp chí" (journal) is part of some records' title proper and left out of others' for one serial.
    if (t.startsWith(JOURNAL_WORD)) {
      t = t.substring(JOURNAL_WORD.length());
    }
    for (String article : ARTICLES) {
      if (t.startsWith(article)) {
        return t.substring(article.length());
      }
    }
    return t;
  }

  static String publisher(String text) {
    String p = VietnameseText.fold(text) + " ";
    if (UNKNOWN_PUBLISHERS.contains(p.strip())) {
      return "";
    }
    for (String word : PUBLISHER_WORDS) {
      p = p.replace(word, "");
    }
    p = p.strip();
    // "[publisher not identified]", "[s.n.]", "[K.nxb.]" say that the publisher is unknown
    return UNKNOWN_PUBLISHERS.contains(p) ? "" : p;
  }

  private static int edition(String text) {
    int n = firstNumber(text);
    String folded = VietnameseText.fold(text);
    // "Tái bản lần thứ 2" is the third edition; "2nd ed." the second.
    if (folded.contains("tai ban")) {
      return n == 0 ? 2 : n + 1;
    }
    return n <= 1 ? 0 : n;
  }

  private static int firstNumber(String text) {
    Matcher m = NUMBER.matcher(text);
    return m.find() && m.group(1).length() <= 6 ? Integer.parseInt(m.group(1)) : 0;
  }

  private static int firstYear(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().distinct().mapToLong(Long::longValue).toArray();
  }

  private static DataField data(Record r, String tag) {
    return MarcFields.data(r, tag);
  }

  private static String sub(DataField f, char code) {
    Subfield s = f.getSubfield(code);
    return s == null ? "" : s.getData();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * The blocking key: the folded title, the first word of the author and the year. Records that differ
   * in any of these cannot reach the threshold without a shared ISBN, which has a block of its own.
   */
  String blockKey() {
    String t = title.length() > 60 ? title.substring(0, 60) : title;
    int space = author.indexOf(' ');
    String a = space < 0 ? author : author.substring(0, space);
    return t + "|" + a + "|" + year;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MatchKey k && java.util.Arrays.equals(isbns, k.isbns) && title.equals(k.title)
        && part.equals(k.part) && author.equals(k.author) && year == k.year && publisher.equals(k.publisher)
        && pages == k.pages && edition == k.edition && material.equals(k.material) && ids.equals(k.ids);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(java.util.Arrays.hashCode(isbns), title, part, author, year, publisher, pages, edition, material, ids);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MatchKey[isbns=%s, title=%s, part=%s, author=%s, year=%d, publisher=%s, pages=%d, edition=%d, material=%s, ids=%s]",
        java.util.Arrays.toString(isbns), title, part, author, year, publisher, pages, edition, material, ids);
  }
}
