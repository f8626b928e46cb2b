package vn.libnet.marc.internal;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import vn.libnet.core.text.LegacyEncoding;
import vn.libnet.core.text.TonePlacement;
import vn.libnet.core.text.VietnameseText;

/**
 * Internal: not part of the SDK's API, and may change in any release (the SDK's own tests, benchmarks and
 * {@code libnet marc generate} use it). Realistic synthetic MARC 21 bibliographic records of Vietnamese books, for tests, demonstrations and
 * benchmarks: Vietnamese authors, titles, publishers and places, valid ISBNs under 978-604, DDC numbers
 * and subjects that agree, holdings of several libraries.
 *
 * <p>On request some records carry deliberate faults ({@link Variant}), and some are other libraries'
 * records of a work already generated (with or without diacritics, with an ISBN-10 instead of an
 * ISBN-13 or none at all, with the other tone placement), so that deduplication can be measured against a known truth
 * ({@link Synthetic#workId()}). The same seed always gives the same records.
 */
public final class SyntheticRecords {
  /** What was done to a generated record. */
  public enum Variant {
    /** A complete, valid record. */
    CLEAN,
    /** One deliberate validation error (see {@link Synthetic#fault()}). */
    FAULTY,
    /** Text in TCVN3 bytes that were read as Windows-1252 (mojibake). */
    TCVN3_MOJIBAKE,
    /** Text in VNI bytes that were read as Windows-1252 (mojibake). */
    VNI_MOJIBAKE,
    /** Text in Unicode NFD (decomposed) instead of NFC. */
    NFD
  }

  /**
   * One generated record with the truth about it.
   *
   * @param record the record
   * @param workId the identifier of the work; records of the same work are duplicates
   * @param variant what was done to it
   * @param fault the validation code the fault should trigger, for {@link Variant#FAULTY}; else null
   * @param duplicate whether this record re-describes a work generated earlier
   */
  public record Synthetic(Record record, int workId, Variant variant, String fault, boolean duplicate) {}

