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
 * year, the publisher without words like "Nxb.", the number of pages and the edition number.
 *
 * @param isbns ISBN-13s as numbers (ISBN-10s converted), possibly empty
 * @param title the folded title proper and remainder of title
 * @param part the folded part number and name (245 $n $p), or empty
 * @param author the folded main author, or empty
 * @param year the year of publication, or 0
 * @param publisher the folded publisher, or empty
 * @param pages the first number of the extent, or 0
 * @param edition the edition number, or 0 for a first or unstated edition
 */
public record MatchKey(
    long[] isbns, String title, String part, String author, int year, String publisher, int pages, int edition) {
  private static final Pattern NUMBER = Pattern.compile("(\\d+)");
  private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})");
  private static final String[] ARTICLES = {"the ", "a ", "an ", "le ", "la ", "les ", "l ", "der ", "die ", "das "};
  private static final String[] PUBLISHER_WORDS = {
    "nha xuat ban ", "nxb ", "nha xb ", "publishing house ", "publishing ", "publishers ", "press "
  };

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
    return new MatchKey(toArray(isbns), title, part, author, year, publisher, pages, edition);
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
    return new MatchKey(toArray(isbns), title, part, author, year, publisher, pages, edition(nz(b.edition())));
  }

  static String title(String text) {
    String t = VietnameseText.fold(text);
    for (String article : ARTICLES) {
      if (t.startsWith(article)) {
        return t.substring(article.length());
      }
    }
    return t;
  }

  static String publisher(String text) {
    String p = VietnameseText.fold(text) + " ";
    for (String word : PUBLISHER_WORDS) {
      p = p.replace(word, "");
    }
    return p.strip();
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
        && pages == k.pages && edition == k.edition;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(java.util.Arrays.hashCode(isbns), title, part, author, year, publisher, pages, edition);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "MatchKey[isbns=%s, title=%s, part=%s, author=%s, year=%d, publisher=%s, pages=%d, edition=%d]",
        java.util.Arrays.toString(isbns), title, part, author, year, publisher, pages, edition);
  }
}
