package vn.libnet.marc.crosswalk;

import vn.libnet.marc.record.MarcFields;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

/**
 * MARC 21 to simple Dublin Core, after the Library of Congress "MARC to Dublin Core Crosswalk"
 * (unqualified). The field map is in {@code docs/crosswalk.md}; 264 is read like 260, which the LoC table
 * predates. Values keep their text but lose trailing ISBD punctuation; duplicates are dropped.
 */
public final class MarcToDublinCore {
  private MarcToDublinCore() {}

  /** The Dublin Core description of {@code marc}. */
  public static DublinCoreRecord convert(Record marc) {
    Builder dc = new Builder();
    for (DataField f : fields(marc, "245", "246")) {
      dc.add("title", join(f, "abfgknps"));
    }
    for (DataField f : fields(marc, "100", "110", "111", "700", "710", "711", "720")) {
      dc.add("creator", join(f, "abcdq"));
    }
    for (DataField f : fields(marc, "600", "610", "611", "630", "650", "653")) {
      dc.add("subject", join(f, "abcdqtvxyz"));
    }
    for (DataField f : fields(marc, "050", "060", "080", "082")) {
      dc.add("subject", join(f, "ab"));
    }
    for (DataField f : marc.getDataFields()) {
      String tag = f.getTag();
      if (tag.startsWith("5") && !tag.equals("506") && !tag.equals("530") && !tag.equals("540") && !tag.equals("546")) {
        dc.add("description", join(f, "abcdefghijklmnopqrstuvwxyz"));
      }
    }
    for (DataField f : fields(marc, "260", "264")) {
      if (f.getTag().equals("264") && f.getIndicator2() != '1') {
        continue;
      }
      dc.add("publisher", join(f, "ab"));
      for (Subfield c : f.getSubfields('c')) {
        dc.add("date", Isbd.strip(c.getData()));
      }
    }
    dc.add("type", dcmiType(marc.getLeader().getTypeOfRecord(), marc.getLeader().getImplDefined1()[0]));
    for (DataField f : fields(marc, "655")) {
      dc.add("type", join(f, "a"));
    }
    for (DataField f : fields(marc, "340")) {
      dc.add("format", join(f, "abcdefhi"));
    }
    for (DataField f : fields(marc, "856")) {
      f.getSubfields('q').forEach(q -> dc.add("format", q.getData()));
      f.getSubfields('u').forEach(u -> dc.add("identifier", u.getData()));
    }
    for (DataField f : fields(marc, "020", "022", "024")) {
      f.getSubfields('a').forEach(a -> dc.add("identifier", a.getData().strip()));
    }
    for (DataField f : fields(marc, "534")) {
      dc.add("source", join(f, "t"));
    }
    for (DataField f : fields(marc, "786")) {
      dc.add("source", join(f, "ot"));
    }
    ControlField c = MarcFields.control(marc, "008");
    if (c != null && c.getData().length() >= 38 && c.getData().substring(35, 38).matches("[a-z]{3}")) {
      dc.add("language", c.getData().substring(35, 38));
    }
    for (DataField f : fields(marc, "041")) {
      for (Subfield s : f.getSubfields()) {
        if ("abdefghj".indexOf(s.getCode()) >= 0) {
          dc.add("language", s.getData().strip());
        }
      }
    }
    for (DataField f : fields(marc, "546")) {
      dc.add("language", join(f, "a"));
    }
    for (DataField f : fields(marc, "530")) {
      dc.add("relation", join(f, "abcdu"));
    }
    for (DataField f : marc.getDataFields()) {
      int tag = f.getTag().chars().allMatch(Character::isDigit) ? Integer.parseInt(f.getTag()) : 0;
      if (tag >= 760 && tag <= 787) {
        dc.add("relation", join(f, "ot"));
      }
    }
    for (DataField f : fields(marc, "651", "662", "751", "752")) {
      dc.add("coverage", join(f, "abcdefghz"));
    }
    for (DataField f : fields(marc, "506", "540")) {
      dc.add("rights", join(f, "abcdfu"));
    }
    return dc.build();
  }

  // DCMI Type Vocabulary terms for Leader/06 and /07.
  static String dcmiType(char type, char level) {
    if (level == 'c' || level == 's') {
      return type == 'a' && level == 's' ? "Text" : "Collection";
    }
    return switch (type) {
      case 'a', 't', 'c', 'd' -> "Text";
      case 'e', 'f', 'k' -> "StillImage";
      case 'g' -> "MovingImage";
      case 'i', 'j' -> "Sound";
      case 'm' -> "Software";
      case 'o', 'p' -> "Collection";
      case 'r' -> "PhysicalObject";
      default -> "Text";
    };
  }

  private static List<DataField> fields(Record r, String... tags) {
    return MarcFields.data(r, tags);
  }

  private static String join(DataField f, String codes) {
    StringBuilder sb = new StringBuilder();
    for (Subfield s : f.getSubfields()) {
      if (codes.indexOf(s.getCode()) >= 0 && s.getData() != null && !s.getData().isBlank()) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(s.getData().strip());
      }
    }
    return Isbd.strip(sb.toString());
  }

  private static final class Builder {
    private final Set<DublinCoreRecord.Element> seen = new LinkedHashSet<>();

    void add(String name, String value) {
      if (value != null && !value.isBlank()) {
        seen.add(new DublinCoreRecord.Element(name, value));
      }
    }

    DublinCoreRecord build() {
      return new DublinCoreRecord(new ArrayList<>(seen));
    }
  }
}