  private static final String[] FAMILY = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
    "Ngô", "Dương", "Lý", "Đào", "Đinh", "Trương", "Lương"
  };
  private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Thu"};
  private static final String[] GIVEN = {
    "An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Hạnh", "Hòa", "Hùng", "Hương", "Khánh", "Lan", "Linh",
    "Long", "Mai", "Nam", "Nga", "Phong", "Quang", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Tuấn", "Việt",
    "Yến", "Thúy", "Khoa", "Loan"
  };
  private static final String[][] SUBJECTS = {
    {"Lịch sử", "Việt Nam", "959.7"},
    {"Văn học Việt Nam", "Tiểu thuyết", "895.9223"},
    {"Thơ Việt Nam", "Thế kỷ 20", "895.9221"},
    {"Kinh tế học", "Giáo trình", "330"},
    {"Pháp luật", "Việt Nam", "349.597"},
    {"Giáo dục", "Phương pháp giảng dạy", "371.3"},
    {"Tin học", "Lập trình", "005.1"},
    {"Toán học", "Giáo trình", "510"},
    {"Địa lý", "Việt Nam", "915.97"},
    {"Văn hóa dân gian", "Việt Nam", "398.09597"},
    {"Tiếng Việt", "Ngữ pháp", "495.9225"},
    {"Y học cổ truyền", "Việt Nam", "610.9597"},
    {"Nông nghiệp", "Đồng bằng sông Cửu Long", "630.9597"},
    {"Du lịch", "Việt Nam", "915.9704"},
  };
  private static final String[] TITLE_HEADS = {
    "Giáo trình", "Tuyển tập", "Lịch sử", "Khảo cứu về", "Những vấn đề cơ bản của", "Đại cương",
    "Sổ tay", "Tìm hiểu", "Hỏi đáp về", "Nhập môn"
  };
  private static final String[] TITLE_QUALIFIERS = {
    "hiện đại", "cơ bản", "nâng cao", "thực hành", "từ năm 1945 đến nay", "trong thời kỳ đổi mới",
    "dành cho sinh viên", "qua các thời kỳ", "ở nông thôn", "và hội nhập quốc tế", "tập một", "miền Trung"
  };
  /** Where a work is about, to make titles as varied as a real catalogue's. */
  private static final String[] SETTINGS = {
    "", "", "", "ở Hà Nội", "ở Thành phố Hồ Chí Minh", "tỉnh Nghệ An", "vùng Tây Bắc", "đồng bằng sông Hồng",
    "Tây Nguyên", "Nam Bộ", "ở Huế", "ven biển miền Trung", "thời Lý - Trần", "thời Nguyễn", "thế kỷ XX",
    "sau năm 1975", "trong kỷ nguyên số", "tỉnh Quảng Nam", "ở Cần Thơ", "vùng núi phía Bắc"
  };
  private static final String[] PUBLISHERS = {
    "Giáo dục Việt Nam", "Chính trị Quốc gia Sự thật", "Văn học", "Trẻ", "Kim Đồng",
    "Đại học Quốc gia Hà Nội", "Tổng hợp Thành phố Hồ Chí Minh", "Khoa học xã hội", "Hội Nhà văn",
    "Lao động", "Thanh niên", "Phụ nữ Việt Nam"
  };
  private static final String[] PLACES = {
    "Hà Nội", "Thành phố Hồ Chí Minh", "Đà Nẵng", "Huế", "Hải Phòng", "Cần Thơ"
  };
  /** The libraries whose holdings are generated; the first is the default contributor. */
  public static final List<String> LIBRARIES =
      List.of("VN-HaNoi-TVHN", "VN-HCM-TVKHTH", "VN-DaNang-TVDN", "VN-Hue-TVTTH", "VN-CanTho-TVCT");
  private static final String[] FAULTS = {
    "MARC_245_MISSING", "MARC_020_CHECKSUM", "MARC_008_LENGTH", "MARC_INDICATOR_INVALID",
    "MARC_FIELD_NOT_REPEATABLE", "MARC_SUBFIELD_EMPTY", "MARC_TAG_UNDEFINED"
  };
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final long seed;
  private final double faultRate;
  private final double legacyRate;
  private final double nfdRate;
  private final double duplicateRate;

  private SyntheticRecords(Builder b) {
    this.seed = b.seed;
    this.faultRate = b.faultRate;
    this.legacyRate = b.legacyRate;
    this.nfdRate = b.nfdRate;
    this.duplicateRate = b.duplicateRate;
  }

  /** A generator of clean records with seed 1; see {@link #builder()}. */
  public static SyntheticRecords clean() {
    return builder().build();
  }

  /** A builder: seed and the share of faulty, legacy-encoded, NFD and duplicate records. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SyntheticRecords}; rates are between 0 and 1. */
  public static final class Builder {
    private long seed = 1;
    private double faultRate;
    private double legacyRate;
    private double nfdRate;
    private double duplicateRate;

    private Builder() {}

    /** The seed; the same seed gives the same records. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** The share of records with one deliberate validation error. */
    public Builder faultRate(double rate) {
      this.faultRate = rate(rate);
      return this;
    }

    /** The share of records whose text is TCVN3 or VNI mojibake. */
    public Builder legacyRate(double rate) {
      this.legacyRate = rate(rate);
      return this;
    }

    /** The share of records in Unicode NFD. */
    public Builder nfdRate(double rate) {
      this.nfdRate = rate(rate);
      return this;
    }

    /** The share of records that re-describe an earlier work, as another library would. */
    public Builder duplicateRate(double rate) {
      this.duplicateRate = rate(rate);
      return this;
    }

    /** The generator. */
    public SyntheticRecords build() {
      return new SyntheticRecords(this);
    }

    private static double rate(double r) {
      if (r < 0 || r > 1 || Double.isNaN(r)) {
        throw new IllegalArgumentException("A rate is between 0 and 1, not " + r);
      }
      return r;
    }
  }

  /** The first {@code count} records, generated lazily: memory stays flat for any count. */
  public Stream<Synthetic> stream(long count) {
    Iterator<Synthetic> it = iterator(count);
    return StreamSupport.stream(Spliterators.spliterator(it, count, Spliterator.ORDERED | Spliterator.SIZED), false);
  }

  /** The first {@code count} records as an iterator. */
  public Iterator<Synthetic> iterator(long count) {
    return new Iterator<>() {
      private final SplittableRandom random = new SplittableRandom(seed);
      private final MarcFactory factory = MarcFactory.newInstance();
      private long made;

      @Override
      public boolean hasNext() {
        return made < count;
      }

      @Override
      public Synthetic next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        made++;
        return generate(made, random, factory);
      }
    };
  }

  private Synthetic generate(long n, SplittableRandom random, MarcFactory factory) {
    boolean duplicate = n > 10 && random.nextDouble() < duplicateRate;
    // A duplicate re-derives an earlier work from that work's own seed, so no history is kept.
    int workId = duplicate ? 1 + random.nextInt((int) Math.min(n - 1, Integer.MAX_VALUE)) : (int) n;
    Work work = Work.of(seed, workId);
    String library = duplicate ? LIBRARIES.get(1 + random.nextInt(LIBRARIES.size() - 1)) : LIBRARIES.get(0);
    Record record = work.toRecord(factory, n, library, duplicate ? random : null);

    Variant variant = Variant.CLEAN;
    String fault = null;
    double roll = random.nextDouble();
    if (roll < faultRate) {
      variant = Variant.FAULTY;
      fault = FAULTS[random.nextInt(FAULTS.length)];
      applyFault(record, fault, factory);
    } else if (roll < faultRate + legacyRate) {
      variant = random.nextBoolean() ? Variant.TCVN3_MOJIBAKE : Variant.VNI_MOJIBAKE;
      LegacyEncoding encoding = variant == Variant.TCVN3_MOJIBAKE ? LegacyEncoding.TCVN3 : LegacyEncoding.VNI;
      transformText(record, s -> new String(encoding.encode(s), WINDOWS_1252).replace('\uFFFD', '?'));
    } else if (roll < faultRate + legacyRate + nfdRate) {
      variant = Variant.NFD;
      transformText(record, s -> Normalizer.normalize(s, Normalizer.Form.NFD));
    }
    return new Synthetic(record, workId, variant, fault, duplicate);
  }

  private static void transformText(Record record, java.util.function.UnaryOperator<String> f) {
    for (DataField df : record.getDataFields()) {
      if (df.getTag().equals("245") || df.getTag().equals("100") || df.getTag().equals("264")) {
        df.getSubfields().forEach(sf -> sf.setData(f.apply(sf.getData())));
      }
    }
  }

  private static void applyFault(Record record, String fault, MarcFactory factory) {
    switch (fault) {
      case "MARC_245_MISSING" -> record.removeVariableField(record.getVariableField("245"));
      case "MARC_020_CHECKSUM" -> {
        DataField f = (DataField) record.getVariableField("020");
        if (f == null) {
          f = factory.newDataField("020", ' ', ' ');
          f.addSubfield(factory.newSubfield('a', "9786040000008"));
          record.addVariableField(f);
        }
        String isbn = f.getSubfield('a').getData();
        char last = isbn.charAt(isbn.length() - 1);
        f.getSubfield('a').setData(isbn.substring(0, isbn.length() - 1) + (char) ('0' + (last - '0' + 1) % 10));
      }
      case "MARC_008_LENGTH" -> {
        var f = (org.marc4j.marc.ControlField) record.getVariableField("008");
        f.setData(f.getData().substring(0, 30));
      }
      case "MARC_INDICATOR_INVALID" -> ((DataField) record.getVariableField("245")).setIndicator1('7');
      case "MARC_FIELD_NOT_REPEATABLE" -> {
        DataField again = factory.newDataField("245", '1', '0');
        again.addSubfield(factory.newSubfield('a', "Nhan đề lặp"));
        record.addVariableField(again);
      }
      case "MARC_SUBFIELD_EMPTY" -> ((DataField) record.getVariableField("300")).addSubfield(factory.newSubfield('b', ""));
      case "MARC_TAG_UNDEFINED" -> {
        DataField odd = factory.newDataField("599", ' ', ' ');
        odd.addSubfield(factory.newSubfield('a', "Trường không xác định"));
        record.addVariableField(odd);
      }
      default -> throw new IllegalStateException(fault);
    }
  }

  /** The facts of one work, derived from the generator's seed and the work's id alone. */
  private record Work(
      String title, String subtitle, String author, String authorDates, String publisher, String place,
      int year, int pages, String isbn13, String[] subject, int edition) {

    static Work of(long seed, int workId) {
      SplittableRandom r = new SplittableRandom(seed * 1_000_003L + workId);
      String[] subject = SUBJECTS[r.nextInt(SUBJECTS.length)];
      String head = TITLE_HEADS[r.nextInt(TITLE_HEADS.length)];
      String setting = SETTINGS[r.nextInt(SETTINGS.length)];
      String title = head + " " + lowerFirst(subject[0]) + " " + (r.nextBoolean() ? subject[1] : TITLE_QUALIFIERS[r.nextInt(TITLE_QUALIFIERS.length)])
          + (setting.isEmpty() ? "" : " " + setting);
      String subtitle = r.nextInt(3) == 0 ? TITLE_QUALIFIERS[r.nextInt(TITLE_QUALIFIERS.length)] : null;
      String author = FAMILY[r.nextInt(FAMILY.length)] + " " + MIDDLE[r.nextInt(MIDDLE.length)] + " " + GIVEN[r.nextInt(GIVEN.length)];
      int born = 1930 + r.nextInt(60);
      String publisher = PUBLISHERS[r.nextInt(PUBLISHERS.length)];
      String place = PLACES[r.nextInt(PLACES.length)];
      int year = 1995 + r.nextInt(31);
      int pages = 80 + r.nextInt(600);
      // 978-604 is Viet Nam's ISBN group; publisher and title digits are spread over the work id.
      String body = "978604" + String.format("%06d", (workId * 7919L + r.nextInt(1000)) % 1_000_000);
      String isbn13 = body + check13(body);
      int edition = r.nextInt(5) == 0 ? 2 + r.nextInt(3) : 1;
      return new Work(title, subtitle, author, born + "-", publisher, place, year, pages, isbn13, subject, edition);
    }

    Record toRecord(MarcFactory f, long n, String library, SplittableRandom variation) {
      // Another library's record of the same work: its own habits of writing the same facts.
      boolean folded = variation != null && variation.nextInt(4) == 0;
      boolean isbn10 = variation != null && variation.nextInt(3) == 0;
      boolean otherTones = variation != null && variation.nextBoolean();
      boolean noIsbn = variation != null && variation.nextInt(5) == 0;
      java.util.function.UnaryOperator<String> text =
          s -> {
            String t = otherTones ? VietnameseText.normalize(s, TonePlacement.MODERN) : s;
            return folded ? stripMarks(t) : t;
          };
      Record rec = f.newRecord("00000nam a2200000 i 4500");
      rec.addVariableField(f.newControlField("001", String.format("%s-%08d", library.substring(3).replace("-", ""), n)));
      rec.addVariableField(f.newControlField("003", library));
      rec.addVariableField(f.newControlField("005", "20250101120000.0"));
      rec.addVariableField(f.newControlField("008", String.format("250101s%04d    vm a          000 0 vie d", year)));
      if (!noIsbn) {
        DataField f020 = f.newDataField("020", ' ', ' ');
        f020.addSubfield(f.newSubfield('a', isbn10 ? toIsbn10(isbn13) : isbn13));
        rec.addVariableField(f020);
      }
      DataField f040 = f.newDataField("040", ' ', ' ');
      f040.addSubfield(f.newSubfield('a', library));
      f040.addSubfield(f.newSubfield('b', "vie"));
      f040.addSubfield(f.newSubfield('e', "rda"));
      rec.addVariableField(f040);
      DataField f041 = f.newDataField("041", '0', ' ');
      f041.addSubfield(f.newSubfield('a', "vie"));
      rec.addVariableField(f041);
      DataField f082 = f.newDataField("082", '0', '4');
      f082.addSubfield(f.newSubfield('a', subject[2]));
      f082.addSubfield(f.newSubfield('2', "23"));
      rec.addVariableField(f082);
      DataField f100 = f.newDataField("100", '0', ' ');
      f100.addSubfield(f.newSubfield('a', text.apply(author) + ","));
      f100.addSubfield(f.newSubfield('d', authorDates));
      f100.addSubfield(f.newSubfield('e', "tác giả."));
      rec.addVariableField(f100);
      DataField f245 = f.newDataField("245", '1', '0');
      f245.addSubfield(f.newSubfield('a', text.apply(title) + (subtitle == null ? " /" : " :")));
      if (subtitle != null) {
        f245.addSubfield(f.newSubfield('b', text.apply(subtitle) + " /"));
      }
      f245.addSubfield(f.newSubfield('c', text.apply(author) + "."));
      rec.addVariableField(f245);
      if (edition > 1) {
        DataField f250 = f.newDataField("250", ' ', ' ');
        f250.addSubfield(f.newSubfield('a', text.apply("Tái bản lần thứ " + (edition - 1))));
        rec.addVariableField(f250);
      }
      DataField f264 = f.newDataField("264", ' ', '1');
      f264.addSubfield(f.newSubfield('a', text.apply(place) + " :"));
      f264.addSubfield(f.newSubfield('b', text.apply("Nxb. " + publisher) + ","));
      f264.addSubfield(f.newSubfield('c', String.valueOf(year)));
      rec.addVariableField(f264);
      DataField f300 = f.newDataField("300", ' ', ' ');
      f300.addSubfield(f.newSubfield('a', pages + " tr. ;"));
      f300.addSubfield(f.newSubfield('c', (19 + pages % 8) + " cm"));
      rec.addVariableField(f300);
      for (String[] carrier : new String[][] {{"336", "văn bản", "txt", "rdacontent"}, {"337", "không qua thiết bị", "n", "rdamedia"}, {"338", "tập", "nc", "rdacarrier"}}) {
        DataField c = f.newDataField(carrier[0], ' ', ' ');
        c.addSubfield(f.newSubfield('a', carrier[1]));
        c.addSubfield(f.newSubfield('b', carrier[2]));
        c.addSubfield(f.newSubfield('2', carrier[3]));
        rec.addVariableField(c);
      }
      DataField f650 = f.newDataField("650", ' ', '7');
      f650.addSubfield(f.newSubfield('a', text.apply(subject[0])));
      f650.addSubfield(f.newSubfield('z', text.apply(subject[1])));
      f650.addSubfield(f.newSubfield('2', "Bộ TĐCĐ"));
      rec.addVariableField(f650);
      DataField f852 = f.newDataField("852", ' ', ' ');
      f852.addSubfield(f.newSubfield('a', library));
      f852.addSubfield(f.newSubfield('h', subject[2]));
      f852.addSubfield(f.newSubfield('i', cutter(author)));
      rec.addVariableField(f852);
      return rec;
    }
  }

  private static String lowerFirst(String s) {
    return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
  }

  // Removes diacritics but keeps case and punctuation, as old ASCII-only systems wrote Vietnamese.
  private static String stripMarks(String s) {
    String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return out.toString();
  }

  private static String cutter(String author) {
    String folded = VietnameseText.fold(author);
    String[] parts = folded.split(" ");
    return parts[0].substring(0, 1).toUpperCase(Locale.ROOT) + (100 + Math.abs(folded.hashCode() % 900));
  }

  static char check13(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (i % 2 == 0 ? 1 : 3) * (twelve.charAt(i) - '0');
    }
    return (char) ('0' + (10 - sum % 10) % 10);
  }

  private static String toIsbn10(String isbn13) {
    String body = isbn13.substring(3, 12);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (body.charAt(i) - '0');
    }
    int c = (11 - sum % 11) % 11;
    return body + (c == 10 ? 'X' : (char) ('0' + c));
  }

  /** The records' work ids, for tests: which records of {@code records} describe the same work. */
  public static List<List<Integer>> clusters(List<Synthetic> records) {
    java.util.Map<Integer, List<Integer>> byWork = new java.util.LinkedHashMap<>();
    for (int i = 0; i < records.size(); i++) {
      byWork.computeIfAbsent(records.get(i).workId(), k -> new ArrayList<>()).add(i);
    }
    return List.copyOf(byWork.values());
  }

  @Override
  public String toString() {
    return "SyntheticRecords[seed=" + seed + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SyntheticRecords s && s.seed == seed && s.faultRate == faultRate
        && s.legacyRate == legacyRate && s.nfdRate == nfdRate && s.duplicateRate == duplicateRate;
  }

  @Override
  public int hashCode() {
    return Objects.hash(seed, faultRate, legacyRate, nfdRate, duplicateRate);
  }
}
